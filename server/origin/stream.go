package origin

import (
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/tether-sse/tether/server/catalog"
	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/sse"
)

// padding is the 2 KiB comment that opens every stream: the EventSource
// polyfill needs it, and it pushes buffering proxies to flush.
var padding = sse.AppendComment(nil, strings.Repeat(" ", 2048))

func (o *Origin) connect(w http.ResponseWriter, r *http.Request) {
	if o.foreign(r) {
		// Another site's page can make a victim's browser open streams
		// with the victim's cookie, unread: refused before any cap counts.
		o.rejected.Add(1)
		writeError(w, http.StatusForbidden, "Origin", "this origin does not serve streams to pages of "+strconv.Quote(r.Header.Get("Origin"))+": not on the allow-list")
		return
	}
	flags, bad := o.parseStreamFlags(r)
	sess, ok := o.session(r)
	if bad == nil && (!ok || o.cfg.RequireAuth && sess.User == "") {
		bad = &InputError{http.StatusUnauthorized, "access_token", "sign in: the session is missing, invalid or expired"}
	}
	var topics map[string]bool
	if bad == nil {
		topics, bad = o.topicFilter(r, flags.topics, sess)
	}
	if bad != nil {
		o.rejected.Add(1)
		o.Refuse(w, r, bad.Status, bad.Field, bad.Msg)
		return
	}
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	token, st, err := o.streams.add(clientKey(r, sess.User), cancel)
	switch {
	case errors.Is(err, errNodeFull):
		o.overNode.Add(1)
		w.Header().Set("Retry-After", "10")
		o.Refuse(w, r, http.StatusServiceUnavailable, "", "this node holds its maximum of "+strconv.Itoa(o.lim.MaxStreams)+" streams: retry later")
		return
	case errors.Is(err, errClientFull):
		o.overClient.Add(1)
		w.Header().Set("Retry-After", "10")
		o.Refuse(w, r, http.StatusTooManyRequests, "", "this client holds its maximum of "+strconv.Itoa(o.lim.MaxClientStreams)+" streams")
		return
	}
	defer o.streams.remove(token)
	sub, resume, err := o.hub.Subscribe(flags.lastID, hub.Filter{User: sess.User, Topics: topics, Client: clientKey(r, sess.User)})
	switch {
	case errors.Is(err, hub.ErrBusy):
		w.Header().Set("Retry-After", "2")
		o.Refuse(w, r, http.StatusServiceUnavailable, "lastEventId", "this node is replaying the log for as many resumes as it may: retry later")
		return
	case errors.Is(err, hub.ErrClientBusy):
		w.Header().Set("Retry-After", "2")
		o.Refuse(w, r, http.StatusTooManyRequests, "lastEventId", "this client is already resuming from the log: one resume at a time")
		return
	case err != nil:
		o.log.Warn("stream refused: the event log is unavailable", "err", err)
		w.Header().Set("Retry-After", "5")
		o.Refuse(w, r, http.StatusServiceUnavailable, "", "the event log is unavailable: retry later")
		return
	}
	defer sub.Close()
	sub.OnDrop(cancel)
	for _, opened := range grantOf(r).opened {
		defer opened()()
	}
	o.cors(w, r)
	o.connections.Add(1)
	o.log.Info("stream opened", "stream", st.num, "signed_in", sess.User != "", "resume", flags.lastID != "", "reset", resume.Reset)
	defer o.log.Info("stream ended", "stream", st.num)

	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-cache, no-transform")
	h.Set("X-Accel-Buffering", "no")
	if r.ProtoMajor == 1 {
		h.Set("Connection", "keep-alive")
	}
	w.WriteHeader(http.StatusOK)

	out := &writer{w: w, rc: http.NewResponseController(w), timeout: o.cfg.WriteTimeout}
	// A dropped or killed stream may be blocked in a write to a client that
	// stopped reading: cut that write now rather than at its deadline. A
	// callback, not a goroutine: an idle stream costs no extra stack.
	stop := context.AfterFunc(ctx, func() { out.rc.SetWriteDeadline(time.Now()) })
	defer stop()

	sent := 0
	done := func() bool { return flags.closeAfter > 0 && sent >= flags.closeAfter }
	err = send(out, func(buf []byte) []byte {
		buf = append(buf, padding...)
		buf = sse.AppendRetry(buf, int(o.cfg.Retry/time.Millisecond))
		hb, _ := json.Marshal(catalog.HelloData{Token: token, RetryMs: o.cfg.Retry.Milliseconds(), HeartbeatMs: flags.heartbeat.Milliseconds()})
		buf = sse.Event{ID: resume.Cursor, Name: catalog.Hello, Data: string(hb)}.AppendTo(buf)
		if resume.Reset != "" {
			buf = appendReset(buf, resume.Cursor, resume.Reset)
		}
		return buf
	})
	// The replay, a page at a time: one page in memory, written and
	// flushed before the next is read. The subscriber joins the live
	// fan-out only when it is over, so a long replay cannot fill its
	// live buffer.
	for err == nil && !done() {
		var page hub.Page
		if page, err = sub.Replay(); err != nil {
			o.log.Warn("replay cut: the event log is unavailable", "stream", st.num, "err", err)
			return // the client resumes from what it got
		}
		if len(page.Events) == 0 && page.Reset == "" {
			break
		}
		n := sent
		err = send(out, func(buf []byte) []byte {
			for _, ev := range page.Events {
				if done() {
					break
				}
				buf = appendEvent(buf, ev)
				sent++
			}
			if page.Reset != "" {
				buf = appendReset(buf, page.Cursor, page.Reset)
			}
			return buf
		})
		o.delivered.Add(uint64(sent - n))
	}
	if err != nil || done() {
		return
	}

	var heartbeat <-chan time.Time
	if flags.heartbeat > 0 {
		t := time.NewTicker(flags.heartbeat)
		defer t.Stop()
		heartbeat = t.C
	}
	for {
		select {
		case ev := <-sub.C():
			n := sent
			err := send(out, func(buf []byte) []byte {
				// Batch what is already queued into one write and one flush.
				for {
					buf = appendEvent(buf, *ev)
					if sent++; done() {
						return buf
					}
					select {
					case ev = <-sub.C():
					default:
						return buf
					}
				}
			})
			o.delivered.Add(uint64(sent - n))
			if err != nil || done() {
				return
			}
		case <-heartbeat:
			now := strconv.FormatInt(o.cfg.Now().UnixMilli(), 10)
			if send(out, func(buf []byte) []byte {
				buf = sse.AppendComment(buf, "ping "+now)
				return sse.Event{Name: catalog.Heartbeat, Data: now}.AppendTo(buf)
			}) != nil {
				return
			}
		case <-o.draining:
			// Each stream its own retry: across the drain window, so the
			// pages do not all come back to the other replicas at once.
			retry := rand.N(o.drainWindow) + time.Millisecond
			send(out, func(buf []byte) []byte {
				return sse.AppendRetry(sse.AppendComment(buf, "origin shutting down"), int(retry.Milliseconds()))
			})
			return
		case <-ctx.Done(): // the client left, a beacon, or the hub dropped it as slow
			select {
			case <-sub.Dropped():
				o.log.Warn("slow client disconnected", "stream", st.num)
			default:
			}
			return
		}
	}
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
