package e2e

import (
	"fmt"
	"net/url"
	"slices"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/origin"
)

// TestReactDropIn: the seed's TasksWidget (the hook's example, verbatim) and a
// notifications widget that binds once at mount (no instanceId in its
// effect's deps), in real React under Tether's drop-in provider, bundled
// by esbuild from the npm package, through five stream drops and a long
// background over a silent socket: every widget receives every id once.
func TestReactDropIn(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		q := url.Values{"queryString": {quiet}, "backgroundThresholdMs": {"1000"}}
		r.navigate(r.base() + "/app/index.html?" + q.Encode())
		r.wait("window.connectionState === 'Connected'", 20*time.Second)
		// Every widget listens by then, useTether's included: an event published
		// the moment the page says Connected reaches all three.
		if n := eval[int](r, "window.listenersAtConnected"); n != 7 {
			t.Errorf("the page said Connected with %d names listened to, want 7 (4 of the runtime, 3 widgets')", n)
		}

		var titles, notes, payments []string
		round := func() {
			n := len(titles)
			titles = append(titles, fmt.Sprintf("T%d", n))
			r.publishOne("task", fmt.Sprintf(`{"taskId":"k%d","title":"T%d"}`, n, n))
			notes = append(notes, r.publishOne("notification", fmt.Sprintf(`{"id":"n%d","text":"x"}`, n)))
			payments = append(payments, r.publishOne("payment", fmt.Sprintf(`{"paymentId":"p%d"}`, n)))
		}
		check := func(when string) {
			t.Helper()
			r.wait(fmt.Sprintf("document.querySelectorAll('#tasks li').length >= %d && window.notificationIds.length >= %d && window.paymentIds.length >= %d",
				len(titles), len(notes), len(payments)), 15*time.Second)
			time.Sleep(150 * time.Millisecond) // let a duplicate show itself
			got := eval[[]string](r, "[...document.querySelectorAll('#tasks li')].map((li) => li.textContent)")
			slices.Reverse(got) // the seed's widget puts the newest first
			if !slices.Equal(got, titles) {
				t.Errorf("%s: TasksWidget shows %v, want %v", when, got, titles)
			}
			if got := eval[[]string](r, "window.notificationIds"); !slices.Equal(got, notes) {
				t.Errorf("%s: the widget that binds once got %v, want %v", when, got, notes)
			}
			if got := eval[[]string](r, "window.paymentIds"); !slices.Equal(got, payments) {
				t.Errorf("%s: useTether got %v, want %v", when, got, payments)
			}
		}
		round()
		check("first connection")
		for i := range 5 {
			r.post("/v1/demo/drop")
			round() // while the page reconnects
			r.wait("window.connectionState === 'Connected'", 10*time.Second)
			check(fmt.Sprintf("after drop %d", i+1))
		}
		// esRef.current's handler properties, as on an EventSource: onopen
		// at every open, onerror at every loss, onmessage for unnamed events.
		if opens, errs := eval[int](r, "window.opens"), eval[int](r, "window.errors"); opens < 6 || errs < 5 {
			t.Errorf("over 5 drops esRef.current.onopen ran %d times (want ≥ 6) and onerror %d (want ≥ 5)", opens, errs)
		}
		eval[bool](r, "window.unnamed = []; window.esRef.current.onmessage = (e) => window.unnamed.push(e.lastEventId); true")
		unnamed := r.publishOne("message", `{"n":1}`)
		r.wait("window.unnamed.length >= 1", 10*time.Second)
		if got := eval[[]string](r, "window.unnamed"); !slices.Equal(got, []string{unnamed}) {
			t.Errorf("esRef.current.onmessage got %v, want [%s]", got, unnamed)
		}
		instance := eval[int](r, "tether.instanceId()")
		setHidden(r, true)
		r.post("/v1/demo/stall")
		round()
		time.Sleep(1500 * time.Millisecond)
		setHidden(r, false)
		check("after a long background over a silent socket")
		if got := eval[int](r, "tether.instanceId()"); got <= instance {
			t.Errorf("instanceId %d after the long background, want a new connection after %d", got, instance)
		}
	})
}
