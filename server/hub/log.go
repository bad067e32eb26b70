package hub

import (
	"context"
	"strconv"
	"sync"
	"time"
)

// Log is where events are kept, in order, and replayed from: the hub's
// port to storage. NewMemoryLog keeps them in process; package natslog in
// NATS JetStream, shared by every replica. One suite (package logtest)
// tests both.
type Log interface {
	// Append stores an event and returns its sequence number. The event
	// reaches subscribers through Follow, as every other appender's do.
	Append(ctx context.Context, name, data string, to Audience) (uint64, error)
	// Read returns at most max of the events with after < Seq ≤ upto that
	// are still kept, in order, in pages the hub asks for one at a time:
	// no read holds a resource of the store once it returns.
	Read(ctx context.Context, after, upto uint64, max int) (Span, error)
	// Follow calls fn with every event after the sequence number after, in
	// order and one at a time, until stop is called.
	Follow(after uint64, fn func(Event)) (stop func(), err error)
	// Bounds are the sequence numbers kept and the log's epoch.
	Bounds(ctx context.Context) (Bounds, error)
}

// Span is what one Read found.
type Span struct {
	Events []Event
	// Last is the sequence number of the last event Read looked at (0 if
	// none): the next Read starts after it.
	Last uint64
	// Gap reports that events right after the range's start are no longer
	// kept (retention removed them).
	Gap bool
}

// Bounds describe a log. First > Last when nothing is kept.
type Bounds struct {
	// Epoch names this log: it changes only when the log is made anew, so
	// that an id from another log can never be mistaken for one of ours.
	Epoch       string
	First, Last uint64
}

// memoryLog is a ring of the last size events, in process.
type memoryLog struct {
	epoch string
	size  int

	mu        sync.Mutex
	seq       uint64
	ring      []Event // oldest at next once full
	next      int
	followers map[int]func(Event)
	nextID    int
}

var _ Log = (*memoryLog)(nil)

// NewMemoryLog keeps the last size events in memory. Its epoch is the time
// it was made: a restarted process has a new log, and resets its clients.
func NewMemoryLog(size int, now time.Time) Log {
	return &memoryLog{
		epoch:     strconv.FormatInt(now.UnixNano(), 36),
		size:      size,
		ring:      make([]Event, 0, min(size, 1024)),
		followers: make(map[int]func(Event)),
	}
}

// Append stores the event and hands it to the followers before it
// returns, under the log's lock: they see events in order.
func (l *memoryLog) Append(_ context.Context, name, data string, to Audience) (uint64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seq++
	ev := Event{Seq: l.seq, Name: name, Data: data, To: to}
	if len(l.ring) < l.size {
		l.ring = append(l.ring, ev)
	} else {
		l.ring[l.next] = ev
		l.next = (l.next + 1) % l.size
	}
	for id := range l.nextID {
		if fn, ok := l.followers[id]; ok {
			fn(ev)
		}
	}
	return l.seq, nil
}

func (l *memoryLog) Read(_ context.Context, after, upto uint64, max int) (Span, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var sp Span
	if len(l.ring) > 0 {
		sp.Gap = after < upto && l.ring[l.next%len(l.ring)].Seq > after+1 // the oldest kept
	}
	for i := range l.ring {
		if len(sp.Events) == max {
			break
		}
		if ev := l.ring[(l.next+i)%len(l.ring)]; ev.Seq > after && ev.Seq <= upto {
			sp.Events = append(sp.Events, ev)
			sp.Last = ev.Seq
		}
	}
	return sp, nil
}

func (l *memoryLog) Follow(after uint64, fn func(Event)) (func(), error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i := range l.ring { // what it has not seen yet, first
		if ev := l.ring[(l.next+i)%len(l.ring)]; ev.Seq > after {
			fn(ev)
		}
	}
	id := l.nextID
	l.nextID++
	l.followers[id] = fn
	return func() {
		l.mu.Lock()
		delete(l.followers, id)
		l.mu.Unlock()
	}, nil
}

func (l *memoryLog) Bounds(context.Context) (Bounds, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return Bounds{Epoch: l.epoch, First: l.seq - uint64(len(l.ring)) + 1, Last: l.seq}, nil
}
