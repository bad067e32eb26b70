// Package conntest has the in-memory conn.Runtime, for tests of code that
// consumes the runtime (go-app components): a test emits events, state
// changes and auth refusals the way the page's Manager would.
package conntest

import (
	"slices"
	"sync"

	"github.com/tether-sse/tether/wasm/conn"
)

// Runtime is the in-memory conn.Runtime. Its zero value is not ready; use
// NewRuntime.
type Runtime struct {
	mu         sync.Mutex
	subs       map[string]*[]*func(conn.Message)
	states     []*func(conn.State)
	inst       []*func(int)
	auth       []*func(int)
	stats      conn.Stats
	reconnects int
}

// Reconnects counts Reconnect calls.
func (f *Runtime) Reconnects() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.reconnects
}

var _ conn.Runtime = (*Runtime)(nil)

// NewRuntime returns a runtime Connecting on its first instance.
func NewRuntime() *Runtime {
	return &Runtime{subs: map[string]*[]*func(conn.Message){}, stats: conn.Stats{State: conn.Connecting, Instance: 1}}
}

func add[T any](mu *sync.Mutex, list *[]*T, fn T) func() {
	mu.Lock()
	defer mu.Unlock()
	p := &fn
	*list = append(*list, p)
	return func() {
		mu.Lock()
		defer mu.Unlock()
		for i, q := range *list {
			if q == p {
				*list = append((*list)[:i], (*list)[i+1:]...)
				return
			}
		}
	}
}

// Subscribe adds fn for events named name.
func (f *Runtime) Subscribe(name string, fn func(conn.Message)) (func(), error) {
	f.mu.Lock()
	list, ok := f.subs[name]
	if !ok {
		list = new([]*func(conn.Message))
		f.subs[name] = list
	}
	f.mu.Unlock()
	return add(&f.mu, list, fn), nil
}

// Subscribers counts the live subscriptions to name.
func (f *Runtime) Subscribers(name string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	if list := f.subs[name]; list != nil {
		return len(*list)
	}
	return 0
}

// Emit delivers one event to name's subscribers.
func (f *Runtime) Emit(name, id, data string) {
	f.mu.Lock()
	msg := conn.Message{Name: name, ID: id, Data: data, Instance: f.stats.Instance}
	f.stats.Events++
	f.stats.LastEventID = id
	var fns []*func(conn.Message)
	if list := f.subs[name]; list != nil {
		fns = slices.Clone(*list)
	}
	f.mu.Unlock()
	for _, fn := range fns {
		(*fn)(msg)
	}
}

// SetState moves to s, first creating a new instance if newInstance.
func (f *Runtime) SetState(s conn.State, newInstance bool, lastError string) {
	f.mu.Lock()
	f.stats.State = s
	f.stats.LastError = lastError
	if newInstance {
		f.stats.Instance++
	}
	n := f.stats.Instance
	states := slices.Clone(f.states)
	inst := slices.Clone(f.inst)
	f.mu.Unlock()
	if newInstance {
		for _, fn := range inst {
			(*fn)(n)
		}
	}
	for _, fn := range states {
		(*fn)(s)
	}
}

// Refuse reports an auth refusal and moves to Error.
func (f *Runtime) Refuse(status int) {
	f.mu.Lock()
	auth := slices.Clone(f.auth)
	f.mu.Unlock()
	for _, fn := range auth {
		(*fn)(status)
	}
	f.SetState(conn.Error, false, "refused")
}

func (f *Runtime) State() conn.State                  { f.mu.Lock(); defer f.mu.Unlock(); return f.stats.State }
func (f *Runtime) Instance() int                      { f.mu.Lock(); defer f.mu.Unlock(); return f.stats.Instance }
func (f *Runtime) OnState(fn func(conn.State)) func() { return add(&f.mu, &f.states, fn) }
func (f *Runtime) OnInstance(fn func(int)) func()     { return add(&f.mu, &f.inst, fn) }
func (f *Runtime) OnAuthError(fn func(int)) func()    { return add(&f.mu, &f.auth, fn) }
func (f *Runtime) Reconnect() error {
	f.mu.Lock()
	f.reconnects++
	f.mu.Unlock()
	return nil
}

// Close moves to Disconnected, as the Manager does.
func (f *Runtime) Close() { f.SetState(conn.Disconnected, false, "") }

// Login opens a new instance and connects.
func (f *Runtime) Login() { f.SetState(conn.Connected, true, "") }

// Logout moves to Disconnected.
func (f *Runtime) Logout() { f.SetState(conn.Disconnected, false, "") }
func (f *Runtime) Stats() conn.Stats {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.stats
}
