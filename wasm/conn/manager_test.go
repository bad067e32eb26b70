package conn_test

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tether-sse/tether/wasm/conn"
)

type rig struct {
	m     *conn.Manager
	dial  *fakeDialer
	env   *fakeEnv
	clock *fakeClock
}

func newRig(tb testing.TB, cfg conn.Config) *rig {
	tb.Helper()
	r := &rig{dial: &fakeDialer{}, env: &fakeEnv{}, clock: &fakeClock{now: time.Unix(1000, 0)}}
	m, err := conn.New(cfg, conn.Deps{Dialer: r.dial, Env: r.env, Clock: r.clock, Rand: func() float64 { return 0.5 }})
	if err != nil {
		tb.Fatal(err)
	}
	r.m = m
	return r
}

// connected starts the manager and opens its source with a hello.
func (r *rig) connected(tb testing.TB, helloID, hello string) *fakeSource {
	tb.Helper()
	r.m.Start()
	s := r.dial.last()
	s.open()
	s.emit("hello", helloID, hello)
	if r.m.State() != conn.Connected {
		tb.Fatalf("state %v after open", r.m.State())
	}
	return s
}

// recorder collects what one subscriber receives.
type recorder struct {
	mu  sync.Mutex
	got []string
}

func (rc *recorder) fn(m conn.Message) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.got = append(rc.got, fmt.Sprintf("%s@%d", m.ID, m.Instance))
}

func (rc *recorder) String() string {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return strings.Join(rc.got, " ")
}

func TestConfigValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		cfg  conn.Config
		want error
	}{
		{"relative host", conn.Config{NotificationsHost: "localhost:3001"}, conn.ErrBadHost},
		{"host with path", conn.Config{NotificationsHost: "http://h/x"}, conn.ErrBadHost},
		{"ftp host", conn.Config{NotificationsHost: "ftp://h"}, conn.ErrBadHost},
		{"path", conn.Config{Path: "v1/sse"}, conn.ErrBadPath},
		{"query", conn.Config{QueryString: "a=%zz"}, conn.ErrBadQuery},
		{"ok", conn.Config{NotificationsHost: "http://127.0.0.1:3001/", QueryString: "?intervalMs=200"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := conn.New(tt.cfg, conn.Deps{Dialer: &fakeDialer{}})
			if !errors.Is(err, tt.want) {
				t.Errorf("New() = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := conn.New(conn.Config{}, conn.Deps{}); !errors.Is(err, conn.ErrNoDialer) {
		t.Errorf("no dialer: %v", err)
	}
}

func TestBackoff(t *testing.T) {
	t.Parallel()
	s := time.Second
	tests := []struct {
		n     int
		floor time.Duration
		r     float64
		want  time.Duration
	}{
		{0, s, 0, s},
		{0, s, 0.999999, 2*s - time.Microsecond},
		{1, s, 0, 2 * s},
		{3, s, 0.5, 12 * s},
		{10, s, 0, 15 * s}, // capped: half of the 30s ceiling
		{10, s, 1, 30 * s}, // never above the ceiling
		{99, s, 0.5, 22500 * time.Millisecond},
		{0, 3 * s, 0, 3 * s}, // the server's retry: is the floor
		{0, 40 * s, 0, 40 * s},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("n=%d floor=%v r=%v", tt.n, tt.floor, tt.r), func(t *testing.T) {
			got := conn.Backoff(tt.n, tt.floor, 30*s, tt.r)
			if got.Round(time.Millisecond) != tt.want.Round(time.Millisecond) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFirstConnectAndDispatch(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{NotificationsHost: "http://o:1", QueryString: "intervalMs=200"})
	var states []string
	r.m.OnState(func(s conn.State) { states = append(states, s.String()) })
	var tasks, notes recorder
	r.m.Subscribe("task", tasks.fn)
	r.m.Subscribe("notification", notes.fn)
	s := r.connected(t, "e-0", `{"token":"tok","retryMs":3000,"heartbeatMs":0}`)
	if s.url != "http://o:1/v1/sse/connect?intervalMs=200" {
		t.Errorf("url %s", s.url)
	}
	if got := strings.Join(s.listened(), ","); got != "force_logout,heartbeat,hello,notification,reset,task" {
		t.Errorf("listened at dial: %s", got)
	}
	s.emit("task", "e-1", "{}")
	s.emit("notification", "e-2", "{}")
	s.emit("task", "e-3", "{}")
	if tasks.String() != "e-1@1 e-3@1" || notes.String() != "e-2@1" {
		t.Errorf("tasks %q notes %q", tasks.String(), notes.String())
	}
	if strings.Join(states, ",") != "Connecting,Connected" {
		t.Errorf("states %v", states)
	}
}

// TestReconnectResumesAndDropsDuplicates covers guarantees 2 and 6: the new
// source has every listener from its first instant, resumes from the last
// id, and ids already delivered are dropped.
func TestReconnectResumesAndDropsDuplicates(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{})
	var tasks recorder
	r.m.Subscribe("task", tasks.fn)
	var instanceAtNotify []string
	r.m.OnInstance(func(n int) {
		src := r.m.Source().(*fakeSource)
		instanceAtNotify = append(instanceAtNotify, fmt.Sprintf("%d:%s", n, strings.Join(src.listened(), ",")))
	})
	s1 := r.connected(t, "e-0", `{"token":"a"}`)
	s1.emit("task", "e-1", "{}")
	s1.emit("task", "e-2", "{}")
	if err := r.m.Reconnect(); err != nil {
		t.Fatal(err)
	}
	s2 := r.dial.last()
	if !s1.closed || s2 == s1 {
		t.Fatal("reconnect did not replace the source")
	}
	if s2.url != "/v1/sse/connect?lastEventId=e-2" {
		t.Errorf("resume url %s", s2.url)
	}
	// The origin's very first event on the new stream reaches the widget...
	s2.emit("task", "e-3", "{}")
	s2.open()
	// ...and a replayed id is dropped, an old source's late event ignored.
	s2.emit("task", "e-2", "{}")
	s1.on.Message(conn.Message{Name: "task", ID: "e-9", Data: "{}"})
	s2.emit("task", "e-4", "{}")
	if got := tasks.String(); got != "e-1@1 e-2@1 e-3@2 e-4@2" {
		t.Errorf("delivered %q", got)
	}
	if st := r.m.Stats(); st.Duplicates != 1 || st.Instance != 2 || st.LastEventID != "e-4" {
		t.Errorf("stats %+v", st)
	}
	if len(instanceAtNotify) != 2 || !strings.Contains(instanceAtNotify[1], "2:") || !strings.Contains(instanceAtNotify[1], "task") {
		t.Errorf("instance listeners saw %v", instanceAtNotify)
	}
}

// A batch of events that came together is taken as its events one by
// one: the same deliveries, duplicates dropped within it, and nothing
// after a force_logout in it.
func TestABatchIsItsEventsOneByOne(t *testing.T) {
	t.Parallel()
	events := [][3]string{
		{"task", "e-1", "{}"}, {"task", "e-2", "{}"}, {"task", "e-1", "{}"}, {"note", "e-3", "{}"},
		{"task", "e-2", "{}"}, {"force_logout", "e-4", "null"}, {"task", "e-5", "{}"},
	}
	var outcomes []string
	for _, batched := range []bool{false, true} {
		r := newRig(t, conn.Config{})
		var tasks, notes, logouts recorder
		r.m.Subscribe("task", tasks.fn)
		r.m.Subscribe("note", notes.fn)
		r.m.Subscribe("force_logout", logouts.fn)
		s := r.connected(t, "e-0", `{}`)
		if batched {
			s.emitBatch(events...)
		} else {
			for _, e := range events {
				s.emit(e[0], e[1], e[2])
			}
		}
		st := r.m.Stats()
		outcomes = append(outcomes, fmt.Sprintf("tasks %q notes %q logouts %q; %v, closed %v, %d duplicates, last id %s",
			tasks.String(), notes.String(), logouts.String(), r.m.State(), s.isClosed(), st.Duplicates, st.LastEventID))
	}
	want := `tasks "e-1@1 e-2@1" notes "e-3@1" logouts "e-4@1"; Disconnected, closed true, 2 duplicates, last id e-4`
	if outcomes[0] != want || outcomes[1] != want {
		t.Errorf("one by one: %s\nbatched:    %s\nwant:       %s", outcomes[0], outcomes[1], want)
	}
}

func TestEventWithoutIDIsNotADuplicate(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{})
	var got recorder
	r.m.Subscribe("message", got.fn)
	s := r.connected(t, "", `{}`)
	s.emit("message", "e-1", "a")
	s.emit("message", "e-1", "b") // no id: field, EventSource repeats the last id
	if got.String() != "e-1@1 e-1@1" {
		t.Errorf("got %q", got.String())
	}
}

func TestNativeRetryKeepsSource(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{})
	s := r.connected(t, "e-0", `{}`)
	s.fail(conn.ReadyConnecting)
	if r.m.State() != conn.Reconnecting || r.dial.count() != 1 {
		t.Fatalf("state %v sources %d", r.m.State(), r.dial.count())
	}
	s.open()
	if r.m.State() != conn.Connected {
		t.Errorf("state %v after native reopen", r.m.State())
	}
}

func TestAuthFailureStopsWithoutStorm(t *testing.T) {
	t.Parallel()
	for _, status := range []int{401, 403} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			r := newRig(t, conn.Config{})
			var auth []int
			r.m.OnAuthError(func(s int) { auth = append(auth, s) })
			r.m.Start()
			r.dial.last().fail(conn.ReadyClosed)
			r.env.answer(status)
			r.clock.Advance(time.Hour)
			r.m.Online()
			r.m.Visible()
			if r.m.State() != conn.Error || r.dial.count() != 1 || fmt.Sprint(auth) != fmt.Sprintf("[%d]", status) {
				t.Errorf("state %v, sources %d, auth %v", r.m.State(), r.dial.count(), auth)
			}
			r.m.Login() // a new session
			if r.dial.count() != 2 || r.m.State() != conn.Connecting {
				t.Errorf("after login: sources %d state %v", r.dial.count(), r.m.State())
			}
		})
	}
}

