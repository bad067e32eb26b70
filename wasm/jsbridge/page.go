//go:build js && wasm

package jsbridge

import (
	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
)

// Env is the page's beacon and fetch.
type Env struct {
	// WithCredentials makes the status probe send cookies cross-origin,
	// like the EventSource it stands in for.
	WithCredentials bool
}

var _ conn.Env = Env{}

// Beacon calls navigator.sendBeacon(url, body): a text/plain POST that
// survives the page's unload.
func (Env) Beacon(url, body string) bool {
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		return false
	}
	ok, err := nav.Call("sendBeacon", url, body)
	if err != nil {
		return false
	}
	b, _ := ok.Bool()
	return b
}

// Probe fetches url and aborts as soon as the status is known: EventSource
// hides whether it failed on 401, 503 or the network.
func (e Env) Probe(url string, done func(status int)) {
	g := safejs.Global()
	ctrlCtor, _ := g.Get("AbortController")
	ctrl, err := ctrlCtor.New()
	if err != nil {
		done(0)
		return
	}
	signal, _ := ctrl.Get("signal")
	creds := "same-origin"
	if e.WithCredentials {
		creds = "include"
	}
	promise, err := g.Call("fetch", url, map[string]any{
		"credentials": creds, "cache": "no-store", "signal": signal,
		"headers": map[string]any{"Accept": "text/event-stream"},
	})
	if err != nil {
		done(0)
		return
	}
	var ok, fail safejs.Func
	finish := func(status int) {
		ctrl.Call("abort")
		ok.Release()
		fail.Release()
		go done(status) // never block a JS callback
	}
	ok, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		status := 0
		if len(args) > 0 {
			if v, err := args[0].Get("status"); err == nil {
				status, _ = v.Int()
			}
		}
		finish(status)
		return nil
	})
	if err != nil {
		ctrl.Call("abort")
		done(0)
		return
	}
	fail, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		finish(0)
		return nil
	})
	if err != nil {
		ok.Release()
		ctrl.Call("abort")
		done(0)
		return
	}
	if _, err := promise.Call("then", ok.Value(), fail.Value()); err != nil {
		finish(0)
	}
}

// PageWatcher forwards the page's lifecycle events to a conn.Lifecycle.
type PageWatcher struct {
	undo []func()
}

// WatchPage listens to visibilitychange, online, pagehide and pageshow.
// There is deliberately no beforeunload listener: pagehide covers every
// exit (one beacon, not two) and unload-type listeners cost the page its
// back/forward cache.
func WatchPage(l conn.Lifecycle) (*PageWatcher, error) {
	g := safejs.Global()
	doc, err := g.Get("document")
	if err != nil {
		return nil, err
	}
	w := &PageWatcher{}
	visible := func() bool {
		state, _ := doc.Get("visibilityState")
		s, _ := state.String()
		return s != "hidden"
	}
	persisted := func(args []safejs.Value) bool {
		if len(args) == 0 {
			return false
		}
		p, _ := args[0].Get("persisted")
		b, _ := p.Bool()
		return b
	}
	add := func(target safejs.Value, event string, fn func(args []safejs.Value)) error {
		f, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
			fn(args)
			return nil
		})
		if err != nil {
			return err
		}
		if _, err := target.Call("addEventListener", event, f.Value()); err != nil {
			f.Release()
			return err
		}
		w.undo = append(w.undo, func() {
			target.Call("removeEventListener", event, f.Value())
			f.Release()
		})
		return nil
	}
	for _, err := range []error{
		add(doc, "visibilitychange", func([]safejs.Value) {
			if visible() {
				l.Visible()
			} else {
				l.Hidden()
			}
		}),
		add(g, "online", func([]safejs.Value) { l.Online() }),
		add(g, "pagehide", func(args []safejs.Value) { l.PageHide(persisted(args)) }),
		add(g, "pageshow", func(args []safejs.Value) { l.PageShow(persisted(args)) }),
	} {
		if err != nil {
			w.Close()
			return nil, err
		}
	}
	if !visible() {
		l.Hidden()
	}
	return w, nil
}

// Close removes the listeners and releases their functions.
func (w *PageWatcher) Close() {
	for _, undo := range w.undo {
		undo()
	}
	w.undo = nil
}
