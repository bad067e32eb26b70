package e2e

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/origin"
)

// goWidgets maps the plain-JS widgets to their go-app twins.
var goWidgets = map[string]string{"tasks": "go-tasks", "notifications": "go-notifications", "payments": "go-payments"}

// TestGoAppAndPlainJSShareOneConnection: the go-app widgets and the
// plain-JS widgets on one page receive the same ids across a server
// restart, over one stream, whichever module loads first and owns it.
func TestGoAppAndPlainJSShareOneConnection(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		for _, tc := range []struct {
			name, first string
			leanFetched bool // the lean module is fetched only when it owns
		}{
			{"plain-JS first", "js", true},
			{"go-app first", "go", false},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := newRig(t, eng, origin.Config{})
				r.load(map[string]string{"queryString": quiet, "goapp": "on", "first": tc.first})
				r.wait("demo.goWidgets && document.querySelector('#go-tasks')", 20*time.Second)
				r.connected()
				before := r.publish(2)
				r.expect(before)
				r.expectGo(before)
				r.waitStreams(1, 2*time.Second)

				r.restart(time.Second)
				r.wait("tether.state() === 'Connected' && demo.widgets.tasks.resets > 0", 15*time.Second)
				after := r.publish(2)
				all := merge(before, after)
				r.expect(all)
				r.expectGo(all)
				r.waitStreams(1, 2*time.Second)

				fetched := eval[bool](r, `performance.getEntriesByType('resource').some((e) => /\/web\/tether(\.[0-9a-f]{16})?\.wasm$/.test(e.name))`)
				if fetched != tc.leanFetched {
					t.Errorf("lean module fetched: %v, want %v (the first module owns the runtime)", fetched, tc.leanFetched)
				}
				if got := eval[string](r, "document.querySelector('#go-indicator').dataset.state"); got != "Connected" {
					t.Errorf("go-app indicator shows %q", got)
				}
			})
		}
	})
}

// expectGo checks the go-app widgets took exactly the wanted ids, in order.
func (r *rig) expectGo(want map[string][]string) {
	r.t.Helper()
	for widget, ids := range want {
		sel := "document.querySelector('#" + goWidgets[widget] + "').dataset.ids"
		r.wait(fmt.Sprintf("%s.split(' ').filter(Boolean).length >= %d", sel, len(ids)), 15*time.Second)
		got := strings.Fields(eval[string](r, sel))
		if !slices.Equal(got, ids) {
			r.t.Errorf("go-app %s received\n  %v\nwant\n  %v", widget, got, ids)
		}
	}
}
