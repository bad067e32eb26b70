package park

import (
	"errors"
	"net"
	"strconv"
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

// Config tunes a Park. Zero values are the defaults.
type Config struct {
	// Writers bounds the goroutines writing at once. Zero means 64: a
	// client that stops reading holds one writer up to its write timeout.
	Writers int
	// Tick is the wheel's resolution: heartbeats are due to within a tick,
	// and a client that left is freed within one. Zero means 50 ms.
	Tick time.Duration
}

// Options are one held stream's.
type Options struct {
	// Heartbeat is how often Fill is asked for a heartbeat; 0 never.
	Heartbeat time.Duration
	// WriteTimeout bounds each write. Zero means 10 s.
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
	lastID  uint64
}

// New returns a Park. It starts no goroutine until it holds a stream.
func New(cfg Config) *Park {
	if cfg.Writers <= 0 {
		cfg.Writers = 64
	}
	if cfg.Tick <= 0 {
		cfg.Tick = 50 * time.Millisecond
	}
	return &Park{cfg: cfg, watch: newWatcher()}
}

// Held is a stream the park holds.
type Held struct {
	p     *Park
	conn  net.Conn
	s     Stream
	opt   Options
	id    uint64
	every uint64 // heartbeat period in ticks, 0 for none
	due   uint64 // guarded by p.mu: the tick of the next heartbeat

	queued, beat atomic.Bool
	done         atomic.Pointer[ending]
	running      sync.Mutex // one writer at a time
	reported     bool       // guarded by running
}

type ending struct{ err error }

// Hold takes over c, whose response headers (and any first bytes) are
// written, for s. The stream runs until s says last, a write fails, the
// client leaves or End is called.
func (p *Park) Hold(c net.Conn, s Stream, opt Options) *Held {
	if opt.WriteTimeout <= 0 {
		opt.WriteTimeout = 10 * time.Second
	}
	h := &Held{p: p, conn: c, s: s, opt: opt}
	if opt.Heartbeat > 0 {
		h.every = uint64(max(1, (opt.Heartbeat+p.cfg.Tick/2)/p.cfg.Tick))
	}
	p.mu.Lock()
	p.lastID++
	h.id = p.lastID
	p.held++
	if h.every > 0 {
		p.wheelLocked(h)
	}
	if !p.ticking {
		p.ticking = true
		go p.ticker()
	}
	p.mu.Unlock()
	if p.watch.add(h) != nil {
		go h.readUntilGone() // no epoll for this connection: the heavier way
	}
	return h
}

// Len is how many streams the park holds.
func (p *Park) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.held
}

// Wake asks for a Fill soon: events are waiting. It never blocks.
func (h *Held) Wake() { h.p.schedule(h) }

// End closes the stream now; Ended follows on a writer. It never blocks
// on a write in progress: closing the connection cuts it.
func (h *Held) End() { h.end(nil) }

func (h *Held) end(err error) {
	if !h.done.CompareAndSwap(nil, &ending{err}) {
		return
	}
	h.p.watch.remove(h)
	h.conn.Close()
	h.p.schedule(h)
}

func (h *Held) readUntilGone() {
	var b [64]byte
	for {
		if _, err := h.conn.Read(b[:]); err != nil {
			h.end(ErrGone)
			return
		}
	}
}

func (p *Park) schedule(h *Held) {
	if !h.queued.CompareAndSwap(false, true) {
		return // runs soon already
	}
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

// headroom is where a chunk's size line goes, before what Fill appends:
// 8 hex digits and CRLF.
const headroom = 10

var buffers = sync.Pool{New: func() any { b := make([]byte, 0, 4<<10); return &b }}

// run is one turn of a stream on a writer: report its end, or fill and
// write what it owes.
func (h *Held) run() {
	h.queued.Store(false) // a Wake from now on queues another turn
	h.running.Lock()
	defer h.running.Unlock()
	if h.done.Load() == nil {
		bp := buffers.Get().(*[]byte)
		b := (*bp)[:0]
		if h.opt.Chunked {
			b = b[:headroom]
		}
		start := len(b)
		b, last := h.s.Fill(b, h.beat.Swap(false))
		var err error
		if len(b) > start || last {
			err = h.write(b, last)
		}
		if cap(b) <= 64<<10 { // a huge write's buffer is not kept
			*bp = b[:0]
			buffers.Put(bp)
		}
		if err != nil || last {
			h.end(err)
		}
	}
	if e := h.done.Load(); e != nil && !h.reported {
		h.reported = true
		h.p.mu.Lock()
		h.p.held--
		h.p.mu.Unlock()
		h.s.Ended(e.err)
	}
}

// write writes b (with its chunk framing) before the write deadline.
func (h *Held) write(b []byte, last bool) error {
	if h.opt.Chunked {
		n := len(b) - headroom
		if n == 0 {
			b = b[headroom:]
		} else {
			var line [headroom]byte
			size := append(strconv.AppendUint(line[:0], uint64(n), 16), '\r', '\n')
			start := headroom - len(size)
			copy(b[start:], size)
			b = append(b[start:], '\r', '\n')
		}
		if last {
			b = append(b, "0\r\n\r\n"...)
		}
	}
	if err := h.conn.SetWriteDeadline(time.Now().Add(h.opt.WriteTimeout)); err != nil {
		return err
	}
	_, err := h.conn.Write(b)
	return err
}

// ticker turns the wheel and collects the clients that left, while the
// park holds streams.
func (p *Park) ticker() {
	t := time.NewTicker(p.cfg.Tick)
	defer t.Stop()
	for range t.C {
		p.watch.poll(func(h *Held) { h.end(ErrGone) })
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
			switch {
			case h.done.Load() != nil: // ended: leaves the wheel
			case h.due > p.tick: // a later lap
				*slot = append(*slot, h)
			default:
				h.beat.Store(true)
				if h.queued.CompareAndSwap(false, true) {
					p.pushLocked(h)
				}
				p.wheelLocked(h)
			}
		}
		p.mu.Unlock()
	}
}

// wheelLocked puts h in the slot of its next heartbeat.
func (p *Park) wheelLocked(h *Held) {
	h.due = p.tick + h.every
	slot := &p.wheel[h.due%wheelSlots]
	*slot = append(*slot, h)
}
