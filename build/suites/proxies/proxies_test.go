// Package proxies runs the origin behind the proxies operators run, real
// nginx, HAProxy and Caddy from Debian's packages, each with the very
// configuration docs/proxies holds, and checks from the client's side:
// events arrive unbuffered, a resume gets exactly what was missed, HEAD
// leaves the proxy's pool of connections clean, forty visitors from forty
// addresses each get a stream while one of them still meets its cap, and a
// SIGTERM tells every stream its own retry: through the proxy. Clients come
// from many 127.0.0.0/8 addresses; only loopback is ever asked.
package proxies

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/tether-sse/tether/build/testing/testenv"
	"github.com/tether-sse/tether/server/sse"
)

const publishToken = "proxies-test-token"

// capPerClient is the origin's -max-client-streams here: small, so that a
// test meets it quickly.
const capPerClient = 4

var originBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tether-proxies-")
	if err != nil {
		panic(err)
	}
	originBin = filepath.Join(dir, "origin")
	if out, err := exec.Command("go", "build", "-o", originBin, "github.com/tether-sse/tether/server").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build ./server: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// A proxy kind: its docs file, the addresses in it and how it runs.
type kind struct {
	name, file string
	listen     string // the address the docs file listens on
	tls        bool   // HTTPS and HTTP/2 to the client
	command    func(dir, config string) *exec.Cmd
}

var kinds = []kind{
	{"nginx", "nginx.conf", "127.0.0.1:8080", false, func(dir, config string) *exec.Cmd {
		return exec.Command("nginx", "-p", dir, "-c", config)
	}},
	{"haproxy", "haproxy.cfg", "127.0.0.1:8080", false, func(dir, config string) *exec.Cmd {
		return exec.Command("haproxy", "-db", "-f", config)
	}},
	{"caddy", "Caddyfile", "localhost:8443", true, func(dir, config string) *exec.Cmd {
		cmd := exec.Command("caddy", "run", "--config", config, "--adapter", "caddyfile")
		cmd.Env = append(os.Environ(), "HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_CONFIG_HOME="+dir)
		return cmd
	}},
}

func TestNginx(t *testing.T)   { behindProxy(t, kinds[0]) }
func TestHAProxy(t *testing.T) { behindProxy(t, kinds[1]) }
func TestCaddy(t *testing.T)   { behindProxy(t, kinds[2]) }

