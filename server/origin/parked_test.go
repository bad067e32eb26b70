package origin_test

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/origin"
)

// TestLiveStreamsLeaveNetHTTP: an HTTP/1.1 stream goes to the park once
// live; it still gets its events and heartbeats, and a client that
// leaves is freed without a write finding out (no heartbeat for a minute).
func TestLiveStreamsLeaveNetHTTP(t *testing.T) {
	t.Parallel()
	o, srv := newOrigin(t, origin.Config{Heartbeat: time.Minute})
	s := open(t, srv, "", nil)
	// The hand-over follows the hello the client has read: give it a moment.
	waitFor(t, func() bool { return strings.Contains(metrics(t, srv), "tether_streams_parked 1\n") })
	id := publish(t, o, "task", `{"n":1}`)
	if ev := s.next(t); ev.ID != id || ev.Name != "task" {
		t.Fatalf("got %+v, want task %s", ev, id)
	}
	s.resp.Body.Close()
	waitFor(t, func() bool { return o.OpenStreams() == 0 })
	if m := metrics(t, srv); !strings.Contains(m, "tether_streams_parked 0\n") {
		t.Errorf("the stream whose client left is still in the park:\n%s", m)
	}
}

// TestHTTP2StreamsStayOnNetHTTP: HTTP/2 cannot be hijacked; its streams
// keep their goroutine and work the same, beacon included.
func TestHTTP2StreamsStayOnNetHTTP(t *testing.T) {
	t.Parallel()
	o := origin.New(origin.Config{AllowedOrigins: []string{testOrigin}, Logger: slog.New(slog.DiscardHandler)})
	srv := httptest.NewUnstartedServer(o)
	srv.EnableHTTP2 = true
	srv.StartTLS()
	t.Cleanup(func() { o.Drain(); srv.Close() })
	s := open(t, srv, "", nil)
	if s.resp.ProtoMajor != 2 {
		t.Fatalf("the stream came over %s, want HTTP/2", s.resp.Proto)
	}
	id := publish(t, o, "task", `{"n":2}`)
	if ev := s.next(t); ev.ID != id {
		t.Fatalf("got %+v, want %s", ev, id)
	}
	if m := metrics(t, srv); !strings.Contains(m, "tether_streams_parked 0\n") || !strings.Contains(m, "tether_streams_open 1\n") {
		t.Errorf("an HTTP/2 stream went to the park:\n%s", m)
	}
	resp, err := srv.Client().Post(srv.URL+"/v1/sse/disconnect", "text/plain", strings.NewReader(s.hello.Token))
	if err != nil || resp.StatusCode != http.StatusNoContent {
		t.Fatalf("beacon: %v %v", resp, err)
	}
	waitFor(t, func() bool { return o.OpenStreams() == 0 })
}

// TestGoroutinePerStream keeps HTTP/1.1 streams on net/http too.
func TestGoroutinePerStream(t *testing.T) {
	t.Parallel()
	o, srv := newOrigin(t, origin.Config{GoroutinePerStream: true})
	s := open(t, srv, "", nil)
	id := publish(t, o, "task", `{"n":3}`)
	if ev := s.next(t); ev.ID != id {
		t.Fatalf("got %+v, want %s", ev, id)
	}
	if m := metrics(t, srv); !strings.Contains(m, "tether_streams_parked 0\n") {
		t.Errorf("-goroutine-per-stream, yet a stream is in the park:\n%s", m)
	}
}
