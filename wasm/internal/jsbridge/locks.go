//go:build js && wasm

package jsbridge

import (
	"errors"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
)

// lockRequest is one navigator.locks.request.
type lockRequest struct {
	abort   safejs.Value // its AbortController, while in line
	release safejs.Value // resolves the promise that holds the lock
	held    bool
	funcs   []safejs.Func
}

// Campaign gets in line for the lock, or steals it.
func (t *Tabs) Campaign(steal bool) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	old := t.req
	if old != nil && (old.held || !steal) {
		return nil // leading already, or in line
	}
	var errs []error
	if old != nil && !old.abort.IsUndefined() {
		errs = append(errs, call(old.abort, "abort"))
	}
	opts := map[string]any{"ifAvailable": true} // answer at once: leader, or follower in line
	if steal {
		opts = map[string]any{"steal": true}
	}
	var err error
	t.req, err = t.request(opts)
	return errors.Join(append(errs, err)...)
}

// Confirm asks the browser's lock manager whether this tab still holds
// the lock, and answers on the Role callback. A page cannot name itself
// in navigator.locks.query(), so it holds a lock of its own (named for
// this tab) while it asks: the clientId beside that name is this tab's.
// In a frozen tab the answer waits for the thaw, as every lock callback
// does, so it tells the truth of the moment the tab can act again.
func (t *Tabs) Confirm() error {
	self := t.name + " tab " + t.id
	var funcs []safejs.Func
	answer := func(snapshot safejs.Value) {
		t.confirmed(snapshot, self)
		for _, f := range funcs {
			f.Release()
		}
	}
	read, errRead := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) > 0 {
			answer(args[0])
		} else {
			answer(safejs.Undefined())
		}
		return nil
	})
	grant, errGrant := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		locks, err := locksOf()
		if err == nil {
			var q safejs.Value
			if q, err = locks.Call("query"); err == nil {
				var p safejs.Value
				if p, err = q.Call("then", read.Value(), read.Value()); err == nil {
					return p // holds self until the snapshot is read
				}
			}
		}
		answer(safejs.Undefined())
		return nil
	})
	funcs = []safejs.Func{read, grant}
	if err := errors.Join(errRead, errGrant); err != nil {
		answer(safejs.Undefined())
		return err
	}
	locks, err := locksOf()
	if err == nil {
		err = call(locks, "request", self, grant.Value())
	}
	if err != nil {
		answer(safejs.Undefined())
	}
	return err
}

// confirmed answers Confirm from a query snapshot: Leader if the lock's
// holder is this tab and this tab has not given it up since. Where the
// snapshot names no client (undefined: the query failed, or the browser
// leaves clientId out), what this tab last heard from its lock decides.
func (t *Tabs) confirmed(snapshot safejs.Value, self string) {
	t.mu.Lock()
	held := t.req != nil && t.req.held
	t.mu.Unlock()
	me, holder := clientOf(snapshot, self), clientOf(snapshot, t.name)
	if me != "" && holder != me {
		held = false
	}
	role := conn.Follower
	if held {
		role = conn.Leader
	}
	t.on.Role(role)
}

// clientOf is the clientId of the tab holding the lock named name in a
// navigator.locks.query() snapshot, or "".
func clientOf(snapshot safejs.Value, name string) string {
	if snapshot.Type() != safejs.TypeObject {
		return ""
	}
	held, err := snapshot.Get("held")
	if Fault(err) {
		return ""
	}
	n, err := held.Length()
	Fault(err)
	for i := range n {
		lock, err := held.Index(i)
		if !Fault(err) && optString(lock, "name") == name {
			return optString(lock, "clientId")
		}
	}
	return ""
}

func locksOf() (safejs.Value, error) {
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		return safejs.Undefined(), err
	}
	return nav.Get("locks")
}

// Resign releases the lock, or leaves the line.
func (t *Tabs) Resign() error {
	t.mu.Lock()
	r := t.req
	t.req = nil
	t.mu.Unlock()
	switch {
	case r == nil:
	case r.held:
		_, err := r.release.Invoke()
		return err
	case !r.abort.IsUndefined():
		return call(r.abort, "abort")
	}
	return nil
}

// request asks for the lock with opts. Call it with mu held. On failure
// the tab is out of the line (nil).
func (t *Tabs) request(opts map[string]any) (*lockRequest, error) {
	r := &lockRequest{}
	_, ifAvailable := opts["ifAvailable"]
	_, steal := opts["steal"]
	if !ifAvailable && !steal { // neither may carry a signal
		abort, err := Global("AbortController").New()
		if err != nil {
			return nil, err
		}
		signal, err := abort.Get("signal")
		if err != nil {
			return nil, err
		}
		r.abort, opts["signal"] = abort, signal
	}
	grant, errGrant := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any { return t.granted(r, args) })
	settled, errSettled := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		t.settled(r)
		return nil
	})
	r.funcs = []safejs.Func{grant, settled}
	err := errors.Join(errGrant, errSettled)
	var promise, locks safejs.Value
	if err == nil {
		locks, err = locksOf()
	}
	if err == nil {
		promise, err = locks.Call("request", t.name, opts, grant.Value())
	}
	if err == nil {
		err = call(promise, "then", settled.Value(), settled.Value())
	}
	if err != nil {
		for _, f := range r.funcs {
			f.Release()
		}
		return nil, err
	}
	return r, nil
}

// granted is the lock's callback: a held lock stays held until the
// promise it returns resolves (Resign).
func (t *Tabs) granted(r *lockRequest, args []safejs.Value) any {
	t.mu.Lock()
	if t.req != r {
		t.mu.Unlock()
		return nil // withdrawn meanwhile: give it back at once
	}
	if len(args) == 0 || args[0].IsNull() {
		var err error
		t.req, err = t.request(map[string]any{}) // another tab leads: wait in line
		Fault(err)
		t.mu.Unlock()
		t.on.Role(conn.Follower)
		return nil
	}
	var release safejs.Value
	executor, err := safejs.FuncOf(func(_ safejs.Value, a []safejs.Value) any {
		release = a[0]
		return nil
	})
	var hold safejs.Value
	if err == nil {
		hold, err = Global("Promise").New(executor.Value())
		executor.Release()
	}
	if Fault(err) {
		t.req = nil
		t.mu.Unlock()
		return nil
	}
	r.held, r.release = true, release
	t.mu.Unlock()
	t.on.Role(conn.Leader)
	return hold
}

// settled runs when a request is over: released, withdrawn, or stolen.
// Only a steal ends a lock this tab still holds; it then waits in line.
func (t *Tabs) settled(r *lockRequest) {
	t.mu.Lock()
	stolen := t.req == r && r.held
	if t.req == r {
		t.req = nil
	}
	if stolen {
		var err error
		t.req, err = t.request(map[string]any{})
		Fault(err)
	}
	t.mu.Unlock()
	for _, f := range r.funcs {
		f.Release()
	}
	if stolen {
		t.on.Role(conn.Follower)
	}
}
