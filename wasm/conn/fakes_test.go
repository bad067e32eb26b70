package conn_test

import (
	"fmt"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tether-sse/tether/wasm/conn"
)

// fakeDialer records every source it opens.
type fakeDialer struct {
	mu      sync.Mutex
	sources []*fakeSource
	tab     *fakeTab // the tab it dials for, if any: its stream waits while it is frozen
}

var (
	_ conn.Dialer = (*fakeDialer)(nil)
	_ conn.Source = (*fakeSource)(nil)
	_ conn.Env    = (*fakeEnv)(nil)
	_ conn.Clock  = (*fakeClock)(nil)
)

func (d *fakeDialer) Dial(url string, names []string, on conn.SourceEvents) (conn.Source, error) {
	if d.tab != nil {
		d.tab.dialing(url)
	}
	s := &fakeSource{url: url, on: on, ready: conn.ReadyConnecting, names: map[string]bool{}, tab: d.tab}
	for _, n := range names {
		s.names[n] = true
	}
	d.mu.Lock()
	d.sources = append(d.sources, s)
	d.mu.Unlock()
	return s, nil
}

func (d *fakeDialer) last() *fakeSource {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.sources) == 0 {
		return nil
	}
	return d.sources[len(d.sources)-1]
}

func (d *fakeDialer) all() []*fakeSource {
	d.mu.Lock()
	defer d.mu.Unlock()
	return slices.Clone(d.sources)
}

func (d *fakeDialer) count() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.sources)
}

// fakeSource is an EventSource the test drives.
type fakeSource struct {
	mu     sync.Mutex
	url    string
	on     conn.SourceEvents
	ready  conn.ReadyState
	names  map[string]bool
	closed bool
	tab    *fakeTab
}

// deliver runs f, or at the thaw if the source's tab is frozen.
func (s *fakeSource) deliver(f func()) {
	if s.tab == nil {
		f()
		return
	}
	s.tab.run(false, f)
}

func (s *fakeSource) ReadyState() conn.ReadyState {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ready
}
func (s *fakeSource) Listen(name string) error {
	s.mu.Lock()
	s.names[name] = true
	s.mu.Unlock()
	return nil
}

func (s *fakeSource) Unlisten(name string) error {
	s.mu.Lock()
	delete(s.names, name)
	s.mu.Unlock()
	return nil
}

func (s *fakeSource) Close() error {
	s.mu.Lock()
	s.closed, s.ready = true, conn.ReadyClosed
	s.mu.Unlock()
	return nil
}

func (s *fakeSource) isClosed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closed
}

func (s *fakeSource) listened() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for n := range s.names {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func (s *fakeSource) open() {
	s.deliver(func() {
		s.mu.Lock()
		s.ready = conn.ReadyOpen
		s.mu.Unlock()
		s.on.Open()
	})
}

// emit delivers an event the way EventSource does: only to listened names.
func (s *fakeSource) emit(name, id, data string) {
	s.deliver(func() {
		s.mu.Lock()
		ok := s.names[name] && !s.closed
		s.mu.Unlock()
		if ok {
			s.on.Message(conn.Message{Name: name, ID: id, Data: data})
		}
	})
}

// emitBatch delivers events that came together (name, id, data each) the
// way the loader's queue does: one batch of the listened ones.
func (s *fakeSource) emitBatch(events ...[3]string) {
	s.deliver(func() {
		var batch []conn.Message
		s.mu.Lock()
		for _, e := range events {
			if s.names[e[0]] && !s.closed {
				batch = append(batch, conn.Message{Name: e[0], ID: e[1], Data: e[2]})
			}
		}
		s.mu.Unlock()
		s.on.Messages(batch)
	})
}

func (s *fakeSource) fail(rs conn.ReadyState) {
	s.deliver(func() {
		s.mu.Lock()
		s.ready = rs
		s.mu.Unlock()
		s.on.Error(rs)
	})
}

// fakeEnv records beacons and holds probes for the test to answer.
type fakeEnv struct {
	mu      sync.Mutex
	beacons []string
	probes  []func(int)
}

func (e *fakeEnv) Faults() (int, string) { return 0, "" }

func (e *fakeEnv) Beacon(url, body string) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.beacons = append(e.beacons, url+" "+body)
	return true
}

func (e *fakeEnv) Probe(url string, done func(int)) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.probes = append(e.probes, done)
}

func (e *fakeEnv) pending() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.probes)
}

func (e *fakeEnv) answer(status int) {
	e.mu.Lock()
	done := e.probes[len(e.probes)-1]
	e.probes = e.probes[:len(e.probes)-1]
	e.mu.Unlock()
	done(status)
}

// fakeClock only moves when told.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	timers []*fakeTimer
}

type fakeTimer struct {
	at      time.Time
	f       func()
	stopped atomic.Bool
}

