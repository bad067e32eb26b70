//go:build js && wasm

package jsbridge

import (
	"sync"

	"github.com/hack-pad/safejs"
)

// schedule asks for a flush one task later, as the first event after a
// flush does through arrive.
func (s *Source) schedule() {
	_, err := s.arrive.Invoke()
	Fault(err)
}

// sources are the open Sources by id: a flush that a message brings after
// its source closed finds none, and does nothing.
var sources = sourceIDs{byID: make(map[int]*Source)}

type sourceIDs struct {
	mu   sync.Mutex // not a sync.Map: that costs the module 10 KB
	last int
	byID map[int]*Source
}

func (r *sourceIDs) add(s *Source) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.last++
	r.byID[r.last] = s
	return r.last
}

func (r *sourceIDs) remove(id int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.byID, id)
}

func (r *sourceIDs) get(id int) *Source {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.byID[id]
}

// flushes is the port every source's arrive posts its id to, for the
// life of the page. A message, not a timer: browsers clamp nested timers
// to 4 ms and hold a hidden page's to one a second. It may come after its
// source closed, so it goes by id, and its function is never released.
var flushes = sync.OnceValues(func() (safejs.Value, error) {
	ch, err := Global("MessageChannel").New()
	if err != nil {
		return safejs.Undefined(), err
	}
	f, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) > 0 {
			if s := sources.get(Int(Prop(args[0], "data"))); s != nil {
				s.flush()
			}
		}
		return nil
	})
	if err != nil {
		return safejs.Undefined(), err
	}
	if err := Prop(ch, "port1").Set("onmessage", f.Value()); err != nil {
		f.Release()
		return safejs.Undefined(), err
	}
	return Prop(ch, "port2"), nil
})
