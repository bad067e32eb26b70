package hub

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Config tunes a Hub.
type Config struct {
	// LogSize is how many events the in-memory log keeps for resume, and
	// LogBytes how many bytes of their data (New only). Zero means 10,000
	// events and 64 MiB.
	LogSize, LogBytes int
	// Buffer is how many events may wait for one slow subscriber before it
	// is dropped. Zero means 256.
	Buffer int
	// Rules are what an event must be to be published or delivered.
	// Zero fields mean Rules' defaults.
	Rules Rules
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
	c.Rules = c.Rules.withDefaults()
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

// Rules are the event rules this hub publishes by: the origin reads them
// too (a stream's topics), so they are configured once.
func (h *Hub) Rules() Rules { return h.cfg.Rules }

// Epoch names this hub's log in its ids.
func (h *Hub) Epoch() string { return h.epoch }

func (h *Hub) id(seq uint64) string {
	return h.epoch + "-" + strconv.FormatUint(seq, 10)
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
