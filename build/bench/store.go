package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/tether-sse/tether/server/sse"
)

// storeBench measures what the event store costs: publishes acknowledged
// per second, the time to resume 1,000 missed events, and the time an
// origin takes to restart with 100,000 events retained, JetStream against
// the in-memory log.
func storeBench(t *table, originBin, dir string) error {
	stores := []struct {
		name string
		args []string
	}{
		{"jetstream", []string{"-store", "jetstream", "-data", filepath.Join(dir, "store")}},
		{"memory", []string{"-store", "memory", "-log-size", "200000"}},
	}
	// The whole 100,000 may be replayed here, to time it.
	replayAll := []string{"-max-replay", "200000", "-max-replay-bytes", "1073741824"}
	type result struct {
		rate            float64
		resume, restart time.Duration
		resumeAll       time.Duration
		resumeAllRSS    int // the origin's RSS growth while it replays 100,000
		crowd           crowdResult
	}
	var res [2]result
	for i, s := range stores {
		log.Printf("store %s: publish rate, resume of 1,000, restart with 100,000 retained", s.name)
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		addr := ln.Addr().String()
		p, err := startOriginOn(originBin, addr, ln.Close, append(s.args, replayAll...)...)
		if err != nil {
			return err
		}
		start := time.Now()
		ids, err := publishMany(p.base, 1000, 1)
		if err != nil {
			p.stop()
			return err
		}
		res[i].rate = 1000 / time.Since(start).Seconds()
		// A client that saw the first event comes back for the other 999
		// and the one published after it: 1,000 missed events.
		extra, err := publishMany(p.base, 1, 1)
		if err != nil {
			p.stop()
			return err
		}
		if res[i].resume, err = resume(p.base, ids[0], append(ids[1:], extra...)); err != nil {
			p.stop()
			return err
		}
		more, err := publishMany(p.base, 100_000-1001, 8)
		if err != nil {
			p.stop()
			return err
		}
		all := append(append(ids, extra...), more...)
		slices.SortFunc(all, func(a, b string) int { return cmp.Compare(seqOf(a), seqOf(b)) }) // 8 workers publish out of order
		log.Printf("store %s: resume of 100,000, and 2,000 resumes at once", s.name)
		if res[i].resumeAll, res[i].resumeAllRSS, err = resumeWatched(p, all[0], all[1:]); err != nil {
			p.stop()
			return err
		}
		if res[i].crowd, err = crowd(p.base, 2000, all[len(all)-501], 500); err != nil {
			p.stop()
			return err
		}
		p.stop() // SIGTERM, then wait
		began := time.Now()
		p, err = startOriginOn(originBin, addr, func() error { return nil }, append(s.args, replayAll...)...)
		if err != nil {
			return err
		}
		res[i].restart = time.Since(began)
		p.stop()
	}
	js, mem := res[0], res[1]
	t.add("store: publishes acknowledged per second, one client, sequential (JetStream vs memory)",
		fmt.Sprintf("%.0f", js.rate), fmt.Sprintf("%.0f", mem.rate), js.rate/mem.rate)
	t.add("store: resume of 1,000 missed events, connect → last event read (JetStream vs memory)",
		msOf(js.resume), msOf(mem.resume), float64(js.resume)/float64(mem.resume))
	t.add("store: resume of 100,000 missed events (99,999 of them, 90,000 older than the window), connect → last event read",
		msOf(js.resumeAll), msOf(mem.resumeAll), float64(js.resumeAll)/float64(mem.resumeAll))
	t.add("store: the origin's RSS growth while it replays those 100,000 (paged: one page in memory)",
		fmt.Sprintf("%.1f MB", float64(js.resumeAllRSS)/1e6), fmt.Sprintf("%.1f MB", float64(mem.resumeAllRSS)/1e6),
		float64(max(js.resumeAllRSS, 1))/float64(max(mem.resumeAllRSS, 1)))
	t.add("store: 2,000 resumes at once, 500 missed each (in the window): p50 connect → last event",
		msOf(js.crowd.p50), msOf(mem.crowd.p50), float64(js.crowd.p50)/float64(mem.crowd.p50))
	t.add("store: 2,000 resumes at once: p99, and answers other than 200",
		fmt.Sprintf("%s, %d", msOf(js.crowd.p99), js.crowd.errors), fmt.Sprintf("%s, %d", msOf(mem.crowd.p99), mem.crowd.errors),
		float64(js.crowd.p99)/float64(mem.crowd.p99))
	t.add("store: restart → /healthz 200 with 100,000 events retained (JetStream resumes them; memory loses them)",
		msOf(js.restart), msOf(mem.restart), float64(js.restart)/float64(mem.restart))
	return nil
}

