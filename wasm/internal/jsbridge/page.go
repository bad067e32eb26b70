//go:build js && wasm

package jsbridge

import (
	"errors"

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

// Faults are the bridge's failed calls it went on without (Fault).
func (Env) Faults() (int, string) { return Faults() }

// Beacon calls navigator.sendBeacon(url, body): a text/plain POST that
// survives the page's unload.
func (Env) Beacon(url, body string) bool {
	nav, err := safejs.Global().Get("navigator")
	if err != nil {
		return false
	}
	ok, err := nav.Call("sendBeacon", url, body)
	if Fault(err) {
		return false
	}
	return Bool(ok)
}

// Probe fetches url and aborts as soon as the status is known: EventSource
// hides whether it failed on 401, 503 or the network. A fetch that fails
// is tried again in no-cors mode: if that one reaches the server, the
// first was refused cross-origin (CORS), reported as conn.ProbeBlocked.
func (e Env) Probe(url string, done func(status int)) {
	creds := "same-origin"
	if e.WithCredentials {
		creds = "include"
	}
	fetchStatus(url, map[string]any{"credentials": creds, "cache": "no-store", "headers": map[string]any{"Accept": "text/event-stream"}},
		func(status int, ok bool) {
			if ok {
				done(status)
				return
			}
			fetchStatus(url, map[string]any{"mode": "no-cors", "credentials": creds, "cache": "no-store"}, func(_ int, reached bool) {
				if reached {
					done(conn.ProbeBlocked)
				} else {
					done(0)
				}
			})
		})
}

// fetchStatus fetches url with opts and aborts once the response's status
// is known; then calls done on a goroutine of its own (never blocking a
// JS callback) with the status and whether a response came at all.
func fetchStatus(url string, opts map[string]any, done func(status int, ok bool)) {
	ctrl, err := Global("AbortController").New()
	if Fault(err) {
		go done(0, false)
		return
	}
	opts["signal"] = Prop(ctrl, "signal")
	promise, err := safejs.Global().Call("fetch", url, opts)
	if Fault(err) {
		go done(0, false)
		return
	}
	var ok, fail safejs.Func
	finish := func(status int, reached bool) {
		Fault(call(ctrl, "abort"))
		ok.Release()
		fail.Release()
		go done(status, reached)
	}
	ok, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		status := 0
		if len(args) > 0 {
			status = Int(Prop(args[0], "status"))
		}
		finish(status, true)
		return nil
	})
	if Fault(err) {
		Fault(call(ctrl, "abort"))
		go done(0, false)
		return
	}
	fail, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		finish(0, false)
		return nil
	})
	if Fault(err) {
		ok.Release()
		Fault(call(ctrl, "abort"))
		go done(0, false)
		return
	}
	if Fault(call(promise, "then", ok.Value(), fail.Value())) {
		finish(0, false)
	}
}

// PageWatcher forwards the page's lifecycle events to a conn.Lifecycle.
type PageWatcher struct {
	undo []func() error
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
	visible := func() bool { return String(Prop(doc, "visibilityState")) != "hidden" }
	persisted := func(args []safejs.Value) bool { return len(args) > 0 && Bool(Prop(args[0], "persisted")) }
	add := func(target safejs.Value, event string, fn func(args []safejs.Value)) error {
		f, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
			fn(args)
			return nil
		})
		if err != nil {
			return err
		}
		if err := call(target, "addEventListener", event, f.Value()); err != nil {
			f.Release()
			return err
		}
		w.undo = append(w.undo, func() error {
			defer f.Release()
			return call(target, "removeEventListener", event, f.Value())
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
			return nil, errors.Join(err, w.Close())
		}
	}
	if !visible() {
		l.Hidden()
	}
	return w, nil
}

// Close removes the listeners and releases their functions.
func (w *PageWatcher) Close() error {
	var errs []error
	for _, undo := range w.undo {
		errs = append(errs, undo())
	}
	w.undo = nil
	return errors.Join(errs...)
}

// Mark names a moment in the page's performance timeline, as
// "tether:"+name: the runtime's start (main) and its first stream open,
// beside the loader's (web/tether.js mark). make bench reads them.
func Mark(name string) {
	if p := Global("performance"); p.Type() == safejs.TypeObject {
		_, err := p.Call("mark", "tether:"+name)
		Fault(err)
	}
}
