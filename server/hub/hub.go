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

// Errors of this package.
var (
	ErrTooLarge    = errors.New("hub: event data too large")
	ErrBadAudience = errors.New("hub: set at most one of user and topic")
	ErrUnavailable = errors.New("hub: the event log is unavailable")
	// ErrBusy: this node reads the log for MaxLogReads resumes already.
	ErrBusy = errors.New("hub: this node is reading the log for as many resumes as it may")
	// ErrClientBusy: this client has MaxClientLogReads resumes reading the log.
	ErrClientBusy = errors.New("hub: this client is reading the log for as many resumes as it may")
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
	// Client names who subscribes, for the per-client limit on resumes
	// that read the log; "" is not limited per client.
	Client string
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
	// LogSize is how many events the in-memory log keeps for resume, and
	// LogBytes how many bytes of their data (New only). Zero means 10,000
	// events and 64 MiB.
	LogSize, LogBytes int
	// Buffer is how many events may wait for one slow subscriber before it
	// is dropped. Zero means 256.
	Buffer int
	// MaxData bounds one event's data in bytes. Zero means 64 KiB.
	MaxData int
	// Timeout bounds each call to the log. Zero means 5s.
	Timeout time.Duration
	// Window is how many of the newest events the hub keeps in memory,
	// and WindowBytes how many bytes of them: a resume within the window
	// reads nothing from the log. Zero means 10,000 events and 64 MiB.
	Window, WindowBytes int
	// MaxReplay is how far behind the newest event (in events of the log,
	// whoever they were for) a resume may stand; further behind it gets a
	// reset instead. MaxReplayBytes bounds the data one replay writes;
	// past it the replay ends with a reset. Zero means 10,000 events and
	// 32 MiB.
	MaxReplay, MaxReplayBytes int
	// MaxLogReads is how many resumes older than the window may read the
	// log at once on this node, MaxClientLogReads per Filter.Client; one
	// more fails with ErrBusy or ErrClientBusy. Zero means 4 and 1.
	MaxLogReads, MaxClientLogReads int
	// Now names the in-memory log's epoch (New only). Nil means time.Now.
	Now func() time.Time
	// FollowStall is how long the hub's follower of the log may hear
	// nothing while the log has events past the hub's head; then the hub
	// follows the log again from its head (a NATS node lost can leave a
	// follower silent). Zero means 3 s.
	FollowStall time.Duration
}

// Hub fans events out in process; where they are kept is its Log. It is
// safe for concurrent use.
type Hub struct {
	cfg   Config
	log   Log
	epoch string
	done  chan struct{} // closed by Close

	followMu sync.Mutex
	stop     func()       // stops the current follower
	heard    atomic.Int64 // unix ns when the follower last delivered

	mu      sync.Mutex
	head    uint64 // the last sequence number fanned out
	subs    map[*Sub]struct{}
	recent  window         // the newest events, for resumes
	reading map[string]int // resumes reading the log, by client ("" is the node's count)

	published, slowDrops, replays, resets, refused, refollows atomic.Uint64
	lastRefusal                                               atomic.Int64 // unix ns
}

