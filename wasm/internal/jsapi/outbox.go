//go:build js && wasm

package jsapi

import (
	"sync"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/internal/jsbridge"
)

// outbox carries events to JS listeners a task at a time: the events
// delivered while one JS task runs (a flush of the EventSource's queue, a
// relayed batch) go out in a microtask right after it, one call per run
// of one listener's events with one instance number. The boundary is
// crossed once a batch, not once an event.
type outbox struct {
	warn  func(string)
	flush safejs.Func

	mu      sync.Mutex
	pending []outgoing
}

type outgoing struct {
	fn, ev safejs.Value
	inst   int
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

// add queues ev for fn, and the microtask that sends it when it is the
// first since the last one.
func (o *outbox) add(fn, ev safejs.Value, inst int) {
	o.mu.Lock()
	first := len(o.pending) == 0
	o.pending = append(o.pending, outgoing{fn, ev, inst})
	o.mu.Unlock()
	if first {
		if _, err := safejs.Global().Call("queueMicrotask", o.flush.Value()); jsbridge.Fault(err) {
			o.send() // no microtasks: deliver now, as before
		}
	}
}

// send calls each listener with its run of events, in order.
func (o *outbox) send() {
	o.mu.Lock()
	q := o.pending
	o.pending = nil
	o.mu.Unlock()
	for i := 0; i < len(q); {
		j := i + 1
		for j < len(q) && j-i < maxArgs && q[j].inst == q[i].inst && q[j].fn.Equal(q[i].fn) {
			j++
		}
		args := make([]any, 0, j-i+1)
		args = append(args, q[i].inst)
		for _, p := range q[i:j] {
			args = append(args, p.ev)
		}
		if _, err := q[i].fn.Invoke(args...); err != nil {
			o.warn("tether: a listener threw; other subscribers are unaffected")
		}
		i = j
	}
}
