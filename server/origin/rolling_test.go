package origin_test

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/catalog"
	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/origin"
	"github.com/tether-sse/tether/server/sse"
)

// TestRollingRestartSpreadsReconnects: 2,000 streams on replica A, two
// replicas on one log, events published throughout. A drains (SIGTERM);
// each client comes back to B after the retry: A gave it, with its last
// id, as EventSource does. Nothing is lost or repeated, and the arrivals
// at B are spread over the drain window instead of one burst.
func TestRollingRestartSpreadsReconnects(t *testing.T) {
	const clients = 2000
	h := hub.New(hub.Config{LogSize: 100_000, Buffer: 4096})
	cfg := origin.Config{Hub: h, Logger: slog.New(slog.DiscardHandler), Limits: origin.Limits{MaxClientStreams: clients + 10}}
	a, b := origin.New(cfg), origin.New(cfg)
	srvA, srvB := httptest.NewServer(a), httptest.NewServer(b)
	defer srvA.Close()
	defer srvB.Close()
	defer b.Drain()

	start := time.Now()
	var arrivals sync.Map // 100 ms bucket since the drain → *atomic.Int64
	var drainedAt atomic.Int64
	var lost, repeated atomic.Int64
	stop := make(chan struct{})
	var ready, done sync.WaitGroup
	ready.Add(clients)
	// client reads from A until it ends, then from B after retry:, as
	// EventSource does, checking every id against the log's order.
	client := func() {
		defer done.Done()
		last, retry, url, first := "", 0, srvA.URL, true
		for {
			req, _ := http.NewRequest("GET", url+catalog.StreamPath, nil)
			if last != "" {
				req.Header.Set("Last-Event-ID", last)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			if url == srvB.URL {
				bucket := (time.Now().UnixNano() - drainedAt.Load()) / int64(100*time.Millisecond)
				n, _ := arrivals.LoadOrStore(bucket, new(atomic.Int64))
				n.(*atomic.Int64).Add(1)
			}
			r := sse.NewReader(resp.Body)
			for {
				ev, err := r.Next()
				if err != nil {
					break
				}
				if ev.Name == catalog.Hello {
					if first {
						last, first = ev.ID, false
						ready.Done()
					}
					continue
				}
				if ev.Name != "task" {
					continue
				}
				if want := nextID(last); ev.ID != want {
					if ev.ID <= last && len(ev.ID) == len(last) {
						repeated.Add(1)
					} else {
						lost.Add(1)
					}
				}
				last = ev.ID
				select {
				case <-stop:
					resp.Body.Close()
					return
				default:
				}
			}
			resp.Body.Close()
			retry = r.Retry()
			if url == srvB.URL {
				return
			}
			time.Sleep(time.Duration(retry) * time.Millisecond)
			url = srvB.URL
		}
	}
	done.Add(clients)
	for range clients {
		go client()
	}
	ready.Wait()
	publishing := make(chan struct{})
	go func() {
		defer close(publishing)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			h.Publish("task", fmt.Sprint(i), hub.Audience{})
			time.Sleep(20 * time.Millisecond)
		}
	}()
	time.Sleep(200 * time.Millisecond)
	drainedAt.Store(time.Now().UnixNano())
	a.Drain()
	for b.OpenStreams() < clients && time.Since(start) < 30*time.Second {
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	close(stop)
	<-publishing
	h.Publish("task", "last", hub.Audience{}) // wakes every reader to see stop
	done.Wait()

	var buckets []int64
	counts := map[int64]int64{}
	arrivals.Range(func(k, v any) bool {
		buckets = append(buckets, k.(int64))
		counts[k.(int64)] = v.(*atomic.Int64).Load()
		return true
	})
	slices.Sort(buckets)
	var total, peak int64
	var rates []string
	for _, k := range buckets {
		total += counts[k]
		peak = max(peak, counts[k])
		rates = append(rates, fmt.Sprint(counts[k]))
	}
	t.Logf("2,000 streams drained from A: arrivals at B per 100 ms: %v (peak %d)", rates, peak)
	if total != clients {
		t.Errorf("%d clients came back to B, want %d", total, clients)
	}
	if lost.Load() != 0 || repeated.Load() != 0 {
		t.Errorf("across the rolling restart: %d events lost, %d repeated", lost.Load(), repeated.Load())
	}
	if peak > clients/5 {
		t.Errorf("%d of %d clients came back within one 100 ms: not spread", peak, clients)
	}
}

// nextID is the id after id in one log: the same epoch, the next sequence.
func nextID(id string) string {
	var epoch string
	var seq uint64
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == '-' {
			epoch = id[:i]
			fmt.Sscan(id[i+1:], &seq)
			break
		}
	}
	return fmt.Sprintf("%s-%d", epoch, seq+1)
}
