package conn

import "sync"

// listeners are the manager's observers, each list guarded by its mutex.
type listeners struct {
	state    listenerList[State]
	instance listenerList[int]
	auth     listenerList[int]
}

type listenerList[T any] struct {
	next int
	fns  map[int]func(T)
}

// add registers fn under mu and returns its idempotent remover.
func (l *listenerList[T]) add(mu *sync.Mutex, fn func(T)) func() {
	mu.Lock()
	defer mu.Unlock()
	if l.fns == nil {
		l.fns = make(map[int]func(T))
	}
	l.next++
	id := l.next
	l.fns[id] = fn
	return func() {
		mu.Lock()
		defer mu.Unlock()
		delete(l.fns, id)
	}
}

// all returns the listeners in registration order; call it under the lock.
func (l *listenerList[T]) all() []func(T) {
	out := make([]func(T), 0, len(l.fns))
	for id := 1; id <= l.next; id++ {
		if fn, ok := l.fns[id]; ok {
			out = append(out, fn)
		}
	}
	return out
}
