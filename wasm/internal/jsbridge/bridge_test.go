//go:build js && wasm

package jsbridge_test

import (
	"testing"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
	"github.com/tether-sse/tether/wasm/internal/jsbridge"
	"github.com/tether-sse/tether/wasm/loader"
)

// These run inside Chromium (make test: wasmbrowsertest as -exec), against
// the page that serves the test binary.

func waitFor[T any](t *testing.T, c <-chan T) T {
	t.Helper()
	select {
	case v := <-c:
		return v
	case <-time.After(5 * time.Second):
		t.Fatal("no callback within 5s")
	}
	var zero T
	return zero
}

func TestDialBadURLIsAnError(t *testing.T) {
	if _, err := (jsbridge.Dialer{}).Dial("http://[::1", nil, conn.SourceEvents{}); err == nil {
		t.Fatal("a URL EventSource refuses did not become an error")
	}
}

func TestFailedSourceReportsClosedAndCloses(t *testing.T) {
	for _, d := range []jsbridge.Dialer{{}, {Queue: loaderQueue(t)}} {
		errs := make(chan conn.ReadyState, 4)
		// The test server answers text/html: EventSource fails the connection.
		src, err := d.Dial("/not-a-stream", []string{"task"}, conn.SourceEvents{
			Open:    func() { t.Error("opened a non-stream") },
			Message: func(conn.Message) {},
			Error:   func(rs conn.ReadyState) { errs <- rs },
		})
		if err != nil {
			t.Fatal(err)
		}
		if rs := waitFor(t, errs); rs != conn.ReadyClosed {
			t.Errorf("a non-stream reported readyState %d, want closed", rs)
		}
		src.Listen("task")
		src.Unlisten("task")
		src.Close()
		src.Close() // idempotent; its functions are released once
	}
}

// TestProbeLearnsTheStatus: the test server answers 200 to any path; a
// closed port is a network error (0). The e2e suite covers 401/403/503.
func TestProbeLearnsTheStatus(t *testing.T) {
	for url, want := range map[string]int{"/any-path": 200, "http://127.0.0.1:1/v1/sse/connect": 0} {
		status := make(chan int, 1)
		jsbridge.Env{}.Probe(url, func(s int) { status <- s })
		if got := waitFor(t, status); got != want {
			t.Errorf("probe %s: status %d, want %d", url, got, want)
		}
	}
}

func TestBeaconIsQueued(t *testing.T) {
	if !(jsbridge.Env{}).Beacon("/beacon-sink", "token") {
		t.Error("sendBeacon refused a small text body")
	}
}

type lifecycle struct{ calls chan string }

func (l lifecycle) Hidden()  { l.calls <- "hidden" }
func (l lifecycle) Visible() { l.calls <- "visible" }
func (l lifecycle) Online()  { l.calls <- "online" }
func (l lifecycle) PageHide(p bool) {
	l.calls <- map[bool]string{true: "pagehide persisted", false: "pagehide"}[p]
}
func (l lifecycle) PageShow(p bool) {
	l.calls <- map[bool]string{true: "pageshow persisted", false: "pageshow"}[p]
}

var _ conn.Lifecycle = lifecycle{}

func dispatch(t *testing.T, ctor, name string, init map[string]any) {
	t.Helper()
	w, _ := safejs.Global().Get("window")
	dispatchOn(t, w, ctor, name, init)
}

// dispatchOn fires an event made by ctor on target, as the browser would.
func dispatchOn(t *testing.T, target safejs.Value, ctor, name string, init map[string]any) {
	t.Helper()
	c, _ := safejs.Global().Get(ctor)
	ev, err := c.New(name, init)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := target.Call("dispatchEvent", ev); err != nil {
		t.Fatal(err)
	}
}