func TestServerErrorBacksOffThenRecovers(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{})
	s := r.connected(t, "e-5", `{"retryMs":3000}`)
	for attempt, want := range []time.Duration{4500 * time.Millisecond, 9 * time.Second, 18 * time.Second} {
		s.fail(conn.ReadyClosed)
		r.env.answer(503)
		n := r.dial.count()
		r.clock.Advance(want - 10*time.Millisecond)
		if r.dial.count() != n {
			t.Fatalf("attempt %d reconnected before %v", attempt, want)
		}
		r.clock.Advance(20 * time.Millisecond)
		if r.dial.count() != n+1 {
			t.Fatalf("attempt %d did not reconnect at %v", attempt, want)
		}
		s = r.dial.last()
		if s.url != "/v1/sse/connect?lastEventId=e-5" || r.m.State() != conn.Reconnecting {
			t.Errorf("attempt %d: url %s state %v", attempt, s.url, r.m.State())
		}
	}
	s.open()
	s.emit("hello", "e-5", `{"retryMs":3000}`)
	s.fail(conn.ReadyClosed)
	r.env.answer(0)
	r.clock.Advance(4500 * time.Millisecond) // reset on open: back to the first delay
	if r.m.State() != conn.Reconnecting || r.dial.last() == s {
		t.Errorf("backoff was not reset by open")
	}
}

func TestBadRequestIsNotRetried(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{})
	r.m.Start()
	r.dial.last().fail(conn.ReadyClosed)
	r.env.answer(400)
	r.clock.Advance(time.Hour)
	if r.m.State() != conn.Error || r.dial.count() != 1 || !strings.Contains(r.m.Stats().LastError, "400") {
		t.Errorf("state %v sources %d stats %+v", r.m.State(), r.dial.count(), r.m.Stats())
	}
}

func TestVisibility(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		threshold time.Duration
		away      time.Duration
		reconnect bool
	}{
		{"short tab switch", 10 * time.Second, 5 * time.Second, false},
		{"long background", 10 * time.Second, 11 * time.Second, true},
		{"default threshold", 0, 9 * time.Second, false},
		{"always (0 in JS)", -1, time.Millisecond, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t, conn.Config{BackgroundThreshold: tt.threshold})
			s := r.connected(t, "e-1", `{}`)
			r.m.Hidden()
			r.clock.Advance(tt.away)
			r.m.Visible()
			if got := r.dial.count() == 2; got != tt.reconnect {
				t.Fatalf("reconnected = %v, want %v", got, tt.reconnect)
			}
			if tt.reconnect && (!s.closed || r.dial.last().url != "/v1/sse/connect?lastEventId=e-1") {
				t.Errorf("old closed %v, new url %s", s.closed, r.dial.last().url)
			}
		})
	}
	// Returning to a page whose source died reconnects at once, whatever
	// the threshold.
	r := newRig(t, conn.Config{})
	s := r.connected(t, "e-1", `{}`)
	s.fail(conn.ReadyClosed)
	r.env.answer(503)
	r.m.Hidden()
	r.m.Visible()
	if r.dial.count() != 2 {
		t.Errorf("dead source not replaced on return")
	}
}

