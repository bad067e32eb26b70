package origin

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tether-sse/tether/server/catalog"
	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/internal/park"
	"github.com/tether-sse/tether/server/sse"
)

// padding is the 2 KiB comment that opens every stream: the EventSource
// polyfill needs it, and it pushes buffering proxies to flush.
var padding = sse.AppendComment(nil, strings.Repeat(" ", 2048))

// connect is GET (and HEAD) /v1/sse/connect: admit the request, then
// serve its stream.
func (o *Origin) connect(w http.ResponseWriter, r *http.Request) {
	if st, ctx, resume, ok := o.admit(w, r); ok {
		o.openStream(ctx, w, r, st, resume)
	}
}

// openStream writes an admitted stream's headers, hello and replay, then
// hands it to the park (HTTP/1) or serves it on this goroutine.
func (o *Origin) openStream(ctx context.Context, w http.ResponseWriter, r *http.Request, st *stream, resume hub.Resume) {
	cancel := st.cancel
	handedOff := false
	defer func() {
		if !handedOff {
			cancel()
			st.finish()
		}
	}()
	o.cors(w, r)
	streamHeaders(w.Header(), r)
	w.WriteHeader(http.StatusOK)

	out := &writer{w: w, rc: http.NewResponseController(w), timeout: o.cfg.WriteTimeout}
	// A dropped or killed stream may be blocked in a write to a client that
	// stopped reading: cut that write now rather than at its deadline. A
	// callback, not a goroutine: an idle stream costs no extra stack.
	disarm := cutOnEnd(ctx, out.rc)
	defer func() { disarm() }() // the one armed last

	err := send(out, func(buf []byte) []byte {
		buf = append(buf, padding...)
		buf = sse.AppendRetry(buf, int(o.cfg.Retry/time.Millisecond))
		hb, _ := json.Marshal(catalog.HelloData{Token: st.token, RetryMs: o.cfg.Retry.Milliseconds(), HeartbeatMs: st.flags.heartbeat.Milliseconds()})
		buf = sse.Event{ID: resume.Cursor, Name: catalog.Hello, Data: string(hb)}.AppendTo(buf)
		if resume.Reset != "" {
			buf = appendReset(buf, resume.Cursor, resume.Reset)
		}
		return buf
	})
	if err != nil || !o.replay(st, out) || st.done() {
		return
	}
	// Live. Over HTTP/1 the stream leaves net/http here: its connection
	// goes to the park, which holds it with no goroutine and no buffer
	// while it is idle. HTTP/2 streams (and writers that cannot hijack)
	// stay on this goroutine, the heavier way.
	if r.ProtoMajor == 1 && !o.cfg.GoroutinePerStream {
		if !disarm() {
			return // ended already: the callback cut the last write
		}
		conn, _, err := http.NewResponseController(w).Hijack()
		if err == nil {
			handedOff = true
			o.hold(st, conn, r.ProtoAtLeast(1, 1))
			return
		}
		disarm = cutOnEnd(ctx, out.rc)
	}
	o.serve(ctx, st, out)
}

// replay writes what the stream missed, a page at a time: one page in
// memory, written and flushed before the next is read. The subscriber
// joins the live fan-out only when it is over, so a long replay cannot
// fill its live buffer. It reports whether the stream goes on.
func (o *Origin) replay(st *stream, out *writer) bool {
	for !st.done() {
		page, err := st.sub.Replay()
		if err != nil {
			o.log.Warn("replay cut: the event log is unavailable", "stream", st.num, "err", err)
			return false // the client resumes from what it got
		}
		if len(page.Events) == 0 && page.Reset == "" {
			return true
		}
		n := st.sent
		err = send(out, func(buf []byte) []byte {
			for _, ev := range page.Events {
				if st.done() {
					break
				}
				buf = appendEvent(buf, ev)
				st.sent++
			}
			if page.Reset != "" {
				buf = appendReset(buf, page.Cursor, page.Reset)
			}
			return buf
		})
		o.delivered.Add(uint64(st.sent - n))
		if err != nil {
			return false
		}
	}
	return true
}

