//go:build js && wasm

package jsbridge

import (
	"errors"
	"fmt"
	"strings"
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
	// Pack is the loader's pack(events): one string of every event's type,
	// lastEventId and data, each followed by a CR, which none of them can
	// hold (an event stream ends a line at CR). A batch then crosses into
	// Go as one string rather than three per event. Undefined reads each
	// event's fields one by one.
	Pack safejs.Value
	// Batch runs each flush's deliveries (deliver), so that what they
	// hand on leaves in the same task as one batch; nil runs them as is.
	Batch func(deliver func())
}

var _ conn.Dialer = Dialer{}

// Dial creates an EventSource and attaches every listener before it
// returns: nothing can yield to the JS event loop in between, so no event
// of the new connection can be missed.
func (d Dialer) Dial(url string, names []string, on conn.SourceEvents) (conn.Source, error) {
	if es, take, ok := d.Early.claim(url); ok {
		return adopt(es, take, names, on, d)
	}
	ctor, err := safejs.Global().Get("EventSource")
	if err != nil || ctor.IsUndefined() {
		return nil, fmt.Errorf("jsbridge: this browser has no EventSource")
	}
	es, err := ctor.New(url, map[string]any{"withCredentials": d.WithCredentials})
	if err != nil {
		return nil, fmt.Errorf("jsbridge: new EventSource(%q): %w", url, err)
	}
	s, err := newSource(es, on, d)
	if err != nil {
		return nil, errors.Join(err, call(es, "close"))
	}
	for _, name := range names {
		if err := s.Listen(name); err != nil {
			return nil, errors.Join(fmt.Errorf("jsbridge: EventSource.addEventListener(%q): %w", name, err), s.Close())
		}
	}
	return s, nil
}

// Source is a real EventSource. Its events cross into Go in batches: the
// listener for every name is the queue's own push, and the first event
// after a flush schedules the next flush, one task later, by a message
// posted to the page's flush port (a postMessage bound in JS: no Go call
// either); that flush delivers everything queued by then in one call. A
// burst or a replay costs one crossing, not one per event, and a batch of
// one costs one too.
type Source struct {
	es              safejs.Value
	on              conn.SourceEvents
	pack            safejs.Value // Dialer.Pack
	batch           func(deliver func())
	queue           safejs.Value // the events since the last flush, in order
	push            safejs.Value // queue.push bound to queue: every name's listener
	arrive          safejs.Value // postMessage of id to the flush port: every name's listener, once
	once            safejs.Value // {once: true}
	id              int          // in sources, for the flush trampoline
	onOpen, onError safejs.Func

	mu     sync.Mutex
	names  map[string]bool
	closed bool
	// pending is an adopted early stream's take function until its first
	// flush (see adopt); undefined otherwise.
	pending safejs.Value
	wasOpen bool // the early stream was open when adopted
}

var _ conn.Source = (*Source)(nil)

// firstOpen marks the page's first stream open, beside the loader's marks
// of the start (web/tether.js mark): make bench reads them.
var firstOpen sync.Once

// newSource wraps es, listening for open and error; none of its names
// yet. On failure nothing is left behind.
func newSource(es safejs.Value, on conn.SourceEvents, d Dialer) (*Source, error) {
	s := &Source{es: es, on: on, pack: d.Pack, batch: d.Batch, names: make(map[string]bool)}
	if s.batch == nil {
		s.batch = func(deliver func()) { deliver() }
	}
	var err error
	if s.queue, err = Global("Array").New(); err != nil {
		return nil, err
	}
	if s.push, err = Prop(s.queue, "push").Call("bind", s.queue); err != nil {
		return nil, err
	}
	if s.once, err = Global("Object").New(); err != nil {
		return nil, err
	}
	if err := s.once.Set("once", true); err != nil {
		return nil, err
	}
	port, err := flushes()
	if err != nil {
		return nil, err
	}
	s.id = sources.add(s)
	if s.arrive, err = Prop(port, "postMessage").Call("bind", port, s.id, safejs.Undefined()); err != nil {
		sources.remove(s.id)
		return nil, err
	}
	var made []safejs.Func
	for _, f := range []struct {
		fn *safejs.Func
		do func()
	}{
		{&s.onOpen, func() { firstOpen.Do(func() { Mark("open") }); s.flush(); on.Open() }},
		{&s.onError, func() { s.flush(); on.Error(s.ReadyState()) }},
	} {
		if *f.fn, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any { f.do(); return nil }); err != nil {
			for _, m := range made {
				m.Release()
			}
			sources.remove(s.id)
			return nil, err
		}
		made = append(made, *f.fn)
	}
	for _, l := range []struct {
		event string
		fn    safejs.Func
	}{{"open", s.onOpen}, {"error", s.onError}} {
		if _, err := es.Call("addEventListener", l.event, l.fn.Value()); err != nil {
			Fault(s.Close())
			return nil, fmt.Errorf("jsbridge: EventSource.addEventListener(%q): %w", l.event, err)
		}
	}
	return s, nil
}

