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
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
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
	flag.Parse()
	if *target == "" || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: loadgen -url URL -n N")
		os.Exit(2)
	}

	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 0, MaxIdleConnsPerHost: -1, DisableCompression: true}}
	var (
		mu        sync.Mutex
		latencies []float64
		opened    sync.WaitGroup
		open      int
		failed    int
		drops     int
		repeated  int
		stopping  = make(chan struct{})
		streams   []*stream
	)
	sem := make(chan struct{}, *parallel)
	opened.Add(*n)
	for range *n {
		sem <- struct{}{}
		go func() {
			resp, err := client.Get(*target)
			<-sem
			if err != nil || resp.StatusCode != http.StatusOK {
				mu.Lock()
				failed++
				mu.Unlock()
				opened.Done()
				if err == nil {
					resp.Body.Close()
				}
				return
			}
			st := &stream{seen: map[string]bool{}}
			mu.Lock()
			open++
			streams = append(streams, st)
			mu.Unlock()
			opened.Done()
			for {
				read(resp.Body, func(id string, ms float64) {
					mu.Lock()
					defer mu.Unlock()
					if st.seen[id] {
						repeated++
						return
					}
					st.seen[id] = true
					latencies = append(latencies, ms)
				}, &st.last)
				select {
				case <-stopping:
					return
				default:
				}
				mu.Lock()
				drops++
				mu.Unlock()
				for { // back with the last id, as EventSource does after retry:
					time.Sleep(100 * time.Millisecond)
					req, _ := http.NewRequest("GET", *target, nil)
					mu.Lock()
					req.Header.Set("Last-Event-ID", st.last)
					mu.Unlock()
					if resp, err = client.Do(req); err == nil && resp.StatusCode == http.StatusOK {
						break
					}
					if err == nil {
						resp.Body.Close()
					}
				}
			}
		}()
	}
	opened.Wait()
	fmt.Printf("open %d\n", open)

	io.Copy(io.Discard, os.Stdin) // the harness closes stdin when it is done
	for deadline := time.Now().Add(*grace); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		mu.Lock()
		short := 0
		for _, st := range streams {
			if len(st.seen) < *expect {
				short++
			}
		}
		mu.Unlock()
		if short == 0 {
			break
		}
	}
	close(stopping)
	mu.Lock()
	defer mu.Unlock()
	s := Summary{Open: open, Failed: failed, Deliveries: len(latencies), Drops: drops, Repeated: repeated}
	for _, st := range streams {
		s.Lost += max(*expect-len(st.seen), 0)
	}
	if len(latencies) > 0 {
		slices.Sort(latencies)
		s.P50Ms = latencies[len(latencies)/2]
		s.P99Ms = latencies[len(latencies)*99/100]
		s.MaxMs = latencies[len(latencies)-1]
	}
	json.NewEncoder(os.Stdout).Encode(s)
}

// stream is one stream's bench events, by id, and where it stands.
type stream struct {
	seen map[string]bool
	last string
}

// read parses the stream's "bench" events and reports each one's id and
// latency; last follows the stream's last id.
func read(body io.ReadCloser, took func(id string, ms float64), last *string) {
	defer body.Close()
	sc := bufio.NewScanner(body)
	var event, id string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			event = ""
		case strings.HasPrefix(line, "id: "):
			id = line[len("id: "):]
			*last = id
		case strings.HasPrefix(line, "event: "):
			event = line[len("event: "):]
		case strings.HasPrefix(line, "data: ") && event == "bench":
			now := time.Now().UnixNano()
			var d struct{ T int64 }
			if json.Unmarshal([]byte(line[len("data: "):]), &d) == nil && d.T > 0 {
				took(id, float64(now-d.T)/1e6)
			}
		}
	}
}
