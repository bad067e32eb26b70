package origin_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/catalog"
	"github.com/tether-sse/tether/server/origin"
	"github.com/tether-sse/tether/server/sse"
)

const testOrigin = "http://app.example"

func newOrigin(tb testing.TB, cfg origin.Config) (*origin.Origin, *httptest.Server) {
	tb.Helper()
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.AllowedOrigins == nil {
		cfg.AllowedOrigins = []string{testOrigin}
	}
	o := origin.New(cfg)
	srv := httptest.NewUnstartedServer(o)
	srv.Config = o.Server(o) // the connection limits a deployment gets
	srv.Start()
	tb.Cleanup(func() { o.Drain(); srv.Close() })
	return o, srv
}

// stream is an open event stream read by sse.Reader.
type stream struct {
	resp  *http.Response
	r     *sse.Reader
	hello catalog.HelloData
}

func open(tb testing.TB, srv *httptest.Server, query string, header http.Header) *stream {
	tb.Helper()
	req, _ := http.NewRequest("GET", srv.URL+"/v1/sse/connect?"+query, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { resp.Body.Close() })
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		tb.Fatalf("status %d: %s", resp.StatusCode, b)
	}
	s := &stream{resp: resp, r: sse.NewReader(resp.Body)}
	ev := s.next(tb)
	if ev.Name != catalog.Hello {
		tb.Fatalf("first event %+v, want hello", ev)
	}
	json.Unmarshal([]byte(ev.Data), &s.hello)
	return s
}

func (s *stream) next(tb testing.TB) sse.Event {
	tb.Helper()
	type result struct {
		ev  sse.Event
		err error
	}
	c := make(chan result, 1)
	go func() {
		ev, err := s.r.Next()
		c <- result{ev, err}
	}()
	select {
	case r := <-c:
		if r.err != nil {
			tb.Fatalf("reading stream: %v", r.err)
		}
		return r.ev
	case <-time.After(5 * time.Second):
		tb.Fatal("no event within 5s")
	}
	return sse.Event{}
}

// nextNamed skips heartbeats.
func (s *stream) nextNamed(tb testing.TB) sse.Event {
	tb.Helper()
	for {
		if ev := s.next(tb); ev.Name != catalog.Heartbeat {
			return ev
		}
	}
}

func publish(tb testing.TB, o *origin.Origin, name, data string) string {
	tb.Helper()
	ev, err := o.Publish(origin.PublishRequest{Event: name, Data: json.RawMessage(data)})
	if err != nil {
		tb.Fatal(err)
	}
	return ev.ID
}

