package conn_test

import (
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
}

var (
	_ conn.Dialer = (*fakeDialer)(nil)
	_ conn.Source = (*fakeSource)(nil)
	_ conn.Env    = (*fakeEnv)(nil)
	_ conn.Clock  = (*fakeClock)(nil)
)

func (d *fakeDialer) Dial(url string, names []string, on conn.SourceEvents) (conn.Source, error) {
	s := &fakeSource{url: url, on: on, ready: conn.ReadyConnecting, names: map[string]bool{}}
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
}

func (s *fakeSource) ReadyState() conn.ReadyState {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ready
}
func (s *fakeSource) Listen(name string)   { s.mu.Lock(); s.names[name] = true; s.mu.Unlock() }
func (s *fakeSource) Unlisten(name string) { s.mu.Lock(); delete(s.names, name); s.mu.Unlock() }
func (s *fakeSource) Close() {
	s.mu.Lock()
	s.closed, s.ready = true, conn.ReadyClosed
	s.mu.Unlock()
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
	s.mu.Lock()
	s.ready = conn.ReadyOpen
	s.mu.Unlock()
	s.on.Open()
}

// emit delivers an event the way EventSource does: only to listened names.
func (s *fakeSource) emit(name, id, data string) {
	s.mu.Lock()
	ok := s.names[name] && !s.closed
	s.mu.Unlock()
	if ok {
		s.on.Message(conn.Message{Name: name, ID: id, Data: data})
	}
}

func (s *fakeSource) fail(rs conn.ReadyState) {
	s.mu.Lock()
	s.ready = rs
	s.mu.Unlock()
	s.on.Error(rs)
}

// fakeEnv records beacons and holds probes for the test to answer.
type fakeEnv struct {
	mu      sync.Mutex
	beacons []string
	probes  []func(int)
}

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

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
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
type fakeBrowser struct {
	mu      sync.Mutex
	holder  *fakeTab
	line    []*fakeTab
	tabs    []*fakeTab
	pending []func()
	keys    map[string]bool
	events  int // event messages posted (relays)
}

// fakeTab is one tab's Tabs port.
type fakeTab struct {
	b        *fakeBrowser
	id       string
	on       conn.TabEvents
	attached bool
}

var _ conn.Tabs = (*fakeTab)(nil)

func (b *fakeBrowser) tab(id string) *fakeTab { return &fakeTab{b: b, id: id} }

// later queues f for flush. Call with b.mu held.
func (b *fakeBrowser) later(f func()) { b.pending = append(b.pending, f) }

// flush delivers until nothing is pending.
func (b *fakeBrowser) flush() {
	for {
		b.mu.Lock()
		if len(b.pending) == 0 {
			b.mu.Unlock()
			return
		}
		f := b.pending[0]
		b.pending = b.pending[1:]
		b.mu.Unlock()
		f()
	}
}

func (t *fakeTab) Bind(key string, on conn.TabEvents) {
	t.b.mu.Lock()
	defer t.b.mu.Unlock()
	if t.b.keys == nil {
		t.b.keys = map[string]bool{}
	}
	t.b.keys[key] = true
	t.on, t.attached = on, true
	t.b.tabs = append(t.b.tabs, t)
}

func (t *fakeTab) Campaign(steal bool) {
	b := t.b
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case b.holder == t:
	case steal:
		b.line = slices.DeleteFunc(b.line, func(x *fakeTab) bool { return x == t })
		if old := b.holder; old != nil {
			b.line = append(b.line, old) // the deposed stay in line
			b.later(func() { old.on.Role(conn.Follower) })
		}
		b.holder = t
		b.later(func() { t.on.Role(conn.Leader) })
	case slices.Contains(b.line, t):
	case b.holder == nil:
		b.holder = t
		b.later(func() { t.on.Role(conn.Leader) })
	default:
		b.line = append(b.line, t)
		b.later(func() { t.on.Role(conn.Follower) })
	}
}

func (t *fakeTab) Resign() {
	b := t.b
	b.mu.Lock()
	defer b.mu.Unlock()
	b.line = slices.DeleteFunc(b.line, func(x *fakeTab) bool { return x == t })
	if b.holder != t {
		return
	}
	b.holder = nil
	if len(b.line) > 0 {
		next := b.line[0]
		b.line = b.line[1:]
		b.holder = next
		b.later(func() { next.on.Role(conn.Leader) })
	}
}

func (t *fakeTab) Post(m conn.TabMessage) {
	b := t.b
	b.mu.Lock()
	defer b.mu.Unlock()
	if !t.attached {
		return
	}
	m.From = t.id
	if m.Kind == conn.TabEvent {
		b.events++
	}
	for _, other := range b.tabs {
		if other != t && (m.To == "" || m.To == other.id) {
			b.later(func() {
				b.mu.Lock()
				attached := other.attached
				b.mu.Unlock()
				if attached {
					other.on.Message(m)
				}
			})
		}
	}
}

func (t *fakeTab) Detach() { t.b.mu.Lock(); t.attached = false; t.b.mu.Unlock() }
func (t *fakeTab) Attach() { t.b.mu.Lock(); t.attached = true; t.b.mu.Unlock() }
