package park

import (
	"errors"
	"net"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Held is a stream the park holds.
type Held struct {
	p     *Park
	conn  net.Conn
	sock  *socket // writes without blocking; nil: the conn has no descriptor
	s     Stream
	opt   Options
	id    uint64
	every uint64 // heartbeat period in ticks, 0 for none
	due   uint64 // guarded by p.mu: the tick of the next heartbeat

	sched   atomic.Uint32 // idle, queued, running, runningAgain
	beat    atomic.Bool
	stalled atomic.Bool // owes bytes and waits for the watcher to say there is room
	watched bool        // the watcher reports room: a stalled stream needs no wake
	done    atomic.Pointer[ending]

	// Owned by the stream's turn (one at a time, see sched).
	owed     []byte // bytes a full socket did not take yet
	owedLast bool   // the owed bytes end the stream
	reported bool
}

// A stream's turns: at most one queued and one running, never both.
const (
	idle uint32 = iota
	queued
	running
	runningAgain // running, and woken since: one more turn when it is over
)

// claim reports whether the caller should queue a turn for h: it was
// idle. A stream woken while it runs gets one more turn after.
func (h *Held) claim() bool {
	for {
		switch h.sched.Load() {
		case idle:
			if h.sched.CompareAndSwap(idle, queued) {
				return true
			}
		case running:
			if h.sched.CompareAndSwap(running, runningAgain) {
				return false
			}
		default: // queued, or asked again already
			return false
		}
	}
}

type ending struct{ err error }

// Wake asks for a Fill soon: events are waiting. It never blocks, and
// costs nothing while the stream's socket is full: the events wait for
// the turn that room brings.
func (h *Held) Wake() {
	if !h.stalled.Load() {
		h.p.schedule(h)
	}
}

// End closes the stream now; Ended follows on a writer. It never blocks:
// closing the connection cuts a write in progress, and a Close that may
// wait (TLS sends close_notify) runs on a goroutine of its own.
func (h *Held) End() { h.end(nil) }

func (h *Held) end(err error) {
	if !h.done.CompareAndSwap(nil, &ending{err}) {
		return
	}
	h.p.watch.remove(h)
	if tc, ok := h.conn.(*net.TCPConn); ok && errors.Is(err, errTooSlow) {
		// Reset, not closed: a closed socket that still owes bytes stays
		// with the kernel (its buffer held, its window probed) for
		// minutes, for a client that resumes by id anyway.
		tc.SetLinger(0)
	}
	if h.sock != nil {
		h.conn.Close() // a socket's close does not wait
	} else {
		go h.conn.Close()
	}
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

// run is one turn of a stream on a writer.
func (h *Held) run() {
	h.sched.Store(running)
	if h.done.Load() == nil && !h.turn() {
		return // a goroutine of its own writes, and ends the turn
	}
	h.endTurn()
}

// endTurn reports the stream's end, or lets it be queued again: at once
// if it was woken during the turn.
func (h *Held) endTurn() {
	if e := h.done.Load(); e != nil {
		if !h.reported {
			h.reported = true
			h.p.mu.Lock()
			h.p.held--
			h.p.forgetLocked(h)
			h.p.mu.Unlock()
			h.s.Ended(e.err)
		}
		return // stays running: never queued again
	}
	if !h.sched.CompareAndSwap(running, idle) {
		h.sched.Store(queued)
		h.p.push(h)
	}
}

// headroom is where a chunk's size line goes, before what Fill appends:
// 8 hex digits and CRLF.
const headroom = 10

var buffers = sync.Pool{New: func() any { b := make([]byte, 0, 4<<10); return &b }}

// turn writes what the stream owes: first what a full socket left, then
// what Fill gives. It reports false when a goroutine took the write over
// (the conn has no descriptor) and will end the turn itself.
func (h *Held) turn() bool {
	if len(h.owed) > 0 {
		h.flush(h.owed, h.owedLast)
		if len(h.owed) > 0 || h.done.Load() != nil {
			return true // still full: the watcher or the deadline brings it back
		}
	}
	bp := buffers.Get().(*[]byte)
	b := (*bp)[:0]
	if h.opt.Chunked {
		b = b[:headroom]
	}
	start := len(b)
	b, last := h.s.Fill(b, h.beat.Swap(false))
	if len(b) == start && !last {
		release(bp, b)
		return true
	}
	if h.sock == nil {
		go h.writeBlocking(bp, b, last)
		return false
	}
	h.flush(h.frame(b, last), last)
	release(bp, b)
	return true
}

// flush writes b without blocking and keeps what the socket did not
// take, due before the write deadline.
func (h *Held) flush(b []byte, last bool) {
	n, err := h.sock.writeNow(b)
	switch {
	case err != nil:
		h.end(err)
	case n == len(b):
		if len(h.owed) > 0 {
			h.owed, h.owedLast = nil, false
			h.stalled.Store(false)
			h.p.watch.wantWritable(h, false)
			h.p.mu.Lock()
			delete(h.p.owing, h)
			h.p.mu.Unlock()
		}
		if last {
			h.end(nil)
		}
	default:
		if len(h.owed) == 0 { // a new debt: its deadline starts now
			d := newDebt(h, time.Now())
			h.p.mu.Lock()
			h.p.owing[h] = d
			h.p.mu.Unlock()
			h.p.watch.wantWritable(h, true)
			h.stalled.Store(h.watched)
		}
		if len(h.owed) > 0 {
			h.owed = h.owed[n:] // b is h.owed
		} else {
			h.owed = append([]byte(nil), b[n:]...) // b is a pooled buffer
		}
		h.owedLast = last
	}
}

// writeBlocking writes b on a goroutine of its own, for a conn the park
// cannot write to without blocking: a client that stalls costs that
// goroutine, never a writer.
func (h *Held) writeBlocking(bp *[]byte, b []byte, last bool) {
	err := h.conn.SetWriteDeadline(time.Now().Add(h.opt.WriteTimeout))
	if err == nil {
		_, err = h.conn.Write(h.frame(b, last))
	}
	release(bp, b)
	if err != nil || last {
		h.end(err)
	}
	h.endTurn()
}

// frame makes b, with its headroom, one chunk, and adds the last chunk.
// b itself keeps its start: it goes back to the pool.
func (h *Held) frame(b []byte, last bool) []byte {
	if !h.opt.Chunked {
		return b
	}
	if n := len(b) - headroom; n == 0 {
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
	return b
}

// release gives a buffer back to the pool; a huge write's is not kept.
func release(bp *[]byte, b []byte) {
	if cap(b) <= 64<<10 {
		*bp = b[:0]
		buffers.Put(bp)
	}
}