func (t *fakeTimer) Stop() bool { return !t.stopped.Swap(true) }

func (c *fakeClock) Now() conn.Instant {
	c.mu.Lock()
	defer c.mu.Unlock()
	return conn.InstantOf(c.now)
}

func (c *fakeClock) AfterFunc(d time.Duration, f func()) conn.Timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &fakeTimer{at: c.now.Add(d), f: f}
	c.timers = append(c.timers, t)
	return t
}

// Advance moves time, firing due timers in order.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	end := c.now.Add(d)
	c.mu.Unlock()
	for {
		c.mu.Lock()
		slices.SortFunc(c.timers, func(a, b *fakeTimer) int { return a.at.Compare(b.at) })
		var due *fakeTimer
		for i, t := range c.timers {
			if !t.at.After(end) {
				due = t
				c.timers = slices.Delete(c.timers, i, i+1)
				break
			}
		}
		if due == nil {
			c.now = end
			c.mu.Unlock()
			return
		}
		c.now = due.at
		c.mu.Unlock()
		if !due.stopped.Load() {
			due.f()
		}
	}
}

// fakeBrowser is the tabs of one browser for one stream: a lock with a
// line, as Web Locks keeps it, and a channel that delivers later, as
// BroadcastChannel does. Deliveries wait in a queue until flush.
//
// A tab can be frozen, as iOS and Chromium freeze a background tab: the
// channel still reaches it, while its timers, its stream and its lock
// callbacks wait for the thaw. Go's timers are the runtime's own, so a
// message that wakes a frozen tab runs its overdue timers too (wake).
//
// The browser checks, as it goes, what must hold whatever the tabs do: a
// leadership term is only ever carried by the tab it names, and a tab
// whose lock was stolen opens no stream until it is granted the lock
// again. Violations are kept in broken.
type fakeBrowser struct {
	mu      sync.Mutex
	holder  *fakeTab
	line    []*fakeTab
	tabs    []*fakeTab
	pending []func()
	keys    map[string]bool
	events  int // event messages posted (relays)
	broken  []string
	wake    bool // a message to a frozen tab runs its overdue timers first
}

// fakeTab is one tab's Tabs port.
type fakeTab struct {
	b        *fakeBrowser
	id       string
	on       conn.TabEvents
	attached bool

	// Guarded by b.mu.
	frozen bool
	held   []heldCall // what waits for the thaw, in order
	told   bool       // Role(Leader) reached the tab and it has not lost the lock since
	stolen bool       // the lock was taken from it after it was told it led
}

// heldCall is one call a frozen tab runs when it thaws.
type heldCall struct {
	timer bool
	f     func()
}

var _ conn.Tabs = (*fakeTab)(nil)

func (b *fakeBrowser) tab(id string) *fakeTab { return &fakeTab{b: b, id: id} }

// later queues f for flush. Call with b.mu held.
func (b *fakeBrowser) later(f func()) { b.pending = append(b.pending, f) }

// lockCall queues a lock callback for t: it waits while t is frozen. Call
// with b.mu held.
func (b *fakeBrowser) lockCall(t *fakeTab, r conn.Role) {
	b.later(func() {
		t.run(false, func() {
			b.mu.Lock()
			t.told = r == conn.Leader && b.holder == t
			b.mu.Unlock()
			t.on.Role(r)
		})
	})
}

// run calls f now, or at the thaw if t is frozen.
func (t *fakeTab) run(timer bool, f func()) {
	t.b.mu.Lock()
	if t.frozen {
		t.held = append(t.held, heldCall{timer, f})
		t.b.mu.Unlock()
		return
	}
	t.b.mu.Unlock()
	f()
}

// freeze holds t's timers, stream and lock callbacks; thaw runs what was
// held, in order.
func (t *fakeTab) freeze() { t.b.mu.Lock(); t.frozen = true; t.b.mu.Unlock() }

func (t *fakeTab) thaw() {
	t.b.mu.Lock()
	t.frozen = false
	held := t.held
	t.held = nil
	t.b.mu.Unlock()
	for _, h := range held {
		h.f()
	}
}

// wakeTimers runs the overdue timers of a frozen tab that a message woke.
func (t *fakeTab) wakeTimers() {
	t.b.mu.Lock()
	var due []func()
	t.held = slices.DeleteFunc(t.held, func(h heldCall) bool {
		if h.timer {
			due = append(due, h.f)
		}
		return h.timer
	})
	t.b.mu.Unlock()
	for _, f := range due {
		f()
	}
}

// clock is the tab's view of c: its timers wait while it is frozen.
func (t *fakeTab) clock(c *fakeClock) conn.Clock { return tabClock{c, t} }

type tabClock struct {
	*fakeClock
	t *fakeTab
}

