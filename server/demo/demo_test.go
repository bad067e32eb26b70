package demo_test

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/demo"
	"github.com/tether-sse/tether/server/origin"
	"github.com/tether-sse/tether/server/sse"
)

const trusted = "http://app.example"

func newDemo(t *testing.T) (*origin.Origin, *httptest.Server) {
	t.Helper()
	quiet := slog.New(slog.DiscardHandler)
	o := origin.New(origin.Config{Logger: quiet, AllowedOrigins: []string{trusted}})
	d := demo.New(o, demo.Config{TrustedOrigins: []string{trusted}, Logger: quiet})
	srv := httptest.NewServer(d)
	t.Cleanup(func() { o.Drain(); d.Close(); srv.Close() })
	return o, srv
}

func do(t *testing.T, srv *httptest.Server, method, path string, h http.Header) *http.Response {
	t.Helper()
	req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader("x"))
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func post(t *testing.T, srv *httptest.Server, path string) int {
	t.Helper()
	return do(t, srv, "POST", path, nil).StatusCode
}

// stream opens a stream and returns a reader past its hello.
func stream(t *testing.T, srv *httptest.Server, query string) *sse.Reader {
	t.Helper()
	resp := do(t, srv, "GET", "/v1/sse/connect?heartbeat=0&"+query, nil)
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("stream: %d %s", resp.StatusCode, b)
	}
	r := sse.NewReader(resp.Body)
	if ev, err := r.Next(); err != nil || ev.Name != "hello" {
		t.Fatalf("first event %+v %v", ev, err)
	}
	return r
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("condition not met within 5s")
}

// TestCrossSiteRefused: with demo mode on, a page of another site cannot
// use a control (a plain text/plain POST needs no preflight); the page's
// own origin, a trusted origin and a non-browser client can.
func TestCrossSiteRefused(t *testing.T) {
	t.Parallel()
	_, srv := newDemo(t)
	for _, path := range []string{"/v1/demo/login?user=alice", "/v1/demo/force-logout", "/v1/demo/drop",
		"/v1/demo/offline?seconds=300", "/v1/demo/publish", "/v1/demo/stall", "/v1/demo/fail?status=503"} {
		for name, h := range map[string]http.Header{
			"cross-site":               {"Origin": {"https://evil.example"}, "Sec-Fetch-Site": {"cross-site"}, "Content-Type": {"text/plain"}},
			"same-site, untrusted":     {"Origin": {"https://a.example"}, "Sec-Fetch-Site": {"same-site"}},
			"old browser, Origin only": {"Origin": {"https://evil.example"}},
		} {
			if resp := do(t, srv, "POST", path, h); resp.StatusCode != 403 {
				t.Errorf("%s %s: %d, want 403", name, path, resp.StatusCode)
			}
		}
	}
	if resp := do(t, srv, "POST", "/v1/demo/login?user=alice", http.Header{"Sec-Fetch-Site": {"same-origin"}}); resp.StatusCode != 200 {
		t.Errorf("same-origin login: %d", resp.StatusCode)
	}
	if resp := do(t, srv, "POST", "/v1/demo/drop", http.Header{"Origin": {trusted}, "Sec-Fetch-Site": {"cross-site"}}); resp.StatusCode != 200 {
		t.Errorf("trusted origin: %d", resp.StatusCode)
	}
	if resp := do(t, srv, "GET", "/v1/demo/drop", nil); resp.StatusCode == 200 {
		t.Error("a control answered GET")
	}
}

func TestLoginIsMarkedDemoOnly(t *testing.T) {
	t.Parallel()
	_, srv := newDemo(t)
	resp := do(t, srv, "POST", "/v1/demo/login?user=alice", nil)
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.Contains(string(b), `"demo":true`) || !strings.Contains(string(b), "demo-only") {
		t.Errorf("login answered %d %s", resp.StatusCode, b)
	}
	for _, q := range []string{"", "user=" + strings.Repeat("u", 65)} {
		if st := post(t, srv, "/v1/demo/login?"+q); st != 400 {
			t.Errorf("login %.20q: %d, want 400", q, st)
		}
	}
}

func TestGenerator(t *testing.T) {
	t.Parallel()
	o, srv := newDemo(t)
	r := stream(t, srv, "intervalMs=50")
	names := map[string]bool{}
	for range 3 {
		ev, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		names[ev.Name] = true
		if !strings.HasPrefix(ev.ID, o.Hub().Epoch()+"-") {
			t.Errorf("demo event without id: %+v", ev)
		}
	}
	if !names["task"] || !names["notification"] || !names["payment"] {
		t.Errorf("demo generator sent %v", names)
	}
	for _, v := range []string{"abc", "-5", "1", "99999999999"} {
		if resp := do(t, srv, "GET", "/v1/sse/connect?intervalMs="+v, nil); resp.StatusCode != 400 {
			t.Errorf("intervalMs=%s: %d", v, resp.StatusCode)
		}
	}
}

