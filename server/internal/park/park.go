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
	// SendBuffer is the kernel's send buffer for each held TCP connection
	// (SO_SNDBUF, which Linux doubles for its bookkeeping). Fixed, not
	// grown by the kernel: a client that stops reading fills it (and its
	// own receive buffer) and from then on costs nothing per event, where
	// a grown buffer would take megabytes, and a write per event, first.
	// It bounds one stream's throughput to about SendBuffer per round
	// trip. Zero means 64 KiB; negative leaves the kernel's default.
	SendBuffer int
}

// Options are one held stream's.
type Options struct {
	// Heartbeat is how often Fill is asked for a heartbeat; 0 never.
	Heartbeat time.Duration
	// WriteTimeout bounds how long bytes may be owed to a client that
	// does not take them: past it the stream ends. Zero means 10 s.
	WriteTimeout time.Duration
	// NotTaking ends sooner a stream whose client has stopped taking
	// bytes: bytes owed, and next to none acknowledged (under 8 KiB a
	// second), for this long. A client that stopped reading keeps its
	// window shut; one that vanished without a FIN acknowledges nothing;
	// one on a slow link, or reading in gulps, acknowledges as it goes
	// and keeps its stream to WriteTimeout. Meanwhile the kernel probes
	// every shut window, and retransmits to every silent client, at 0.2,
	// 0.6, 1.4 … s, together for clients that stopped at the same event.
	// Zero means 2 s.
	NotTaking time.Duration
	// Chunked frames each write as an HTTP/1.1 chunk and ends the stream
	// with the last chunk: the response's headers said so.
	Chunked bool
}

// wheelSlots × Tick is one lap of the wheel; longer heartbeats wait laps.
const wheelSlots = 1024

// endsPerTick bounds the streams ended for their deadline in one tick:
// 5,000 clients that stopped reading together end over two seconds, not
// in one burst of closes, unsubscribes and log lines.
const endsPerTick = 128

// Park holds streams. Create it with New; it is safe for concurrent use.
type Park struct {
	cfg   Config
	watch *watcher

	mu      sync.Mutex
	runq    queue // streams with bytes to write
	endq    queue // streams that ended, to report: after every runq turn
	writers int   // writer goroutines running
	held    int   // streams held, ended ones not yet reported excluded
	ticking bool
	tick    uint64
	wheel   [wheelSlots][]*Held // by the tick their heartbeat is due
	owing   map[*Held]*debt     // streams with bytes a full socket left
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
	if cfg.SendBuffer == 0 {
		cfg.SendBuffer = 64 << 10
	}
	return &Park{cfg: cfg, watch: newWatcher(), owing: make(map[*Held]*debt)}
}

// Hold takes over c, whose response headers (and any first bytes) are
// written, for s. The stream runs until s says last, a write fails or
// its deadline passes, the client leaves or End is called.
func (p *Park) Hold(c net.Conn, s Stream, opt Options) *Held {
	if opt.WriteTimeout <= 0 {
		opt.WriteTimeout = 10 * time.Second
	}
	if opt.NotTaking <= 0 {
		opt.NotTaking = 2 * time.Second
	}
	h := &Held{p: p, conn: c, s: s, opt: opt, sock: socketOf(c)}
	if tc, ok := c.(*net.TCPConn); ok && p.cfg.SendBuffer > 0 {
		tc.SetWriteBuffer(p.cfg.SendBuffer) // best effort: the stream works without it
	}
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
	q := &p.runq
	if h.done.Load() != nil {
		q = &p.endq
	}
	q.push(h)
	if p.writers < p.cfg.Writers {
		p.writers++
		go p.write()
	}
}

// write runs queued streams until none is left: live ones first, so a
// crowd's ending (thousands past their deadline in one tick) never
// delays a healthy stream's bytes.
func (p *Park) write() {
	for {
		p.mu.Lock()
		h := p.runq.pop()
		if h == nil {
			h = p.endq.pop()
		}
		if h == nil {
			p.writers--
			p.mu.Unlock()
			return
		}
		p.mu.Unlock()
		h.run()
	}
}

// queue is a FIFO of streams, under p.mu.
type queue struct {
	hs   []*Held
	head int
}

func (q *queue) push(h *Held) { q.hs = append(q.hs, h) }

func (q *queue) pop() *Held {
	if q.head == len(q.hs) {
		q.hs, q.head = q.hs[:0], 0
		return nil
	}
	h := q.hs[q.head]
	q.hs[q.head] = nil
	q.head++
	return h
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
		for h, d := range p.owing {
			if !d.due(now, h) {
				continue
			}
			if late = append(late, h); len(late) == endsPerTick {
				break // the rest next tick: a crowd's deadline is not one burst
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

// minRate is the least a client owing bytes must take, in bytes a
// second between two checks, to keep its stream. One that stopped
// reading is not at zero: its kernel, short of memory with thousands
// like it, compacts its receive queue and opens its window by a few
// bytes now and then (measured: 5,000 of them lasted to their deadline
// on any progress at all). One that cannot take 8 KiB a second of a
// stream it is behind on does better to resume by id.
const minRate = 8 << 10

// debt is when a stream that owes bytes ends: at its deadline, or at a
// check (every NotTaking) that finds its client took under minRate since
// the last.
type debt struct {
	deadline, check time.Time
	acked           uint64 // by the client, at the last check
}

func newDebt(h *Held, now time.Time) *debt {
	d := &debt{deadline: now.Add(h.opt.WriteTimeout), check: now.Add(h.opt.NotTaking)}
	if h.sock != nil {
		d.acked, _ = h.sock.acked()
	}
	return d
}

// due says h, owing d, ends now.
func (d *debt) due(now time.Time, h *Held) bool {
	if now.After(d.deadline) {
		return true
	}
	if now.Before(d.check) || h.sock == nil {
		return false
	}
	d.check = now.Add(h.opt.NotTaking)
	acked, ok := h.sock.acked()
	stopped := ok && float64(acked-d.acked) < minRate*h.opt.NotTaking.Seconds()
	d.acked = acked
	return stopped
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