func (c Config) withDefaults() Config {
	if c.LogSize <= 0 {
		c.LogSize = 10000
	}
	if c.LogBytes <= 0 {
		c.LogBytes = 64 << 20
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
	if c.FollowStall <= 0 {
		c.FollowStall = 3 * time.Second
	}
	positive := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	positive(&c.Window, 10_000)
	positive(&c.WindowBytes, 64<<20)
	positive(&c.MaxReplay, 10_000)
	positive(&c.MaxReplayBytes, 32<<20)
	positive(&c.MaxLogReads, 4)
	positive(&c.MaxClientLogReads, 1)
	return c
}

// New returns a Hub on a fresh in-memory log. Its window is the log
// itself, at most: an id the log expired gets a reset.
func New(cfg Config) *Hub {
	cfg = cfg.withDefaults()
	cfg.Window, cfg.WindowBytes = min(cfg.Window, cfg.LogSize), min(cfg.WindowBytes, cfg.LogBytes)
	h, err := Open(cfg, NewMemoryLog(cfg.LogSize, cfg.LogBytes, cfg.Now()))
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
	h := &Hub{cfg: cfg, log: log, epoch: b.Epoch, head: b.Last, subs: make(map[*Sub]struct{}),
		recent: window{max: cfg.Window, maxBytes: cfg.WindowBytes}, reading: make(map[string]int), done: make(chan struct{})}
	h.warm(b)
	if h.stop, err = log.Follow(b.Last, h.deliver); err != nil {
		return nil, fmt.Errorf("hub: following the log: %w", err)
	}
	h.heard.Store(time.Now().UnixNano())
	go h.watchFollower()
	return h, nil
}

// watchFollower follows the log again from the hub's head when the log
// holds events past it and the follower has been silent for FollowStall:
// a follower can go quiet without an error (NATS after a node of its
// cluster was lost). Events come again from the head, so none is lost,
// and deliver drops the ones fanned out already.
func (h *Hub) watchFollower() {
	t := time.NewTicker(h.cfg.FollowStall / 2)
	defer t.Stop()
	for {
		select {
		case <-h.done:
			return
		case <-t.C:
		}
		if time.Since(time.Unix(0, h.heard.Load())) < h.cfg.FollowStall {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), h.cfg.Timeout)
		b, err := h.log.Bounds(ctx)
		cancel()
		h.mu.Lock()
		head := h.head
		h.mu.Unlock()
		if err != nil || b.Last <= head {
			continue // the log is unreachable, or quiet: nothing is missed
		}
		h.refollow(head)
	}
}

// refollow replaces the follower with one from head. No lock is held
// while a follower stops or starts: its callbacks take the hub's.
func (h *Hub) refollow(head uint64) {
	h.followMu.Lock()
	old := h.stop
	h.stop = func() {}
	h.followMu.Unlock()
	old()
	h.refollows.Add(1) // before: a follower may deliver inside Follow
	stop, err := h.log.Follow(head, h.deliver)
	if err != nil {
		return // the next tick tries again
	}
	h.heard.Store(time.Now().UnixNano())
	h.followMu.Lock()
	defer h.followMu.Unlock()
	select {
	case <-h.done: // closed meanwhile
		stop()
	default:
		h.stop = stop
	}
}

// warm fills the window with the newest events the log keeps, so that the
// crowd of resumes that follows a restart is served from memory instead of
// queueing for log reads. A log that fails leaves the rest of it cold.
func (h *Hub) warm(b Bounds) {
	if b.Last < b.First {
		return
	}
	after := b.First - 1
	if b.Last-after > uint64(h.cfg.Window) {
		after = b.Last - uint64(h.cfg.Window)
	}
	for after < b.Last {
		ctx, cancel := context.WithTimeout(context.Background(), h.cfg.Timeout)
		sp, err := h.log.Read(ctx, after, b.Last, pageEvents)
		cancel()
		if err != nil || sp.Last <= after {
			return
		}
		for _, ev := range sp.Events {
			ev.ID = h.id(ev.Seq)
			h.recent.add(ev)
		}
		after = sp.Last
	}
}

// Close stops following the log.
func (h *Hub) Close() {
	h.followMu.Lock()
	select {
	case <-h.done:
		h.followMu.Unlock()
		return
	default:
	}
	close(h.done)
	stop := h.stop
	h.followMu.Unlock()
	stop()
}

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
	h.heard.Store(time.Now().UnixNano())
	h.mu.Lock()
	defer h.mu.Unlock()
	if ev.Seq <= h.head {
		return // fanned out already
	}
	h.head = ev.Seq
	if ev.Name == "" {
		return // a hole: heard, and never delivered
	}
	ev.ID = h.id(ev.Seq)
	h.recent.add(ev)
	shared := &ev // one copy for every subscriber: a pointer a slot, not the event
	for s := range h.subs {
		if ev.Seq <= s.skip || !s.filter.match(ev.To) {
			continue
		}
		if !s.offerLocked(shared) {
			h.dropLocked(s)
			h.slowDrops.Add(1)
		}
	}
}

