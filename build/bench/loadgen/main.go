// Command loadgen is the benchmark's load generator, a process apart from
// the origin: it holds n SSE streams open and measures how long each
// broadcast takes to reach every one of them.
//
// It prints "open N" once its streams are open, then reads "bench" events
// whose data is {"t": <unix ns when published>}. When its stdin closes it
// prints one JSON summary line and exits.
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
	Deliveries int     `json:"deliveries"` // bench events received, all streams
	P50Ms      float64 `json:"p50Ms"`
	P99Ms      float64 `json:"p99Ms"`
	MaxMs      float64 `json:"maxMs"`
}

func main() {
	target := flag.String("url", "", "stream URL")
	n := flag.Int("n", 1000, "streams to hold")
	parallel := flag.Int("parallel", 64, "streams opened at once")
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
			mu.Lock()
			open++
			mu.Unlock()
			opened.Done()
			read(resp.Body, func(ms float64) {
				mu.Lock()
				latencies = append(latencies, ms)
				mu.Unlock()
			})
		}()
	}
	opened.Wait()
	fmt.Printf("open %d\n", open)

	io.Copy(io.Discard, os.Stdin) // the harness closes stdin when it is done
	mu.Lock()
	defer mu.Unlock()
	s := Summary{Open: open, Failed: failed, Deliveries: len(latencies)}
	if len(latencies) > 0 {
		slices.Sort(latencies)
		s.P50Ms = latencies[len(latencies)/2]
		s.P99Ms = latencies[len(latencies)*99/100]
		s.MaxMs = latencies[len(latencies)-1]
	}
	json.NewEncoder(os.Stdout).Encode(s)
}

// read parses the stream's "bench" events and reports each one's latency.
func read(body io.ReadCloser, took func(ms float64)) {
	defer body.Close()
	sc := bufio.NewScanner(body)
	var event string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			event = ""
		case strings.HasPrefix(line, "event: "):
			event = line[len("event: "):]
		case strings.HasPrefix(line, "data: ") && event == "bench":
			now := time.Now().UnixNano()
			var d struct{ T int64 }
			if json.Unmarshal([]byte(line[len("data: "):]), &d) == nil && d.T > 0 {
				took(float64(now-d.T) / 1e6)
			}
		}
	}
}
