// Command loadgen is the benchmark's load generator, a process apart from
// the origin: it holds n SSE streams open and measures how long each
// broadcast takes to reach every one of them.
//
// It prints "open N" once its streams are open, then reads "bench" events
// whose data is {"t": <unix ns when published>}. A stream the origin drops
// (a slow client) comes back with its Last-Event-ID, as EventSource does:
// drops and resumes are counted apart from events lost. When its stdin
// closes it waits (at most -grace) for every stream to have -expect bench
// events, then prints one JSON summary line and exits.
//
// With -stall it plays clients that stop reading (or vanished): each
// stream reads its response's headers and nothing more, over a small
// receive buffer, until stdin closes.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Summary is what loadgen reports.
type Summary struct {
	Open       int     `json:"open"`       // streams that opened
	Failed     int     `json:"failed"`     // streams that could not open
	Deliveries int     `json:"deliveries"` // bench events received, all streams, once each
	Drops      int     `json:"drops"`      // streams the origin ended (slow clients), each resumed
	Lost       int     `json:"lost"`       // bench events a stream never got, after its resumes
	Repeated   int     `json:"repeated"`   // bench events a stream got twice
	P50Ms      float64 `json:"p50Ms"`
	P99Ms      float64 `json:"p99Ms"`
	MaxMs      float64 `json:"maxMs"`
}

func main() {
	target := flag.String("url", "", "stream URL")
	n := flag.Int("n", 1000, "streams to hold")
	parallel := flag.Int("parallel", 64, "streams opened at once")
	expect := flag.Int("expect", 0, "bench events every stream must get (the harness's broadcasts)")
	grace := flag.Duration("grace", 30*time.Second, "how long to wait, once stdin closes, for dropped streams to catch up")
	sources := flag.Int("sources", 8, "loopback addresses the streams come from (127.0.0.1 on)")
	stall := flag.Bool("stall", false, "never read past the headers: clients that stop reading")
	flag.Parse()
	if *target == "" || *n < 1 || *sources < 1 || *sources > 1<<16 {
		fmt.Fprintln(os.Stderr, "usage: loadgen -url URL -n N")
		os.Exit(2)
	}

	u, err := url.Parse(*target)
	if err != nil || u.Scheme != "http" {
		fmt.Fprintln(os.Stderr, "loadgen: -url must be an http:// URL")
		os.Exit(2)
	}
	var (
		mu       sync.Mutex
		opened   sync.WaitGroup
		open     int
		failed   int
		drops    atomic.Int64
		stopping = make(chan struct{})
		streams  []*stream
	)
	src = *sources
	if *stall {
		os.Exit(hold(u, *n, *parallel))
	}
	sem := make(chan struct{}, *parallel)
	opened.Add(*n)
	for i := range *n {
		sem <- struct{}{}
		go func() {
			body, err := get(u, i, "")
			<-sem
			if err != nil {
				mu.Lock()
				failed++
				mu.Unlock()
				opened.Done()
				return
			}
			st := &stream{seen: map[string]bool{}}
			mu.Lock()
			open++
			streams = append(streams, st)
			mu.Unlock()
			opened.Done()
			for {
				st.read(body)
				select {
				case <-stopping:
					return
				default:
				}
				drops.Add(1)
				for { // back with the last id, as EventSource does after retry:
					time.Sleep(100 * time.Millisecond)
					st.mu.Lock()
					last := st.last
					st.mu.Unlock()
					if body, err = get(u, i, last); err == nil {
						break
					}
				}
			}
		}()
	}
	opened.Wait()
	fmt.Printf("open %d\n", open)

	io.Copy(io.Discard, os.Stdin) // the harness closes stdin when it is done
	short := func() (n int) {
		for _, st := range streams {
			st.mu.Lock()
			if len(st.seen) < *expect {
				n++
			}
			st.mu.Unlock()
		}
		return n
	}
	for deadline := time.Now().Add(*grace); short() > 0 && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
	}
	close(stopping)
	s := Summary{Open: open, Failed: failed, Drops: int(drops.Load())}
	var latencies []float64
	for _, st := range streams {
		st.mu.Lock()
		s.Lost += max(*expect-len(st.seen), 0)
		s.Repeated += st.repeated
		latencies = append(latencies, st.took...)
		st.mu.Unlock()
	}
	s.Deliveries = len(latencies)
	if len(latencies) > 0 {
		slices.Sort(latencies)
		s.P50Ms = percentile(latencies, 50)
		s.P99Ms = percentile(latencies, 99)
		s.MaxMs = latencies[len(latencies)-1]
	}
	json.NewEncoder(os.Stdout).Encode(s)
}

