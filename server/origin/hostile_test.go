package origin_test

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/origin"
)

// raw sends exactly req on a new connection and reads the answer's status
// and, when it is JSON, the field it names.
func raw(tb testing.TB, addr, req string) (status int, field string) {
	tb.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		tb.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(c, req); err != nil {
		tb.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		tb.Fatalf("reading the answer to %.80q: %v", req, err)
	}
	defer resp.Body.Close()
	var body struct{ Error, Field string }
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || body.Error == "" {
			tb.Errorf("%d answer without a JSON error: %v", resp.StatusCode, err)
		}
	}
	return resp.StatusCode, body.Field
}

// TestHostileRequests: what an attacker may try from outside, each with
// the answer it must get. Demo mode is off, as it is by default.
func TestHostileRequests(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, body := range map[string]string{
		"index.html": "<html>", "go.mod": "module secret", ".git/config": "[core]", ".env": "KEY=1",
		"web/tether.js": "export {}", "web/.env": "KEY=2", "web/sub/.hidden": "x",
	} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
	}
	secret := []byte("k")
	o, srv := newOrigin(t, origin.Config{Root: dir, SessionSecret: secret, PublishToken: "p", PublicTopics: []string{"news"}})
	addr := srv.Listener.Addr().String()
	alice := origin.SignSession(secret, origin.Session{User: "alice", Topics: []string{"team-a"}, Expires: time.Now().Add(time.Hour)})
	forged := origin.SignSession([]byte("guess"), origin.Session{User: "alice", Expires: time.Now().Add(time.Hour)})
	expired := origin.SignSession(secret, origin.Session{User: "alice", Expires: time.Now().Add(-time.Second)})
	crossSite := "Origin: https://evil.example\r\nSec-Fetch-Site: cross-site\r\nContent-Type: text/plain\r\n"
	publish := func(body string) string {
		return "POST /v1/publish HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer p\r\nContent-Type: application/json\r\n" +
			"Content-Length: " + itoa(len(body)) + "\r\n\r\n" + body
	}
	get := func(target, headers string) string {
		return "GET " + target + " HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n"
	}
	post := func(target, headers, body string) string {
		return "POST " + target + " HTTP/1.1\r\nHost: x\r\n" + headers + "Content-Length: " + itoa(len(body)) + "\r\n\r\n" + body
	}
	manyTopics := strings.TrimSuffix(strings.Repeat("t,", 33), ",")
	tests := []struct {
		name, req string
		status    int
		field     string
	}{
		// Demo mode is off: none of its doors answer, from anywhere.
		{"demo login", post("/v1/demo/login?user=alice", crossSite, "x"), 404, ""},
		{"demo force-logout", post("/v1/demo/force-logout", crossSite, ""), 404, ""},
		{"demo drop", post("/v1/demo/drop", crossSite, ""), 404, ""},
		{"demo offline", post("/v1/demo/offline?seconds=300", crossSite, ""), 404, ""},
		{"demo publish", post("/v1/demo/publish", crossSite, `{"event":"x"}`), 404, ""},
		{"demo generator", get("/v1/sse/connect?intervalMs=50", ""), 400, "intervalMs"},
		// Stream flags, topics and ids.
		{"20,000 topics", get("/v1/sse/connect?topics="+strings.Repeat("t,", 20000), ""), 400, "query"},
		{"33 topics", get("/v1/sse/connect?topics="+manyTopics, ""), 400, "topics"},
		{"long topic", get("/v1/sse/connect?topics="+strings.Repeat("t", 65), ""), 400, "topics"},
		{"topic with markup", get("/v1/sse/connect?topics=%3Cscript%3E", ""), 400, "topics"},
		{"private topic, anonymous", get("/v1/sse/connect?topics=team-a", ""), 403, "topics"},
		{"another team's topic", get("/v1/sse/connect?topics=team-b&access_token="+alice, ""), 403, "topics"},
		{"long lastEventId", get("/v1/sse/connect?lastEventId="+strings.Repeat("1", 129), ""), 400, "lastEventId"},
		{"long Last-Event-ID", get("/v1/sse/connect", "Last-Event-ID: "+strings.Repeat("1", 129)+"\r\n"), 400, "Last-Event-ID"},
		{"bad heartbeat", get("/v1/sse/connect?heartbeat=1", ""), 400, "heartbeat"},
		{"no heartbeat (a zombie's way to outlive its client)", get("/v1/sse/connect?heartbeat=0", ""), 400, "heartbeat"},
		{"an hour's heartbeat", get("/v1/sse/connect?heartbeat=3600000", ""), 400, "heartbeat"},
		{"cross-site stream", get("/v1/sse/connect", crossSite+"Cookie: tether_session="+alice+"\r\n"), 403, "Origin"},
		{"null origin stream", get("/v1/sse/connect", "Origin: null\r\n"), 403, "Origin"},
		{"forged session", get("/v1/sse/connect?access_token="+forged, ""), 401, "access_token"},
		{"expired session", get("/v1/sse/connect", "Cookie: tether_session="+expired+"\r\n"), 401, "access_token"},
		{"garbage session", get("/v1/sse/connect?access_token=...", ""), 401, "access_token"},
		// Sizes of everything.
		{"20 KB of headers", get("/healthz", "X-Pad: "+strings.Repeat("a", 20<<10)+"\r\n"), 431, "headers"},
		{"100 KB of headers (Go's own 431)", get("/healthz", "X-Pad: "+strings.Repeat("a", 100<<10)+"\r\n"), 431, ""},
		{"publish: long name", publish(`{"event":"` + strings.Repeat("e", 65) + `"}`), 400, "event"},
		{"publish: CR LF in name", publish(`{"event":"a\r\nevent: x"}`), 400, "event"},
		{"publish: NUL in name", publish(`{"event":"a\u0000"}`), 400, "event"},
		{"publish: reserved name", publish(`{"event":"hello"}`), 400, "event"},
		{"publish: blank name", publish(`{"event":"   "}`), 400, "event"},
		{"publish: trailing space", publish(`{"event":"hello "}`), 400, "event"},
		{"publish: leading space", publish(`{"event":" reset"}`), 400, "event"},
		{"publish: tab in name", publish(`{"event":"a\tb"}`), 400, "event"},
		{"publish: topic a..b", publish(`{"event":"a","topic":"a..b"}`), 400, "topic"},
		{"publish: topic .a", publish(`{"event":"a","topic":".a"}`), 400, "topic"},
		{"publish: topic a.", publish(`{"event":"a","topic":"a."}`), 400, "topic"},
		{"publish: topic .", publish(`{"event":"a","topic":"."}`), 400, "topic"},
		{"publish: trailing garbage", publish(`{"event":"x"} garbage`), 400, "body"},
		{"publish: two values", publish(`{"event":"x"}{"event":"y"}`), 400, "body"},
		{"stream: topic a..b", get("/v1/sse/connect?topics=a..b", ""), 400, "topics"},
		{"publish: 70 KB data", publish(`{"event":"a","data":"` + strings.Repeat("x", 70<<10) + `"}`), 413, "data"},
		{"publish: 2 MB body", publish(`{"event":"a","data":"` + strings.Repeat("x", 2<<20) + `"}`), 413, "body"},
		{"publish: long user", publish(`{"event":"a","user":"` + strings.Repeat("u", 129) + `"}`), 400, "user"},
		{"publish: bad topic", publish(`{"event":"a","topic":"a b"}`), 400, "topic"},
		{"publish: no token", post("/v1/publish", "", `{"event":"a"}`), 401, "Authorization"},
		{"beacon: 300 bytes", post("/v1/sse/disconnect", "Content-Type: text/plain\r\n", strings.Repeat("a", 300)), 413, "token"},
		{"beacon: not a token", post("/v1/sse/disconnect", "Content-Type: text/plain\r\n", "../../etc"), 400, "token"},
		// Static files: only index.html and web/, never a dot segment or dotfile.
		{"encoded dot segment", get("/web/%2e%2e/go.mod", ""), 404, ""},
		{"encoded slash", get("/web/..%2f.git%2fconfig", ""), 404, ""},
		{"encoded dot slash", get("/web/%2e%2e%2fgo.mod", ""), 404, ""},
		{"dotfile in web", get("/web/.env", ""), 404, ""},
		{"dotfile below web", get("/web/sub/.hidden", ""), 404, ""},
		{"repository root", get("/go.mod", ""), 404, ""},
		{"dotfile at root", get("/.env", ""), 404, ""},
		{"git config", get("/.git/config", ""), 404, ""},
		{"metrics with a wrong token", get("/metrics", "Authorization: Bearer guess\r\n"), 200, ""}, // loopback: no token needed
		{"loader", get("/web/tether.js", ""), 200, ""},
		{"index", get("/", ""), 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, field := raw(t, addr, tt.req)
			if status == 301 || status == 307 || status == 308 {
				t.Fatalf("redirected (%d): the path must be refused, not cleaned", status)
			}
			if status != tt.status || tt.field != "" && field != tt.field {
				t.Errorf("got %d naming %q, want %d naming %q", status, field, tt.status, tt.field)
			}
		})
	}
	if n := o.OpenStreams(); n != 0 {
		t.Errorf("%d streams open after hostile requests", n)
	}
	// The session's own topic and a public one are readable.
	open(t, srv, "topics=team-a,news&access_token="+alice, nil)
	open(t, srv, "topics=news", nil)
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestStreamLimits: a client over its cap gets 429, the node over its
// maximum 503 with Retry-After, while /healthz and /metrics keep answering.
func TestStreamLimits(t *testing.T) {
	t.Parallel()
	secret := []byte("k")
	o, srv := newOrigin(t, origin.Config{SessionSecret: secret, Limits: origin.Limits{MaxStreams: 3, MaxClientStreams: 2}})
	status := func(query string) (int, string) {
		resp, err := http.Get(srv.URL + "/v1/sse/connect?" + query)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		return resp.StatusCode, resp.Header.Get("Retry-After")
	}
	first := open(t, srv, "", nil)
	open(t, srv, "", nil)
	if st, retry := status(""); st != 429 || retry == "" {
		t.Errorf("third anonymous stream from one IP: %d (Retry-After %q), want 429", st, retry)
	}
	bob := sign(secret, "bob", time.Hour)
	open(t, srv, "access_token="+bob, nil) // a user counts apart from the IP
	if st, retry := status("access_token=" + sign(secret, "carol", time.Hour)); st != 503 || retry == "" {
		t.Errorf("stream over the node's maximum: %d (Retry-After %q), want 503 with Retry-After", st, retry)
	}
	for _, p := range []string{"/healthz", "/metrics"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("%s at the stream limit: %v %v", p, resp, err)
		}
		resp.Body.Close()
	}
	m := metrics(t, srv)
	for _, want := range []string{"tether_streams_max 3\n", "tether_streams_over_node_limit_total 1\n", "tether_streams_over_client_limit_total 1\n"} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	first.resp.Body.Close()
	waitFor(t, func() bool { return o.OpenStreams() == 2 })
	open(t, srv, "", nil) // a freed place is taken again
}

