package e2e

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/origin"
)

// TestServerRestart: stop the origin, wait, start it again: every widget
// resumes, no id missing, none twice. The new origin has a new epoch, so
// the page is told to refetch (a reset) rather than handed colliding ids.
func TestServerRestart(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet})
		r.connected()
		before := r.publish(2)
		r.expect(before)
		r.restart(time.Second)
		r.wait("tether.state() === 'Connected' && demo.widgets.tasks.resets > 0", 15*time.Second)
		after := r.publish(2)
		r.expect(merge(before, after))
		r.waitStreams(1, 2*time.Second)
	})
}

// TestOfflineOnline: the network goes away (CDP emulation, and the origin
// drops the stream), events are published meanwhile, the network returns:
// the page resumes from its last id and nothing is lost.
func TestOfflineOnline(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet})
		r.connected()
		before := r.publish(2)
		r.expect(before)
		needs(t, r.drv.setOffline(true), "taking the network away")
		r.post("/v1/demo/drop")
		// Emulated offline also loses the stream; a real one (WebKit's
		// namespace) leaves a silent socket and says so with offline.
		r.wait("!navigator.onLine || tether.state() !== 'Connected'", 10*time.Second)
		during := r.publish(2)
		time.Sleep(500 * time.Millisecond)
		if err := r.drv.setOffline(false); err != nil {
			t.Fatal(err)
		}
		r.connected()
		after := r.publish(1)
		r.expect(merge(merge(before, during), after))
		r.waitStreams(1, 2*time.Second)
	})
}

// setHidden minimises or restores the page's window: a real
// visibilitychange in the page.
func setHidden(r *rig, hidden bool) {
	r.t.Helper()
	want := "visible"
	if hidden {
		want = "hidden"
	}
	if err := r.drv.setHidden(hidden); err != nil {
		r.t.Fatal(err)
	}
	r.wait(fmt.Sprintf("document.visibilityState === %q", want), 5*time.Second)
}

// TestLongBackgroundWithSilentSocket is the iOS case: the page is hidden
// longer than the threshold while the origin silently stops writing
// (socket open, no bytes, readyState still OPEN). On return it reconnects
// at once and nothing is lost.
func TestLongBackgroundWithSilentSocket(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet, "backgroundThresholdMs": "1000"})
		r.connected()
		before := r.publish(2)
		r.expect(before)
		instance := eval[int](r, "tether.instanceId()")
		setHidden(r, true)
		r.post("/v1/demo/stall")
		during := r.publish(2)
		time.Sleep(1500 * time.Millisecond)
		if got := eval[int](r, "demo.widgets.tasks.ids.length"); got != len(before["tasks"]) {
			t.Fatalf("a stalled socket delivered events: %d", got)
		}
		setHidden(r, false)
		r.expect(merge(before, during))
		if got := eval[int](r, "tether.instanceId()"); got != instance+1 {
			t.Errorf("instanceId %d after a long background, want %d", got, instance+1)
		}
	})
}

// TestShortTabSwitch: back before the threshold, the connection stays.
func TestShortTabSwitch(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet, "backgroundThresholdMs": "5000"})
		r.connected()
		instance := eval[int](r, "tether.instanceId()")
		setHidden(r, true)
		time.Sleep(300 * time.Millisecond)
		setHidden(r, false)
		want := r.publish(1)
		r.expect(want)
		if got := eval[int](r, "tether.instanceId()"); got != instance {
			t.Errorf("instanceId %d after a short switch, want %d (no reconnect)", got, instance)
		}
	})
}

// TestStallWatchdogWhileVisible: the socket dies silently while the tab
// stays visible; the missing heartbeats give it away.
func TestStallWatchdogWhileVisible(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": "intervalMs=0&heartbeat=300"})
		r.connected()
		before := r.publish(1)
		r.expect(before)
		silent := time.Now()
		r.post("/v1/demo/stall")
		during := r.publish(2)
		r.wait("tether.stats().stalls >= 1", 10*time.Second)
		// The limit is 2 heartbeats + 1 s after the last heartbeat, which
		// came at most one period before the socket went silent.
		took, limit := time.Since(silent), 2*300*time.Millisecond+time.Second
		t.Logf("stall noticed %v after the socket went silent (limit %v after the last heartbeat)", took.Round(10*time.Millisecond), limit)
		if took > limit+500*time.Millisecond {
			t.Errorf("stall noticed after %v, want within %v", took, limit)
		}
		r.expect(merge(before, during))
	})
}

