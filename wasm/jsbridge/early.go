//go:build js && wasm

package jsbridge

import (
	"sync"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
)

// Early is the stream the loader (web/tether.js) opened as soon as it ran,
// so that its round trips overlap the module's download:
// globalThis.__tetherEarly = {url, source, take}, where take() removes the
// loader's listeners and returns the events they kept, in order.
//
// The first Dial to the same URL adopts it; a Dial to another URL, or
// Discard (the runtime connected another way, as a follower tab does, or
// never started), closes it. Either happens once.
type Early struct {
	mu       sync.Mutex
	url      string
	es, take safejs.Value
	used     bool
}

// TakeEarly takes the loader's early stream off the page; nil if there is
// none. A module reads it as it starts, as it reads its boot object.
func TakeEarly() *Early {
	g := safejs.Global()
	v, err := g.Get("__tetherEarly")
	if err != nil || v.Type() != safejs.TypeObject {
		return nil
	}
	g.Delete("__tetherEarly")
	e := &Early{url: str(v, "url")}
	e.es, _ = v.Get("source")
	e.take, _ = v.Get("take")
	if e.es.Type() != safejs.TypeObject || e.take.Type() != safejs.TypeFunction || e.url == "" {
		e.es.Call("close")
		return nil
	}
	return e
}

// claim hands the stream over to a Dial of url, once. Any other first
// claim closes it.
func (e *Early) claim(url string) (es, take safejs.Value, ok bool) {
	if e == nil {
		return es, take, false
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.used {
		return es, take, false
	}
	e.used = true
	if url != e.url || readyState(e.es) == conn.ReadyClosed {
		e.take.Invoke()
		e.es.Call("close")
		return es, take, false
	}
	return e.es, e.take, true
}

// Discard closes the early stream unless a Dial adopted it.
func (e *Early) Discard() { e.claim("") }

// adopt makes the early stream the source Dial returns. Its listeners go
// on in the task after this one, together with the events the loader kept
// (delivered first, in order): that task comes after the page's code that
// awaited the loader, so the subscriptions it made get them. Until then
// the loader's listeners keep everything, so nothing falls in between.
func adopt(es, take safejs.Value, names []string, on conn.SourceEvents) (conn.Source, error) {
	s := &Source{es: es, names: make(map[string]bool), pending: take}
	if err := s.makeFuncs(on); err != nil {
		return nil, err
	}
	if err := s.watch(); err != nil {
		return nil, err
	}
	for _, name := range names {
		s.names[name] = true
	}
	wasOpen := readyState(es) == conn.ReadyOpen
	var flush safejs.Func
	flush, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		flush.Release()
		s.flush(wasOpen, on)
		return nil
	})
	if err != nil {
		s.Close()
		return nil, err
	}
	if _, err := safejs.Global().Call("setTimeout", flush.Value(), 0); err != nil {
		flush.Release()
		s.Close()
		return nil, err
	}
	return s, nil
}

// flush puts the source's own listeners on and delivers what the loader
// kept, with an open the source had before it was adopted.
func (s *Source) flush(wasOpen bool, on conn.SourceEvents) {
	s.mu.Lock()
	if s.closed || s.pending.IsUndefined() {
		s.mu.Unlock()
		return
	}
	kept, _ := s.pending.Invoke()
	s.pending = safejs.Undefined()
	for name := range s.names {
		s.es.Call("addEventListener", name, s.onMessage.Value())
	}
	open := wasOpen && readyState(s.es) == conn.ReadyOpen
	s.mu.Unlock()
	if open {
		on.Open()
	}
	// Only the names listened to now, as if each had come live.
	n, _ := kept.Length()
	for i := range n {
		ev, err := kept.Index(i)
		if err != nil {
			continue
		}
		msg := message(ev)
		s.mu.Lock()
		listened := s.names[msg.Name]
		s.mu.Unlock()
		if listened {
			on.Message(msg)
		}
	}
}
