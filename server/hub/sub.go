package hub

func (h *Hub) dropLocked(s *Sub) {
	if _, ok := h.subs[s]; ok {
		delete(h.subs, s)
		s.wasDropped = true
		if s.onDrop != nil {
			s.onDrop()
		}
	}
}

// Sub is one subscriber. Its live events wait in a queue that it reads
// with Notify (told when the queue stops being empty) and Take, holding
// nothing while it is idle. At most Config.Buffer events wait: one more
// drops the subscriber as slow (OnDrop).
type Sub struct {
	hub    *Hub
	filter Filter
	skip   uint64 // events up to this one are the client's already

	// Guarded by hub.mu.
	queue      []*Event // live events not taken yet
	notify     func()   // set by Notify
	onDrop     func()   // set by OnDrop
	wasDropped bool
	live       bool   // in the fan-out: the replay is over
	cursor     uint64 // the replay has reached this sequence number
	reading    bool   // counted among the resumes reading the log
	replayed   int    // bytes of data replayed
	counted    bool   // among the hub's replays
}

// offerLocked queues ev for s; false means s has Buffer events waiting
// already: it is too slow.
func (s *Sub) offerLocked(ev *Event) bool {
	if len(s.queue) >= s.hub.cfg.Buffer {
		return false
	}
	s.queue = append(s.queue, ev)
	if len(s.queue) == 1 && s.notify != nil {
		s.notify()
	}
	return true
}

// Notify calls f (which must not block: it runs under the hub's lock)
// whenever events start to wait for Take, and at once if some do already.
func (s *Sub) Notify(f func()) {
	s.hub.mu.Lock()
	defer s.hub.mu.Unlock()
	s.notify = f
	if len(s.queue) > 0 {
		f()
	}
}

// Take returns the events waiting, oldest first, up to about budget bytes
// of data (one event at least), and takes them off the queue; more says
// some are left. A stream that writes what it takes keeps one write's
// worth in memory, however far its client is behind.
func (s *Sub) Take(budget int) (evs []*Event, more bool) {
	s.hub.mu.Lock()
	defer s.hub.mu.Unlock()
	n, size := 0, 0
	for n < len(s.queue) && (n == 0 || size+len(s.queue[n].Data) <= budget) {
		size += len(s.queue[n].Data)
		n++
	}
	evs = s.queue[:n:n]
	if n == len(s.queue) {
		s.queue = nil
	} else {
		s.queue = s.queue[n:]
	}
	return evs, len(s.queue) > 0
}

// OnDrop calls f (which must not block: it runs under the hub's lock)
// when the hub drops this subscriber, or at once if it has been dropped
// already: a stream can wait on one context instead of a goroutine per
// channel.
func (s *Sub) OnDrop(f func()) {
	s.hub.mu.Lock()
	defer s.hub.mu.Unlock()
	if s.wasDropped {
		f()
		return
	}
	s.onDrop = f
}

// Close unregisters the subscriber. It is safe to call more than once.
func (s *Sub) Close() {
	s.hub.mu.Lock()
	delete(s.hub.subs, s)
	s.hub.stopReadingLocked(s)
	s.queue = nil
	s.hub.mu.Unlock()
}