func TestOnlineReconnects(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{})
	r.connected(t, "e-1", `{}`)
	r.m.Online()
	if r.dial.count() != 2 || r.dial.last().url != "/v1/sse/connect?lastEventId=e-1" {
		t.Errorf("online: %d sources", r.dial.count())
	}
}

func TestPageHideBeaconsOnceAndPageShowResumes(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{NotificationsHost: "http://o:1"})
	s := r.connected(t, "e-1", `{"token":"tok-1"}`)
	r.m.PageHide(true)
	r.m.PageHide(false)
	if fmt.Sprint(r.env.beacons) != "[http://o:1/v1/sse/disconnect tok-1]" || !s.closed || r.m.State() != conn.Disconnected {
		t.Fatalf("beacons %v closed %v state %v", r.env.beacons, s.closed, r.m.State())
	}
	r.m.Online() // nothing reconnects while the page is in the cache
	r.m.Visible()
	if r.dial.count() != 1 {
		t.Fatalf("reconnected while hidden for bfcache")
	}
	r.m.PageShow(false) // a fresh load's pageshow is not a restore... but we were suspended: resume
	if r.dial.count() != 2 || r.dial.last().url != "http://o:1/v1/sse/connect?lastEventId=e-1" {
		t.Errorf("pageshow: sources %d", r.dial.count())
	}
}

func TestStallWatchdog(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{})
	s := r.connected(t, "e-1", `{"heartbeatMs":1000}`)
	for range 5 { // heartbeats keep it alive
		r.clock.Advance(time.Second)
		s.emit("heartbeat", "e-1", "1")
	}
	if r.dial.count() != 1 {
		t.Fatal("watchdog fired while heartbeats arrived")
	}
	r.clock.Advance(4500 * time.Millisecond) // silence past 2 heartbeats + 1s, checked every 1.5s
	if r.dial.count() != 2 || r.m.Stats().Stalls != 1 {
		t.Fatalf("stalled socket not replaced: sources %d stats %+v", r.dial.count(), r.m.Stats())
	}
	quiet := newRig(t, conn.Config{})
	quiet.connected(t, "e-1", `{"heartbeatMs":0}`)
	quiet.clock.Advance(time.Hour)
	if quiet.dial.count() != 1 {
		t.Error("watchdog ran without a heartbeat promise")
	}
}

func TestHandlerPanicIsIsolated(t *testing.T) {
	t.Parallel()
	var panics []string
	r := newRig(t, conn.Config{OnHandlerPanic: func(ev string, v any) { panics = append(panics, fmt.Sprint(ev, v)) }})
	var before, after recorder
	r.m.Subscribe("task", before.fn)
	r.m.Subscribe("task", func(conn.Message) { panic("boom") })
	r.m.Subscribe("task", after.fn)
	s := r.connected(t, "e-0", `{}`)
	s.emit("task", "e-1", "{}")
	s.emit("task", "e-2", "{}")
	if before.String() != "e-1@1 e-2@1" || after.String() != "e-1@1 e-2@1" || len(panics) != 2 {
		t.Errorf("before %q after %q panics %v", before.String(), after.String(), panics)
	}
}

func TestAuthTransitions(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{LoggedOut: true})
	r.m.Start()
	if r.dial.count() != 0 {
		t.Fatal("connected while logged out")
	}
	if err := r.m.Reconnect(); !errors.Is(err, conn.ErrLoggedOut) {
		t.Errorf("reconnect while logged out: %v", err)
	}
	r.m.Login()
	s := r.dial.last()
	s.open()
	s.emit("hello", "e-1", `{}`)
	var signals recorder
	r.m.Subscribe("force_logout", signals.fn)
	s.emit("force_logout", "e-2", "null")
	if signals.String() != "e-2@1" || r.m.State() != conn.Disconnected || !s.closed {
		t.Fatalf("force_logout: handlers %q state %v closed %v", signals.String(), r.m.State(), s.closed)
	}
	r.m.Online()
	r.m.Visible()
	r.clock.Advance(time.Hour)
	if r.dial.count() != 1 {
		t.Fatal("reconnected after logout")
	}
	r.m.Login()
	if r.dial.count() != 2 || r.dial.last().url != "/v1/sse/connect" || r.m.State() != conn.Connecting {
		t.Errorf("login after logout: url %s state %v", r.dial.last().url, r.m.State())
	}
}