// TestSlowloris: a client that sends its headers a byte at a time loses
// its connection at the header deadline; others are served meanwhile.
func TestSlowloris(t *testing.T) {
	t.Parallel()
	_, srv := newOrigin(t, origin.Config{Limits: origin.Limits{HeaderTimeout: 300 * time.Millisecond}})
	c, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET /v1/sse/connect HTTP/1.1\r\nHost: x\r\nX-Slow: ")
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz during a slowloris: %v %v", resp, err)
	}
	resp.Body.Close()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	start := time.Now()
	for {
		if _, err := c.Write([]byte("a")); err != nil {
			break
		}
		if _, err := c.Read(make([]byte, 1)); err != nil {
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				t.Fatal("the connection was still open after 5 s")
			}
			break // closed by the origin
		}
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("slowloris held its connection for %v", d)
	}
}

// TestThousandStreamsLeaveNothingBehind: 1,000 streams opened, then
// closed by their clients, leave the goroutine count where it started.
func TestThousandStreamsLeaveNothingBehind(t *testing.T) {
	o, srv := newOrigin(t, origin.Config{Limits: origin.Limits{MaxClientStreams: 1000}})
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	before := runtime.NumGoroutine()
	var bodies []io.Closer
	for range 1000 {
		resp, err := client.Get(srv.URL + "/v1/sse/connect")
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("stream %d: %v %v", len(bodies), resp, err)
		}
		bodies = append(bodies, resp.Body)
	}
	if n := o.OpenStreams(); n != 1000 {
		t.Fatalf("open streams %d, want 1000", n)
	}
	for _, b := range bodies {
		b.Close()
	}
	waitFor(t, func() bool { return o.OpenStreams() == 0 })
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before+2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before+2 {
		t.Errorf("goroutines: %d before, %d after 1,000 streams came and went", before, n)
	}
}