func behindProxy(t *testing.T, k kind) {
	_, err := exec.LookPath(k.command("", "").Path)
	testenv.Require(t, k.name+" (apt-get install "+k.name+")", err)
	o := startOrigin(t)
	p := startProxy(t, k, o.addr)
	t.Run("events arrive unbuffered", func(t *testing.T) {
		s := p.open(t, 1, "")
		id := o.publish(t, "task", `{"n":1}`)
		ev := s.next(t, 3*time.Second)
		if ev.ID != id || ev.Name != "task" {
			t.Fatalf("got %+v, want task %s", ev, id)
		}
		if k.tls && s.resp.ProtoMajor != 2 {
			t.Errorf("the stream came over HTTP/%d, want HTTP/2", s.resp.ProtoMajor)
		}
	})
	t.Run("a resume gets exactly what was missed", func(t *testing.T) {
		var ids []string
		for i := range 5 {
			ids = append(ids, o.publish(t, "task", `{"n":`+strconv.Itoa(i)+`}`))
		}
		s := p.open(t, 2, ids[1])
		for _, want := range ids[2:] {
			if ev := s.next(t, 3*time.Second); ev.ID != want {
				t.Fatalf("resumed after %s: got %s, want %s", ids[1], ev.ID, want)
			}
		}
		live := o.publish(t, "task", `{"live":true}`)
		if ev := s.next(t, 3*time.Second); ev.ID != live {
			t.Fatalf("after the replay: got %s, want the live %s", ev.ID, live)
		}
	})
	t.Run("HEAD leaves the pool clean", func(t *testing.T) {
		c := p.client(3)
		resp, err := c.Head(p.base + "/v1/sse/connect")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || len(body) != 0 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
			t.Fatalf("HEAD: %d %q %v", resp.StatusCode, body, resp.Header)
		}
		time.Sleep(6 * time.Second) // past the origin's heartbeat (5 s)
		for i := range 20 {         // every request reuses the proxy's connections to the origin
			resp, err := p.client(4 + i%3).Get(p.base + "/healthz")
			if err != nil {
				t.Fatalf("request %d after HEAD: %v", i, err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || !strings.HasPrefix(string(b), "ok") {
				t.Fatalf("request %d after HEAD: %d %q", i, resp.StatusCode, b)
			}
		}
	})
	t.Run("forty visitors from forty addresses", func(t *testing.T) {
		for i := range 40 {
			p.open(t, 100+i, "")
		}
		for range capPerClient {
			p.open(t, 200, "")
		}
		if got := p.status(t, 200); got != http.StatusTooManyRequests {
			t.Errorf("one visitor past its cap of %d: %d, want 429", capPerClient, got)
		}
		// A direct client forging X-Forwarded-For is counted by its own address.
		direct := &proxy{base: "http://" + o.addr}
		for i := range capPerClient {
			direct.open(t, 201, "", "X-Forwarded-For", "203.0.113."+strconv.Itoa(i+1))
		}
		if got := direct.status(t, 201, "X-Forwarded-For", "203.0.113.99"); got != http.StatusTooManyRequests {
			t.Errorf("a direct client forging X-Forwarded-For past its cap: %d, want 429", got)
		}
	})
	t.Run("SIGTERM: each stream hears its own retry", func(t *testing.T) {
		const n = 30
		streams := make([]*stream, n)
		for i := range streams {
			streams[i] = p.open(t, 300+i, "")
		}
		o.cmd.Process.Signal(syscall.SIGTERM)
		retries := make([]int, n)
		var wg sync.WaitGroup
		for i, s := range streams {
			wg.Go(func() {
				s.conn.SetDeadline(time.Now().Add(20 * time.Second))
				for {
					if _, err := s.r.Next(); err != nil {
						break
					}
				}
				retries[i] = s.r.Retry()
			})
		}
		wg.Wait()
		seen := map[int]bool{}
		for i, r := range retries {
			if r == 3000 || r == 0 { // 3000: the stream's first retry:, not the drain's
				t.Errorf("stream %d heard no drain retry: (last %d)", i, r)
			}
			seen[r] = true
		}
		if len(seen) != n {
			t.Errorf("%d distinct retry values among %d streams: %v", len(seen), n, retries)
		}
		if err := o.wait(20 * time.Second); err != nil {
			t.Errorf("the origin after SIGTERM: %v", err)
		}
	})
}

// origin is the server running as its own process.
type origin struct {
	cmd  *exec.Cmd
	addr string
	logs *bytes.Buffer
	done chan error
}

func startOrigin(t *testing.T) *origin {
	t.Helper()
	addr := freeAddr(t)
	o := &origin{addr: addr, logs: &bytes.Buffer{}, done: make(chan error, 1)}
	o.cmd = exec.Command(originBin, "-addr", addr, "-root", t.TempDir(), "-store", "memory", "-publish-token", publishToken,
		"-trusted-proxies", "127.0.0.1", "-heartbeat", "5s", "-max-client-streams", strconv.Itoa(capPerClient), "-drain-spread", "2s")
	o.cmd.Stderr = &lockedWriter{w: o.logs}
	if err := o.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { o.done <- o.cmd.Wait() }()
	t.Cleanup(func() {
		o.cmd.Process.Kill()
		<-o.done
		if t.Failed() {
			t.Logf("origin's log:\n%s", o.logs)
		}
	})
	waitUp(t, "http://"+addr+"/healthz", http.DefaultClient)
	return o
}

// wait returns the origin's exit, or an error after d.
func (o *origin) wait(d time.Duration) error {
	select {
	case err := <-o.done:
		o.done <- err // for Cleanup
		return err
	case <-time.After(d):
		return fmt.Errorf("still running after %v", d)
	}
}

func (o *origin) publish(t *testing.T, name, data string) string {
	t.Helper()
	req, _ := http.NewRequest("POST", "http://"+o.addr+"/v1/publish", strings.NewReader(`{"event":"`+name+`","data":`+data+`}`))
	req.Header.Set("Authorization", "Bearer "+publishToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusAccepted {
		t.Fatalf("publish: %d %s", resp.StatusCode, b)
	}
	_, id, _ := strings.Cut(string(b), `"id":"`)
	id, _, _ = strings.Cut(id, `"`)
	return id
}

// proxy is where clients connect: a proxy, or the origin itself.
type proxy struct {
	base string
	tls  bool
}

// startProxy runs k with its docs file, its addresses made the test's.
func startProxy(t *testing.T, k kind, originAddr string) *proxy {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join("..", "..", "..", "docs", "proxies", k.file))
	if err != nil {
		t.Fatal(err)
	}
	listen := freeAddr(t)
	if k.tls {
		_, port, _ := net.SplitHostPort(listen)
		listen = "localhost:" + port
	}
	config := strings.ReplaceAll(strings.ReplaceAll(string(doc), "127.0.0.1:3001", originAddr), k.listen, listen)
	if !strings.Contains(config, originAddr) || !strings.Contains(config, listen) {
		t.Fatalf("docs/proxies/%s names no 127.0.0.1:3001 or no %s", k.file, k.listen)
	}
	dir, err := os.MkdirTemp("", "tether-"+k.name+"-")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o777) // nginx's workers run as nobody
	t.Cleanup(func() { os.RemoveAll(dir) })
	path := filepath.Join(dir, k.file)
	if err := os.WriteFile(path, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := k.command(dir, path)
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &lockedWriter{w: &logs}, &lockedWriter{w: &logs}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			t.Logf("%s's log:\n%s", k.name, logs.String())
		}
	})
	p := &proxy{base: "http://" + listen, tls: k.tls}
	if k.tls {
		p.base = "https://" + listen
	}
	waitUp(t, p.base+"/healthz", p.client(1))
	return p
}

