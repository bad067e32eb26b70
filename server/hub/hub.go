package hub

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Errors returned by Publish.
var (
	ErrTooLarge    = errors.New("hub: event data too large")
	ErrBadAudience = errors.New("hub: set at most one of user and topic")
	ErrUnavailable = errors.New("hub: the event log is unavailable")
)

// Audience says who receives an event: everyone when both fields are
// empty, else the streams of one user or the streams subscribed to a topic.
type Audience struct {
	User  string `json:"user,omitempty"`
	Topic string `json:"topic,omitempty"`
}

// Event is a published event.
type Event struct {
	Seq  uint64
	ID   string
	Name string
	Data string
	To   Audience
}

// Filter says what one subscriber may see besides events for everyone.
type Filter struct {
	User   string          // "" for an anonymous stream: it gets no user events
	Topics map[string]bool // topics it asked for
}

func (f Filter) match(to Audience) bool {
	switch {
	case to.User != "":
		return f.User != "" && to.User == f.User
	case to.Topic != "":
		return f.Topics[to.Topic]
	}
	return true
}

// Config tunes a Hub.
type Config struct {
	// LogSize is how many events the in-memory log keeps for resume (New
	// only). Zero means 10000.
	LogSize int
	// Buffer is how many events may wait for one slow subscriber before it
	// is dropped. Zero means 256.
	Buffer int
	// MaxData bounds one event's data in bytes. Zero means 64 KiB.
	MaxData int
	// Timeout bounds each call to the log. Zero means 5s.
	Timeout time.Duration
	// Now names the in-memory log's epoch (New only). Nil means time.Now.
	Now func() time.Time
}

// Hub fans events out in process; where they are kept is its Log. It is
// safe for concurrent use.
type Hub struct {
	cfg   Config
	log   Log
	epoch string
	stop  func()

	mu   sync.Mutex
	head uint64 // the last sequence number fanned out
	subs map[*Sub]struct{}

	published, slowDrops, replays, resets atomic.Uint64
}