// Resume is where a new subscriber starts.
type Resume struct {
	// Reset is non-empty when the client's id could not be resumed from:
	// "unknown" (not an id of this log), "expired" (older than what the
	// log keeps) or "too-far" (more than MaxReplay events behind). The
	// client must refetch its state; it has no replay.
	Reset string
	// Cursor is the id the client stands at before its replay: its own id
	// when resuming, the newest id otherwise.
	Cursor string
}

// Page is one page of a replay.
type Page struct {
	Events []Event
	// Reset ends the replay early: the rest was more than MaxReplayBytes,
	// or the log no longer keeps it. The client must refetch; it stands at
	// Cursor from then on.
	Reset, Cursor string
}

// The bounds of one replay page: a stream writes a page at a time, so
// one replay holds at most this in memory whatever its length.
const (
	pageEvents = 256
	pageBytes  = 256 << 10
)

// Subscribe registers a subscriber that sees what f allows, resuming after
// lastID ("" for a fresh client, which gets only what comes next). Read
// the replay with Replay until it returns an empty page; live events
// follow on C. A resume within the hub's window reads nothing from the
// log; an older one reads it a page at a time and counts against
// MaxLogReads and MaxClientLogReads (ErrBusy, ErrClientBusy) until its
// replay reaches the window. Subscribe fails only then, or when the log
// cannot be read.
func (h *Hub) Subscribe(lastID string, f Filter) (*Sub, Resume, error) {
	s := &Sub{hub: h, filter: f}
	seq, ok := h.parse(lastID)
	h.mu.Lock()
	head := h.head
	switch {
	case lastID == "":
		h.joinLocked(s)
		h.mu.Unlock()
		return s, Resume{Cursor: h.id(head)}, nil
	case !ok:
		h.joinLocked(s)
		h.mu.Unlock()
		h.resets.Add(1)
		return s, Resume{Reset: "unknown", Cursor: h.id(head)}, nil
	case seq == head:
		h.joinLocked(s)
		h.mu.Unlock()
		return s, Resume{Cursor: lastID}, nil
	case seq > head:
		h.mu.Unlock()
		return h.ahead(s, seq, lastID)
	case head-seq > uint64(h.cfg.MaxReplay):
		h.joinLocked(s)
		h.mu.Unlock()
		h.resets.Add(1)
		return s, Resume{Reset: "too-far", Cursor: h.id(head)}, nil
	}
	s.cursor = seq
	if !h.recent.holdsAfter(seq) {
		if err := h.startReadingLocked(s); err != nil {
			h.mu.Unlock()
			h.noteRefusal()
			return nil, Resume{}, err
		}
	}
	h.mu.Unlock()
	return s, Resume{Cursor: lastID}, nil
}

// ahead takes a client whose id is ahead of this hub's head: it came from
// a replica whose follower is further on. The log says whether the id
// exists; if it does, the client skips what it has already.
func (h *Hub) ahead(s *Sub, seq uint64, lastID string) (*Sub, Resume, error) {
	h.mu.Lock()
	err := h.startReadingLocked(s) // one request to the log: limited as a read
	h.mu.Unlock()
	if err != nil {
		h.noteRefusal()
		return nil, Resume{}, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), h.cfg.Timeout)
	defer cancel()
	b, err := h.log.Bounds(ctx)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.stopReadingLocked(s)
	if err != nil {
		return nil, Resume{}, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	if seq > b.Last {
		h.joinLocked(s)
		h.resets.Add(1)
		return s, Resume{Reset: "unknown", Cursor: h.id(h.head)}, nil
	}
	s.skip = seq
	h.joinLocked(s)
	return s, Resume{Cursor: lastID}, nil
}

