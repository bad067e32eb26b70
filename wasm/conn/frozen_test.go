package conn_test

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tether-sse/tether/wasm/conn"
)

// fakeOrigin numbers events e-1, e-2, … and serves them to the tabs'
// streams as the origin does: a new stream says hello at the position it
// resumes from (its lastEventId, or the newest event), replays what
// follows it, then goes live. A frozen tab's stream waits for its thaw.
// Its log starts with e-0, published before any tab: every tab has a
// position from its first hello on.
type fakeOrigin struct {
	tabs   []*tab
	log    []string
	served map[*fakeSource]bool
}

func newOrigin(tabs []*tab) *fakeOrigin {
	return &fakeOrigin{tabs: tabs, log: []string{"e-0"}, served: map[*fakeSource]bool{}}
}

// want is what every tab's subscribers must have got: every event after e-0.
func (o *fakeOrigin) want() []string {
	var out []string
	for _, id := range o.log[1:] {
		out = append(out, "task "+id)
	}
	return out
}

// streams are the sources the origin holds open, served or not.
func (o *fakeOrigin) streams() []*fakeSource {
	var out []*fakeSource
	for _, tb := range o.tabs {
		for _, s := range tb.d.all() {
			if !s.isClosed() {
				out = append(out, s)
			}
		}
	}
	return out
}

// accept opens every stream not served yet.
func (o *fakeOrigin) accept() {
	for _, s := range o.streams() {
		if o.served[s] {
			continue
		}
		o.served[s] = true
		u, _ := url.Parse(s.url)
		pos := u.Query().Get("lastEventId")
		from := slices.Index(o.log, pos) + 1
		if pos == "" && len(o.log) > 0 {
			pos, from = o.log[len(o.log)-1], len(o.log)
		}
		s.open()
		s.emit("hello", pos, hello)
		for _, id := range o.log[from:] {
			s.emit("task", id, `{}`)
		}
	}
}

func (o *fakeOrigin) publish() {
	id := fmt.Sprint("e-", len(o.log))
	o.log = append(o.log, id)
	for s := range o.served {
		s.emit("task", id, `{}`)
	}
}

func (o *fakeOrigin) heartbeat() {
	for s := range o.served {
		s.emit("heartbeat", "", "")
	}
}

// drop cuts every stream the origin holds, as a network change does.
func (o *fakeOrigin) drop() {
	for s := range o.served {
		delete(o.served, s)
		if !s.isClosed() {
			s.fail(conn.ReadyClosed)
		}
	}
}

// answerProbes answers every status probe with 503.
func answerProbes(tabs []*tab) {
	for _, tb := range tabs {
		for tb.env.pending() > 0 {
			tb.env.answer(503)
		}
	}
}

// checkTabs fails on a broken invariant of the browser, or an id a tab's
// subscribers got twice.
func checkTabs(t *testing.T, b *fakeBrowser, tabs []*tab, when string) {
	t.Helper()
	b.mu.Lock()
	broken := slices.Clone(b.broken)
	b.mu.Unlock()
	if len(broken) > 0 {
		t.Fatalf("%s: %s", when, strings.Join(broken, "; "))
	}
	for i, tb := range tabs {
		seen := map[string]bool{}
		for _, e := range tb.events() {
			if seen[e] {
				t.Fatalf("%s: tab %d got %s twice (%v)", when, i, e, tb.events())
			}
			seen[e] = true
		}
	}
}

// leaders counts the tabs that lead.
func leaders(tabs []*tab) int {
	n := 0
	for _, tb := range tabs {
		if tb.m.Stats().Role == conn.Leader {
			n++
		}
	}
	return n
}

// TestFrozenLeaderAmongThree is the case of issue 21: of three tabs, the
// leader is frozen (iOS, Chromium's lifecycle freeze) and still hears the
// channel; messages that wake it run its overdue timers. The visible tabs
// steal the lock after the stall limit. No tab gets an id twice, the
// follower's state changes only around the steal (Reconnecting, then
// Connected), the frozen tab opens no stream once its lock is stolen and,
// thawed, follows; one stream remains and every tab has every event.
func TestFrozenLeaderAmongThree(t *testing.T) {
	t.Parallel()
	b, clock, tabs := browserOf(t, 3, "task")
	b.wake = true
	o := newOrigin(tabs)
	o.accept()
	for range 3 {
		o.publish()
	}
	b.flush()
	tabs[0].port.freeze()
	tabs[2].mu.Lock()
	tabs[2].states = nil
	tabs[2].mu.Unlock()
	second := func() { // an event and a heartbeat a second
		o.publish()
		o.heartbeat()
		clock.Advance(time.Second)
		b.flush()
		o.accept()
		b.flush()
	}
	for i := range 12 {
		second()
		checkTabs(t, b, tabs, fmt.Sprintf("frozen %d s", i+1))
	}
	if n := len(tabs[2].states); n > 2 {
		t.Errorf("the follower's state changed %d times while the leader was frozen: %v", n, tabs[2].states)
	}
	tabs[0].port.thaw()
	b.flush()
	for range 3 {
		second()
	}
	checkTabs(t, b, tabs, "thawed")
	if n := len(o.streams()); n != 1 {
		t.Errorf("%d streams open after the thaw, want 1", n)
	}
	if n := leaders(tabs); n != 1 {
		t.Errorf("%d leaders after the thaw, want 1", n)
	}
	if got := tabs[0].m.Stats().Role; got != conn.Follower {
		t.Errorf("the thawed tab is %v, want a follower", got)
	}
	want := o.want()
	for i, tb := range tabs {
		if got := tb.events(); !sameSet(got, want) {
			t.Errorf("tab %d got %v, want %v", i, got, want)
		}
	}
}