// TestZombieStreamIsFreed: a client that sends one byte more than its
// request (which stops net/http noticing a closed connection) and then
// goes away is still counted open, until the heartbeats find its socket
// dead: within two heartbeats its address can open streams again.
func TestZombieStreamIsFreed(t *testing.T) {
	t.Parallel()
	const heartbeat = time.Second
	o, srv := newOrigin(t, origin.Config{Heartbeat: heartbeat, Limits: origin.Limits{MaxClientStreams: 4}})
	for range 4 {
		c, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(c, "GET /v1/sse/connect HTTP/1.1\r\nHost: x\r\n\r\n")
		bufio.NewReader(c).ReadString('\n') // the status line: the stream is open
		io.WriteString(c, "X")
		c.Close()
	}
	time.Sleep(heartbeat / 2)
	if n := o.OpenStreams(); n != 4 {
		t.Logf("%d of 4 zombies still counted before the first heartbeat", n)
	}
	start := time.Now()
	waitFor(t, func() bool { return o.OpenStreams() == 0 })
	if d := time.Since(start); d > 2*heartbeat {
		t.Errorf("zombies held their slots %v after half a heartbeat of %v", d, heartbeat)
	}
	open(t, srv, "", nil) // the address may stream again
}

// TestCrossSiteStreamsDoNotCount: streams another site's page opens with
// the victim's cookie are refused before they count, so the victim's own
// stream still opens.
func TestCrossSiteStreamsDoNotCount(t *testing.T) {
	t.Parallel()
	secret := []byte("k")
	o, srv := newOrigin(t, origin.Config{SessionSecret: secret, Limits: origin.Limits{MaxClientStreams: 2}})
	victim := http.Header{"Cookie": {"tether_session=" + sign(secret, "victim", time.Hour)}}
	for range 32 {
		req, _ := http.NewRequest("GET", srv.URL+"/v1/sse/connect", nil)
		req.Header = victim.Clone()
		req.Header.Set("Origin", "https://evil.example")
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 403 {
			t.Fatalf("a cross-site stream: %d, want 403", resp.StatusCode)
		}
	}
	if n := o.OpenStreams(); n != 0 {
		t.Errorf("%d cross-site streams counted", n)
	}
	open(t, srv, "", victim)
	open(t, srv, "", http.Header{"Cookie": victim["Cookie"], "Origin": {testOrigin}}) // an allowed page's
}