// TestFirstEventsOfANewStream is the seed's bug: events the origin sends
// the instant a new stream opens (here, the replay of what was published
// while the page was away) reach every widget.
func TestFirstEventsOfANewStream(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet})
		r.connected()
		var want map[string][]string
		for range 3 {
			r.post("/v1/demo/drop")
			want = merge(want, r.publish(3)) // the first bytes of the next stream
			if !eval[bool](r, "tether.reconnect()") {
				t.Fatal("reconnect refused")
			}
			r.expect(want)
		}
	})
}

// TestCloseAfter: the origin ends the stream after N events; EventSource
// comes back by itself with Last-Event-ID and nothing is lost.
func TestCloseAfter(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet + "&closeAfter=2"})
		r.connected()
		var want map[string][]string
		for range 3 {
			want = merge(want, r.publish(1))
			time.Sleep(100 * time.Millisecond)
		}
		r.expect(want)
	})
}

// TestAuthRefusedThenLogin: 401 puts the page in Error with the auth
// callback and no retry storm; logging in (a session cookie) recovers.
func TestAuthRefusedThenLogin(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{RequireAuth: true})
		r.load(map[string]string{"queryString": quiet})
		r.wait("tether.state() === 'Error'", 10*time.Second)
		if got := eval[[]int](r, "demo.authErrors"); len(got) != 1 || got[0] != 401 {
			t.Errorf("auth callback got %v, want [401]", got)
		}
		rejected := metric(r, "tether_connections_rejected_total")
		time.Sleep(3 * time.Second)
		if again := metric(r, "tether_connections_rejected_total"); again != rejected {
			t.Errorf("requests kept coming after 401: %d, then %d", rejected, again)
		}
		if rejected > 3 {
			t.Errorf("%d rejected requests for one 401", rejected)
		}
		eval[any](r, "fetch('/v1/demo/login?user=alice', {method: 'POST'}).then(() => tether.login())")
		r.connected()
		r.expect(r.publish(1))
	})
}

func TestForbiddenIsNotRetried(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.post("/v1/demo/fail?status=403&count=100")
		r.load(map[string]string{"queryString": quiet})
		r.wait("tether.state() === 'Error' && demo.authErrors[0] === 403", 10*time.Second)
	})
}

// TestServerErrorBacksOffAndRecovers: 503s make the page back off, then
// it recovers and catches up.
func TestServerErrorBacksOffAndRecovers(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet})
		r.connected()
		before := r.publish(1)
		r.expect(before)
		r.post("/v1/demo/fail?status=503&count=2")
		r.post("/v1/demo/drop")
		during := r.publish(1)
		r.wait("tether.stats().retries >= 1", 15*time.Second)
		r.connected()
		r.expect(merge(before, during))
		if injected := r.demoStat("failuresInjected"); injected != 2 {
			t.Errorf("%d 503s served, want 2", injected)
		}
	})
}

// TestPageHideBeaconAndBFCache: leaving the page sends one beacon and the
// origin frees the stream at once; coming back (from the back/forward
// cache when the browser keeps it) reconnects from the last id.
func TestPageHideBeaconAndBFCache(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet})
		r.connected()
		before := r.publish(1)
		r.expect(before)
		eval[any](r, "window.__beforeLeaving = true")
		r.navigate(r.base() + "/healthz")
		r.waitStreams(0, 3*time.Second)
		// WebKit closes the stream before its beacon lands; wait for it.
		for deadline := time.Now().Add(3 * time.Second); metric(r, "tether_beacons_total") == 0 && time.Now().Before(deadline); {
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(200 * time.Millisecond) // a second beacon would show now
		if b := metric(r, "tether_beacons_total"); b != 1 {
			t.Errorf("%d beacons, want 1", b)
		}
		during := r.publish(1)
		if err := r.drv.back(); err != nil {
			t.Fatal(err)
		}
		r.wait("window.demo && demo.ready", 10*time.Second)
		if !eval[bool](r, "window.__beforeLeaving === true") {
			t.Fatalf("%s reloaded the page instead of restoring it from the back/forward cache", r.eng)
		}
		r.connected()
		r.expect(merge(before, during))
		r.waitStreams(1, 5*time.Second)
	})
}