// sameSet reports whether a and b hold the same strings.
func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// tabsWorld is three tabs of one browser, one origin, and what a random
// or fuzzed run does to them.
type tabsWorld struct {
	t     *testing.T
	b     *fakeBrowser
	clock *fakeClock
	tabs  []*tab
	o     *fakeOrigin
}

func newTabsWorld(t *testing.T, wake bool) *tabsWorld {
	b, clock, tabs := browserOf(t, 3, "task")
	b.wake = wake
	w := &tabsWorld{t: t, b: b, clock: clock, tabs: tabs, o: newOrigin(tabs)}
	w.o.accept()
	b.flush()
	return w
}

// act does one thing, chosen by op and which.
func (w *tabsWorld) act(op, which int) {
	tb := w.tabs[which%len(w.tabs)]
	switch op % 12 {
	case 0, 1:
		w.o.publish()
	case 2:
		w.o.accept()
	case 3:
		w.o.heartbeat()
		w.clock.Advance(time.Second)
	case 4:
		w.clock.Advance(time.Duration(which%40) * 100 * time.Millisecond)
	case 5:
		tb.port.freeze()
	case 6:
		tb.port.thaw()
	case 7:
		tb.m.Hidden()
	case 8:
		tb.m.Visible()
	case 9:
		w.b.deliverOne()
	case 10:
		w.b.flush()
	case 11:
		if which%4 == 0 {
			w.o.drop()
		} else {
			answerProbes(w.tabs)
		}
	}
}

// settle thaws and shows every tab and lets the browser and the origin
// run until the tabs agree again.
func (w *tabsWorld) settle() {
	for _, tb := range w.tabs {
		tb.port.thaw()
		tb.m.Visible()
	}
	for range 40 {
		w.b.flush()
		answerProbes(w.tabs)
		w.o.accept()
		w.b.flush()
		w.o.heartbeat()
		w.clock.Advance(time.Second)
	}
}

// check asserts the invariants now, and after settle also that one
// stream and one leader remain and that every tab has every event.
func (w *tabsWorld) check(when string, settled bool) {
	w.t.Helper()
	checkTabs(w.t, w.b, w.tabs, when)
	if !settled {
		return
	}
	if n := len(w.o.streams()); n != 1 {
		w.t.Fatalf("%s: %d streams open, want 1", when, n)
	}
	if n := leaders(w.tabs); n != 1 {
		w.t.Fatalf("%s: %d leaders, want 1", when, n)
	}
	want := w.o.want()
	for i, tb := range w.tabs {
		if got := tb.events(); !sameSet(got, want) {
			var urls []string
			for _, s := range tb.d.all() {
				urls = append(urls, s.url)
			}
			w.t.Fatalf("%s: tab %d got %v, want %v (dialed %v)", when, i, got, want, urls)
		}
	}
}

// TestFrozenTabsKeepInvariants: 300 random runs of three tabs that
// freeze, thaw, hide, show and lose their network while the origin
// publishes: no tab gets an id twice, no tab acts as leader in another's
// term, a tab whose lock was stolen opens no stream; once every tab is
// thawed and shown, one stream and one leader remain and every tab has
// every event.
func TestFrozenTabsKeepInvariants(t *testing.T) {
	t.Parallel()
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 21))
		w := newTabsWorld(t, r.IntN(2) == 0)
		for i := range 150 {
			w.act(r.IntN(12), r.IntN(1000))
			w.check(fmt.Sprintf("seed %d step %d", seed, i), false)
		}
		w.settle()
		w.check(fmt.Sprintf("seed %d settled", seed), true)
	}
}

// FuzzFrozenTabs runs the same invariants over actions the fuzzer chooses.
func FuzzFrozenTabs(f *testing.F) {
	f.Add([]byte{0, 5, 3, 3, 3, 3, 3, 0, 6, 3}, true)
	f.Fuzz(func(t *testing.T, ops []byte, wake bool) {
		w := newTabsWorld(t, wake)
		for i, op := range ops {
			w.act(int(op&0x0f), int(op>>4))
			w.check(fmt.Sprintf("step %d", i), false)
		}
		w.settle()
		w.check("settled", true)
	})
}
