//go:build js && wasm

package jsapi

import (
	"fmt"
	"strings"
	"sync"

	"github.com/hack-pad/safejs"

	"tether/wasm/conn"
	"tether/wasm/jsbridge"
)

// API is the object behind globalThis.tether.
type API struct {
	m       *conn.Manager
	obj     safejs.Value
	json    safejs.Value
	console safejs.Value
	funcs   []safejs.Func

	mu   sync.Mutex
	next int
	offs map[int]func() // subscriptions and listeners by id
}

// New builds the API object for m. It does not publish it; see Publish.
func New(m *conn.Manager) (*API, error) {
	g := safejs.Global()
	objCtor, _ := g.Get("Object")
	obj, err := objCtor.New()
	if err != nil {
		return nil, err
	}
	a := &API{m: m, obj: obj, offs: make(map[int]func())}
	a.json, _ = g.Get("JSON")
	a.console, _ = g.Get("console")

	off := a.method("_off", func(args []safejs.Value) any {
		if len(args) > 0 {
			if id, err := args[0].Int(); err == nil {
				a.drop(id)
			}
		}
		return nil
	})
	bindOff := func(id int) any {
		f, err := off.Call("bind", safejs.Null(), id)
		if err != nil {
			return nil
		}
		return f
	}
	a.method("subscribe", func(args []safejs.Value) any {
		name, handler, onError, err := subscribeArgs(args)
		if err != nil {
			a.warn(err.Error())
			return safejs.Undefined()
		}
		unsub, err := m.Subscribe(name, func(msg conn.Message) { a.deliver(handler, onError, msg) })
		if err != nil {
			a.warn(err.Error())
			return safejs.Undefined()
		}
		return bindOff(a.keep(unsub))
	})
	// _subscribeRaw is for other Tether modules on the page (see Join): the
	// handler gets (data, id, instanceId) with data unparsed.
	a.method("_subscribeRaw", func(args []safejs.Value) any {
		name, handler, _, err := subscribeArgs(args)
		if err != nil {
			a.warn(err.Error())
			return safejs.Undefined()
		}
		unsub, err := m.Subscribe(name, func(msg conn.Message) {
			if _, err := handler.Invoke(msg.Data, msg.ID, msg.Instance); err != nil {
				a.warn(fmt.Sprintf("tether: %q event %s: a module's handler threw; other subscribers are unaffected", msg.Name, msg.ID))
			}
		})
		if err != nil {
			a.warn(err.Error())
			return safejs.Undefined()
		}
		return bindOff(a.keep(unsub))
	})
	a.method("state", func([]safejs.Value) any { return m.State().String() })
	a.method("instanceId", func([]safejs.Value) any { return m.Instance() })
	// listen registers a JS listener with one of the manager's On* methods.
	listen := func(name string, register func(fn safejs.Value) (off func())) {
		a.method(name, func(args []safejs.Value) any {
			fn, ok := funcArg(args, 0)
			if !ok {
				a.warn("tether." + name + "(fn): fn must be a function")
				return safejs.Undefined()
			}
			return bindOff(a.keep(register(fn)))
		})
	}
	listen("onState", func(fn safejs.Value) func() { return m.OnState(func(s conn.State) { a.invoke(fn, s.String()) }) })
	listen("onInstance", func(fn safejs.Value) func() { return m.OnInstance(func(n int) { a.invoke(fn, n) }) })
	listen("onAuthError", func(fn safejs.Value) func() { return m.OnAuthError(func(status int) { a.invoke(fn, status) }) })
	a.method("eventSource", func([]safejs.Value) any {
		if src, ok := m.Source().(*jsbridge.Source); ok {
			return src.JSValue()
		}
		return safejs.Null()
	})
	a.method("reconnect", func([]safejs.Value) any {
		if err := m.Reconnect(); err != nil {
			a.warn("tether.reconnect: " + err.Error())
			return false
		}
		return true
	})
	a.method("close", func([]safejs.Value) any { m.Close(); return nil })
	a.method("login", func([]safejs.Value) any { m.Login(); return nil })
	a.method("logout", func([]safejs.Value) any { m.Logout(); return nil })
	a.method("stats", func([]safejs.Value) any {
		s := m.Stats()
		a.mu.Lock()
		live := len(a.offs)
		a.mu.Unlock()
		last := 0.0
		if !s.LastEventAt.IsZero() {
			last = float64(s.LastEventAt.UnixMilli())
		}
		return map[string]any{
			"state": s.State.String(), "instanceId": s.Instance,
			"subscriptions": s.Subscriptions, "listeners": s.Listeners, "callbacks": live,
			"events": float64(s.Events), "duplicates": float64(s.Duplicates), "resets": float64(s.Resets),
			"nativeRetries": float64(s.NativeRetries), "retries": float64(s.Retries), "stalls": float64(s.Stalls),
			"beacons": float64(s.Beacons), "handlerPanics": float64(s.HandlerPanics),
			"lastEventId": s.LastEventID, "lastError": s.LastError, "lastEventAt": last,
		}
	})
	return a, nil
}

