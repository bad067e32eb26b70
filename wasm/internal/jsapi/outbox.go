//go:build js && wasm

package jsapi

import (
	"sync"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/internal/jsbridge"
)

// outbox carries events to JS listeners a task at a time: the events
// delivered while one JS task runs go out together, one call per run of
// one listener's events with one instance number. A flush of the
// EventSource's queue sends them as it ends (batch); any other delivery (a
// relayed batch) in a microtask right after its task. The boundary is
// crossed once a batch, not once an event, and a flush enters Go once.
type outbox struct {
	warn  func(string)
	flush safejs.Func

	mu       sync.Mutex
	pending  []outgoing
	batching int // batch calls running: they send what is added
}

// outgoing is one event for one listener: ev, or the index-th of batch
// (index ≥ 0: an event of a flush, never read into Go).
type outgoing struct {
	fn    safejs.Value
	inst  int
	ev    safejs.Value
	batch safejs.Value
	index int
}

// follows says o goes in the same call as p, right after it.
func (o outgoing) follows(p outgoing) bool {
	if o.inst != p.inst || !o.fn.Equal(p.fn) {
		return false
	}
	if o.index < 0 || p.index < 0 {
		return o.index < 0 && p.index < 0
	}
	return o.index == p.index+1 && o.batch.Equal(p.batch)
}

// maxArgs bounds the events of one call (a JS call's arguments are few
// thousand at most in some engines).
const maxArgs = 1000

func (o *outbox) init(warn func(string)) error {
	o.warn = warn
	var err error
	o.flush, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		o.send()
		return nil
	})
	return err // the API lives as long as the page: never released
}

// batch runs deliver and sends what it added, in the same task.
func (o *outbox) batch(deliver func()) {
	o.mu.Lock()
	o.batching++
	o.mu.Unlock()
	deliver()
	o.mu.Lock()
	o.batching--
	last := o.batching == 0
	o.mu.Unlock()
	if last {
		o.send()
	}
}

// add queues ev, and the microtask that sends it when it is the first
// since the last one and no batch will.
func (o *outbox) add(ev outgoing) {
	o.mu.Lock()
	first := len(o.pending) == 0 && o.batching == 0
	o.pending = append(o.pending, ev)
	o.mu.Unlock()
	if first {
		if _, err := safejs.Global().Call("queueMicrotask", o.flush.Value()); jsbridge.Fault(err) {
			o.send() // no microtasks: deliver now, as before
		}
	}
}

// send calls each listener with its run of events, in order: a run of a
// batch's events as a slice of the batch, made in JS.
func (o *outbox) send() {
	o.mu.Lock()
	q := o.pending
	o.pending = nil
	o.mu.Unlock()
	for i := 0; i < len(q); {
		j := i + 1
		for j < len(q) && j-i < maxArgs && q[j].follows(q[j-1]) {
			j++
		}
		var err error
		if first := q[i]; first.index >= 0 {
			err = callWithSlice(first.fn, first.inst, first.batch, first.index, first.index+j-i)
		} else {
			args := make([]any, 0, j-i+1)
			args = append(args, first.inst)
			for _, p := range q[i:j] {
				args = append(args, p.ev)
			}
			_, err = first.fn.Invoke(args...)
		}
		if err != nil {
			o.warn("tether: a listener threw; other subscribers are unaffected")
		}
		i = j
	}
}

// callWithSlice calls fn(inst, ...batch.slice(from, to)): three calls
// into JS whatever the run's length, and no event read into Go.
func callWithSlice(fn safejs.Value, inst int, batch safejs.Value, from, to int) error {
	args, err := batch.Call("slice", from, to)
	if err == nil {
		_, err = args.Call("unshift", inst)
	}
	if err == nil {
		_, err = jsbridge.Global("Reflect").Call("apply", fn, safejs.Undefined(), args)
	}
	return err
}
