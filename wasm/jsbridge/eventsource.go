//go:build js && wasm

package jsbridge

import (
	"fmt"
	"sync"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
)

// Dialer opens real EventSources.
type Dialer struct {
	// WithCredentials sends cookies cross-origin (the origin must allow the
	// page's origin). False sends them same-origin only.
	WithCredentials bool
	// Early is the loader's early stream, adopted by the first Dial to its
	// URL; nil if there is none.
	Early *Early
}

var _ conn.Dialer = Dialer{}

// Dial creates an EventSource and attaches every listener before it
// returns: nothing can yield to the JS event loop in between, so no event
// of the new connection can be missed.
func (d Dialer) Dial(url string, names []string, on conn.SourceEvents) (conn.Source, error) {
	if es, take, ok := d.Early.claim(url); ok {
		return adopt(es, take, names, on)
	}
	ctor, err := safejs.Global().Get("EventSource")
	if err != nil || ctor.IsUndefined() {
		return nil, fmt.Errorf("jsbridge: this browser has no EventSource")
	}
	s := &Source{names: make(map[string]bool)}
	if err := s.makeFuncs(on); err != nil {
		return nil, err
	}
	if s.es, err = ctor.New(url, map[string]any{"withCredentials": d.WithCredentials}); err != nil {
		s.releaseFuncs()
		return nil, fmt.Errorf("jsbridge: new EventSource(%q): %w", url, err)
	}
	// A source that fails half-way is closed, its functions released.
	if err := s.watch(); err != nil {
		return nil, err
	}
	for _, name := range names {
		if err := s.listen(name); err != nil {
			s.Close()
			return nil, fmt.Errorf("jsbridge: EventSource.addEventListener(%q): %w", name, err)
		}
	}
	return s, nil
}

// watch adds the open and error listeners; on failure it closes s.
func (s *Source) watch() error {
	for _, l := range []struct {
		event string
		fn    safejs.Func
	}{{"open", s.onOpen}, {"error", s.onError}} {
		if _, err := s.es.Call("addEventListener", l.event, l.fn.Value()); err != nil {
			s.Close()
			return fmt.Errorf("jsbridge: EventSource.addEventListener(%q): %w", l.event, err)
		}
	}
	return nil
}

// makeFuncs makes the source's three callbacks, or none.
func (s *Source) makeFuncs(on conn.SourceEvents) error {
	var err error
	if s.onOpen, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		on.Open()
		return nil
	}); err != nil {
		return err
	}
	if s.onError, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		on.Error(s.ReadyState())
		return nil
	}); err != nil {
		s.onOpen.Release()
		return err
	}
	if s.onMessage, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 0 {
			return nil
		}
		on.Message(message(args[0]))
		return nil
	}); err != nil {
		s.onOpen.Release()
		s.onError.Release()
		return err
	}
	return nil
}

func (s *Source) releaseFuncs() {
	s.onOpen.Release()
	s.onError.Release()
	s.onMessage.Release()
}

// closeAgain is one listener for every closed source, for the life of the
// page: it closes the EventSource it fires on.
var closeAgain = sync.OnceValues(func() (safejs.Func, error) {
	return safejs.FuncOf(func(this safejs.Value, _ []safejs.Value) any {
		this.Call("close")
		return nil
	})
})

// message is the browser's MessageEvent ev as the core sees it.
func message(ev safejs.Value) conn.Message {
	return conn.Message{Name: str(ev, "type"), ID: str(ev, "lastEventId"), Data: str(ev, "data"), Raw: ev}
}

// str is a string property, or "" if it is absent or not a string.
func str(v safejs.Value, prop string) string {
	p, err := v.Get(prop)
	if err != nil || p.Type() != safejs.TypeString {
		return ""
	}
	s, _ := p.String()
	return s
}

// Source is a real EventSource.
type Source struct {
	es                         safejs.Value
	onOpen, onError, onMessage safejs.Func
	// pending is an adopted early stream's take function until its first
	// flush (see adopt); undefined otherwise.
	pending safejs.Value

	mu     sync.Mutex
	names  map[string]bool
	closed bool
}

var _ conn.Source = (*Source)(nil)

// JSValue is the raw EventSource, for consumers of the seed's contract.
func (s *Source) JSValue() safejs.Value { return s.es }

// ReadyState reads es.readyState.
func (s *Source) ReadyState() conn.ReadyState { return readyState(s.es) }

func readyState(es safejs.Value) conn.ReadyState {
	v, err := es.Get("readyState")
	if err != nil {
		return conn.ReadyClosed
	}
	n, _ := v.Int()
	return conn.ReadyState(n)
}

// Listen adds the dispatcher for name.
func (s *Source) Listen(name string) { s.listen(name) }

func (s *Source) listen(name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || s.names[name] {
		return nil
	}
	if !s.pending.IsUndefined() {
		s.names[name] = true // its listener goes on at the flush
		return nil
	}
	if _, err := s.es.Call("addEventListener", name, s.onMessage.Value()); err != nil {
		return err
	}
	s.names[name] = true
	return nil
}

// Unlisten removes the dispatcher for name.
func (s *Source) Unlisten(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || !s.names[name] {
		return
	}
	delete(s.names, name)
	s.es.Call("removeEventListener", name, s.onMessage.Value())
}

// Close closes the EventSource, removes its listeners and releases the
// Go functions behind them.
func (s *Source) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.closed = true
	if !s.pending.IsUndefined() {
		s.pending.Invoke() // the loader's listeners come off
	}
	s.es.Call("close")
	// WebKit reopens an EventSource closed at pagehide when the page comes
	// back from the back/forward cache: close it again as it opens.
	if guard, err := closeAgain(); err == nil {
		s.es.Call("addEventListener", "open", guard.Value())
	}
	for name := range s.names {
		s.es.Call("removeEventListener", name, s.onMessage.Value())
	}
	s.es.Call("removeEventListener", "open", s.onOpen.Value())
	s.es.Call("removeEventListener", "error", s.onError.Value())
	s.releaseFuncs()
}