func TestStreamWireFormat(t *testing.T) {
	t.Parallel()
	o, srv := newOrigin(t, origin.Config{})
	req, _ := http.NewRequest("GET", srv.URL+"/v1/sse/connect", nil)
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	for k, want := range map[string]string{
		"Content-Type":      "text/event-stream; charset=utf-8",
		"Cache-Control":     "no-cache, no-transform",
		"X-Accel-Buffering": "no",
		"Connection":        "keep-alive",
	} {
		if got := resp.Header.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	br := bufio.NewReader(resp.Body)
	pad, _ := br.ReadString('\n')
	if want := ":" + " " + strings.Repeat(" ", 2048) + "\n"; pad != want {
		t.Errorf("padding line is %d bytes, want %d", len(pad), len(want))
	}
	rest := make([]byte, len("\nretry: 3000\n\nid: "))
	io.ReadFull(br, rest)
	if string(rest) != "\nretry: 3000\n\nid: " {
		t.Errorf("after padding: %q", rest)
	}
	line, _ := br.ReadString('\n') // the hello id
	if !strings.HasPrefix(line, o.Hub().Epoch()+"-0") {
		t.Errorf("hello id line %q", line)
	}
	name, _ := br.ReadString('\n')
	data, _ := br.ReadString('\n')
	if name != "event: hello\n" || !strings.HasPrefix(data, `data: {"token":"`) {
		t.Errorf("hello = %q %q", name, data)
	}
	br.ReadString('\n')
	id := publish(t, o, "task", `{"taskId": "t-1",
  "title": "x"}`)
	want := "id: " + id + "\nevent: task\ndata: {\"taskId\":\"t-1\",\"title\":\"x\"}\n\n"
	got := make([]byte, len(want))
	if _, err := io.ReadFull(br, got); err != nil || string(got) != want {
		t.Errorf("event bytes %q, want %q (%v)", got, want, err)
	}
}

func TestBadFlags(t *testing.T) {
	t.Parallel()
	_, srv := newOrigin(t, origin.Config{})
	tests := []struct{ query, flag string }{
		{"intervalMs=abc", "intervalMs"},
		{"intervalMs=-5", "intervalMs"},
		{"intervalMs=1", "intervalMs"},
		{"intervalMs=99999999999", "intervalMs"},
		{"closeAfter=0", "closeAfter"},
		{"closeAfter=x", "closeAfter"},
		{"heartbeat=10", "heartbeat"},
		{"heartbeat=on", "heartbeat"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			resp, err := http.Get(srv.URL + "/v1/sse/connect?" + tt.query)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var body struct{ Error, Flag string }
			json.NewDecoder(resp.Body).Decode(&body)
			if resp.StatusCode != 400 || body.Flag != tt.flag || body.Error == "" {
				t.Errorf("got %d %+v, want 400 naming %s", resp.StatusCode, body, tt.flag)
			}
		})
	}
}

func TestCORS(t *testing.T) {
	t.Parallel()
	_, srv := newOrigin(t, origin.Config{})
	get := func(method, from string) *http.Response {
		req, _ := http.NewRequest(method, srv.URL+"/v1/sse/connect?closeAfter=1", nil)
		if from != "" {
			req.Header.Set("Origin", from)
		}
		if method == "OPTIONS" {
			req.Header.Set("Access-Control-Request-Headers", "last-event-id")
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	ok := get("GET", testOrigin)
	if ok.Header.Get("Access-Control-Allow-Origin") != testOrigin || ok.Header.Get("Access-Control-Allow-Credentials") != "true" ||
		!strings.Contains(ok.Header.Get("Vary"), "Origin") {
		t.Errorf("allowed origin headers: %v", ok.Header)
	}
	bad := get("GET", "http://evil.example")
	if bad.Header.Get("Access-Control-Allow-Origin") != "" || bad.Header.Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("origin off the list got CORS headers: %v", bad.Header)
	}
	pre := get("OPTIONS", testOrigin)
	if h := pre.Header.Get("Access-Control-Allow-Headers"); !strings.Contains(h, "Last-Event-ID") || !strings.Contains(h, "Cache-Control") {
		t.Errorf("preflight allows %q", h)
	}
	for _, r := range []*http.Response{ok, bad, pre} {
		if r.Header.Get("Access-Control-Allow-Origin") == "*" {
			t.Error("wildcard origin with credentials")
		}
	}
}

// withTestFlags serves o as the demo does: every stream granted the
// seed's test flags.
func withTestFlags(tb testing.TB, o *origin.Origin) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		o.ServeHTTP(w, origin.WithTestFlags(r))
	}))
	tb.Cleanup(func() { o.Drain(); srv.Close() })
	return srv
}