func msOf(d time.Duration) string { return ms(float64(d) / float64(time.Millisecond)) }

// publishMany publishes n events with workers concurrent clients and
// returns their ids (in publish order when workers is 1).
func publishMany(base string, n, workers int) ([]string, error) {
	ids := make([]string, n)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	next := make(chan int)
	go func() {
		for i := range n {
			next <- i
		}
		close(next)
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				body := fmt.Sprintf(`{"event":"bench","data":{"n":%d}}`, i)
				req, _ := http.NewRequest("POST", base+"/v1/publish", strings.NewReader(body))
				req.Header.Set("Authorization", "Bearer "+publishToken)
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					errs <- err
					return
				}
				var out struct{ ID string }
				json.NewDecoder(resp.Body).Decode(&out)
				resp.Body.Close()
				if resp.StatusCode != http.StatusAccepted {
					errs <- fmt.Errorf("publish: %d", resp.StatusCode)
					return
				}
				ids[i] = out.ID
			}
		}()
	}
	wg.Wait()
	close(errs)
	return ids, <-errs
}

// resume connects with lastID and times the read of want, which must come
// exactly, in order.
func resume(base, lastID string, want []string) (time.Duration, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/v1/sse/connect", nil)
	req.Header.Set("Last-Event-ID", lastID)
	start := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	r := sse.NewReader(bufio.NewReader(resp.Body))
	got := 0
	for got < len(want) {
		ev, err := r.Next()
		if err != nil {
			return 0, fmt.Errorf("resume: after %d events: %w", got, err)
		}
		if ev.Name == "hello" {
			continue
		}
		if ev.Name == "reset" || ev.ID != want[got] {
			return 0, fmt.Errorf("resume: event %d is %s %s, want %s", got, ev.Name, ev.ID, want[got])
		}
		got++
	}
	return time.Since(start), nil
}

// resumeWatched is resume with the origin's RSS sampled meanwhile: how much
// more memory a long replay costs it at its peak.
func resumeWatched(p *originProc, lastID string, want []string) (time.Duration, int, error) {
	base, err := p.rss()
	if err != nil {
		return 0, 0, err
	}
	peak := base
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			if v, err := p.rss(); err == nil {
				peak = max(peak, v)
			}
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	took, err := resume(p.base, lastID, want)
	close(stop)
	<-sampled
	return took, peak - base, err
}

type crowdResult struct {
	p50, p99 time.Duration
	errors   int
}

// crowd resumes n clients at once from lastID, each reading the missed
// events after it, and reports the spread of their times.
func crowd(base string, n int, lastID string, missed int) (crowdResult, error) {
	var mu sync.Mutex
	var times []time.Duration
	errs := 0
	var wg sync.WaitGroup
	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 0, MaxIdleConnsPerHost: n}}
	for range n {
		wg.Go(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			req, _ := http.NewRequestWithContext(ctx, "GET", base+"/v1/sse/connect", nil)
			req.Header.Set("Last-Event-ID", lastID)
			start := time.Now()
			resp, err := client.Do(req)
			if err == nil && resp.StatusCode == 200 {
				r := sse.NewReader(bufio.NewReader(resp.Body))
				got := 0
				for got < missed {
					ev, err := r.Next()
					if err != nil {
						break
					}
					if ev.Name == "bench" {
						got++
					}
				}
				resp.Body.Close()
				if got == missed {
					mu.Lock()
					times = append(times, time.Since(start))
					mu.Unlock()
					return
				}
			} else if err == nil {
				resp.Body.Close()
			}
			mu.Lock()
			errs++
			mu.Unlock()
		})
	}
	wg.Wait()
	if len(times) == 0 {
		return crowdResult{errors: errs}, fmt.Errorf("crowd: no resume of %d succeeded", n)
	}
	slices.Sort(times)
	return crowdResult{p50: times[len(times)/2], p99: times[len(times)*99/100], errors: errs}, nil
}

// seqOf is the sequence number in an id (<epoch>-<seq>).
func seqOf(id string) int {
	n, _ := strconv.Atoi(id[strings.LastIndexByte(id, '-')+1:])
	return n
}
