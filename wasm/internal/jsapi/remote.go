//go:build js && wasm

package jsapi

import (
	"errors"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
	"github.com/tether-sse/tether/wasm/internal/jsbridge"
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

// Subscribe receives the events as the owner's runtime hands them on, a
// task's run at a time: the instance number, then each browser's
// MessageEvent.
func (r *Remote) Subscribe(name string, fn func(conn.Message)) (func(), error) {
	return r.register("_listen", []any{name}, func(args []safejs.Value) {
		inst := jsbridge.Int(arg(args, 0))
		for _, ev := range args[min(1, len(args)):] {
			fn(conn.Message{Name: name, ID: jsbridge.String(jsbridge.Prop(ev, "lastEventId")), Data: jsbridge.String(jsbridge.Prop(ev, "data")),
				Instance: inst, Raw: ev})
		}
	})
}

// OnState calls fn after every state change until off is called.
func (r *Remote) OnState(fn func(conn.State)) func() {
	return r.listen("onState", func(args []safejs.Value) {
		if s, ok := conn.ParseState(jsbridge.String(arg(args, 0))); ok {
			fn(s)
		}
	})
}

// OnInstance calls fn with each new instance number until off is called.
func (r *Remote) OnInstance(fn func(int)) func() {
	return r.listen("onInstance", func(args []safejs.Value) { fn(jsbridge.Int(arg(args, 0))) })
}

// OnAuthError calls fn with 401 or 403 until off is called.
func (r *Remote) OnAuthError(fn func(int)) func() {
	return r.listen("onAuthError", func(args []safejs.Value) { fn(jsbridge.Int(arg(args, 0))) })
}

// listen registers a listener that cannot fail the caller (the Runtime's
// On* methods return no error): a failure is recorded, and off does nothing.
func (r *Remote) listen(method string, fn func([]safejs.Value)) func() {
	off, err := r.register(method, nil, fn)
	jsbridge.Fault(err)
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
		_, err := off.Invoke()
		jsbridge.Fault(err)
		cb.Release()
	}, nil
}

// State is the owner's current state.
func (r *Remote) State() conn.State {
	v, err := r.api.Call("state")
	jsbridge.Fault(err)
	s, _ := conn.ParseState(jsbridge.String(v)) // Disconnected if it is none
	return s
}

// Instance is the owner's instance number.
func (r *Remote) Instance() int {
	v, err := r.api.Call("instanceId")
	jsbridge.Fault(err)
	return jsbridge.Int(v)
}

// Reconnect asks the owner to replace the connection now.
func (r *Remote) Reconnect() error {
	v, err := r.api.Call("reconnect")
	if err != nil {
		return err
	}
	if !jsbridge.Bool(v) {
		return ErrReconnectRefused
	}
	return nil
}

// Close closes the owner's connection.
func (r *Remote) Close() { jsbridge.Call(r.api, "close") }

// Login asks the owner to connect.
func (r *Remote) Login() { jsbridge.Call(r.api, "login") }

// Logout asks the owner to close and forget the user's place.
func (r *Remote) Logout() { jsbridge.Call(r.api, "logout") }

// Stats reads the owner's stats().
func (r *Remote) Stats() conn.Stats {
	v, err := r.api.Call("stats")
	if jsbridge.Fault(err) {
		return conn.Stats{}
	}
	return conn.StatsFromJS(func(name string, text bool) (string, float64) {
		// A field the owner's runtime does not have (an older build) is zero.
		switch p := jsbridge.Prop(v, name); {
		case text && p.Type() == safejs.TypeString:
			return jsbridge.String(p), 0
		case !text && p.Type() == safejs.TypeNumber:
			return "", jsbridge.Float(p)
		}
		return "", 0
	})
}