// hold opens n streams that never read past their headers, says so, and
// keeps them until stdin closes.
func hold(u *url.URL, n, parallel int) int {
	var (
		mu    sync.Mutex
		conns []io.Closer
		wg    sync.WaitGroup
	)
	sem := make(chan struct{}, parallel)
	for i := range n {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			body, err := dial(u, i, "", 4<<10)
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, body)
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Printf("open %d\n", len(conns))
	io.Copy(io.Discard, os.Stdin)
	for _, c := range conns {
		c.Close()
	}
	if len(conns) < n {
		return 1
	}
	return 0
}

// src is how many loopback addresses the streams come from.
var src = 8

// get opens one stream over a connection of its own, without net/http's
// client: its goroutines per connection would cost the generator more
// than the origin it measures. One source IP has about 28,000 ports to
// connect from: the streams spread over src addresses from 127.0.0.1.
func get(u *url.URL, i int, lastID string) (io.ReadCloser, error) { return dial(u, i, lastID, 0) }

// dial is get with a receive buffer of rcvbuf bytes (0: the system's).
func dial(u *url.URL, i int, lastID string, rcvbuf int) (io.ReadCloser, error) {
	d := net.Dialer{Timeout: 30 * time.Second}
	if ip := net.ParseIP(u.Hostname()); ip != nil && ip.IsLoopback() && ip.To4() != nil {
		k := 1 + uint32(i%src)
		d.LocalAddr = &net.TCPAddr{IP: net.IPv4(127, byte(k>>16), byte(k>>8), byte(k))}
	}
	if rcvbuf > 0 { // before connect: the window it offers is scaled from it
		d.Control = func(_, _ string, c syscall.RawConn) error {
			return c.Control(func(fd uintptr) { syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, rcvbuf) })
		}
	}
	c, err := d.Dial("tcp", u.Host)
	if err != nil {
		return nil, err
	}
	req := "GET " + u.RequestURI() + " HTTP/1.1\r\nHost: " + u.Host + "\r\nAccept: text/event-stream\r\n"
	if lastID != "" {
		req += "Last-Event-ID: " + lastID + "\r\n"
	}
	if _, err := io.WriteString(c, req+"\r\n"); err != nil {
		c.Close()
		return nil, err
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		c.Close()
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		c.Close()
		return nil, fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return struct {
		io.Reader
		io.Closer
	}{resp.Body, c}, nil
}

// stream is one stream's bench events, by id, and where it stands.
type stream struct {
	mu       sync.Mutex
	seen     map[string]bool
	took     []float64 // latencies, ms
	repeated int
	last     string // the last id read
}

var (
	idPrefix    = []byte("id: ")
	eventPrefix = []byte("event: ")
	benchData   = []byte(`data: {"t":`)
)

// read follows the stream's bench events until it ends, and their
// latency: data is {"t": <unix ns when published>}.
func (st *stream) read(body io.ReadCloser) {
	defer body.Close()
	sc := bufio.NewScanner(body)
	var id string
	bench := false
	for sc.Scan() {
		line := sc.Bytes()
		switch {
		case len(line) == 0:
			bench = false
		case bytes.HasPrefix(line, idPrefix):
			id = string(line[len(idPrefix):])
			st.mu.Lock()
			st.last = id
			st.mu.Unlock()
		case bytes.HasPrefix(line, eventPrefix):
			bench = string(line[len(eventPrefix):]) == "bench"
		case bench && bytes.HasPrefix(line, benchData):
			now := time.Now().UnixNano()
			t, err := strconv.ParseInt(strings.TrimSuffix(string(line[len(benchData):]), "}"), 10, 64)
			if err != nil {
				continue
			}
			st.mu.Lock()
			if st.seen[id] {
				st.repeated++
			} else {
				st.seen[id] = true
				st.took = append(st.took, float64(now-t)/1e6)
			}
			st.mu.Unlock()
		}
	}
}

// percentile is the p-th percentile of sorted by nearest rank: the
// smallest value at least p% of the samples do not exceed (of 100
// samples, p99 is the 99th, not the largest).
func percentile(sorted []float64, p int) float64 {
	rank := (len(sorted)*p + 99) / 100 // ⌈n·p/100⌉
	return sorted[max(rank, 1)-1]
}