// client is an HTTP client whose connections come from 127.0.<n/256>.<n%256+1>
// (HTTP/2 over TLS, unverified: Caddy's internal CA).
func (p *proxy) client(n int) *http.Client {
	d := &net.Dialer{Timeout: 5 * time.Second, LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, byte(1+n/250), byte(1+n%250))}}
	return &http.Client{Transport: &http.Transport{
		DialContext:       d.DialContext,
		TLSClientConfig:   &tls.Config{InsecureSkipVerify: true},
		ForceAttemptHTTP2: true,
		DisableKeepAlives: false,
	}}
}

// stream is an open event stream.
type stream struct {
	resp *http.Response
	r    *sse.Reader
	conn interface{ SetDeadline(time.Time) error }
}

func (p *proxy) request(from int, lastID string, header ...string) (*http.Response, *deadlineBody, error) {
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", p.base+"/v1/sse/connect", nil)
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := p.client(from).Do(req)
	if err != nil {
		cancel()
		return nil, nil, err
	}
	return resp, &deadlineBody{cancel: cancel}, nil
}

// open opens a stream from client number from and reads its hello.
func (p *proxy) open(t *testing.T, from int, lastID string, header ...string) *stream {
	t.Helper()
	resp, db, err := p.request(from, lastID, header...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.cancel(); resp.Body.Close() })
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("stream from client %d: %d %s", from, resp.StatusCode, b)
	}
	s := &stream{resp: resp, r: sse.NewReader(resp.Body), conn: db}
	if ev := s.next(t, 5*time.Second); ev.Name != "hello" {
		t.Fatalf("first event %+v, want hello", ev)
	}
	return s
}

// status is the status a stream request from client number from gets.
func (p *proxy) status(t *testing.T, from int, header ...string) int {
	t.Helper()
	resp, db, err := p.request(from, "", header...)
	if err != nil {
		t.Fatal(err)
	}
	db.cancel()
	resp.Body.Close()
	return resp.StatusCode
}

// next reads the next event that is not a heartbeat, within d.
func (s *stream) next(t *testing.T, d time.Duration) sse.Event {
	t.Helper()
	s.conn.SetDeadline(time.Now().Add(d))
	defer s.conn.SetDeadline(time.Time{})
	for {
		ev, err := s.r.Next()
		if err != nil {
			t.Fatalf("reading the stream: %v", err)
		}
		if ev.Name != "heartbeat" {
			return ev
		}
	}
}

// deadlineBody ends a request when its deadline passes (the proxies'
// clients are net/http's, whose bodies have no deadline of their own).
type deadlineBody struct {
	cancel func()
	mu     sync.Mutex
	timer  *time.Timer
}

func (b *deadlineBody) SetDeadline(at time.Time) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.timer != nil {
		b.timer.Stop()
		b.timer = nil
	}
	if !at.IsZero() {
		b.timer = time.AfterFunc(time.Until(at), b.cancel)
	}
	return nil
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func waitUp(t *testing.T, url string, c *http.Client) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := c.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not answer 200 within 20 s: %v", url, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
