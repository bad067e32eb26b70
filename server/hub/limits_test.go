package hub_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/hub/logtest"
)

// TestAResumeThatLeavesTheWindowCountsItsReads: a resume that starts in
// the window and falls out of it mid-replay (the window moved on) reads
// the log like any other: within MaxLogReads.
func TestAResumeThatLeavesTheWindowCountsItsReads(t *testing.T) {
	t.Parallel()
	h, _ := openCounting(t, hub.Config{Window: 10, MaxLogReads: 1, MaxClientLogReads: 1}, 1000)
	evs := publishN(t, h, 20, hub.Audience{})
	inWindow, _, err := h.Subscribe(evs[15].ID, hub.Filter{Client: "a"})
	if err != nil {
		t.Fatal(err)
	}
	defer inWindow.Close()
	reader, _, err := h.Subscribe(evs[0].ID, hub.Filter{Client: "b"}) // holds the node's one read
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	publishN(t, h, 20, hub.Audience{}) // the window moves past inWindow's cursor
	if _, err := inWindow.Replay(); !errors.Is(err, hub.ErrBusy) {
		t.Fatalf("a resume out of the window while the node's reads are taken: %v, want ErrBusy", err)
	}
}

// emptyLog answers Read with nothing, without an error, for its first
// empty reads: a NATS fetch that timed out while the events are kept.
type emptyLog struct {
	hub.Log
	empty atomic.Int64
}

func (l *emptyLog) Read(ctx context.Context, after, upto uint64, max int) (hub.Span, error) {
	if l.empty.Add(-1) >= 0 {
		return hub.Span{}, nil
	}
	return l.Log.Read(ctx, after, upto, max)
}

// TestAnEmptyPageIsNotExpiry: a page that comes back empty while the log
// says it keeps the range is read again; if it stays empty the resume
// fails as unavailable. Neither is a reset: the events are kept.
func TestAnEmptyPageIsNotExpiry(t *testing.T) {
	t.Parallel()
	l := &emptyLog{Log: hub.NewMemoryLog(1000, 0, time.Now())}
	h, err := hub.Open(hub.Config{Window: 5}, l)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	evs := publishN(t, h, 50, hub.Audience{})

	l.empty.Store(1) // slow once
	s, _, err := h.Subscribe(evs[0].ID, hub.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	got, reset := logtest.Replay(t, s)
	s.Close()
	if reset != "" || len(got) != 49 {
		t.Fatalf("after one empty page: %d events, reset %q; want 49 and none", len(got), reset)
	}

	l.empty.Store(1000) // slow for good
	s, _, err = h.Subscribe(evs[0].ID, hub.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	page, err := s.Replay()
	if !errors.Is(err, hub.ErrUnavailable) || page.Reset != "" {
		t.Fatalf("a log that finds nothing it keeps: %+v, %v; want ErrUnavailable, no reset", page, err)
	}
}

// holeLog follows with a hole (a message that broke the rules: no name)
// after every event, as natslog does for a direct NATS publish it refuses.
type holeLog struct{ hub.Log }

func (l holeLog) Follow(after uint64, fn func(hub.Event)) (func(), error) {
	return l.Log.Follow(after, func(ev hub.Event) {
		if strings.HasPrefix(ev.Data, `"hole`) {
			ev.Name = ""
		}
		fn(ev)
	})
}

// TestARefusedMessageIsHeard: a message the rules refuse at the log's
// tail is heard (the head moves past it) and never delivered, so the
// follower is not taken for silent.
func TestARefusedMessageIsHeard(t *testing.T) {
	t.Parallel()
	h, err := hub.Open(hub.Config{FollowStall: 100 * time.Millisecond}, holeLog{hub.NewMemoryLog(100, 0, time.Now())})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	s, _, _ := h.Subscribe("", hub.Filter{})
	defer s.Close()
	good, _ := h.Publish("task", `1`, hub.Audience{})
	h.Publish("task", `"hole"`, hub.Audience{})
	time.Sleep(500 * time.Millisecond) // several FollowStalls
	if n := h.Stats().Refollows; n != 0 {
		t.Errorf("%d refollows: a refused message at the tail was taken for silence", n)
	}
	evs, _ := s.Take(1 << 20)
	if len(evs) != 1 || evs[0].ID != good.ID {
		t.Errorf("delivered %v, want only %s", evs, good.ID)
	}
}

// TestTheMemoryLogKeepsItsBytes: the in-memory log is bounded in bytes as
// well as in events.
func TestTheMemoryLogKeepsItsBytes(t *testing.T) {
	t.Parallel()
	l := hub.NewMemoryLog(1000, 10_000, time.Now())
	for range 100 {
		if _, err := l.Append(context.Background(), "task", strings.Repeat("x", 1000), hub.Audience{}); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := l.Bounds(context.Background())
	if kept := b.Last - b.First + 1; kept != 10 {
		t.Errorf("keeps %d events of 1,000 bytes under a bound of 10,000 bytes, want 10", kept)
	}
	sp, _ := l.Read(context.Background(), 0, 100, 1000)
	if len(sp.Events) != 10 || !sp.Gap || sp.Events[0].Seq != 91 {
		t.Errorf("read %d events from %d, gap %v", len(sp.Events), sp.Events[0].Seq, sp.Gap)
	}
}