func TestCloseStaysClosed(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{})
	r.connected(t, "e-1", `{}`)
	r.m.Close()
	r.m.Online()
	r.m.Visible()
	if r.dial.count() != 1 || r.m.State() != conn.Disconnected {
		t.Fatal("closed manager reconnected")
	}
	r.m.Reconnect()
	if r.dial.count() != 2 {
		t.Error("Reconnect after Close did not connect")
	}
}

func TestResetReachesSubscribers(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{})
	var resets recorder
	r.m.Subscribe("reset", resets.fn)
	s := r.connected(t, "e-9", `{}`)
	s.emit("reset", "e-9", `{"reason":"expired"}`)
	if resets.String() != "e-9@1" || r.m.Stats().Resets != 1 {
		t.Errorf("resets %q", resets.String())
	}
}

// TestSubscribeCyclesLeaveNoListener: 1,000 subscribe/unsubscribe cycles
// end with the listeners the source started with.
func TestSubscribeCyclesLeaveNoListener(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{})
	s := r.connected(t, "e-1", `{}`)
	start := strings.Join(s.listened(), ",")
	for i := range 1000 {
		off, _ := r.m.Subscribe(fmt.Sprintf("ev%d", i%7), func(conn.Message) {})
		off()
		off()
	}
	if got := strings.Join(s.listened(), ","); got != start {
		t.Errorf("listeners %s, started with %s", got, start)
	}
	if st := r.m.Stats(); st.Subscriptions != 0 || st.Listeners != 4 {
		t.Errorf("stats %+v", st)
	}
}

// TestConcurrentUse runs subscribers, lifecycle events and dispatch at once
// (meaningful under -race).
func TestConcurrentUse(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{BackgroundThreshold: -1})
	r.connected(t, "e-0", `{}`)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				off, _ := r.m.Subscribe("task", func(conn.Message) { r.m.State() })
				r.dial.last().emit("task", fmt.Sprintf("g%d-%d", g, i), "{}")
				if i%50 == 0 {
					r.m.Hidden()
					r.m.Visible()
				}
				off()
			}
		}()
	}
	wg.Wait()
	st := r.m.Stats()
	if st.Subscriptions != 0 || st.Duplicates != 0 || st.Events == 0 {
		t.Errorf("after concurrent use: %+v", st)
	}
	live := 0
	r.dial.mu.Lock()
	for _, s := range r.dial.sources {
		s.mu.Lock()
		if !s.closed {
			live++
			if names := len(s.names); names != 4 {
				t.Errorf("the live source listens to %d names, want the 4 internal ones", names)
			}
		}
		s.mu.Unlock()
	}
	r.dial.mu.Unlock()
	if live != 1 || r.m.Source() == nil {
		t.Errorf("%d live sources, want 1", live)
	}
}

// TestStallNoticedOnTime: the watchdog fires the moment 2 heartbeats + 1 s
// have passed since the last thing heard, not up to half a limit later.
func TestStallNoticedOnTime(t *testing.T) {
	t.Parallel()
	r := newRig(t, conn.Config{})
	s := r.connected(t, "e-1", `{"heartbeatMs":20000}`)
	r.clock.Advance(15 * time.Second)
	s.emit("heartbeat", "e-1", "1") // the last sign of life
	r.clock.Advance(41*time.Second - time.Millisecond)
	if r.dial.count() != 1 {
		t.Fatalf("stall declared %v early", time.Millisecond)
	}
	r.clock.Advance(time.Millisecond)
	if r.dial.count() != 2 || r.m.Stats().Stalls != 1 {
		t.Fatalf("stall not noticed at 2 heartbeats + 1 s: sources %d, stats %+v", r.dial.count(), r.m.Stats())
	}
}