// Value is the API object.
func (a *API) Value() safejs.Value { return a.obj }

func (a *API) method(name string, fn func(args []safejs.Value) any) safejs.Value {
	f, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any { return fn(args) })
	if err != nil {
		panic(err) // start-up only
	}
	a.funcs = append(a.funcs, f)
	if strings.HasPrefix(name, "_") {
		// Internal methods stay off the public surface: not enumerable.
		object, _ := safejs.Global().Get("Object")
		desc := map[string]any{"value": f.Value()}
		if _, err := object.Call("defineProperty", a.obj, name, desc); err != nil {
			panic(err) // start-up only
		}
	} else {
		a.obj.Set(name, f.Value())
	}
	return f.Value()
}

func (a *API) keep(off func()) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.next++
	a.offs[a.next] = off
	return a.next
}

func (a *API) drop(id int) {
	a.mu.Lock()
	off := a.offs[id]
	delete(a.offs, id)
	a.mu.Unlock()
	if off != nil {
		off()
	}
}

// deliver hands one event to one JS subscriber.
func (a *API) deliver(handler, onError safejs.Value, msg conn.Message) {
	meta := map[string]any{"id": msg.ID, "event": msg.Name, "instanceId": msg.Instance}
	data, err := a.json.Call("parse", msg.Data)
	if err != nil {
		a.fail(onError, msg, "payload is not valid JSON", err, meta)
		return
	}
	if _, err := handler.Invoke(data, meta); err != nil {
		a.fail(onError, msg, "handler threw", err, meta)
	}
}

// fail reports a subscriber's error to its onError, or warns without the
// payload.
func (a *API) fail(onError safejs.Value, msg conn.Message, what string, cause error, meta map[string]any) {
	text := fmt.Sprintf("tether: %q event %s: %s", msg.Name, msg.ID, what)
	if onError.Type() == safejs.TypeFunction {
		errCtor, _ := safejs.Global().Get("Error")
		jsErr, _ := errCtor.New(text + ": " + cause.Error())
		if _, err := onError.Invoke(jsErr, meta); err == nil {
			return
		}
		text += " (and its onError threw)"
	}
	a.warn(text + "; other subscribers are unaffected")
}

func (a *API) invoke(fn safejs.Value, arg any) {
	if _, err := fn.Invoke(arg); err != nil {
		a.warn("tether: a listener threw: " + err.Error())
	}
}

func (a *API) warn(text string) { a.console.Call("warn", text) }

func funcArg(args []safejs.Value, i int) (safejs.Value, bool) {
	if i >= len(args) || args[i].Type() != safejs.TypeFunction {
		return safejs.Undefined(), false
	}
	return args[i], true
}

func subscribeArgs(args []safejs.Value) (name string, handler, onError safejs.Value, err error) {
	onError = safejs.Undefined()
	if len(args) > 0 && args[0].Type() == safejs.TypeString {
		name, _ = args[0].String()
	}
	handler, ok := funcArg(args, 1)
	if name == "" || !ok {
		return "", handler, onError, fmt.Errorf("tether.subscribe(event, handler, {onError}): event must be a non-empty string and handler a function")
	}
	if len(args) > 2 && args[2].Type() == safejs.TypeObject {
		if v, err := args[2].Get("onError"); err == nil && v.Type() == safejs.TypeFunction {
			onError = v
		}
	}
	return name, handler, onError, nil
}