// streamHeaders are an event stream's response headers.
func streamHeaders(h http.Header, r *http.Request) {
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-cache, no-transform")
	h.Set("X-Accel-Buffering", "no")
	if r.ProtoMajor == 1 {
		h.Set("Connection", "keep-alive")
	}
}

// cutOnEnd arms a callback that cuts a write blocked on a client that
// stopped reading, the moment ctx ends (a drop, a beacon). A callback, not
// a goroutine: an idle stream costs no extra stack. disarm reports whether
// it was still armed (at its first call; later calls say the same);
// when the callback has started, disarm waits for it,
// so that no deadline is set on a response whose handler has returned (a
// race in HTTP/2's ResponseWriter).
func cutOnEnd(ctx context.Context, rc *http.ResponseController) (disarm func() bool) {
	cut := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		defer close(cut)
		rc.SetWriteDeadline(time.Now())
	})
	var once sync.Once
	armed := false
	return func() bool {
		once.Do(func() {
			if armed = stop(); !armed {
				<-cut
			}
		})
		return armed
	}
}

// hold hands st's hijacked connection to the park.
func (o *Origin) hold(st *stream, conn net.Conn, chunked bool) {
	held := o.park.Hold(conn, st, park.Options{Heartbeat: st.flags.heartbeat, WriteTimeout: o.cfg.WriteTimeout, Chunked: chunked})
	st.mu.Lock()
	st.held, st.wake = held, held.Wake
	st.cancel = nil // lets the request's contexts go: net/http ends them
	ending := st.ending
	st.mu.Unlock()
	if ending {
		held.End()
		return
	}
	st.sub.Notify(held.Wake)
	if o.isDraining() { // Drain may have passed it by during the hand-over
		held.Wake()
	}
}

// serve runs st on this goroutine until it ends: HTTP/2, or a writer
// that cannot hijack.
func (o *Origin) serve(ctx context.Context, st *stream, out *writer) {
	ready := make(chan struct{}, 1)
	wake := func() {
		select {
		case ready <- struct{}{}:
		default:
		}
	}
	st.setWake(wake)
	st.sub.Notify(wake)
	if o.isDraining() {
		wake()
	}
	var heartbeat <-chan time.Time
	if st.flags.heartbeat > 0 {
		t := time.NewTicker(st.flags.heartbeat)
		defer t.Stop()
		heartbeat = t.C
	}
	for {
		beat := false
		select {
		case <-ready:
		case <-heartbeat:
			beat = true
		case <-ctx.Done(): // the client left, a beacon, or the hub dropped it as slow
			return
		}
		last := false
		if send(out, func(buf []byte) []byte {
			buf, last = st.Fill(buf, beat)
			return buf
		}) != nil || last {
			return
		}
	}
}

// stream is one open event stream, on net/http's goroutine until it goes
// live, then in the park (HTTP/1) or still there (HTTP/2).
type stream struct {
	o      *Origin
	num    uint64 // for logs: the token never appears there
	token  string // the disconnect token, in its hello
	client string // "user:<id>" or "ip:<addr>": what the per-client cap counts
	flags  streamFlags
	sub    *hub.Sub
	sent   int         // events written, for closeAfter
	slow   atomic.Bool // the hub dropped it for falling behind

	mu      sync.Mutex
	cancel  context.CancelFunc // ends it while net/http's goroutine runs it; nil in the park
	held    *park.Held         // set once the park holds it
	wake    func()             // a write is due: events, or a drain
	ending  bool
	closers []func()
	ended   bool
}

func (st *stream) done() bool { return st.flags.closeAfter > 0 && st.sent >= st.flags.closeAfter }

// onEnd adds what to undo when the stream ends, in reverse order.
func (st *stream) onEnd(fs ...func()) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.closers = append(st.closers, fs...)
}

