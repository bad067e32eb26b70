//go:build js && wasm

package jsapi

import (
	"strconv"
	"sync"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/internal/jsbridge"
)

// outbox carries events to JS listeners a task at a time: the events
// delivered while one JS task runs go out together, one run of events for
// each listener with one instance number. A batch of the loader's queue
// sends them back as the verdict its call returns (batch), which the
// queue acts on: the boundary is crossed once a batch each way. Anything
// else (a relayed batch, a module no loader started) goes out in one call
// a run, in a microtask right after its task.
type outbox struct {
	warn  func(string)
	flush safejs.Func
	fns   safejs.Value // a Map of the listeners by number, for verdicts

	mu       sync.Mutex
	slot     int // the last listener's number
	pending  []outgoing
	batching int // batch calls running: they send what is added
}

// outgoing is one event for one listener (numbered slot): ev, or the
// index-th of batch (index ≥ 0: an event of a batch, never read into Go).
type outgoing struct {
	fn    safejs.Value
	slot  int
	inst  int
	ev    safejs.Value
	batch safejs.Value
	index int
}

// follows says o goes in the same call as p, right after it.
func (o outgoing) follows(p outgoing) bool {
	if o.inst != p.inst || o.slot != p.slot {
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

func newOutbox() (*outbox, error) {
	o := &outbox{warn: func(string) {}}
	var err error
	if o.fns, err = jsbridge.Global("Map").New(); err != nil {
		return nil, err
	}
	o.flush, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		o.send(safejs.Undefined())
		return nil
	})
	return o, err // the API lives as long as the page: never released
}

// register numbers fn for the verdicts; unregister forgets it.
func (o *outbox) register(fn safejs.Value) (slot int) {
	o.mu.Lock()
	o.slot++
	slot = o.slot
	o.mu.Unlock()
	_, err := o.fns.Call("set", slot, fn)
	jsbridge.Fault(err)
	return slot
}

func (o *outbox) unregister(slot int) {
	_, err := o.fns.Call("delete", slot)
	jsbridge.Fault(err)
}

// batch runs deliver and sends what it added, in the same task: the runs
// of events of the batch as the verdict it returns (see loader.QueueJS).
func (o *outbox) batch(batch safejs.Value, deliver func()) (verdict string) {
	o.mu.Lock()
	o.batching++
	o.mu.Unlock()
	deliver()
	o.mu.Lock()
	o.batching--
	last := o.batching == 0
	o.mu.Unlock()
	if last {
		return o.send(batch)
	}
	return ""
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
			o.send(safejs.Undefined()) // no microtasks: deliver now, as before
		}
	}
}

// send hands each listener its runs of events, in order. When every run
// is of batch they go back as its verdict; otherwise each is called here
// (a run of a batch as a slice of it, made in JS).
func (o *outbox) send(batch safejs.Value) (verdict string) {
	o.mu.Lock()
	q := o.pending
	o.pending = nil
	o.mu.Unlock()
	ofBatch := !batch.IsUndefined()
	for _, p := range q {
		ofBatch = ofBatch && p.index >= 0 && p.batch.Equal(batch)
	}
	var b []byte
	for i := 0; i < len(q); {
		j := i + 1
		for j < len(q) && j-i < maxArgs && q[j].follows(q[j-1]) {
			j++
		}
		var err error
		switch first := q[i]; {
		case ofBatch:
			for _, n := range []int{first.slot, first.inst, first.index, first.index + j - i} {
				b = strconv.AppendInt(b, int64(n), 10)
				b = append(b, ' ')
			}
		case first.index >= 0:
			err = callWithSlice(first.fn, first.inst, first.batch, first.index, first.index+j-i)
		default:
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
	return string(b)
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