// flush delivers what is queued (an adopted stream's kept events first,
// with the open it had), in order, and arms the next batch. Open and
// error flush first too, so the core hears the events before what
// followed them.
func (s *Source) flush() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	var kept safejs.Value
	open := false
	if !s.pending.IsUndefined() {
		var err error
		kept, err = s.pending.Invoke()
		Fault(err)
		s.pending = safejs.Undefined()
		open = s.wasOpen && s.ReadyState() == conn.ReadyOpen
		for name := range s.names {
			Fault(call(s.es, "addEventListener", name, s.push))
		}
	}
	queued, err := s.queue.Call("splice", 0)
	Fault(err)
	for name := range s.names { // no-ops where one waits still (a flush that open or error brought)
		Fault(call(s.es, "addEventListener", name, s.arrive, s.once))
	}
	s.mu.Unlock()

	s.batch(func() {
		if open {
			s.on.Open()
		}
		if !kept.IsUndefined() {
			s.deliver(kept)
		}
		s.deliver(queued)
	})
}

// deliver hands the core each event of batch whose name is listened to
// (a name unlistened since it was queued is dropped, as if it had come
// after).
func (s *Source) deliver(batch safejs.Value) {
	if batch.IsUndefined() {
		return
	}
	n, err := batch.Length()
	if Fault(err) || n == 0 {
		return
	}
	var fields []string
	if s.pack.Type() == safejs.TypeFunction {
		if v, err := s.pack.Invoke(batch); !Fault(err) && v.Type() == safejs.TypeString {
			if fields = strings.Split(String(v), "\r"); len(fields) != 3*n+1 {
				fields = nil // not what pack promises: read each event
			}
		}
	}
	for i := range n {
		var msg conn.Message
		if fields != nil {
			msg = conn.Message{Name: fields[3*i], ID: fields[3*i+1], Data: fields[3*i+2], Raw: Item{batch, i}}
		} else if ev, err := batch.Index(i); !Fault(err) {
			msg = message(ev)
		} else {
			continue
		}
		s.mu.Lock()
		listened := s.names[msg.Name] && !s.closed
		s.mu.Unlock()
		if listened {
			s.on.Message(msg)
		}
	}
}

// Item is an event of a flushed batch, as a Message's Raw: the batch and
// its place in it, so that the event (the browser's MessageEvent) is not
// read into Go, one crossing and one reference each, only to be handed
// back to JS; Items of one batch go back as a slice of it (jsapi's
// outbox).
type Item struct {
	Batch safejs.Value // a JS array of MessageEvents
	Index int
}

// message is the browser's MessageEvent ev as the core sees it.
func message(ev safejs.Value) conn.Message {
	return conn.Message{Name: optString(ev, "type"), ID: optString(ev, "lastEventId"), Data: optString(ev, "data"), Raw: ev}
}

// closeAgain is one listener for every closed source, for the life of the
// page: it closes the EventSource it fires on.
var closeAgain = sync.OnceValues(func() (safejs.Func, error) {
	return safejs.FuncOf(func(this safejs.Value, _ []safejs.Value) any {
		Fault(call(this, "close"))
		return nil
	})
})

// JSValue is the raw EventSource, for consumers of the seed's contract.
func (s *Source) JSValue() safejs.Value { return s.es }

// ReadyState reads es.readyState.
func (s *Source) ReadyState() conn.ReadyState { return readyState(s.es) }

func readyState(es safejs.Value) conn.ReadyState {
	v, err := es.Get("readyState")
	if Fault(err) {
		return conn.ReadyClosed
	}
	return conn.ReadyState(Int(v))
}

// Listen adds the dispatcher for name.
func (s *Source) Listen(name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || s.names[name] {
		return nil
	}
	if !s.pending.IsUndefined() {
		s.names[name] = true // its listeners go on at the first flush
		return nil
	}
	if _, err := s.es.Call("addEventListener", name, s.push); err != nil {
		return err
	}
	if err := call(s.es, "addEventListener", name, s.arrive, s.once); err != nil {
		return errors.Join(err, call(s.es, "removeEventListener", name, s.push))
	}
	s.names[name] = true
	return nil
}

// Unlisten removes the dispatcher for name.
func (s *Source) Unlisten(name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || !s.names[name] {
		return nil
	}
	delete(s.names, name)
	return errors.Join(call(s.es, "removeEventListener", name, s.push),
		call(s.es, "removeEventListener", name, s.arrive))
}

// Close closes the EventSource, removes its listeners and releases the
// Go functions behind them. Events still queued are dropped: nothing is
// delivered after Close.
func (s *Source) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	sources.remove(s.id)
	var errs []error
	if !s.pending.IsUndefined() {
		_, err := s.pending.Invoke() // the loader's listeners come off
		errs = append(errs, err)
	}
	errs = append(errs, call(s.es, "close"))
	// WebKit reopens an EventSource closed at pagehide when the page comes
	// back from the back/forward cache: close it again as it opens.
	guard, err := closeAgain()
	if errs = append(errs, err); err == nil {
		errs = append(errs, call(s.es, "addEventListener", "open", guard.Value()))
	}
	for name := range s.names {
		errs = append(errs, call(s.es, "removeEventListener", name, s.push),
			call(s.es, "removeEventListener", name, s.arrive))
	}
	errs = append(errs, call(s.queue, "splice", 0),
		call(s.es, "removeEventListener", "open", s.onOpen.Value()),
		call(s.es, "removeEventListener", "error", s.onError.Value()))
	for _, f := range []safejs.Func{s.onOpen, s.onError} {
		f.Release()
	}
	return errors.Join(errs...)
}