func TestCloseAfterAndHeartbeat(t *testing.T) {
	t.Parallel()
	o, _ := newOrigin(t, origin.Config{})
	srv := withTestFlags(t, o)
	s := open(t, srv, "closeAfter=2&heartbeat=100", nil)
	if s.hello.HeartbeatMs != 100 || s.hello.RetryMs != 3000 {
		t.Errorf("hello %+v", s.hello)
	}
	if ev := s.next(t); ev.Name != catalog.Heartbeat {
		t.Errorf("expected a heartbeat first, got %+v", ev)
	}
	publish(t, o, "task", "1")
	publish(t, o, "task", "2")
	publish(t, o, "task", "3")
	for _, want := range []string{"1", "2"} {
		if ev := s.nextNamed(t); ev.Data != want {
			t.Errorf("got %+v, want data %s", ev, want)
		}
	}
	for {
		ev, err := s.r.Next()
		if err == io.EOF {
			break
		}
		if err != nil || ev.Name != catalog.Heartbeat {
			t.Fatalf("after closeAfter=2: %+v %v", ev, err)
		}
	}

	quiet := open(t, srv, "heartbeat=0", nil)
	if quiet.hello.HeartbeatMs != 0 {
		t.Errorf("heartbeat=0 hello %+v", quiet.hello)
	}
	time.Sleep(300 * time.Millisecond)
	publish(t, o, "task", "4")
	if ev := quiet.next(t); ev.Name != "task" {
		t.Errorf("heartbeat=0 stream got %+v before the event", ev)
	}
}

// TestEveryStreamGetsAHeartbeat: outside demo mode a stream may choose
// its heartbeat between MinHeartbeat and MaxHeartbeat, never none.
func TestEveryStreamGetsAHeartbeat(t *testing.T) {
	t.Parallel()
	_, srv := newOrigin(t, origin.Config{})
	for query, want := range map[string]int{"": 200, "heartbeat=5000": 200, "heartbeat=60000": 200,
		"heartbeat=0": 400, "heartbeat=4999": 400, "heartbeat=60001": 400, "heartbeat=3600000": 400, "heartbeat=x": 400} {
		resp, err := http.Get(srv.URL + "/v1/sse/connect?" + query)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("%q: %d, want %d", query, resp.StatusCode, want)
		}
	}
	if s := open(t, srv, "heartbeat=5000", nil); s.hello.HeartbeatMs != 5000 {
		t.Errorf("heartbeat=5000 hello %+v", s.hello)
	}
	if s := open(t, srv, "", nil); s.hello.HeartbeatMs != 20000 {
		t.Errorf("default hello %+v", s.hello)
	}
}

func TestResume(t *testing.T) {
	t.Parallel()
	o, srv := newOrigin(t, origin.Config{LogSize: 4})
	first := open(t, srv, "", nil)
	var ids []string
	for i := range 6 {
		ids = append(ids, publish(t, o, "task", fmt.Sprint(i)))
	}
	for _, id := range ids {
		if ev := first.next(t); ev.ID != id {
			t.Fatalf("live got %s, want %s", ev.ID, id)
		}
	}
	readIDs := func(s *stream, n int) []string {
		var got []string
		for range n {
			got = append(got, s.next(t).ID)
		}
		return got
	}
	// Query parameter.
	s := open(t, srv, "lastEventId="+ids[3], nil)
	if s.resp.Header.Get("Content-Type") == "" || fmt.Sprint(readIDs(s, 2)) != fmt.Sprint(ids[4:]) {
		t.Error("query resume did not replay ids[4:]")
	}
	// The header wins over a stale query parameter.
	s = open(t, srv, "lastEventId="+ids[2], http.Header{"Last-Event-Id": {ids[4]}})
	if got := readIDs(s, 1); got[0] != ids[5] {
		t.Errorf("header resume got %v, want %s", got, ids[5])
	}
	// Nothing twice: the next live event follows the replay directly.
	live := publish(t, o, "task", `"live"`)
	if got := s.next(t).ID; got != live {
		t.Errorf("after replay got %s, want live %s", got, live)
	}
	for _, tc := range []struct{ name, id, reason string }{
		{"expired", ids[0], "expired"},
		{"unknown", "zzz-1", "unknown"},
		{"before a restart", origin.New(origin.Config{Logger: slog.New(slog.DiscardHandler)}).Hub().Epoch() + "-3", "unknown"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t, srv, "lastEventId="+tc.id, nil)
			ev := s.next(t)
			var d catalog.ResetData
			json.Unmarshal([]byte(ev.Data), &d)
			if ev.Name != catalog.Reset || d.Reason != tc.reason || ev.ID != live {
				t.Errorf("got %+v, want reset %q with id %s", ev, tc.reason, live)
			}
		})
	}
}