// TestMetricsAreNotPublic: without a token only loopback clients read
// /metrics; with one, only a client that presents it.
func TestMetricsAreNotPublic(t *testing.T) {
	t.Parallel()
	remote := func(o *origin.Origin, auth string) int {
		req := httptest.NewRequest("GET", "/metrics", nil)
		req.RemoteAddr = "203.0.113.7:40000"
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		w := httptest.NewRecorder()
		o.ServeHTTP(w, req)
		return w.Code
	}
	open, _ := newOrigin(t, origin.Config{})
	if st := remote(open, ""); st != 401 {
		t.Errorf("a remote client read /metrics: %d", st)
	}
	guarded, srv := newOrigin(t, origin.Config{MetricsToken: "m"})
	for auth, want := range map[string]int{"": 401, "Bearer x": 401, "Bearer m": 200} {
		if st := remote(guarded, auth); st != want {
			t.Errorf("remote %q: %d, want %d", auth, st, want)
		}
	}
	resp, err := http.Get(srv.URL + "/metrics") // loopback, but a token is set: it must be shown
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("loopback without the token set: %d, want 401", resp.StatusCode)
	}
}

// TestResumeStorm: 2,000 resumes older than the window at once, all from
// one address, while two signed-in users resume: every storm request gets
// 200, 429 or 503 with Retry-After, never an error of the origin's own;
// the user within the window is served at once, and the one older than it
// is served once the storm has passed.
func TestResumeStorm(t *testing.T) {
	t.Parallel()
	secret := []byte("k")
	h := hub.New(hub.Config{LogSize: 5000, Window: 100, MaxLogReads: 4})
	o, srv := newOrigin(t, origin.Config{Hub: h, SessionSecret: secret, Limits: origin.Limits{MaxClientStreams: 64}})
	var ids []string
	for i := range 1000 {
		ev, _ := o.Publish(origin.PublishRequest{Event: "task", Data: []byte(strconv.Itoa(i))})
		ids = append(ids, ev.ID)
	}
	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 64, MaxIdleConnsPerHost: 64}}
	statuses := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	jobs := make(chan struct{})
	for range 64 {
		wg.Go(func() {
			for range jobs {
				resp, err := client.Get(srv.URL + "/v1/sse/connect?lastEventId=" + ids[0])
				if err != nil {
					t.Error(err)
					continue
				}
				if resp.StatusCode != 200 && resp.Header.Get("Retry-After") == "" {
					t.Errorf("a %d without Retry-After", resp.StatusCode)
				}
				resp.Body.Close() // gone after the headers
				mu.Lock()
				statuses[resp.StatusCode]++
				mu.Unlock()
			}
		})
	}
	stormDone := make(chan struct{})
	go func() {
		for range 2000 {
			jobs <- struct{}{}
		}
		close(jobs)
		wg.Wait()
		close(stormDone)
	}()
	recent := open(t, srv, "lastEventId="+ids[950]+"&access_token="+sign(secret, "bob", time.Hour), nil)
	for i := 951; i < 1000; i++ {
		if ev := recent.next(t); ev.ID != ids[i] {
			t.Fatalf("during the storm, a resume within the window got %s, want %s", ev.ID, ids[i])
		}
	}
	<-stormDone
	for st := range statuses {
		if st != 200 && st != 429 && st != 503 {
			t.Errorf("storm statuses %v", statuses)
		}
	}
	waitFor(t, func() bool { return o.OpenStreams() == 1 })
	old := open(t, srv, "lastEventId="+ids[10]+"&access_token="+sign(secret, "carol", time.Hour), nil)
	if ev := old.next(t); ev.ID != ids[11] {
		t.Errorf("after the storm, a resume from the log got %s first, want %s", ev.ID, ids[11])
	}
	t.Logf("2,000 resumes older than the window from one address: %v", statuses)
}

// TestNeverReadingResumeHoldsOnePage: a client that resumes from the start
// of 18 MB of events and never reads costs the origin one page of replay
// (at most 256 KiB of data), not the whole range.
func TestNeverReadingResumeHoldsOnePage(t *testing.T) {
	h := hub.New(hub.Config{LogSize: 400})
	o, srv := newOrigin(t, origin.Config{Hub: h})
	big := `"` + strings.Repeat("x", 60<<10-2) + `"`
	var first string
	for i := range 300 {
		ev, err := o.Publish(origin.PublishRequest{Event: "big", Data: []byte(big)})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = ev.ID
		}
	}
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := heap()
	c, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.(*net.TCPConn).SetReadBuffer(4 << 10)
	io.WriteString(c, "GET /v1/sse/connect?lastEventId="+first+" HTTP/1.1\r\nHost: x\r\n\r\n")
	time.Sleep(time.Second) // the origin writes until the socket is full, then blocks
	grew := int64(heap()) - int64(before)
	t.Logf("heap grew by %d KB while a client that never reads resumes 18 MB", grew>>10)
	if grew > 2<<20 {
		t.Errorf("a never-reading resume of 18 MB grew the heap by %d KB, want at most a page and buffers (2 MB)", grew>>10)
	}
}