func TestFaultSwitches(t *testing.T) {
	t.Parallel()
	o, srv := newDemo(t)
	if st := post(t, srv, "/v1/demo/fail?status=503&count=1"); st != 200 {
		t.Fatalf("fail: %d", st)
	}
	if st := do(t, srv, "GET", "/v1/sse/connect", nil).StatusCode; st != 503 {
		t.Errorf("injected failure: %d", st)
	}
	b, _ := io.ReadAll(do(t, srv, "GET", "/v1/demo/streams", nil).Body)
	if !strings.Contains(string(b), `"failuresInjected":1`) {
		t.Errorf("/v1/demo/streams after one failure: %s", b)
	}
	if st := post(t, srv, "/v1/demo/fail?status=200"); st != 400 {
		t.Errorf("fail with status 200: %d", st)
	}

	// drop ends every stream.
	r := stream(t, srv, "")
	if st := post(t, srv, "/v1/demo/drop"); st != 200 {
		t.Errorf("drop: %d", st)
	}
	if _, err := r.Next(); err == nil {
		t.Error("dropped stream did not end")
	}
	waitFor(t, func() bool { return o.OpenStreams() == 0 })

	// stall: the stream stays open and says nothing, events or heartbeats.
	silent := do(t, srv, "GET", "/v1/sse/connect?heartbeat=100", nil)
	sr := sse.NewReader(silent.Body)
	sr.Next() // hello
	if st := post(t, srv, "/v1/demo/stall"); st != 200 {
		t.Errorf("stall: %d", st)
	}
	got := make(chan sse.Event, 1)
	go func() {
		for {
			ev, err := sr.Next()
			if err != nil {
				return
			}
			if ev.Name != "heartbeat" { // one may have been on its way
				got <- ev
				return
			}
		}
	}()
	o.Publish(origin.PublishRequest{Event: "task"})
	select {
	case ev := <-got:
		t.Errorf("a stalled stream delivered %+v", ev)
	case <-time.After(500 * time.Millisecond):
	}
	if o.OpenStreams() != 1 {
		t.Errorf("stalled stream closed: %d open", o.OpenStreams())
	}
	silent.Body.Close()
	waitFor(t, func() bool { return o.OpenStreams() == 0 })

	// offline: streams drop and new ones get no HTTP answer at all.
	stream(t, srv, "")
	if st := post(t, srv, "/v1/demo/offline?seconds=0"); st != 400 {
		t.Errorf("offline for 0 s: %d", st)
	}
	if st := post(t, srv, "/v1/demo/offline?seconds=1"); st != 200 {
		t.Fatalf("offline: %d", st)
	}
	waitFor(t, func() bool { return o.OpenStreams() == 0 })
	if resp, err := http.Get(srv.URL + "/v1/sse/connect"); err == nil {
		resp.Body.Close()
		t.Errorf("while offline the stream answered %d, want a cut connection", resp.StatusCode)
	}
	waitFor(t, func() bool {
		resp, err := http.Get(srv.URL + "/v1/sse/connect?heartbeat=0&closeAfter=1")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200
	})
}

func TestTokenDoor(t *testing.T) {
	t.Parallel()
	_, srv := newDemo(t)
	resp := do(t, srv, "POST", "/v1/demo/token?user=alice&ttlMs=1000", nil)
	var body struct{ Token string }
	json.NewDecoder(resp.Body).Decode(&body)
	if resp.StatusCode != 200 || strings.Count(body.Token, ".") != 2 {
		t.Errorf("token door: %d %q", resp.StatusCode, body.Token)
	}
	if st := do(t, srv, "GET", "/v1/sse/connect?heartbeat=0&closeAfter=1&access_token="+body.Token, nil).StatusCode; st != 200 {
		t.Errorf("stream with a fresh token: %d", st)
	}
	for _, q := range []string{"user=alice", "user=alice&ttlMs=10", "ttlMs=1000"} {
		if st := post(t, srv, "/v1/demo/token?"+q); st != 400 {
			t.Errorf("token %s: %d, want 400", q, st)
		}
	}
}

// TestRefusedStreamsStartNoGenerator: a stream request the origin refuses
// (here a topic it may not read) starts no generator: 20 of them with 20
// rates publish nothing.
func TestRefusedStreamsStartNoGenerator(t *testing.T) {
	t.Parallel()
	o, srv := newDemo(t)
	for i := range 20 {
		if resp := do(t, srv, "GET", fmt.Sprintf("/v1/sse/connect?intervalMs=%d&topics=private", 50+i), nil); resp.StatusCode != 403 {
			t.Fatalf("a private topic: %d, want 403", resp.StatusCode)
		}
	}
	time.Sleep(300 * time.Millisecond) // six periods of the fastest rate
	if n := o.Hub().Stats().Published; n != 0 {
		t.Errorf("refused streams' generators published %d events", n)
	}
}

// TestDemoAnswersOnlyItsHosts: a page whose name points at this machine
// (DNS rebinding) is not the demo's: only loopback hosts and the trusted
// origins' hosts are answered.
func TestDemoAnswersOnlyItsHosts(t *testing.T) {
	t.Parallel()
	_, srv := newDemo(t)
	for host, want := range map[string]int{"evil.example:80": 403, "evil.example": 403, "192.168.1.5:3001": 403,
		"localhost:3001": 200, "127.0.0.1:3001": 200, "[::1]:3001": 200, "app.example": 200} {
		req, _ := http.NewRequest("GET", srv.URL+"/v1/demo/streams", nil)
		req.Host = host
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("Host %s: %d, want %d", host, resp.StatusCode, want)
		}
	}
}

// TestSessionCookieIsSecureOverHTTPS: the demo's session cookie is Secure
// when the page came over HTTPS (here through a proxy that says so).
func TestSessionCookieIsSecureOverHTTPS(t *testing.T) {
	t.Parallel()
	_, srv := newDemo(t)
	for proto, secure := range map[string]bool{"https": true, "": false} {
		resp := do(t, srv, "POST", "/v1/demo/login?user=alice", http.Header{"X-Forwarded-Proto": {proto}})
		cookies := resp.Cookies()
		if len(cookies) != 1 || cookies[0].Secure != secure || !cookies[0].HttpOnly {
			t.Errorf("X-Forwarded-Proto %q: cookies %v, want one HttpOnly with Secure %v", proto, cookies, secure)
		}
	}
}