// Replay returns the next page of the subscriber's replay. An empty page
// (no events, no reset) means the replay is over: the subscriber joined
// the fan-out where the replay ended, so C carries on with no gap and no
// repeat.
func (s *Sub) Replay() (Page, error) {
	h := s.hub
	for {
		h.mu.Lock()
		if s.live {
			h.mu.Unlock()
			return Page{}, nil
		}
		if s.cursor >= h.head {
			h.stopReadingLocked(s)
			h.joinLocked(s)
			h.mu.Unlock()
			return Page{}, nil
		}
		var page []Event
		if h.recent.holdsAfter(s.cursor) {
			h.stopReadingLocked(s)
			page, s.cursor = h.recent.after(s.cursor, h.head, s.filter)
			h.mu.Unlock()
		} else {
			if !s.reading { // it started in the window, which moved on
				if err := h.startReadingLocked(s); err != nil {
					h.mu.Unlock()
					h.noteRefusal()
					return Page{}, err
				}
			}
			upto := h.head
			if first := h.recent.first(); first > 0 {
				upto = first - 1
			}
			after := s.cursor
			h.mu.Unlock()
			var gap bool
			var err error
			page, gap, err = s.readLog(after, upto)
			if err != nil {
				return Page{}, err
			}
			if gap {
				return s.reset("expired"), nil
			}
		}
		if len(page) == 0 {
			continue // nothing this subscriber may see in that stretch
		}
		if !s.counted { // a resume that replays, counted once
			s.counted = true
			h.replays.Add(1)
		}
		for _, ev := range page {
			s.replayed += len(ev.Data)
		}
		if s.replayed > h.cfg.MaxReplayBytes {
			return s.reset("too-far"), nil
		}
		return Page{Events: page}, nil
	}
}

// readLog reads one page of the log after after, up to upto, for s.
func (s *Sub) readLog(after, upto uint64) ([]Event, bool, error) {
	h := s.hub
	ctx, cancel := context.WithTimeout(context.Background(), h.cfg.Timeout)
	defer cancel()
	sp, err := h.log.Read(ctx, after, upto, pageEvents)
	for try := 0; err == nil && sp.Last <= after && try < 2; try++ {
		// Nothing found. Retention removed the range only if the log says
		// so; a store that was slow (a fetch that timed out empty) is
		// asked again, then taken for unavailable.
		var b Bounds
		if b, err = h.log.Bounds(ctx); err == nil && b.First > upto {
			sp.Last, sp.Gap = upto, true
			break
		}
		if err == nil && try == 1 {
			err = errors.New("the log found nothing in a range it keeps")
		} else if err == nil {
			sp, err = h.log.Read(ctx, after, upto, pageEvents)
		}
	}
	if err != nil {
		return nil, false, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	var page []Event
	reached, bytes := sp.Last, 0
	for _, ev := range sp.Events {
		if bytes > pageBytes { // the page is full: the next one starts here
			reached = ev.Seq - 1
			break
		}
		if s.filter.match(ev.To) {
			ev.ID = h.id(ev.Seq)
			page = append(page, ev)
			bytes += len(ev.Data)
		}
	}
	h.mu.Lock()
	s.cursor = reached
	h.mu.Unlock()
	return page, sp.Gap, nil
}

// reset ends s's replay: it joins the fan-out at the head and the client
// is told to refetch.
func (s *Sub) reset(why string) Page {
	h := s.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	h.stopReadingLocked(s)
	h.joinLocked(s)
	h.resets.Add(1)
	return Page{Reset: why, Cursor: h.id(h.head)}
}

// joinLocked puts s in the fan-out from the head on.
func (h *Hub) joinLocked(s *Sub) {
	s.live = true
	h.subs[s] = struct{}{}
}

// startReadingLocked counts s among the resumes reading the log.
func (h *Hub) startReadingLocked(s *Sub) error {
	switch {
	case h.reading[""] >= h.cfg.MaxLogReads:
		return ErrBusy
	case s.filter.Client != "" && h.reading[s.filter.Client] >= h.cfg.MaxClientLogReads:
		return ErrClientBusy
	}
	s.reading = true
	h.reading[""]++
	if c := s.filter.Client; c != "" {
		h.reading[c]++
	}
	return nil
}

func (h *Hub) stopReadingLocked(s *Sub) {
	if !s.reading {
		return
	}
	s.reading = false
	h.reading[""]--
	if c := s.filter.Client; c != "" {
		if h.reading[c]--; h.reading[c] == 0 {
			delete(h.reading, c)
		}
	}
}

func (h *Hub) noteRefusal() {
	h.refused.Add(1)
	h.lastRefusal.Store(h.cfg.Now().UnixNano())
}

// RefusingResumes reports whether a resume was refused for the limits on
// log reads within the last d: the log is degraded for resumes.
func (h *Hub) RefusingResumes(d time.Duration) bool {
	last := h.lastRefusal.Load()
	return last != 0 && h.cfg.Now().Sub(time.Unix(0, last)) < d
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
		s.wasDropped = true
		if s.dropped != nil {
			close(s.dropped)
		}
		if s.onDrop != nil {
			s.onDrop()
		}
	}
}

