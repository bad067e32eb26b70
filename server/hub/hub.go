package hub

import (
	"errors"
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
	// LogSize is how many events are kept for resume. Zero means 10000.
	LogSize int
	// Buffer is how many events may wait for one slow subscriber before it
	// is dropped. Zero means 256.
	Buffer int
	// MaxData bounds one event's data in bytes. Zero means 64 KiB.
	MaxData int
	// Now names the epoch. Zero means time.Now.
	Now func() time.Time
}

// Hub is safe for concurrent use.
type Hub struct {
	cfg   Config
	epoch string

	mu   sync.Mutex
	seq  uint64
	log  []Event // ring of the last cfg.LogSize events
	next int     // where the next event goes in log
	subs map[*Sub]struct{}

	published, slowDrops, replays, resets atomic.Uint64
}

// New returns a Hub with a fresh epoch.
func New(cfg Config) *Hub {
	if cfg.LogSize <= 0 {
		cfg.LogSize = 10000
	}
	if cfg.Buffer <= 0 {
		cfg.Buffer = 256
	}
	if cfg.MaxData <= 0 {
		cfg.MaxData = 64 << 10
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Hub{
		cfg:   cfg,
		epoch: strconv.FormatInt(cfg.Now().UnixNano(), 36),
		log:   make([]Event, 0, min(cfg.LogSize, 1024)),
		subs:  make(map[*Sub]struct{}),
	}
}

// Epoch names this hub in its ids.
func (h *Hub) Epoch() string { return h.epoch }

func (h *Hub) id(seq uint64) string {
	return h.epoch + "-" + strconv.FormatUint(seq, 10)
}

// Publish appends an event to the log and hands it to every matching
// subscriber without blocking.
func (h *Hub) Publish(name, data string, to Audience) (Event, error) {
	if len(data) > h.cfg.MaxData {
		return Event{}, ErrTooLarge
	}
	if to.User != "" && to.Topic != "" {
		return Event{}, ErrBadAudience
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.seq++
	ev := Event{Seq: h.seq, ID: h.id(h.seq), Name: name, Data: data, To: to}
	if len(h.log) < h.cfg.LogSize {
		h.log = append(h.log, ev)
	} else {
		h.log[h.next] = ev
		h.next = (h.next + 1) % h.cfg.LogSize
	}
	shared := &ev // one copy for every subscriber: a pointer a slot, not the event
	for s := range h.subs {
		if !s.filter.match(to) {
			continue
		}
		select {
		case s.ch <- shared:
		default:
			h.dropLocked(s)
			h.slowDrops.Add(1)
		}
	}
	h.published.Add(1)
	return ev, nil
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
// lastID ("" for a fresh client, which gets only what comes next).
func (h *Hub) Subscribe(lastID string, f Filter) (*Sub, Resume) {
	s := &Sub{hub: h, filter: f, ch: make(chan *Event, h.cfg.Buffer), dropped: make(chan struct{})}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.subs[s] = struct{}{}
	head := Resume{Cursor: h.id(h.seq)}
	if lastID == "" {
		return s, head
	}
	seq, ok := h.parse(lastID)
	oldest := h.seq - uint64(len(h.log)) + 1
	switch {
	case !ok || seq > h.seq:
		head.Reset = "unknown"
	case seq+1 < oldest:
		head.Reset = "expired"
	}
	if head.Reset != "" {
		h.resets.Add(1)
		return s, head
	}
	r := Resume{Cursor: lastID}
	for i := range h.log {
		ev := h.log[(h.next+i)%len(h.log)]
		if ev.Seq > seq && f.match(ev.To) {
			r.Replay = append(r.Replay, ev)
		}
	}
	if len(r.Replay) > 0 {
		h.replays.Add(1)
	}
	return s, r
}

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
	}
}

// Stats are counters since the hub started.
type Stats struct {
	Subscribers                           int
	Published, SlowDrops, Replays, Resets uint64
	Logged                                int
}

// Stats returns the current counters.
func (h *Hub) Stats() Stats {
	h.mu.Lock()
	n, logged := len(h.subs), len(h.log)
	h.mu.Unlock()
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
	ch      chan *Event
	dropped chan struct{}
}

// C delivers the events published after Subscribe returned. Every
// subscriber gets the same *Event: read it, never change it.
func (s *Sub) C() <-chan *Event { return s.ch }

// Dropped is closed when the hub dropped this subscriber for falling behind.
func (s *Sub) Dropped() <-chan struct{} { return s.dropped }

// Close unregisters the subscriber. It is safe to call more than once.
func (s *Sub) Close() {
	s.hub.mu.Lock()
	delete(s.hub.subs, s)
	s.hub.mu.Unlock()
}