func (c tabClock) AfterFunc(d time.Duration, f func()) conn.Timer {
	return c.fakeClock.AfterFunc(d, func() { c.t.run(true, f) })
}

// flush delivers until nothing is pending. Tabs that answer each other
// forever (a follower torn between two leaders) are a broken invariant,
// not a hung test.
func (b *fakeBrowser) flush() {
	for n := 0; b.deliverOne(); n++ {
		if n == flushLimit {
			b.mu.Lock()
			b.fail("the channel never goes quiet: %d messages in one flush", n)
			b.pending = nil
			b.mu.Unlock()
			return
		}
	}
}

// flushLimit is far more messages than three tabs need to settle anything.
const flushLimit = 10_000

// deliverOne delivers the oldest pending call and reports whether there was one.
func (b *fakeBrowser) deliverOne() bool {
	b.mu.Lock()
	if len(b.pending) == 0 {
		b.mu.Unlock()
		return false
	}
	f := b.pending[0]
	b.pending = b.pending[1:]
	b.mu.Unlock()
	f()
	return true
}

// fail records a broken invariant. Call with b.mu held.
func (b *fakeBrowser) fail(format string, args ...any) {
	b.broken = append(b.broken, fmt.Sprintf(format, args...))
}

func (t *fakeTab) Bind(key string, on conn.TabEvents) error {
	t.b.mu.Lock()
	defer t.b.mu.Unlock()
	if t.b.keys == nil {
		t.b.keys = map[string]bool{}
	}
	t.b.keys[key] = true
	t.on, t.attached = on, true
	t.b.tabs = append(t.b.tabs, t)
	return nil
}

func (t *fakeTab) ID() string { return t.id }

// grant gives t the lock. Call with b.mu held.
func (b *fakeBrowser) grant(t *fakeTab) {
	b.holder, t.stolen = t, false
	b.lockCall(t, conn.Leader)
}

func (t *fakeTab) Campaign(steal bool) error {
	b := t.b
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case b.holder == t:
	case steal:
		b.line = slices.DeleteFunc(b.line, func(x *fakeTab) bool { return x == t })
		if old := b.holder; old != nil {
			b.line = append(b.line, old) // the deposed stay in line
			old.stolen, old.told = old.told, false
			b.lockCall(old, conn.Follower)
		}
		b.grant(t)
	case slices.Contains(b.line, t):
	case b.holder == nil:
		b.grant(t)
	default:
		b.line = append(b.line, t)
		b.lockCall(t, conn.Follower)
	}
	return nil
}

// Confirm answers with what holds when the answer reaches the tab: a
// frozen tab learns it at the thaw.
func (t *fakeTab) Confirm() error {
	b := t.b
	b.mu.Lock()
	defer b.mu.Unlock()
	b.later(func() {
		t.run(false, func() {
			b.mu.Lock()
			r := conn.Follower
			if b.holder == t {
				r = conn.Leader
			}
			b.mu.Unlock()
			t.on.Role(r)
		})
	})
	return nil
}

func (t *fakeTab) Resign() error {
	b := t.b
	b.mu.Lock()
	defer b.mu.Unlock()
	b.line = slices.DeleteFunc(b.line, func(x *fakeTab) bool { return x == t })
	if b.holder != t {
		return nil
	}
	b.holder, t.told = nil, false
	if len(b.line) > 0 {
		next := b.line[0]
		b.line = b.line[1:]
		b.grant(next)
	}
	return nil
}

func (t *fakeTab) Post(m conn.TabMessage) error {
	b := t.b
	b.mu.Lock()
	defer b.mu.Unlock()
	if !t.attached {
		return nil
	}
	m.From = t.id
	if m.Kind == conn.TabEvent || m.Kind == conn.TabStatus {
		if tab := termTab(m); tab != t.id {
			b.fail("%s acted as the leader of %s's term", t.id, tab)
		}
	}
	if m.Kind == conn.TabEvent {
		b.events++
	}
	for _, other := range b.tabs {
		if other != t && (m.To == "" || m.To == other.id) {
			b.later(func() {
				b.mu.Lock()
				attached, frozen := other.attached, other.frozen
				wake := b.wake
				b.mu.Unlock()
				if !attached {
					return
				}
				if frozen && wake {
					other.wakeTimers()
				}
				other.on.Message(m)
			})
		}
	}
	return nil
}

func (t *fakeTab) Detach() error { t.b.mu.Lock(); t.attached = false; t.b.mu.Unlock(); return nil }
func (t *fakeTab) Attach() error { t.b.mu.Lock(); t.attached = true; t.b.mu.Unlock(); return nil }

// dialing checks that t may open a stream: not while its lock is stolen.
func (t *fakeTab) dialing(url string) {
	t.b.mu.Lock()
	defer t.b.mu.Unlock()
	if t.stolen {
		t.b.fail("%s, its lock stolen, opened %s", t.id, url)
	}
}
