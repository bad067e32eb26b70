package origin

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"tether/server/catalog"
	"tether/server/hub"
	"tether/server/sse"
)

// padding is the 2 KiB comment that opens every stream: the EventSource
// polyfill needs it, and it pushes buffering proxies to flush.
var padding = sse.AppendComment(nil, strings.Repeat(" ", 2048))

func (o *Origin) connect(w http.ResponseWriter, r *http.Request) {
	o.cors(w, r)
	flags, err := parseStreamFlags(r.URL.Query(), streamFlags{interval: o.defaultInterval(), heartbeat: o.cfg.Heartbeat})
	if fe := (*flagError)(nil); errors.As(err, &fe) {
		o.rejected.Add(1)
		writeError(w, http.StatusBadRequest, fe.Flag, fe.Error())
		return
	}
	user, ok := o.user(r)
	if !ok || (o.cfg.RequireAuth && user == "") {
		o.rejected.Add(1)
		writeError(w, http.StatusUnauthorized, "", "sign in: the session is missing, invalid or expired")
		return
	}
	if status := o.demo.takeFailure(); status != 0 {
		o.rejected.Add(1)
		writeError(w, status, "", "failure injected by /v1/demo/fail")
		return
	}
	if o.demo.offline() {
		o.rejected.Add(1)
		panic(http.ErrAbortHandler) // no answer: the connection just closes
	}
	// The header wins: a native reconnect of an EventSource created with
	// ?lastEventId=X sends a newer Last-Event-ID while the URL still says X.
	if h := r.Header.Get("Last-Event-ID"); h != "" {
		flags.lastID = h
	}
	if flags.interval > 0 {
		if flags.topics == nil {
			flags.topics = map[string]bool{}
		}
		flags.topics[o.demo.acquire(flags.interval)] = true
		defer o.demo.release(flags.interval)
	}

	sub, resume := o.hub.Subscribe(flags.lastID, hub.Filter{User: user, Topics: flags.topics})
	defer sub.Close()
	token, st := o.register(user)
	defer o.unregister(token)
	o.connections.Add(1)
	o.log.Info("stream opened", "stream", st.num, "signed_in", user != "", "resume", flags.lastID != "",
		"replay", len(resume.Replay), "reset", resume.Reset)
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
	// stopped reading: cut that write now rather than at its deadline.
	finished := make(chan struct{})
	defer close(finished)
	go func() {
		select {
		case <-sub.Dropped():
		case <-st.kill:
		case <-finished:
			return
		}
		out.rc.SetWriteDeadline(time.Now())
	}()
	buf := append([]byte(nil), padding...)
	buf = sse.AppendRetry(buf, int(o.cfg.Retry/time.Millisecond))
	hb, _ := json.Marshal(catalog.HelloData{Token: token, RetryMs: o.cfg.Retry.Milliseconds(), HeartbeatMs: flags.heartbeat.Milliseconds()})
	buf = sse.Event{ID: resume.Cursor, Name: catalog.Hello, Data: string(hb)}.AppendTo(buf)
	if resume.Reset != "" {
		rb, _ := json.Marshal(catalog.ResetData{Reason: resume.Reset})
		buf = sse.Event{ID: resume.Cursor, Name: catalog.Reset, Data: string(rb)}.AppendTo(buf)
	}
	sent := 0
	done := func() bool { return flags.closeAfter > 0 && sent >= flags.closeAfter }
	for _, ev := range resume.Replay {
		if done() {
			break
		}
		buf = appendEvent(buf, ev)
		sent++
	}
	err = out.write(buf)
	o.delivered.Add(uint64(sent))
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
		buf = buf[:0]
		select {
		case ev := <-sub.C():
			// Batch what is already queued into one write and one flush.
			n := sent
		batch:
			for {
				buf = appendEvent(buf, *ev)
				if sent++; done() {
					break
				}
				select {
				case ev = <-sub.C():
				default:
					break batch
				}
			}
			err := out.write(buf)
			o.delivered.Add(uint64(sent - n))
			if err != nil || done() {
				return
			}
		case <-heartbeat:
			now := strconv.FormatInt(o.cfg.Now().UnixMilli(), 10)
			buf = sse.AppendComment(buf, "ping "+now)
			buf = sse.Event{Name: catalog.Heartbeat, Data: now}.AppendTo(buf)
			if out.write(buf) != nil {
				return
			}
		case <-sub.Dropped():
			o.log.Warn("slow client disconnected", "stream", st.num)
			return
		case <-st.kill:
			return
		case <-o.draining:
			buf = sse.AppendComment(buf, "origin shutting down")
			out.write(sse.AppendRetry(buf, 500))
			return
		case <-st.stall:
			// Demo of a socket that died silently: keep it open, write
			// nothing. Events keep going to the log for the resume.
			sub.Close()
			select {
			case <-r.Context().Done():
			case <-st.kill:
			case <-o.draining:
			case <-time.After(10 * time.Minute):
			}
			return
		case <-r.Context().Done():
			return
		}
	}
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