// end asks the stream to end: a beacon, a slow-client drop, a demo drop.
// It never blocks, so the hub may call it under its lock.
func (st *stream) end() {
	st.mu.Lock()
	st.ending = true
	held, cancel := st.held, st.cancel
	st.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	if held != nil {
		held.End()
	}
}

func (st *stream) setWake(f func()) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.wake = f
}

// wakeUp asks for a write: the origin drains.
func (st *stream) wakeUp() {
	st.mu.Lock()
	wake := st.wake
	st.mu.Unlock()
	if wake != nil {
		wake()
	}
}

// fillBudget is about how many bytes of events one Fill takes: a client
// that is behind holds one such write in memory, not its whole queue.
const fillBudget = 16 << 10

// Fill appends what the stream owes its client: the drain's retry, the
// events waiting, a heartbeat. It implements park.Stream, and serve
// calls it too.
func (st *stream) Fill(buf []byte, beat bool) ([]byte, bool) {
	o := st.o
	if o.isDraining() {
		// Each stream its own retry: across the drain window, so the
		// pages do not all come back to the other replicas at once.
		return sse.AppendRetry(sse.AppendComment(buf, "origin shutting down"), int(o.drainRetry().Milliseconds())), true
	}
	n := st.sent
	evs, more := st.sub.Take(fillBudget) // one write for what waits, a bounded one
	for _, ev := range evs {
		buf = appendEvent(buf, *ev)
		if st.sent++; st.done() {
			break
		}
	}
	o.delivered.Add(uint64(st.sent - n))
	if more && !st.done() {
		st.wakeUp() // the rest on the next turn, once these are written
	}
	if st.done() {
		return buf, true
	}
	if beat {
		now := strconv.FormatInt(o.cfg.Now().UnixMilli(), 10)
		buf = sse.AppendComment(buf, "ping "+now)
		buf = sse.Event{Name: catalog.Heartbeat, Data: now}.AppendTo(buf)
	}
	return buf, false
}

// Ended implements park.Stream.
func (st *stream) Ended(error) { st.finish() }

// finish undoes what the stream held, once.
func (st *stream) finish() {
	st.mu.Lock()
	if st.ended {
		st.mu.Unlock()
		return
	}
	st.ended = true
	closers := st.closers
	st.mu.Unlock()
	for i := len(closers) - 1; i >= 0; i-- {
		closers[i]()
	}
	if st.sub == nil {
		return // refused before it opened
	}
	if st.slow.Load() {
		st.o.log.Warn("slow client disconnected", "stream", st.num)
	}
	st.o.log.Info("stream ended", "stream", st.num)
}

// buffers lend each write its buffer: an idle stream holds none.
var buffers = sync.Pool{New: func() any { b := make([]byte, 0, 4<<10); return &b }}

// send writes what fill appends to a pooled buffer.
func send(out *writer, fill func([]byte) []byte) error {
	bp := buffers.Get().(*[]byte)
	b := fill((*bp)[:0])
	err := out.write(b)
	if cap(b) <= 64<<10 { // a huge replay's buffer is not kept
		*bp = b[:0]
		buffers.Put(bp)
	}
	return err
}

// appendReset tells the client to refetch its state: it stands at cursor.
func appendReset(b []byte, cursor, reason string) []byte {
	rb, _ := json.Marshal(catalog.ResetData{Reason: reason})
	return sse.Event{ID: cursor, Name: catalog.Reset, Data: string(rb)}.AppendTo(b)
}

func appendEvent(b []byte, ev hub.Event) []byte {
	return sse.Event{ID: ev.ID, Name: ev.Name, Data: ev.Data}.AppendTo(b)
}

// writer writes and flushes with a deadline on every write, so a client
// that stops reading cannot hold a goroutine forever.
type writer struct {
	w       http.ResponseWriter
	rc      *http.ResponseController
	timeout time.Duration
}

func (w *writer) write(b []byte) error {
	if err := w.rc.SetWriteDeadline(time.Now().Add(w.timeout)); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return err
	}
	if _, err := w.w.Write(b); err != nil {
		return err
	}
	return w.rc.Flush()
}
