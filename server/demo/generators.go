package demo

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/tether-sse/tether/server/demo/events"
	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/origin"
)

// linger keeps a generator running after its last stream left, so a
// client that comes back within it finds the events it missed in the log.
const linger = 30 * time.Second

// generators publish demo events, one per rate, each to its own topic and
// shared by every stream that asked for that rate.
type generators struct {
	o    *origin.Origin
	mu   sync.Mutex
	byMs map[time.Duration]*generator
}

type generator struct {
	refs   int
	stop   chan struct{}
	linger *time.Timer
}

func (g *generators) init(o *origin.Origin) {
	g.o, g.byMs = o, make(map[time.Duration]*generator)
}

func topic(every time.Duration) string {
	return "demo:" + strconv.FormatInt(every.Milliseconds(), 10)
}

// acquire starts (or shares) the generator for this rate, which publishes
// to topic(every).
func (g *generators) acquire(every time.Duration) {
	g.mu.Lock()
	defer g.mu.Unlock()
	gen := g.byMs[every]
	if gen == nil {
		gen = &generator{stop: make(chan struct{})}
		g.byMs[every] = gen
		go g.run(every, gen.stop)
	}
	if gen.linger != nil {
		gen.linger.Stop()
		gen.linger = nil
	}
	gen.refs++
}

func (g *generators) release(every time.Duration) {
	g.mu.Lock()
	defer g.mu.Unlock()
	gen := g.byMs[every]
	if gen == nil {
		return
	}
	if gen.refs--; gen.refs > 0 {
		return
	}
	gen.linger = time.AfterFunc(linger, func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		if gen.refs == 0 && g.byMs[every] == gen {
			close(gen.stop)
			delete(g.byMs, every)
		}
	})
}

func (g *generators) stopAll() {
	g.mu.Lock()
	defer g.mu.Unlock()
	for every, gen := range g.byMs {
		close(gen.stop)
		if gen.linger != nil {
			gen.linger.Stop()
		}
		delete(g.byMs, every)
	}
}

func (g *generators) run(every time.Duration, stop <-chan struct{}) {
	t := time.NewTicker(every)
	defer t.Stop()
	to := hub.Audience{Topic: topic(every)}
	for n := 1; ; n++ {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		name, data := event(n)
		b, _ := json.Marshal(data)
		g.o.Hub().Publish(name, string(b), to)
	}
}

// event is the n-th generated event: tasks, notifications and payments
// in turn; tasks cycle over five ids so that updates replace items.
func event(n int) (string, any) {
	statuses := []string{"open", "in_progress", "done"}
	switch n % 3 {
	case 1:
		id := (n/3)%5 + 1
		return events.Task, events.TaskData{TaskID: fmt.Sprintf("t-%d", id), Title: fmt.Sprintf("Review transfer %d", id),
			Status: statuses[(n/15)%3], N: n}
	case 2:
		return events.Notification, events.NotificationData{ID: fmt.Sprintf("n-%d", n), Text: fmt.Sprintf("Notification #%d", n), N: n}
	default:
		return events.Payment, events.PaymentData{PaymentID: fmt.Sprintf("p-%d", n), Amount: 100 * n, Currency: "EUR",
			Status: statuses[n%3], N: n}
	}
}
