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

// countingLog is a Log that counts what resumes ask of the store, and can
// refuse reads.
type countingLog struct {
	hub.Log
	reads, bounds atomic.Int64
	refuse        atomic.Bool
}

func (l *countingLog) Read(ctx context.Context, after, upto uint64, max int) (hub.Span, error) {
	l.reads.Add(1)
	if l.refuse.Load() {
		return hub.Span{}, errors.New("the store refuses")
	}
	return l.Log.Read(ctx, after, upto, max)
}

func (l *countingLog) Bounds(ctx context.Context) (hub.Bounds, error) {
	l.bounds.Add(1)
	return l.Log.Bounds(ctx)
}

func openCounting(t *testing.T, cfg hub.Config, logSize int) (*hub.Hub, *countingLog) {
	t.Helper()
	l := &countingLog{Log: hub.NewMemoryLog(logSize, 0, time.Now())}
	h, err := hub.Open(cfg, l)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.Close)
	return h, l
}

// TestResumeWithinTheWindowReadsNothing: a resume within the window costs
// the store nothing, not even a request for its bounds.
func TestResumeWithinTheWindowReadsNothing(t *testing.T) {
	t.Parallel()
	h, l := openCounting(t, hub.Config{Window: 100}, 1000)
	evs := publishN(t, h, 50, hub.Audience{})
	l.reads.Store(0)
	l.bounds.Store(0)
	for range 1000 {
		s, _, err := h.Subscribe(evs[9].ID, hub.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := logtest.Replay(t, s); len(got) != 40 {
			t.Fatalf("replayed %d, want 40", len(got))
		}
		s.Close()
	}
	if r, b := l.reads.Load(), l.bounds.Load(); r != 0 || b != 0 {
		t.Errorf("1,000 resumes within the window asked the store %d reads and %d bounds", r, b)
	}
}

// TestOlderResumesAreLimited: resumes older than the window read the log
// in pages, at most MaxLogReads at once on the node and MaxClientLogReads
// per client; a refused one leaves the hub reporting it, and a resume
// within the window is never refused.
func TestOlderResumesAreLimited(t *testing.T) {
	t.Parallel()
	h, l := openCounting(t, hub.Config{Window: 10, MaxLogReads: 2, MaxClientLogReads: 1}, 10000)
	evs := publishN(t, h, 1000, hub.Audience{})
	a, _, err := h.Subscribe(evs[0].ID, hub.Filter{Client: "a"})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := h.Subscribe(evs[0].ID, hub.Filter{Client: "a"}); !errors.Is(err, hub.ErrClientBusy) {
		t.Errorf("a second log resume of one client: %v, want ErrClientBusy", err)
	}
	b, _, _ := h.Subscribe(evs[0].ID, hub.Filter{Client: "b"})
	if _, _, err := h.Subscribe(evs[0].ID, hub.Filter{Client: "c"}); !errors.Is(err, hub.ErrBusy) {
		t.Errorf("a third log resume on the node: %v, want ErrBusy", err)
	}
	if !h.RefusingResumes(time.Minute) || h.Stats().ResumesRefused != 2 {
		t.Errorf("refusals not reported: %+v", h.Stats())
	}
	if s, _, err := h.Subscribe(evs[995].ID, hub.Filter{Client: "c"}); err != nil {
		t.Errorf("a resume within the window was refused: %v", err)
	} else {
		s.Close()
	}
	// Pages of at most 256 events; the log slot is free once the replay
	// reaches the window.
	reads := l.reads.Load()
	page, err := a.Replay()
	if err != nil || len(page.Events) == 0 || len(page.Events) > 256 {
		t.Fatalf("first page: %d events, %v", len(page.Events), err)
	}
	rest, _ := logtest.Replay(t, a)
	if n := len(page.Events) + len(rest); n != 999 {
		t.Errorf("replayed %d events, want 999", n)
	}
	if r := l.reads.Load() - reads; r < 4 || r > 5 {
		t.Errorf("999 events older than the window took %d reads, want 4 pages", r)
	}
	if st := h.Stats(); st.LogReads != 1 {
		t.Errorf("%d log reads held after a replay reached the window, want b's only", st.LogReads)
	}
	b.Close()
	if s, _, err := h.Subscribe(evs[0].ID, hub.Filter{Client: "c"}); err != nil {
		t.Errorf("after the others left: %v", err)
	} else {
		s.Close()
	}
}

// TestReplayCaps: further behind than MaxReplay events is a reset at once;
// more than MaxReplayBytes of data ends the replay with a reset, and the
// subscriber goes on live from the head.
func TestReplayCaps(t *testing.T) {
	t.Parallel()
	h, _ := openCounting(t, hub.Config{MaxReplay: 100, MaxReplayBytes: 10 << 10}, 1000)
	evs := publishN(t, h, 150, hub.Audience{})
	if _, r, _ := h.Subscribe(evs[10].ID, hub.Filter{}); r.Reset != "too-far" {
		t.Errorf("139 events behind with MaxReplay 100: reset %q", r.Reset)
	}
	big := strings.Repeat("x", 1<<10)
	for range 20 {
		h.Publish("big", big, hub.Audience{})
	}
	s, _, err := h.Subscribe(evs[149].ID, hub.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	got, reset := logtest.Replay(t, s)
	if reset != "too-far" || len(got) > 12 {
		t.Errorf("20 KiB behind with MaxReplayBytes 10 KiB: %d events then reset %q", len(got), reset)
	}
	next, _ := h.Publish("task", "live", hub.Audience{})
	if ev := <-logtest.Events(t, s); ev.ID != next.ID {
		t.Errorf("after the reset, live %s, want %s", ev.ID, next.ID)
	}
}

// TestReplayCutByTheStore: a store that fails mid-replay ends it with
// ErrUnavailable (the stream closes; its client resumes later).
func TestReplayCutByTheStore(t *testing.T) {
	t.Parallel()
	h, l := openCounting(t, hub.Config{Window: 5}, 100)
	evs := publishN(t, h, 50, hub.Audience{})
	s, _, err := h.Subscribe(evs[0].ID, hub.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l.refuse.Store(true)
	if _, err := s.Replay(); !errors.Is(err, hub.ErrUnavailable) {
		t.Errorf("a refused read: %v", err)
	}
}

// TestRestartWarmsTheWindow: a hub opened on a log that keeps events (an
// origin restarted on its store) serves the resumes that follow from
// memory at once.
func TestRestartWarmsTheWindow(t *testing.T) {
	t.Parallel()
	mem := hub.NewMemoryLog(1000, 0, time.Now())
	before, err := hub.Open(hub.Config{}, mem)
	if err != nil {
		t.Fatal(err)
	}
	evs := publishN(t, before, 300, hub.Audience{})
	before.Close()
	l := &countingLog{Log: mem}
	after, err := hub.Open(hub.Config{Window: 200}, l)
	if err != nil {
		t.Fatal(err)
	}
	defer after.Close()
	l.reads.Store(0)
	s, _, err := after.Subscribe(evs[150].ID, hub.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := logtest.Replay(t, s); len(got) != 149 || got[0].ID != evs[151].ID {
		t.Errorf("resume after a restart replayed %d events", len(got))
	}
	if r := l.reads.Load(); r != 0 {
		t.Errorf("a resume within the newest 200 after a restart read the log %d times", r)
	}
}