func TestWatchPageForwardsAndStops(t *testing.T) {
	l := lifecycle{calls: make(chan string, 8)}
	w, err := jsbridge.WatchPage(l)
	if err != nil {
		t.Fatal(err)
	}
	for len(l.calls) > 0 { // a hidden test page reports itself at start
		<-l.calls
	}
	dispatch(t, "Event", "online", nil)
	dispatch(t, "PageTransitionEvent", "pagehide", map[string]any{"persisted": true})
	dispatch(t, "PageTransitionEvent", "pageshow", map[string]any{"persisted": true})
	for _, want := range []string{"online", "pagehide persisted", "pageshow persisted"} {
		if got := waitFor(t, l.calls); got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
	w.Close()
	dispatch(t, "Event", "online", nil)
	select {
	case got := <-l.calls:
		t.Errorf("closed watcher still forwarded %q", got)
	case <-time.After(100 * time.Millisecond):
	}
}

// TestConfirmTellsWhoHoldsTheLock: a leader asked whether the lock is
// still its own says Leader; after another holder steals it, Follower.
// Both holders live in this one page, so the clientIds match: the answer
// then rests on the steal the page heard of, as in a tab that thawed.
func TestConfirmTellsWhoHoldsTheLock(t *testing.T) {
	key := "tether test confirm " + time.Now().String()
	bind := func() (*jsbridge.Tabs, chan conn.Role) {
		tabs, err := jsbridge.NewTabs()
		if err != nil {
			t.Fatalf("no tab sharing in Chromium on loopback (a secure context): %v", err)
		}
		roles := make(chan conn.Role, 8)
		tabs.Bind(key, conn.TabEvents{Role: func(r conn.Role) { roles <- r }, Message: func(conn.TabMessage) {}})
		return tabs, roles
	}
	a, aRoles := bind()
	defer a.Resign()
	a.Campaign(false)
	if r := waitFor(t, aRoles); r != conn.Leader {
		t.Fatalf("alone, the first tab is %v", r)
	}
	a.Confirm()
	if r := waitFor(t, aRoles); r != conn.Leader {
		t.Fatalf("holding the lock, Confirm answered %v", r)
	}
	b, bRoles := bind()
	defer b.Resign()
	b.Campaign(true)
	if r := waitFor(t, bRoles); r != conn.Leader {
		t.Fatalf("the stealer is %v", r)
	}
	if r := waitFor(t, aRoles); r != conn.Follower {
		t.Fatalf("robbed, the first tab heard %v", r)
	}
	a.Confirm()
	if r := waitFor(t, aRoles); r != conn.Follower {
		t.Errorf("robbed, Confirm answered %v", r)
	}
	if a.ID() == b.ID() || a.ID() == "" {
		t.Errorf("tab ids %q and %q", a.ID(), b.ID())
	}
}

// loaderQueue is the loader's queue function (web/tether.js has the same
// text, written from wasm/loader).
func loaderQueue(t testing.TB) safejs.Value {
	t.Helper()
	ctor, _ := safejs.Global().Get("Function")
	maker, err := ctor.New("return " + loader.QueueJS)
	if err != nil {
		t.Fatal(err)
	}
	queue, err := maker.Invoke()
	if err != nil {
		t.Fatal(err)
	}
	return queue
}

// Events dispatched in one task reach Go in one call a task later, in
// order; what Go hands on goes back as that call's verdict, which the
// queue acts on; a flush that the posted message brings after Close
// delivers nothing.
func TestEventsCrossInOneCallAndNoneAfterClose(t *testing.T) {
	got := make(chan string, 8)
	calls := 0
	handed := make(chan int, 1)
	listeners, _ := jsbridge.Global("Map").New()
	handler, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if inst, _ := args[0].Int(); inst == 7 {
			handed <- len(args) - 1
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	defer handler.Release()
	listeners.Call("set", 3, handler.Value())
	on := conn.SourceEvents{Open: func() {}, Error: func(conn.ReadyState) {}, Message: func(m conn.Message) { got <- m.Data }}
	d := jsbridge.Dialer{Queue: loaderQueue(t), Listeners: listeners, Batch: func(_ safejs.Value, deliver func()) string {
		calls++
		deliver()
		return "3 7 0 3 " // the three events to listener 3, instance 7
	}}
	src, err := d.Dial("/not-a-stream", []string{"task"}, on)
	if err != nil {
		t.Fatal(err)
	}
	es := src.(*jsbridge.Source).JSValue()
	for _, d := range []string{"a", "b", "c"} {
		dispatchOn(t, es, "MessageEvent", "task", map[string]any{"data": d})
	}
	if len(got) != 0 {
		t.Fatal("delivered in the task that dispatched: not batched")
	}
	for _, want := range []string{"a", "b", "c"} {
		if d := waitFor(t, got); d != want {
			t.Fatalf("got %q, want %q", d, want)
		}
	}
	if n := waitFor(t, handed); calls != 1 || n != 3 {
		t.Errorf("three events: %d calls into Go, %d events handed to the verdict's listener; want 1 and 3", calls, n)
	}
	dispatchOn(t, es, "MessageEvent", "task", map[string]any{"data": "late"}) // its flush is posted; Close comes first
	src.Close()
	select {
	case d := <-got:
		t.Errorf("delivered %q after Close", d)
	case <-time.After(100 * time.Millisecond):
	}
}

// Without the loader (a module go-app's app.js started) each event
// reaches Go as it comes, and none after Close.
func TestWithoutTheLoaderEachEventCrossesAsItComes(t *testing.T) {
	got := make(chan string, 8)
	on := conn.SourceEvents{Open: func() {}, Error: func(conn.ReadyState) {}, Message: func(m conn.Message) { got <- m.Data }}
	src, err := jsbridge.Dialer{}.Dial("/not-a-stream", []string{"task"}, on)
	if err != nil {
		t.Fatal(err)
	}
	es := src.(*jsbridge.Source).JSValue()
	dispatchOn(t, es, "MessageEvent", "task", map[string]any{"data": "a"})
	dispatchOn(t, es, "MessageEvent", "other", map[string]any{"data": "not listened"})
	if len(got) != 1 || <-got != "a" {
		t.Fatal("an event did not reach Go in the task that dispatched it")
	}
	src.Close()
	dispatchOn(t, es, "MessageEvent", "task", map[string]any{"data": "late"})
	if len(got) != 0 {
		t.Errorf("delivered %q after Close", <-got)
	}
}
