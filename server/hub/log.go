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
	// order and one at a time, until stop is called. A message that breaks
	// the event rules comes as a hole, an Event with its Seq and no Name:
	// the hub hears it (its follower is not silent) and delivers nothing.
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

// memoryLog keeps the newest events in process, at most size of them and
// maxBytes of their data.
type memoryLog struct {
	epoch          string
	size, maxBytes int

	mu        sync.Mutex
	seq       uint64
	kept      []Event // oldest first, from start on
	start     int
	bytes     int // data kept
	followers map[int]func(Event)
	nextID    int
}

var _ Log = (*memoryLog)(nil)

// NewMemoryLog keeps the last size events in memory, and at most maxBytes
// of their data (zero: no bound but size). Its epoch is the time it was
// made: a restarted process has a new log, and resets its clients.
func NewMemoryLog(size, maxBytes int, now time.Time) Log {
	return &memoryLog{
		epoch:     strconv.FormatInt(now.UnixNano(), 36),
		size:      size,
		maxBytes:  maxBytes,
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
	l.kept = append(l.kept, ev)
	l.bytes += len(data)
	for len(l.kept)-l.start > l.size || l.maxBytes > 0 && l.bytes > l.maxBytes && len(l.kept)-l.start > 1 {
		l.bytes -= len(l.kept[l.start].Data)
		l.kept[l.start] = Event{}
		l.start++
	}
	if l.start > len(l.kept)/2 { // let the dropped half go
		l.kept = append([]Event(nil), l.kept[l.start:]...)
		l.start = 0
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
	kept := l.kept[l.start:]
	if len(kept) > 0 {
		sp.Gap = after < upto && kept[0].Seq > after+1
	}
	for _, ev := range kept {
		if len(sp.Events) == max {
			break
		}
		if ev.Seq > after && ev.Seq <= upto {
			sp.Events = append(sp.Events, ev)
			sp.Last = ev.Seq
		}
	}
	return sp, nil
}

func (l *memoryLog) Follow(after uint64, fn func(Event)) (func(), error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, ev := range l.kept[l.start:] { // what it has not seen yet, first
		if ev.Seq > after {
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
	return Bounds{Epoch: l.epoch, First: l.seq - uint64(len(l.kept)-l.start) + 1, Last: l.seq}, nil
}
