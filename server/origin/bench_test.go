package origin_test

import (
	"bufio"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/origin"
)

// BenchmarkIdleStreams holds 1,000 idle streams over loopback and reports
// heap and goroutines per stream. Client and server share the process, so
// the figure is an upper bound for the origin alone.
func BenchmarkIdleStreams(b *testing.B) {
	const n = 1000
	for b.Loop() {
		// Every stream comes from one IP here: lift the per-client cap.
		o := origin.New(origin.Config{Logger: slog.New(slog.DiscardHandler), Limits: origin.Limits{MaxClientStreams: n}})
		srv := httptest.NewServer(o)
		client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 0, MaxIdleConnsPerHost: n}}
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		g0 := runtime.NumGoroutine()
		var bodies []*http.Response
		for range n {
			resp, err := client.Get(srv.URL + "/v1/sse/connect")
			if err != nil || resp.StatusCode != http.StatusOK {
				b.Fatalf("stream %d: %v %v", len(bodies), resp, err)
			}
			bufio.NewReader(resp.Body).ReadString('\n')
			bodies = append(bodies, resp)
		}
		for o.OpenStreams() != n {
			time.Sleep(time.Millisecond)
		}
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapInuse-before.HeapInuse)/n, "heap-B/stream")
		b.ReportMetric(float64(after.StackInuse-before.StackInuse)/n, "stack-B/stream")
		b.ReportMetric(float64(runtime.NumGoroutine()-g0)/n, "goroutines/stream")
		for _, r := range bodies {
			r.Body.Close()
		}
		o.Drain()
		srv.Close()
	}
}

// BenchmarkFanout1000 publishes to 1,000 reading streams and reports
// events delivered per second, end to end over loopback.
func BenchmarkFanout1000(b *testing.B) {
	const n = 1000
	o := origin.New(origin.Config{Logger: slog.New(slog.DiscardHandler), ClientBuffer: 4096})
	srv := httptest.NewServer(o)
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: n}}
	var wg sync.WaitGroup
	events := make(chan int, n)
	for range n {
		resp, err := client.Get(srv.URL + "/v1/sse/connect")
		if err != nil {
			b.Fatal(err)
		}
		defer resp.Body.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := bufio.NewScanner(resp.Body)
			got := 0
			for sc.Scan() {
				if strings.HasPrefix(sc.Text(), "event: task") {
					got++
				}
			}
			events <- got
		}()
	}
	for o.OpenStreams() != n {
		time.Sleep(time.Millisecond)
	}
	start := time.Now()
	published := 0
	for b.Loop() {
		o.Hub().Publish("task", `{"taskId":"t-1","title":"x","status":"open"}`, hub.Audience{})
		published++
	}
	time.Sleep(200 * time.Millisecond)
	o.Drain()
	wg.Wait()
	close(events)
	delivered := 0
	for g := range events {
		delivered += g
	}
	b.ReportMetric(float64(delivered)/time.Since(start).Seconds(), "deliveries/s")
	b.ReportMetric(float64(delivered)/float64(published*n), "delivered-fraction")
}
