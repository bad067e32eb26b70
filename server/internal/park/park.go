package park

import (
	"errors"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// Stream is what a held connection carries; its methods run on the park's
// writers, one call at a time.
type Stream interface {
	// Fill appends to b what the stream owes its client now: the events
	// waiting and, when beat is set, a heartbeat. b may already hold the
	// park's framing: append, never overwrite. last ends the stream once
	// the bytes are written.
	Fill(b []byte, beat bool) (out []byte, last bool)
	// Ended is called once, after the last Fill: the stream said last, a
	// write failed (err), the client left (ErrGone) or End was called.
	Ended(err error)
}

// ErrGone: the client closed its connection.
var ErrGone = errors.New("park: the client closed the connection")

// errTooSlow: bytes were still owed when the write deadline passed. It
// is os.ErrDeadlineExceeded, as a blocking write's would be.
var errTooSlow = os.ErrDeadlineExceeded

// Config tunes a Park. Zero values are the defaults.
type Config struct {
	// Writers bounds the goroutines writing at once. Zero means 64. No
	// write blocks a writer: a socket that is full keeps its bytes with
	// its stream.
	Writers int
	// Tick is the wheel's resolution: heartbeats are due to within a tick,
	// a client that left is freed within one, and a full socket that has
	// room again is written to within one. Zero means 50 ms.
	Tick time.Duration
}

// Options are one held stream's.
type Options struct {
	// Heartbeat is how often Fill is asked for a heartbeat; 0 never.
	Heartbeat time.Duration
	// WriteTimeout bounds how long bytes may be owed to a client that
	// does not take them: past it the stream ends. Zero means 10 s.
	WriteTimeout time.Duration
	// Chunked frames each write as an HTTP/1.1 chunk and ends the stream
	// with the last chunk: the response's headers said so.
	Chunked bool
}

// wheelSlots × Tick is one lap of the wheel; longer heartbeats wait laps.
const wheelSlots = 1024

// Park holds streams. Create it with New; it is safe for concurrent use.
type Park struct {
	cfg   Config
	watch *watcher

	mu      sync.Mutex
	runq    []*Held // streams to run, from head on
	head    int
	writers int // writer goroutines running
	held    int // streams held, ended ones not yet reported excluded
	ticking bool
	tick    uint64
	wheel   [wheelSlots][]*Held // by the tick their heartbeat is due
	owing   map[*Held]time.Time // streams with bytes a full socket left, by their deadline
	lastID  atomic.Uint64
}

// New returns a Park. It starts no goroutine until it holds a stream.
func New(cfg Config) *Park {
	if cfg.Writers <= 0 {
		cfg.Writers = 64
	}
	if cfg.Tick <= 0 {
		cfg.Tick = 50 * time.Millisecond
	}
	return &Park{cfg: cfg, watch: newWatcher(), owing: make(map[*Held]time.Time)}
}

// Hold takes over c, whose response headers (and any first bytes) are
// written, for s. The stream runs until s says last, a write fails or
// its deadline passes, the client leaves or End is called.
func (p *Park) Hold(c net.Conn, s Stream, opt Options) *Held {
	if opt.WriteTimeout <= 0 {
		opt.WriteTimeout = 10 * time.Second
	}
	h := &Held{p: p, conn: c, s: s, opt: opt, sock: socketOf(c)}
	if h.sock != nil {
		// Deadlines are the park's own from now on (see owe); one left by
		// net/http would fail a later write.
		c.SetWriteDeadline(time.Time{})
	}
	if opt.Heartbeat > 0 {
		h.every = uint64(max(1, (opt.Heartbeat+p.cfg.Tick/2)/p.cfg.Tick))
	}
	h.id = p.lastID.Add(1)
	p.mu.Lock()
	p.held++
	if !p.ticking {
		p.ticking = true
		go p.ticker()
	}
	p.mu.Unlock()
	// From here on the watcher may end it; nothing else runs it before
	// Hold returns or the wheel holds it.
	if h.watched = p.watch.add(h) == nil; !h.watched {
		go h.readUntilGone() // no epoll for this connection: the heavier way
	}
	if h.every > 0 {
		p.mu.Lock()
		if h.done.Load() == nil { // else it was reported, and forgotten, already
			p.wheelLocked(h)
		}
		p.mu.Unlock()
	}
	return h
}

// Len is how many streams the park holds.
func (p *Park) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.held
}

// schedule queues a turn for h, unless one is queued or running.
func (p *Park) schedule(h *Held) {
	if h.claim() {
		p.push(h)
	}
}

func (p *Park) push(h *Held) {
	p.mu.Lock()
	p.pushLocked(h)
	p.mu.Unlock()
}

func (p *Park) pushLocked(h *Held) {
	p.runq = append(p.runq, h)
	if p.writers < p.cfg.Writers {
		p.writers++
		go p.write()
	}
}

// write runs queued streams until none is left.
func (p *Park) write() {
	for {
		p.mu.Lock()
		if p.head == len(p.runq) {
			p.runq, p.head = p.runq[:0], 0
			p.writers--
			p.mu.Unlock()
			return
		}
		h := p.runq[p.head]
		p.runq[p.head] = nil
		p.head++
		p.mu.Unlock()
		h.run()
	}
}

// ticker turns the wheel, collects the clients that left, brings back
// the full sockets that have room and ends those past their deadline,
// while the park holds streams.
func (p *Park) ticker() {
	t := time.NewTicker(p.cfg.Tick)
	defer t.Stop()
	var late []*Held
	for now := range t.C {
		p.watch.poll(func(h *Held) { h.end(ErrGone) }, p.schedule)
		p.mu.Lock()
		if p.held == 0 {
			p.ticking = false
			p.mu.Unlock()
			return
		}
		p.tick++
		slot := &p.wheel[p.tick%wheelSlots]
		due := *slot
		*slot = nil
		for _, h := range due {
			if h.due > p.tick { // a later lap
				*slot = append(*slot, h)
				continue
			}
			h.beat.Store(true)
			p.wheelLocked(h)
			if !h.stalled.Load() {
				p.scheduleLocked(h)
			}
		}
		for h, deadline := range p.owing {
			if now.After(deadline) {
				late = append(late, h)
			}
		}
		p.mu.Unlock()
		for i, h := range late {
			h.end(errTooSlow)
			late[i] = nil
		}
		late = late[:0]
	}
}

// scheduleLocked is schedule under p.mu.
func (p *Park) scheduleLocked(h *Held) {
	if h.claim() {
		p.pushLocked(h)
	}
}

// wheelLocked puts h in the slot of its next heartbeat.
func (p *Park) wheelLocked(h *Held) {
	h.due = p.tick + h.every
	slot := &p.wheel[h.due%wheelSlots]
	*slot = append(*slot, h)
}

// forgetLocked takes an ended h out of the wheel and the debtors, so it
// holds no memory a lap longer.
func (p *Park) forgetLocked(h *Held) {
	delete(p.owing, h)
	if h.every == 0 {
		return
	}
	slot := p.wheel[h.due%wheelSlots]
	for i, x := range slot {
		if x == h {
			last := len(slot) - 1
			slot[i], slot[last] = slot[last], nil
			p.wheel[h.due%wheelSlots] = slot[:last]
			return
		}
	}
}