func (c Config) withDefaults() Config {
	if c.LogSize <= 0 {
		c.LogSize = 10000
	}
	if c.Buffer <= 0 {
		c.Buffer = 256
	}
	if c.MaxData <= 0 {
		c.MaxData = 64 << 10
	}
	if c.Timeout <= 0 {
		c.Timeout = 5 * time.Second
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// New returns a Hub on a fresh in-memory log.
func New(cfg Config) *Hub {
	cfg = cfg.withDefaults()
	h, err := Open(cfg, NewMemoryLog(cfg.LogSize, cfg.Now()))
	if err != nil {
		panic(err) // an in-memory log does not fail
	}
	return h
}

// Open returns a Hub on log, following it from its last event: one
// follower per hub, whatever the number of subscribers.
func Open(cfg Config, log Log) (*Hub, error) {
	cfg = cfg.withDefaults()
	ctx, cancel := context.WithTimeout(context.Background(), cfg.Timeout)
	defer cancel()
	b, err := log.Bounds(ctx)
	if err != nil {
		return nil, fmt.Errorf("hub: reading the log: %w", err)
	}
	h := &Hub{cfg: cfg, log: log, epoch: b.Epoch, head: b.Last, subs: make(map[*Sub]struct{})}
	if h.stop, err = log.Follow(b.Last, h.deliver); err != nil {
		return nil, fmt.Errorf("hub: following the log: %w", err)
	}
	return h, nil
}

// Close stops following the log.
func (h *Hub) Close() { h.stop() }

// Epoch names this hub's log in its ids.
func (h *Hub) Epoch() string { return h.epoch }

func (h *Hub) id(seq uint64) string {
	return h.epoch + "-" + strconv.FormatUint(seq, 10)
}

// Publish validates an event and appends it to the log. It reaches
// subscribers, here and on every hub that follows the same log, from there.
func (h *Hub) Publish(name, data string, to Audience) (Event, error) {
	if len(data) > h.cfg.MaxData {
		return Event{}, ErrTooLarge
	}
	if to.User != "" && to.Topic != "" {
		return Event{}, ErrBadAudience
	}
	ctx, cancel := context.WithTimeout(context.Background(), h.cfg.Timeout)
	defer cancel()
	seq, err := h.log.Append(ctx, name, data, to)
	if err != nil {
		return Event{}, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	h.published.Add(1)
	return Event{Seq: seq, ID: h.id(seq), Name: name, Data: data, To: to}, nil
}

// deliver fans one event of the log out to every matching subscriber
// without blocking; a subscriber whose buffer is full is dropped.
func (h *Hub) deliver(ev Event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if ev.Seq <= h.head {
		return // fanned out already
	}
	h.head = ev.Seq
	ev.ID = h.id(ev.Seq)
	shared := &ev // one copy for every subscriber: a pointer a slot, not the event
	for s := range h.subs {
		if ev.Seq <= s.skip || !s.filter.match(ev.To) {
			continue
		}
		select {
		case s.ch <- shared:
		default:
			h.dropLocked(s)
			h.slowDrops.Add(1)
		}
	}
}

// Resume is where a new subscriber starts.
type Resume struct {
	// Replay holds the logged events after the client's id that it may see.
	Replay []Event
	// Reset is non-empty ("unknown" or "expired") when the client's id could
	// not be resumed from: it must refetch its state.
	Reset string
	// Cursor is the id the client stands at before Replay: its own id when
	// resuming, the newest id otherwise.
	Cursor string
}

// Subscribe registers a subscriber that sees what f allows, resuming after
// lastID ("" for a fresh client, which gets only what comes next). It
// fails only when the log cannot be read.
//
// The subscriber joins the fan-out at the hub's head under the lock that
// delivery takes, and the replay is read from the log up to that head:
// every event is in the replay or in the channel, never both, never
// neither. A client whose id is ahead of this hub's head (it came from a
// replica whose log follower is further on) skips what it already has.
func (h *Hub) Subscribe(lastID string, f Filter) (*Sub, Resume, error) {
	s := &Sub{hub: h, filter: f, ch: make(chan *Event, h.cfg.Buffer), dropped: make(chan struct{})}
	seq, ok := h.parse(lastID)
	ctx, cancel := context.WithTimeout(context.Background(), h.cfg.Timeout)
	defer cancel()
	var b Bounds
	if ok {
		var err error
		if b, err = h.log.Bounds(ctx); err != nil {
			return nil, Resume{}, fmt.Errorf("%w: %v", ErrUnavailable, err)
		}
	}
	h.mu.Lock()
	h.subs[s] = struct{}{}
	head := h.head
	if ok && seq > head && seq <= b.Last {
		s.skip = seq
	}
	h.mu.Unlock()

	switch {
	case lastID == "":
		return s, Resume{Cursor: h.id(head)}, nil
	case !ok || seq > b.Last:
		h.resets.Add(1)
		return s, Resume{Reset: "unknown", Cursor: h.id(head)}, nil
	case seq+1 < b.First:
		h.resets.Add(1)
		return s, Resume{Reset: "expired", Cursor: h.id(head)}, nil
	case seq >= head:
		return s, Resume{Cursor: lastID}, nil
	}
	missed, err := h.log.Read(ctx, seq, head)
	if err != nil {
		s.Close()
		return nil, Resume{}, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	r := Resume{Cursor: lastID}
	for _, ev := range missed {
		if f.match(ev.To) {
			ev.ID = h.id(ev.Seq)
			r.Replay = append(r.Replay, ev)
		}
	}
	if len(r.Replay) > 0 {
		h.replays.Add(1)
	}
	return s, r, nil
}

// parse reads an id of this hub's epoch.
func (h *Hub) parse(id string) (uint64, bool) {
	epoch, seq, ok := strings.Cut(id, "-")
	if !ok || epoch != h.epoch {
		return 0, false
	}
	n, err := strconv.ParseUint(seq, 10, 64)
	return n, err == nil
}

func (h *Hub) dropLocked(s *Sub) {
	if _, ok := h.subs[s]; ok {
		delete(h.subs, s)
		close(s.dropped)
		if s.onDrop != nil {
			s.onDrop()
		}
	}
}

// Stats are counters since the hub started.
type Stats struct {
	Subscribers                           int
	Published, SlowDrops, Replays, Resets uint64
	Logged                                int
}

// Stats returns the current counters. Logged is 0 when the log cannot be
// read.
func (h *Hub) Stats() Stats {
	h.mu.Lock()
	n := len(h.subs)
	h.mu.Unlock()
	logged := 0
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if b, err := h.log.Bounds(ctx); err == nil && b.Last >= b.First {
		logged = int(b.Last - b.First + 1)
	}
	return Stats{
		Subscribers: n, Logged: logged,
		Published: h.published.Load(), SlowDrops: h.slowDrops.Load(),
		Replays: h.replays.Load(), Resets: h.resets.Load(),
	}
}

// Sub is one subscriber.
type Sub struct {
	hub     *Hub
	filter  Filter
	skip    uint64 // events up to this one are the client's already
	onDrop  func()
	ch      chan *Event
	dropped chan struct{}
}

// C delivers the events published after Subscribe returned. Every
// subscriber gets the same *Event: read it, never change it.
func (s *Sub) C() <-chan *Event { return s.ch }

// Dropped is closed when the hub dropped this subscriber for falling behind.
func (s *Sub) Dropped() <-chan struct{} { return s.dropped }

// OnDrop calls f (which must not block) when the hub drops this
// subscriber, or at once if it has been dropped already: a stream can wait
// on one context instead of a goroutine per channel.
func (s *Sub) OnDrop(f func()) {
	s.hub.mu.Lock()
	defer s.hub.mu.Unlock()
	select {
	case <-s.dropped:
		f()
	default:
		s.onDrop = f
	}
}

// Close unregisters the subscriber. It is safe to call more than once.
func (s *Sub) Close() {
	s.hub.mu.Lock()
	delete(s.hub.subs, s)
	s.hub.mu.Unlock()
}