// Stats are counters since the hub started.
type Stats struct {
	Subscribers                           int
	Published, SlowDrops, Replays, Resets uint64
	// ResumesRefused counts resumes refused for the limits on log reads.
	ResumesRefused uint64
	LogReads       int // resumes reading the log now
	Logged         int
	// Refollows counts the times the follower of the log went silent with
	// events past the head, and was started again.
	Refollows uint64
}

// Stats returns the current counters. Logged is 0 when the log cannot be
// read.
func (h *Hub) Stats() Stats {
	h.mu.Lock()
	n, reads := len(h.subs), h.reading[""]
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
		ResumesRefused: h.refused.Load(),
		LogReads:       reads,
		Refollows:      h.refollows.Load(),
	}
}

// Sub is one subscriber. Its live events wait in a queue that it reads
// one of two ways: Notify and Take, which hold nothing while it is idle
// (what a stream held off net/http uses), or C, a channel for a goroutine
// that waits on it. Either way at most Config.Buffer events wait: one more
// drops the subscriber as slow.
type Sub struct {
	hub    *Hub
	filter Filter
	skip   uint64 // events up to this one are the client's already

	// Guarded by hub.mu.
	queue      []*Event      // live events not taken yet, unless ch is in use
	ch         chan *Event   // made by C
	notify     func()        // set by Notify
	onDrop     func()        // set by OnDrop
	dropped    chan struct{} // made by Dropped
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
	if s.ch != nil {
		select {
		case s.ch <- ev:
			return true
		default:
			return false
		}
	}
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

// C delivers the live events on a channel of Config.Buffer slots, made at
// the first call, for a goroutine that waits on it. Every subscriber gets
// the same *Event: read it, never change it.
func (s *Sub) C() <-chan *Event {
	s.hub.mu.Lock()
	defer s.hub.mu.Unlock()
	if s.ch == nil {
		s.ch = make(chan *Event, s.hub.cfg.Buffer)
		for _, ev := range s.queue {
			s.ch <- ev
		}
		s.queue = nil
	}
	return s.ch
}

// Dropped is closed when the hub dropped this subscriber for falling behind.
func (s *Sub) Dropped() <-chan struct{} {
	s.hub.mu.Lock()
	defer s.hub.mu.Unlock()
	if s.dropped == nil {
		s.dropped = make(chan struct{})
		if s.wasDropped {
			close(s.dropped)
		}
	}
	return s.dropped
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