// TestLogoutLoginForceLogout covers the auth transitions.
func TestLogoutLoginForceLogout(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet})
		r.connected()
		eval[any](r, "tether.logout()")
		r.waitStreams(0, 3*time.Second)
		time.Sleep(time.Second)
		if s := eval[string](r, "tether.state()"); s != "Disconnected" || r.openStreams() != 0 {
			t.Fatalf("after logout: state %s, %d streams", s, r.openStreams())
		}
		eval[any](r, "tether.login()")
		r.connected()
		r.expect(r.publish(1))
		r.post("/v1/demo/force-logout")
		r.wait("tether.state() === 'Disconnected'", 5*time.Second)
		r.waitStreams(0, 3*time.Second)
	})
}

// TestMalformedAndThrowingHandlers: a payload that is not JSON goes to
// that subscriber's onError; a throwing handler is isolated; the other
// widgets keep receiving.
func TestMalformedAndThrowingHandlers(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet})
		r.connected()
		eval[any](r, "tether.subscribe('task', () => { throw new Error('widget bug') }, {onError: (e, m) => (window.thrown = (window.thrown || []).concat(m.id))})")
		bad := r.publishOne("task", "{not json")
		want := r.publish(2)
		r.expect(want)
		if got := eval[[]string](r, "demo.widgets.tasks.errors"); len(got) != 1 || got[0] != bad {
			t.Errorf("tasks onError got %v, want [%s]", got, bad)
		}
		if got := eval[int](r, "(window.thrown || []).length"); got != 3 { // malformed + two throws
			t.Errorf("throwing subscriber's onError ran %d times, want 3", got)
		}
	})
}

// TestSubscribeCyclesLeaveNoListeners: 1,000 subscribe/unsubscribe cycles
// leave the EventSource's listeners and the runtime's callbacks where they
// started.
func TestSubscribeCyclesLeaveNoListeners(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet})
		r.connected()
		// The EventSource's own listeners need DevTools; elsewhere the
		// runtime's counts are checked alone, and the test says so.
		listeners := func() int {
			n, err := r.drv.listenerCount("tether.eventSource()")
			if errors.Is(err, errUnsupported) {
				t.Logf("%s: counting the EventSource's listeners is %v; checking the runtime's counts only", t.Name(), err)
				return -1
			}
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		startL, startStats := listeners(), eval[map[string]any](r, "tether.stats()")
		eval[any](r, `for (let i = 0; i < 1000; i++) { const off = tether.subscribe('cycle' + (i % 7), () => {}); off(); off(); }`)
		endL, endStats := listeners(), eval[map[string]any](r, "tether.stats()")
		if endL != startL || endStats["callbacks"] != startStats["callbacks"] || endStats["subscriptions"] != startStats["subscriptions"] {
			t.Errorf("after 1000 cycles: listeners %d→%d, stats %v → %v", startL, endL, startStats, endStats)
		}
		r.expect(r.publish(1))
	})
}

// TestSecondLoadSharesTheRuntime: a second loadTether on the page (another
// micro-frontend) gets the same runtime, and the origin one stream.
func TestSecondLoadSharesTheRuntime(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet})
		r.connected()
		same := eval[bool](r, `import('/web/tether.js').then(m => m.loadTether({queryString: 'x=1'})).then(t => t === window.tether)`)
		if !same {
			t.Error("second load made a second runtime")
		}
		time.Sleep(300 * time.Millisecond)
		if n := r.openStreams(); n != 1 {
			t.Errorf("%d streams after a second load", n)
		}
	})
}

