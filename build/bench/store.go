package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net"
	"net/http"
	"path/filepath"
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
	type result struct {
		rate            float64
		resume, restart time.Duration
	}
	var res [2]result
	for i, s := range stores {
		log.Printf("store %s: publish rate, resume of 1,000, restart with 100,000 retained", s.name)
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		addr := ln.Addr().String()
		p, err := startOriginOn(originBin, addr, ln.Close, s.args...)
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
		if _, err := publishMany(p.base, 100_000-1001, 8); err != nil {
			p.stop()
			return err
		}
		p.stop() // SIGTERM, then wait
		began := time.Now()
		p, err = startOriginOn(originBin, addr, func() error { return nil }, s.args...)
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
