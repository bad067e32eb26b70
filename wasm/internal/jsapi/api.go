//go:build js && wasm

package jsapi

import (
	"strings"
	"sync"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
	"github.com/tether-sse/tether/wasm/internal/jsbridge"
)

// API is the object behind globalThis.tether.
type API struct {
	m       *conn.Manager
	obj     safejs.Value
	console safejs.Value

	mu   sync.Mutex
	next int
	offs map[int]func() // subscriptions and listeners by id

	out *outbox // events on their way to JS listeners
}

// New builds the API object for m, whose events leave through out. It
// does not put it on the page: the share step does (globalThis.tether,
// share.go).
func New(m *conn.Manager, out *outbox) (*API, error) {
	g := safejs.Global()
	objCtor, err := g.Get("Object")
	if err != nil {
		return nil, err
	}
	obj, err := objCtor.New()
	if err != nil {
		return nil, err
	}
	a := &API{m: m, obj: obj, offs: make(map[int]func()), out: out}
	out.warn = a.warn
	if a.console, err = g.Get("console"); err != nil {
		return nil, err
	}

	bindOff := a.offMethod()
	a.listenMethod(m, bindOff)
	a.runtimeMethods(m, bindOff)
	return a, nil
}

// offMethod defines _off(id) and returns bindOff: one long-lived Go
// function bound to an id makes every "off" function.
func (a *API) offMethod() (bindOff func(id int) any) {
	off := a.method("_off", func(args []safejs.Value) any {
		if len(args) > 0 {
			if id, err := args[0].Int(); err == nil {
				a.drop(id)
			}
		}
		return nil
	})
	return func(id int) any {
		f, err := off.Call("bind", safejs.Null(), id)
		if err != nil {
			return nil
		}
		return f
	}
}

// listenMethod defines _listen, the loader's one way to the events.
func (a *API) listenMethod(m *conn.Manager, bindOff func(int) any) {
	// _listen hands the events named name to fn(instanceId, ...events),
	// each as the browser's MessageEvent, as the batch they came in ends:
	// one call for a run of fn's events (a burst, a replay), not one per
	// event, and the events of a flush never read into Go (a slice of
	// their batch, made in JS). The loader's subscribe (web/tether.js)
	// parses each payload once and dispatches it to JS handlers in JS.
	a.method("_listen", func(args []safejs.Value) any {
		var name string
		if len(args) > 0 && args[0].Type() == safejs.TypeString {
			var err error
			name, err = args[0].String()
			jsbridge.Fault(err)
		}
		fn, ok := funcArg(args, 1)
		if name == "" || !ok {
			a.warn("tether._listen(event, fn): event must be a non-empty string and fn a function")
			return safejs.Undefined()
		}
		slot := a.out.register(fn)
		unsub, err := m.Subscribe(name, func(msg conn.Message) {
			switch raw := msg.Raw.(type) {
			case jsbridge.Item:
				a.out.add(outgoing{fn: fn, slot: slot, inst: msg.Instance, batch: raw.Batch, index: raw.Index})
			case safejs.Value:
				a.out.add(outgoing{fn: fn, slot: slot, inst: msg.Instance, ev: raw, index: -1})
			}
		})
		if err != nil {
			a.out.unregister(slot)
			a.warn(err.Error())
			return safejs.Undefined()
		}
		return bindOff(a.keep(func() { unsub(); a.out.unregister(slot) }))
	})
}

// runtimeMethods defines the public methods: state, instance, the
// listeners of state, instance and auth errors, and the commands.
func (a *API) runtimeMethods(m *conn.Manager, bindOff func(int) any) {
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
		s.Callbacks = len(a.offs)
		a.mu.Unlock()
		return s.ToJS()
	})
}

// Value is the API object.
func (a *API) Value() safejs.Value { return a.obj }

func (a *API) method(name string, fn func(args []safejs.Value) any) safejs.Value {
	f, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any { return fn(args) })
	if err != nil {
		panic(err) // start-up only; the API lives as long as the page
	}
	if strings.HasPrefix(name, "_") {
		// Internal methods stay off the public surface: not enumerable.
		object, err := safejs.Global().Get("Object")
		if err == nil {
			_, err = object.Call("defineProperty", a.obj, name, map[string]any{"value": f.Value()})
		}
		if err != nil {
			panic(err) // start-up only
		}
	} else if err := a.obj.Set(name, f.Value()); err != nil {
		panic(err) // start-up only
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

func (a *API) invoke(fn safejs.Value, arg any) {
	if _, err := fn.Invoke(arg); err != nil {
		a.warn("tether: a listener threw: " + err.Error())
	}
}

func (a *API) warn(text string) {
	_, err := a.console.Call("warn", text)
	jsbridge.Fault(err)
}

func funcArg(args []safejs.Value, i int) (safejs.Value, bool) {
	if i >= len(args) || args[i].Type() != safejs.TypeFunction {
		return safejs.Undefined(), false
	}
	return args[i], true
}
