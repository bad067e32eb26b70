//go:build js && wasm

package jsbridge

import (
	"errors"
	"fmt"
	"slices"
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
	// Queue is the loader's queue (wasm/loader QueueJS): a source's events
	// cross into Go a batch a call. Undefined (a module no loader started)
	// takes each event into Go as it comes.
	Queue safejs.Value
	// Listeners are the JS functions Batch's verdicts name, by number (a
	// Map): the queue calls them with the events each verdict hands over.
	Listeners safejs.Value
	// Batch runs a batch's deliveries (deliver) and returns its verdict
	// for the queue (QueueJS), so that what they hand on to JS goes back
	// as the call's result; nil runs them as is.
	Batch func(batch safejs.Value, deliver func()) (verdict string)
}

var _ conn.Dialer = Dialer{}

// Dial creates an EventSource and attaches every listener before it
// returns: nothing can yield to the JS event loop in between, so no event
// of the new connection can be missed.
func (d Dialer) Dial(url string, names []string, on conn.SourceEvents) (conn.Source, error) {
	if d.Queue.Type() != safejs.TypeFunction {
		d.Early.Discard() // only the loader's queue takes its events over
	} else if es, take, ok := d.Early.claim(url); ok {
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
	s, err := newSource(es, safejs.Undefined(), on, d)
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

// Source is a real EventSource. With the loader's queue its events cross
// into Go in batches, one call each (enter), and what Go hands on to JS
// goes back as that call's verdict: a burst or a replay costs one crossing
// each way, not one per event. Without it each event crosses as it comes.
type Source struct {
	es    safejs.Value
	on    conn.SourceEvents
	batch func(batch safejs.Value, deliver func()) string
	// queue is the loader's queue for es; undefined without a loader,
	// when each is es's listener for every name.
	queue safejs.Value
	// enter, opened and failed are the queue's way into Go; without it,
	// each and es's own open and error listeners (enter or each is made,
	// not both).
	enter, opened, failed, each safejs.Func

	mu      sync.Mutex
	names   map[string]bool
	closed  bool
	pending bool // an adopted early stream, before its first batch (see adopt)
	wasOpen bool // the early stream was open when adopted
}

var _ conn.Source = (*Source)(nil)

// firstOpen marks the page's first stream open, beside the loader's marks
// of the start (web/tether.js mark): make bench reads them.
var firstOpen sync.Once

// newSource wraps es, listening for open and error; none of its names
// yet. take is an adopted early stream's (or undefined). On failure
// nothing is left behind.
func newSource(es, take safejs.Value, on conn.SourceEvents, d Dialer) (*Source, error) {
	s := &Source{es: es, on: on, batch: d.Batch, names: make(map[string]bool)}
	if s.batch == nil {
		s.batch = func(_ safejs.Value, deliver func()) string { deliver(); return "" }
	}
	queued := d.Queue.Type() == safejs.TypeFunction
	way, deliver := &s.each, s.deliverOne // a batch's or each event's way in
	if queued {
		way, deliver = &s.enter, s.deliverBatch
	}
	var made []safejs.Func
	for _, f := range []struct {
		fn *safejs.Func
		do func(args []safejs.Value) any
	}{
		{&s.opened, func([]safejs.Value) any { firstOpen.Do(func() { Mark("open") }); on.Open(); return nil }},
		{&s.failed, func([]safejs.Value) any { on.Error(s.ReadyState()); return nil }},
		{way, deliver},
	} {
		var err error
		if *f.fn, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any { return f.do(args) }); err != nil {
			for _, m := range made {
				m.Release()
			}
			return nil, err
		}
		made = append(made, *f.fn)
	}
	if queued {
		var err error
		if s.queue, err = d.Queue.Invoke(es, take, s.enter.Value(), s.opened.Value(), s.failed.Value(), d.Listeners); err == nil {
			return s, nil
		}
		Fault(s.Close())
		return nil, fmt.Errorf("jsbridge: the loader's queue: %w", err)
	}
	for _, l := range []struct {
		event string
		fn    safejs.Func
	}{{"open", s.opened}, {"error", s.failed}} {
		if _, err := es.Call("addEventListener", l.event, l.fn.Value()); err != nil {
			Fault(s.Close())
			return nil, fmt.Errorf("jsbridge: EventSource.addEventListener(%q): %w", l.event, err)
		}
	}
	return s, nil
}

// deliverBatch is the queue's enter(batch, packed): it delivers the batch
// (an adopted stream's first with the open it had) and returns the
// verdict.
func (s *Source) deliverBatch(args []safejs.Value) any {
	if len(args) < 2 {
		return nil
	}
	s.mu.Lock()
	open := s.pending && s.wasOpen && s.ReadyState() == conn.ReadyOpen
	s.pending = false
	closed := s.closed
	s.mu.Unlock()
	if closed {
		return nil
	}
	return s.batch(args[0], func() {
		if open {
			s.on.Open()
		}
		s.deliver(args[0], args[1])
	})
}

// deliverOne is es's listener without a queue: one event, as it comes.
func (s *Source) deliverOne(args []safejs.Value) any {
	if len(args) == 0 {
		return nil
	}
	ev := args[0]
	s.batch(safejs.Undefined(), func() {
		msg := message(ev)
		if s.listened(msg.Name) {
			s.on.Message(msg)
		}
	})
	return nil
}

// listened says the core still takes the events named name.
func (s *Source) listened(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.takes(name)
}

// takes is listened with mu held.
func (s *Source) takes(name string) bool { return s.names[name] && !s.closed }

// deliver hands the core each event of batch whose name is listened to
// (a name unlistened since it was queued is dropped, as if it had come
// after, and nothing goes on once the source closed).
func (s *Source) deliver(batch, packed safejs.Value) {
	n, err := batch.Length()
	if Fault(err) || n == 0 {
		return
	}
	var fields string // the packed events not yet delivered
	if packed.Type() == safejs.TypeString {
		fields = String(packed)
	}
	whole := strings.Count(fields, "\r") == 3*n // else not what the queue promises: read each event
	next := func() (field string) {
		field, fields, _ = strings.Cut(fields, "\r")
		return field
	}
	msgs := make([]conn.Message, 0, n)
	for i := range n {
		var msg conn.Message
		if whole {
			msg = conn.Message{Name: next(), ID: next(), Data: next(), Raw: Item{batch, i}}
		} else if ev, err := batch.Index(i); !Fault(err) {
			msg = message(ev)
			msg.Raw = Item{batch, i}
		} else {
			continue
		}
		msgs = append(msgs, msg)
	}
	s.mu.Lock()
	listened := slices.DeleteFunc(msgs, func(m conn.Message) bool { return !s.takes(m.Name) })
	s.mu.Unlock()
	if s.on.Messages == nil {
		for _, msg := range listened {
			s.on.Message(msg)
		}
		return
	}
	s.on.Messages(listened)
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
	var err error
	if s.queue.IsUndefined() {
		err = call(s.es, "addEventListener", name, s.each.Value())
	} else {
		err = call(s.queue, "listen", name)
	}
	if err == nil {
		s.names[name] = true
	}
	return err
}

// Unlisten removes the dispatcher for name.
func (s *Source) Unlisten(name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || !s.names[name] {
		return nil
	}
	delete(s.names, name)
	if s.queue.IsUndefined() {
		return call(s.es, "removeEventListener", name, s.each.Value())
	}
	return call(s.queue, "unlisten", name)
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
	errs := []error{call(s.es, "close")}
	// WebKit reopens an EventSource closed at pagehide when the page comes
	// back from the back/forward cache: close it again as it opens.
	guard, err := closeAgain()
	if errs = append(errs, err); err == nil {
		errs = append(errs, call(s.es, "addEventListener", "open", guard.Value()))
	}
	if s.queue.IsUndefined() {
		for name := range s.names {
			errs = append(errs, call(s.es, "removeEventListener", name, s.each.Value()))
		}
		errs = append(errs, call(s.es, "removeEventListener", "open", s.opened.Value()),
			call(s.es, "removeEventListener", "error", s.failed.Value()))
	} else {
		errs = append(errs, call(s.queue, "close"))
	}
	for _, f := range []safejs.Func{s.enter, s.opened, s.failed, s.each} {
		f.Release()
	}
	return errors.Join(errs...)
}
