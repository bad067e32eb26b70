package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// logs is a log sink that tests may read while run writes to it.
type logs struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logs) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logs) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
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

// start runs the origin until the returned stop is called; stop returns
// run's error and what it logged by the time it returned.
func start(t *testing.T, args ...string) (addr string, stop func() (error, string)) {
	t.Helper()
	addr = freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	sink := &logs{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"-addr", addr, "-root", t.TempDir(), "-store", "memory"}, args...), sink)
	}()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if resp, err := http.Get("http://" + addr + "/healthz"); err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the origin did not start: %s", sink.String())
		}
	}
	var once sync.Once
	var err error
	var logged string
	stop = func() (error, string) {
		once.Do(func() {
			cancel()
			select {
			case err = <-done:
			case <-time.After(60 * time.Second):
				t.Fatal("the origin did not stop within a minute")
			}
			logged = sink.String()
		})
		return err, logged
	}
	t.Cleanup(func() { stop() })
	return addr, stop
}

// rawStream opens a stream on a connection of its own with a small
// receive buffer, and returns a reader of its body.
func rawStream(t *testing.T, addr string) io.Reader {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	c.(*net.TCPConn).SetReadBuffer(16 << 10)
	fmt.Fprintf(c, "GET /v1/sse/connect HTTP/1.1\r\nHost: %s\r\n\r\n", addr)
	req, _ := http.NewRequest("GET", "/v1/sse/connect", nil)
	resp, err := http.ReadResponse(bufio.NewReader(c), req)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("stream: %v %v", resp, err)
	}
	return resp.Body
}

// TestADrainFinishes: on SIGTERM the origin writes every stream its own
// drain retry: and its end, and returns only once all of them have ended,
// a third of them behind sockets full of events their clients read late.
func TestADrainFinishes(t *testing.T) {
	for _, shape := range []string{"park", "goroutine-per-stream"} {
		t.Run(shape, func(t *testing.T) {
			args := []string{"-publish-token", "secret-token", "-max-client-streams", "40", "-drain-spread", "500ms"}
			if shape != "park" {
				args = append(args, "-goroutine-per-stream")
			}
			addr, stop := start(t, args...)
			const n = 30
			bodies := make([]io.Reader, n)
			for i := range bodies {
				bodies[i] = rawStream(t, addr)
			}
			for range 8 { // fills the late readers' sockets
				body := `{"event":"task","data":"` + strings.Repeat("x", 60<<10) + `"}`
				req, _ := http.NewRequest("POST", "http://"+addr+"/v1/publish", strings.NewReader(body))
				req.Header.Set("Authorization", "Bearer secret-token")
				resp, err := http.DefaultClient.Do(req)
				if err != nil || resp.StatusCode/100 != 2 {
					t.Fatalf("publish: %v %v", resp, err)
				}
				resp.Body.Close()
			}
			retries := make([]int, n)
			var wg sync.WaitGroup
			for i, body := range bodies {
				wg.Go(func() {
					if i%3 == 0 {
						time.Sleep(500 * time.Millisecond) // reads late
					}
					b, _ := io.ReadAll(body)
					_, after, ok := bytes.Cut(b, []byte(": origin shutting down\n"))
					if ok {
						retries[i], _ = strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(string(after)), "retry:")))
					}
				})
			}
			time.Sleep(100 * time.Millisecond) // the streams are live
			err, logged := stop()
			if err != nil {
				t.Errorf("run: %v", err)
			}
			if ended := strings.Count(logged, `"msg":"stream ended"`); ended != n {
				t.Errorf("run returned with %d of %d streams ended", ended, n)
			}
			wg.Wait()
			seen := map[int]bool{}
			for i, r := range retries {
				if r <= 0 {
					t.Errorf("stream %d heard no drain retry:", i)
				}
				seen[r] = true
			}
			if len(seen) != n {
				t.Errorf("%d distinct retry values among %d streams: %v", len(seen), n, retries)
			}
		})
	}
}