func TestBadConfigIsAClearError(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.navigate(r.base() + "/?" + url.Values{"backgroundThresholdMs": {"-5"}}.Encode())
		r.wait("window.demo && demo.loadError", 10*time.Second)
		if e := eval[string](r, "demo.loadError"); !strings.Contains(e, "backgroundThresholdMs") {
			t.Errorf("load error %q does not name the option", e)
		}
	})
}

// metric reads one value from the origin's /metrics.
func metric(r *rig, name string) int {
	r.t.Helper()
	req, _ := http.NewRequest("GET", r.base()+"/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+metricsToken) // WebKit's origin listens off loopback
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		r.t.Fatalf("GET /metrics: %d", resp.StatusCode)
	}
	b, _ := io.ReadAll(resp.Body)
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, name+" "); ok {
			n, _ := strconv.Atoi(v)
			return n
		}
	}
	r.t.Fatalf("metric %s missing", name)
	return 0
}

// TestShortLivedTokens: the page's token option hands out tokens that
// expire after 1.5 s; the origin requires them. Across three drops, each
// after the last token expired, the page keeps its stream without an auth
// error, asks for a fresh token for every new EventSource, and every
// widget gets every id once.
func TestShortLivedTokens(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{RequireAuth: true})
		r.load(map[string]string{"queryString": quiet, "tokenTtlMs": "1500"})
		r.connected()
		want := r.publish(1)
		r.expect(want)
		for range 3 {
			time.Sleep(1600 * time.Millisecond) // the stream's token has expired
			r.post("/v1/demo/drop")
			want = merge(want, r.publish(1))
			r.connected()
			r.expect(want)
		}
		if errs := eval[[]int](r, "demo.authErrors"); len(errs) != 0 {
			t.Errorf("auth errors %v with a token option that always has a fresh token", errs)
		}
		if n := eval[int](r, "demo.tokens"); n < 4 {
			t.Errorf("%d tokens fetched for 4 streams", n)
		}
	})
}

// TestFailingTokenIsAnAuthError: a token option that fails every time (the
// demo's token door refuses ttlMs=1, so the page's function returns no
// string) is tried again once, then the page shows Error and hears an auth
// error, instead of Reconnecting forever.
func TestFailingTokenIsAnAuthError(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{RequireAuth: true})
		r.load(map[string]string{"queryString": quiet, "tokenTtlMs": "1"})
		r.wait("tether.state() === 'Error'", 10*time.Second)
		if errs := eval[[]int](r, "demo.authErrors"); len(errs) != 1 || errs[0] != 0 {
			t.Errorf("auth errors %v, want one (0: the token option failed)", errs)
		}
		if n := eval[int](r, "demo.tokens"); n != 2 {
			t.Errorf("the token option was called %d times, want 2 (one retry)", n)
		}
		if last := eval[string](r, "tether.stats().lastError"); !strings.Contains(last, "token option failed twice") {
			t.Errorf("lastError %q", last)
		}
		if n := r.openStreams(); n != 0 {
			t.Errorf("%d streams open without a token", n)
		}
	})
}

// TestModuleThatCannotLoadSaysWhere: a module deleted from the deployment
// rejects the load with an Error naming its URL, in the plain-JS binding
// (loadTether, loadWidgets with the page's own module) and in React's
// (useConnectionState says Error, useLoadError names the URL).
func TestModuleThatCannotLoadSaysWhere(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet})
		r.connected()
		got := eval[string](r, `import('/web/tether.js').then(m => m.loadWidgets({}, '/web/app-gone.wasm')).then(() => 'loaded', (e) => e.message)`)
		if !strings.Contains(got, "/web/app-gone.wasm") || !strings.Contains(got, "404") {
			t.Errorf("loadWidgets of a missing module: %q, want an error naming /web/app-gone.wasm and its 404", got)
		}

		r.missing.Store("/app/tether.wasm", true)
		r.navigate(r.base() + "/app/index.html?" + url.Values{"queryString": {quiet}}.Encode())
		r.wait("window.connectionState === 'Error'", 20*time.Second)
		if e := eval[string](r, "window.loadError ?? ''"); !strings.Contains(e, "/app/tether.wasm") {
			t.Errorf("React's load error %q does not name /app/tether.wasm", e)
		}
	})
}
