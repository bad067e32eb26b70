// Package logtest is one suite that every hub.Log must pass, run against
// the in-memory log and JetStream alike.
package logtest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/hub"
)

// Run tests the log newLog returns (a new, empty log each call).
func Run(t *testing.T, newLog func(t *testing.T) hub.Log) {
	ctx := context.Background()
	t.Run("Empty", func(t *testing.T) {
		b, err := newLog(t).Bounds(ctx)
		if err != nil || b.Epoch == "" || b.First <= b.Last {
			t.Errorf("bounds of an empty log: %+v %v", b, err)
		}
	})
	t.Run("AppendAndRead", func(t *testing.T) {
		l := newLog(t)
		want := appendSome(t, l, 6)
		b, err := l.Bounds(ctx)
		if err != nil || b.Last != want[5].Seq || b.First > want[0].Seq {
			t.Fatalf("bounds %+v %v after appending %d..%d", b, err, want[0].Seq, want[5].Seq)
		}
		got, err := l.Read(ctx, want[1].Seq, want[4].Seq, 100)
		if err != nil {
			t.Fatal(err)
		}
		same(t, got.Events, want[2:5])
		if got.Last != want[4].Seq || got.Gap {
			t.Errorf("read %d..%d: last %d, gap %v", want[2].Seq, want[4].Seq, got.Last, got.Gap)
		}
		if got, _ := l.Read(ctx, want[5].Seq, want[5].Seq, 100); len(got.Events) != 0 {
			t.Errorf("an empty range read %v", got)
		}
		// Pages: at most max events, the next page after the last.
		page, err := l.Read(ctx, want[0].Seq, want[5].Seq, 2)
		if err != nil {
			t.Fatal(err)
		}
		same(t, page.Events, want[1:3])
		if page.Last != want[2].Seq {
			t.Errorf("a page of 2 reached %d, want %d", page.Last, want[2].Seq)
		}
	})
	t.Run("FollowInOrder", func(t *testing.T) {
		l := newLog(t)
		before := appendSome(t, l, 2)
		got := make(chan hub.Event, 100)
		stop, err := l.Follow(before[0].Seq, func(ev hub.Event) { got <- ev })
		if err != nil {
			t.Fatal(err)
		}
		defer stop()
		after := appendSome(t, l, 5)
		same(t, receive(t, got, 6), append(before[1:], after...)) // catch-up, then live
	})
	t.Run("TwoFollowers", func(t *testing.T) {
		l := newLog(t)
		a, b := make(chan hub.Event, 100), make(chan hub.Event, 100)
		for _, c := range []chan hub.Event{a, b} {
			bounds, _ := l.Bounds(ctx)
			stop, err := l.Follow(bounds.Last, func(ev hub.Event) { c <- ev })
			if err != nil {
				t.Fatal(err)
			}
			defer stop()
		}
		want := appendSome(t, l, 4)
		same(t, receive(t, a, 4), want)
		same(t, receive(t, b, 4), want)
	})
}

// appendSome appends n events, to everyone, a topic and a user in turn.
func appendSome(t *testing.T, l hub.Log, n int) []hub.Event {
	t.Helper()
	audiences := []hub.Audience{{}, {Topic: "ops.eu"}, {User: "alice@example.com"}}
	var out []hub.Event
	for i := range n {
		ev := hub.Event{Name: "task", Data: fmt.Sprintf(`{"n":%d}`, i), To: audiences[i%3]}
		seq, err := l.Append(context.Background(), ev.Name, ev.Data, ev.To)
		if err != nil {
			t.Fatal(err)
		}
		if len(out) > 0 && seq <= out[len(out)-1].Seq {
			t.Fatalf("sequence went from %d to %d", out[len(out)-1].Seq, seq)
		}
		ev.Seq = seq
		out = append(out, ev)
	}
	return out
}

func receive(t *testing.T, c <-chan hub.Event, n int) []hub.Event {
	t.Helper()
	var out []hub.Event
	for len(out) < n {
		select {
		case ev := <-c:
			out = append(out, ev)
		case <-time.After(5 * time.Second):
			t.Fatalf("followed %d events of %d within 5s", len(out), n)
		}
	}
	return out
}

func same(t *testing.T, got, want []hub.Event) {
	t.Helper()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("events\n got %v\nwant %v", got, want)
	}
}

// Replay reads s's replay to its end: the events, and the reset that ended
// it early, if one did.
func Replay(tb testing.TB, s *hub.Sub) ([]hub.Event, string) {
	tb.Helper()
	var evs []hub.Event
	for {
		p, err := s.Replay()
		if err != nil {
			tb.Fatal(err)
		}
		evs = append(evs, p.Events...)
		if p.Reset != "" {
			return evs, p.Reset
		}
		if len(p.Events) == 0 {
			return evs, ""
		}
	}
}

// events are the channels Events made, by subscriber: one reader each.
var events sync.Map // *hub.Sub → <-chan *hub.Event

// Events delivers s's live events on a channel, for a test that waits on
// them: a goroutine takes them whenever s says some wait (Notify), until
// the test ends. Every call for s returns the same channel. The hub
// itself hands events over only by Notify and Take.
func Events(tb testing.TB, s *hub.Sub) <-chan *hub.Event {
	if c, ok := events.Load(s); ok {
		return c.(chan *hub.Event)
	}
	out := make(chan *hub.Event, 1<<16)
	events.Store(s, out)
	ready := make(chan struct{}, 1)
	done := make(chan struct{})
	tb.Cleanup(func() { close(done) })
	s.Notify(func() {
		select {
		case ready <- struct{}{}:
		default:
		}
	})
	go func() {
		for {
			evs, more := s.Take(1 << 30)
			for _, ev := range evs {
				out <- ev
			}
			if more || len(evs) > 0 {
				continue // an event may have come as these were taken
			}
			select {
			case <-ready:
			case <-done:
				return
			}
		}
	}()
	return out
}

// Dropped is closed when the hub drops s for falling behind (OnDrop).
func Dropped(s *hub.Sub) <-chan struct{} {
	c := make(chan struct{})
	s.OnDrop(func() { close(c) })
	return c
}
