package hub_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/hub/logtest"
)

// quietLog is a log whose followers can be made to go silent without an
// error, as a NATS follower did after a node of its cluster was lost.
type quietLog struct {
	hub.Log
	mu      sync.Mutex
	silence []func() // one per follower started
}

// silenceAll makes every follower started so far deaf; a new one hears.
func (l *quietLog) silenceAll() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, f := range l.silence {
		f()
	}
}

func (l *quietLog) Follow(after uint64, fn func(hub.Event)) (func(), error) {
	var gate sync.Mutex
	deaf := false
	stop, err := l.Log.Follow(after, func(ev hub.Event) {
		gate.Lock()
		d := deaf
		gate.Unlock()
		if !d {
			fn(ev)
		}
	})
	l.mu.Lock()
	l.silence = append(l.silence, func() { gate.Lock(); deaf = true; gate.Unlock() })
	l.mu.Unlock()
	return stop, err
}

// TestASilentFollowerIsReplaced: the hub's follower stops hearing the log
// with no error; the hub sees the log move past its head, follows again
// from there, and its subscriber gets every event once, in order.
func TestASilentFollowerIsReplaced(t *testing.T) {
	t.Parallel()
	log := &quietLog{Log: hub.NewMemoryLog(1000, 0, time.Now())}
	h, err := hub.Open(hub.Config{FollowStall: 100 * time.Millisecond}, log)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	s, _, _ := h.Subscribe("", hub.Filter{})
	defer s.Close()
	first, _ := h.Publish("task", `1`, hub.Audience{})
	log.silenceAll()
	var want []string
	for range 3 {
		ev, err := h.Publish("task", `2`, hub.Audience{})
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, ev.ID)
	}
	want = append([]string{first.ID}, want...)
	var got []string
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for len(got) < len(want) {
		select {
		case ev := <-logtest.Events(t, s):
			got = append(got, ev.ID)
		case <-ctx.Done():
			t.Fatalf("got %v, want %v: the silent follower was not replaced (refollows %d)", got, want, h.Stats().Refollows)
		}
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
	if n := h.Stats().Refollows; n < 1 {
		t.Errorf("refollows %d, want ≥ 1", n)
	}
}