// TestRestartIDs: a new origin never reuses an id of the old one, so a
// client resuming across a restart gets a reset, never colliding ids.
func TestRestartIDs(t *testing.T) {
	t.Parallel()
	o1, _ := newOrigin(t, origin.Config{})
	old := publish(t, o1, "task", "1")
	o2, srv2 := newOrigin(t, origin.Config{})
	fresh := publish(t, o2, "task", "1")
	if old == fresh {
		t.Fatalf("restarted origin reused id %s", old)
	}
	s := open(t, srv2, "lastEventId="+old, nil)
	if ev := s.next(t); ev.Name != catalog.Reset {
		t.Errorf("resume across restart got %+v, want reset", ev)
	}
}

func sign(secret []byte, user string, ttl time.Duration) string {
	return origin.SignSession(secret, origin.Session{User: user, Expires: time.Now().Add(ttl)})
}

func TestUsersNeverSeeEachOthersEvents(t *testing.T) {
	t.Parallel()
	secret := []byte("k")
	o, srv := newOrigin(t, origin.Config{SessionSecret: secret, RequireAuth: true})
	cookie := func(user string) http.Header {
		return http.Header{"Cookie": {origin.SessionCookie + "=" + sign(secret, user, time.Hour)}}
	}
	alice := open(t, srv, "", cookie("alice"))
	bob := open(t, srv, "access_token="+sign(secret, "bob", time.Hour), nil)
	o.Publish(origin.PublishRequest{Event: "notification", Data: json.RawMessage(`"for alice"`), User: "alice"})
	o.Publish(origin.PublishRequest{Event: "notification", Data: json.RawMessage(`"for bob"`), User: "bob"})
	o.Publish(origin.PublishRequest{Event: "notification", Data: json.RawMessage(`"all"`)})
	for name, tc := range map[string]struct {
		s    *stream
		want []string
	}{"alice": {alice, []string{`"for alice"`, `"all"`}}, "bob": {bob, []string{`"for bob"`, `"all"`}}} {
		for _, want := range tc.want {
			if got := tc.s.next(t).Data; got != want {
				t.Errorf("%s got %s, want %s", name, got, want)
			}
		}
	}
	for _, tc := range []struct {
		name string
		h    http.Header
	}{
		{"anonymous", nil},
		{"forged", http.Header{"Cookie": {origin.SessionCookie + "=" + sign([]byte("other"), "alice", time.Hour)}}},
		{"expired", http.Header{"Cookie": {origin.SessionCookie + "=" + sign(secret, "alice", -time.Second)}}},
	} {
		req, _ := http.NewRequest("GET", srv.URL+"/v1/sse/connect", nil)
		req.Header = tc.h
		if req.Header == nil {
			req.Header = http.Header{}
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 401 {
			t.Errorf("%s: status %d, want 401", tc.name, resp.StatusCode)
		}
	}
}

func TestDisconnectBeacon(t *testing.T) {
	t.Parallel()
	o, srv := newOrigin(t, origin.Config{})
	mine := open(t, srv, "", nil)
	other := open(t, srv, "", nil)
	post := func(body string) int {
		resp, err := http.Post(srv.URL+"/v1/sse/disconnect", "text/plain;charset=UTF-8", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if st := post(""); st != 400 {
		t.Errorf("empty beacon: %d", st)
	}
	if st := post("not-a-token"); st != 400 {
		t.Errorf("malformed token: %d", st)
	}
	if st := post(strings.Repeat("ab", 16)); st != 404 {
		t.Errorf("unknown token: %d", st)
	}
	if o.OpenStreams() != 2 {
		t.Fatalf("open streams %d after bad beacons, want 2", o.OpenStreams())
	}
	if st := post(mine.hello.Token); st != 204 {
		t.Errorf("valid beacon: %d", st)
	}
	if _, err := mine.r.Next(); err == nil {
		t.Error("beaconed stream did not end")
	}
	waitFor(t, func() bool { return o.OpenStreams() == 1 })
	// The page may close its stream before its beacon lands (WebKit does):
	// a beacon for a stream that just ended is still a 204.
	if st := post(mine.hello.Token); st != 204 {
		t.Errorf("beacon after the stream ended: %d", st)
	}
	if m := metrics(t, srv); !strings.Contains(m, "\ntether_beacons_total 2\n") {
		t.Errorf("want tether_beacons_total 2 in\n%s", m)
	}
	id := publish(t, o, "task", "1")
	if ev := other.next(t); ev.ID != id {
		t.Errorf("other stream got %+v", ev)
	}
}

func waitFor(tb testing.TB, cond func() bool) {
	tb.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	tb.Fatal("condition not met within 5s")
}

func TestPublishAPI(t *testing.T) {
	t.Parallel()
	_, srv := newOrigin(t, origin.Config{PublishToken: "s3cret", PublicTopics: []string{"ops"}})
	s := open(t, srv, "topics=ops", nil)
	post := func(token, body string) (int, map[string]string) {
		req, _ := http.NewRequest("POST", srv.URL+"/v1/publish", strings.NewReader(body))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]string
		json.NewDecoder(resp.Body).Decode(&m)
		return resp.StatusCode, m
	}
	tests := []struct {
		name, token, body string
		want              int
	}{
		{"no token", "", `{"event":"task","data":{}}`, 401},
		{"wrong token", "nope", `{"event":"task","data":{}}`, 401},
		{"not json", "s3cret", `{`, 400},
		{"no event", "s3cret", `{"data":1}`, 400},
		{"reserved", "s3cret", `{"event":"hello"}`, 400},
		{"newline in name", "s3cret", `{"event":"a\nb"}`, 400},
		{"user and topic", "s3cret", `{"event":"a","user":"u","topic":"t"}`, 400},
		{"unknown field", "s3cret", `{"event":"a","dat":1}`, 400},
		{"too large", "s3cret", `{"event":"a","data":"` + strings.Repeat("x", 70000) + `"}`, 413},
		{"topic", "s3cret", `{"event":"task","data":{"a":1},"topic":"ops"}`, 202},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, body := post(tt.token, tt.body); got != tt.want {
				t.Errorf("status %d (%v), want %d", got, body, tt.want)
			}
		})
	}
	if ev := s.next(t); ev.Name != "task" || ev.Data != `{"a":1}` {
		t.Errorf("topic subscriber got %+v", ev)
	}
	_, off := newOrigin(t, origin.Config{})
	resp, err := http.Post(off.URL+"/v1/publish", "application/json", strings.NewReader(`{"event":"a"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 503 {
		t.Errorf("publish without a configured token: %d, want 503", resp.StatusCode)
	}
}

// TestSlowClientIsDroppedOthersKeepGoing: a client that stops reading fills
// its buffer and is dropped, while a reading client gets every event.
func TestSlowClientIsDroppedOthersKeepGoing(t *testing.T) {
	t.Parallel()
	o, srv := newOrigin(t, origin.Config{ClientBuffer: 4})
	open(t, srv, "", nil) // never read again
	fast := open(t, srv, "", nil)
	big := `"` + strings.Repeat("x", 60000) + `"`
	for i := range 400 {
		id := publish(t, o, "task", big)
		if ev := fast.next(t); ev.ID != id {
			t.Fatalf("fast client at event %d got %q, want %s", i, ev.ID, id)
		}
	}
	waitFor(t, func() bool { return o.OpenStreams() == 1 })
	if m := metrics(t, srv); !strings.Contains(m, "tether_slow_disconnects_total 1\n") {
		t.Errorf("metrics after slow client:\n%s", m)
	}
}

// TestWriteDeadline: a client that stops reading is cut off by the write
// deadline even when no buffer fills (here: one huge event).
func TestWriteDeadline(t *testing.T) {
	t.Parallel()
	o, srv := newOrigin(t, origin.Config{WriteTimeout: 100 * time.Millisecond})
	open(t, srv, "", nil) // never read again
	for range 200 {
		publish(t, o, "task", `"`+strings.Repeat("y", 60000)+`"`)
	}
	waitFor(t, func() bool { return o.OpenStreams() == 0 })
}

func metrics(tb testing.TB, srv *httptest.Server) string {
	tb.Helper()
	resp, err := srv.Client().Get(srv.URL + "/metrics")
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// TestDrainTellsClientsToComeBack: a drain ends every stream with its own
// retry:, spread over a window of 1 ms per stream (at least 500 ms, at most
// DrainSpread): 300 streams come back over 500 ms, not at once.
func TestDrainTellsClientsToComeBack(t *testing.T) {
	t.Parallel()
	o, srv := newOrigin(t, origin.Config{Limits: origin.Limits{MaxClientStreams: 300}})
	var streams []*stream
	for range 300 {
		streams = append(streams, open(t, srv, "", nil))
	}
	o.Drain()
	retries := map[int]bool{}
	lo, hi := 1<<30, 0
	for _, s := range streams {
		if _, err := s.r.Next(); err != io.EOF {
			t.Fatalf("drained stream: %v", err)
		}
		r := s.r.Retry()
		retries[r/50] = true // 50 ms buckets
		lo, hi = min(lo, r), max(hi, r)
	}
	if lo < 1 || hi > 501 || len(retries) < 8 {
		t.Errorf("retry after drain from %d to %d ms in %d buckets of 50 ms; want spread over 1..501 ms", lo, hi, len(retries))
	}
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 503 {
		t.Errorf("healthz while draining: %d", resp.StatusCode)
	}
}

func TestHealthAndMetrics(t *testing.T) {
	t.Parallel()
	o, srv := newOrigin(t, origin.Config{})
	open(t, srv, "", nil)
	publish(t, o, "task", "1")
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("healthz %d", resp.StatusCode)
	}
	m := metrics(t, srv)
	for _, want := range []string{"tether_streams_open 1\n", "tether_connections_total 1\n", "tether_events_published_total 1\n",
		"# TYPE tether_events_delivered_total counter\n", "tether_slow_disconnects_total 0\n", "tether_replays_total 0\n"} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestStatic(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, body string) {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
	}
	write("index.html", "<html>")
	write("web/app.wasm", "raw")
	write("web/app.wasm.br", "brotli")
	write("web/app.wasm.gz", "gzip")
	write("web/app.0123456789abcdef.wasm", "built")
	write("secret.txt", "no")
	_, srv := newOrigin(t, origin.Config{Root: dir})
	get := func(path, enc string, h http.Header) *http.Response {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		req.Header = h
		if req.Header == nil {
			req.Header = http.Header{}
		}
		req.Header.Set("Accept-Encoding", enc)
		resp, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	body := func(r *http.Response) string { b, _ := io.ReadAll(r.Body); r.Body.Close(); return string(b) }
	// Only a fingerprinted name is immutable; the rest is revalidated.
	const immutable = "public, max-age=31536000, immutable"
	tests := []struct{ path, enc, wantBody, wantEnc, wantType, wantCache string }{
		{"/", "", "<html>", "", "text/html; charset=utf-8", "no-cache"},
		{"/web/app.wasm", "", "raw", "", "application/wasm", "no-cache"},
		{"/web/app.wasm", "gzip, br", "brotli", "br", "application/wasm", "no-cache"},
		{"/web/app.wasm", "gzip", "gzip", "gzip", "application/wasm", "no-cache"},
		{"/web/app.wasm", "br;q=0, gzip", "gzip", "gzip", "application/wasm", "no-cache"},
		{"/web/app.0123456789abcdef.wasm", "br", "built", "", "application/wasm", immutable},
	}
	for _, tt := range tests {
		r := get(tt.path, tt.enc, nil)
		if got := body(r); got != tt.wantBody || r.Header.Get("Content-Encoding") != tt.wantEnc ||
			r.Header.Get("Content-Type") != tt.wantType || r.Header.Get("Cache-Control") != tt.wantCache {
			t.Errorf("%s (%s): body %q enc %q type %q cache %q", tt.path, tt.enc, got,
				r.Header.Get("Content-Encoding"), r.Header.Get("Content-Type"), r.Header.Get("Cache-Control"))
		}
	}
	first := get("/web/app.wasm", "br", nil)
	body(first)
	again := get("/web/app.wasm", "br", http.Header{"If-None-Match": {first.Header.Get("Etag")}})
	if again.StatusCode != 304 {
		t.Errorf("revalidation: %d, want 304", again.StatusCode)
	}
	// A page of an allowed origin may import the loader; another may not.
	for from, want := range map[string]string{testOrigin: testOrigin, "http://evil.example": ""} {
		r := get("/web/app.wasm", "", http.Header{"Origin": {from}})
		body(r)
		if got := r.Header.Get("Access-Control-Allow-Origin"); got != want {
			t.Errorf("web/ for Origin %s: Access-Control-Allow-Origin %q, want %q", from, got, want)
		}
	}
	for _, p := range []string{"/secret.txt", "/web/missing.js", "/web/"} {
		if r := get(p, "", nil); r.StatusCode != 404 {
			t.Errorf("%s: %d, want 404", p, r.StatusCode)
		}
	}
}

// The origin writes the build's manifest into the loader it serves (one
// round trip less for a visit), revalidated by an ETag of what it served;
// a manifest that names anything but fingerprinted files is not written.
func TestLoaderCarriesTheManifest(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "web"), 0o755)
	write := func(name, body string) { os.WriteFile(filepath.Join(dir, "web", name), []byte(body), 0o644) }
	write("tether.js", "const servedManifest = null;\nexport {};\n")
	_, srv := newOrigin(t, origin.Config{Root: dir})
	get := func(etag string) (*http.Response, string) {
		req, _ := http.NewRequest("GET", srv.URL+"/web/tether.js", nil)
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return resp, string(b)
	}
	if _, body := get(""); !strings.Contains(body, "const servedManifest = null;") {
		t.Errorf("without a manifest the loader changed: %q", body)
	}
	write("manifest.json", `{"tether.wasm": "tether.0123456789abcdef.wasm"}`)
	first, body := get("")
	if !strings.Contains(body, `const servedManifest = {"tether.wasm":"tether.0123456789abcdef.wasm"};`) ||
		first.Header.Get("Cache-Control") != "max-age=0, stale-while-revalidate=604800" || !strings.HasPrefix(first.Header.Get("Content-Type"), "text/javascript") {
		t.Errorf("loader %q, headers %v", body, first.Header)
	}
	if again, _ := get(first.Header.Get("ETag")); again.StatusCode != http.StatusNotModified {
		t.Errorf("revalidation: %d, want 304", again.StatusCode)
	}
	write("manifest.json", `{"tether.wasm": "tether.fedcba9876543210.wasm"}`)
	if next, _ := get(first.Header.Get("ETag")); next.StatusCode != http.StatusOK {
		t.Errorf("a new build answered %d, want 200 with the new manifest", next.StatusCode)
	}
	for _, bad := range []string{`{"tether.wasm": "https://evil.example/x.wasm"}`, `{"tether.wasm": "</script>.0123456789abcdef.wasm"}`, `{"x": 1}`, `not json`} {
		write("manifest.json", bad)
		if _, body := get(""); !strings.Contains(body, "const servedManifest = null;") {
			t.Errorf("manifest %s was written into the loader: %q", bad, body)
		}
	}
}
