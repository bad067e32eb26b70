//go:build js && wasm

package jsapi

import (
	"errors"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
)

// Errors of this package.
var (
	ErrNotTether        = errors.New("jsapi: the value is not a Tether runtime (no _listen)")
	ErrReconnectRefused = errors.New("jsapi: the runtime refused to reconnect (logged out, or the page left)")
)

// Remote is a runtime that another module on the page owns, reached
// through its globalThis.tether. Every method is safe from any goroutine
// but a JS callback must not wait on it.
type Remote struct{ api safejs.Value }

var _ conn.Runtime = (*Remote)(nil)

// Join wraps the JS API object v (globalThis.tether of another module).
func Join(v safejs.Value) (*Remote, error) {
	if v.Type() != safejs.TypeObject {
		return nil, ErrNotTether
	}
	if f, err := v.Get("_listen"); err != nil || f.Type() != safejs.TypeFunction {
		return nil, ErrNotTether
	}
	return &Remote{api: v}, nil
}

// Subscribe receives each event as the owner's runtime hands it on: the
// browser's MessageEvent and the instance number.
func (r *Remote) Subscribe(name string, fn func(conn.Message)) (func(), error) {
	return r.register("_listen", []any{name}, func(args []safejs.Value) {
		ev := arg(args, 0)
		id, _ := ev.Get("lastEventId")
		data, _ := ev.Get("data")
		instance, _ := arg(args, 1).Int()
		msg := conn.Message{Name: name, Instance: instance, Raw: ev}
		msg.ID, _ = id.String()
		msg.Data, _ = data.String()
		fn(msg)
	})
}

// OnState calls fn after every state change until off is called.
func (r *Remote) OnState(fn func(conn.State)) func() {
	off, _ := r.register("onState", nil, func(args []safejs.Value) {
		name, _ := arg(args, 0).String()
		if s, ok := conn.ParseState(name); ok {
			fn(s)
		}
	})
	return off
}

// OnInstance calls fn with each new instance number until off is called.
func (r *Remote) OnInstance(fn func(int)) func() {
	off, _ := r.register("onInstance", nil, func(args []safejs.Value) {
		n, _ := arg(args, 0).Int()
		fn(n)
	})
	return off
}

// OnAuthError calls fn with 401 or 403 until off is called.
func (r *Remote) OnAuthError(fn func(int)) func() {
	off, _ := r.register("onAuthError", nil, func(args []safejs.Value) {
		n, _ := arg(args, 0).Int()
		fn(n)
	})
	return off
}

func arg(args []safejs.Value, i int) safejs.Value {
	if i < len(args) {
		return args[i]
	}
	return safejs.Undefined()
}

// register calls the API's method(args..., callback) and returns a
// function that calls the off it answered and releases the callback.
func (r *Remote) register(method string, args []any, fn func([]safejs.Value)) (func(), error) {
	cb, err := safejs.FuncOf(func(_ safejs.Value, a []safejs.Value) any { fn(a); return nil })
	if err != nil {
		return func() {}, err
	}
	off, err := r.api.Call(method, append(args, cb.Value())...)
	if err != nil || off.Type() != safejs.TypeFunction {
		cb.Release()
		if err == nil {
			err = errors.New("jsapi: tether." + method + " refused the subscription")
		}
		return func() {}, err
	}
	return func() {
		off.Invoke()
		cb.Release()
	}, nil
}

// State is the owner's current state.
func (r *Remote) State() conn.State {
	v, _ := r.api.Call("state")
	name, _ := v.String()
	s, _ := conn.ParseState(name)
	return s
}

// Instance is the owner's instance number.
func (r *Remote) Instance() int {
	v, _ := r.api.Call("instanceId")
	n, _ := v.Int()
	return n
}

// Reconnect asks the owner to replace the connection now.
func (r *Remote) Reconnect() error {
	v, err := r.api.Call("reconnect")
	if err != nil {
		return err
	}
	if ok, _ := v.Bool(); !ok {
		return ErrReconnectRefused
	}
	return nil
}

// Close closes the owner's connection.
func (r *Remote) Close() { r.api.Call("close") }

// Login asks the owner to connect.
func (r *Remote) Login() { r.api.Call("login") }

// Logout asks the owner to close and forget the user's place.
func (r *Remote) Logout() { r.api.Call("logout") }

// Stats reads the owner's stats().
func (r *Remote) Stats() conn.Stats {
	v, err := r.api.Call("stats")
	if err != nil {
		return conn.Stats{}
	}
	return conn.StatsFromJS(func(name string, text bool) (string, float64) {
		p, _ := v.Get(name)
		if text {
			s, _ := p.String()
			return s, 0
		}
		f, _ := p.Float()
		return "", f
	})
}
