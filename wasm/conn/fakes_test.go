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
