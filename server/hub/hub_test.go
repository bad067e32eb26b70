package hub_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/hub/logtest"
)

func publishN(tb testing.TB, h *hub.Hub, n int, to hub.Audience) []hub.Event {
	tb.Helper()
	var evs []hub.Event
	for i := range n {
		ev, err := h.Publish("task", fmt.Sprint(i), to)
		if err != nil {
			tb.Fatal(err)
		}
		evs = append(evs, ev)
	}
	return evs
}

func ids(evs []hub.Event) []string {
	var out []string
	for _, ev := range evs {
		out = append(out, ev.ID)
	}
	return out
}

func TestResume(t *testing.T) {
	t.Parallel()
	h := hub.New(hub.Config{LogSize: 5})
	evs := publishN(t, h, 8, hub.Audience{}) // log keeps seq 4..8
	other := hub.New(hub.Config{Now: func() time.Time { return time.Unix(1, 0) }})
	tests := []struct {
		name       string
		lastID     string
		wantReplay []string
		wantReset  string
		wantCursor string
	}{
		{"fresh", "", nil, "", evs[7].ID},
		{"in log", evs[4].ID, ids(evs[5:]), "", evs[4].ID},
		{"just before oldest", evs[2].ID, ids(evs[3:]), "", evs[2].ID},
		{"up to date", evs[7].ID, nil, "", evs[7].ID},
		{"expired", evs[1].ID, nil, "expired", evs[1].ID}, // found at the first page, which resets to the head
		{"future", h.Epoch() + "-99", nil, "unknown", evs[7].ID},
		{"other epoch", other.Epoch() + "-3", nil, "unknown", evs[7].ID},
		{"garbage", "abc", nil, "unknown", evs[7].ID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, r, err := h.Subscribe(tt.lastID, hub.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			got, reset := logtest.Replay(t, s)
			if reset == "" {
				reset = r.Reset
			}
			if fmt.Sprint(ids(got)) != fmt.Sprint(tt.wantReplay) || reset != tt.wantReset || r.Cursor != tt.wantCursor {
				t.Errorf("got replay %v reset %q cursor %q; want %v %q %q",
					ids(got), reset, r.Cursor, tt.wantReplay, tt.wantReset, tt.wantCursor)
			}
		})
	}
}

// TestResumeWhilePublishing resumes again and again while another goroutine
// publishes: replay followed by live must be exactly the published sequence.
func TestResumeWhilePublishing(t *testing.T) {
	t.Parallel()
	h := hub.New(hub.Config{LogSize: 100000, Buffer: 100000, MaxReplay: 100000, Window: 5000})
	first := publishN(t, h, 1, hub.Audience{})[0]
	const total = 20000
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		publishN(t, h, total, hub.Audience{})
	}()
	for range 50 {
		s, _, _ := h.Subscribe(first.ID, hub.Filter{})
		got, _ := logtest.Replay(t, s)
		for len(got) < total {
			got = append(got, *<-logtest.Events(t, s))
		}
		s.Close()
		for i, ev := range got {
			if want := uint64(i + 2); ev.Seq != want {
				t.Fatalf("position %d has seq %d, want %d", i, ev.Seq, want)
			}
		}
	}
	wg.Wait()
}

func TestAudience(t *testing.T) {
	t.Parallel()
	h := hub.New(hub.Config{})
	alice, _, _ := h.Subscribe("", hub.Filter{User: "alice"})
	bob, _, _ := h.Subscribe("", hub.Filter{User: "bob", Topics: map[string]bool{"ops": true}})
	anon, _, _ := h.Subscribe("", hub.Filter{})
	publishN(t, h, 1, hub.Audience{User: "alice"})
	publishN(t, h, 1, hub.Audience{Topic: "ops"})
	publishN(t, h, 1, hub.Audience{})
	for name, tc := range map[string]struct {
		s    *hub.Sub
		want []uint64
	}{"alice": {alice, []uint64{1, 3}}, "bob": {bob, []uint64{2, 3}}, "anon": {anon, []uint64{3}}} {
		var got []uint64
		evs, _ := tc.s.Take(1 << 20)
		for _, ev := range evs {
			got = append(got, ev.Seq)
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s got %v, want %v", name, got, tc.want)
		}
	}
	// A user's replay never carries another user's events either.
	s, _, _ := h.Subscribe(h.Epoch()+"-0", hub.Filter{User: "bob"})
	got, _ := logtest.Replay(t, s)
	for _, ev := range got {
		if ev.To.User == "alice" {
			t.Errorf("bob's replay carries alice's event %s", ev.ID)
		}
	}
	if _, err := h.Publish("x", "1", hub.Audience{User: "a", Topic: "b"}); !isRule(err, "topic", false) {
		t.Errorf("both user and topic: %v", err)
	}
}

func TestSlowSubscriberIsDropped(t *testing.T) {
	t.Parallel()
	h := hub.New(hub.Config{Buffer: 4})
	slow, _, _ := h.Subscribe("", hub.Filter{})
	fast, _, _ := h.Subscribe("", hub.Filter{})
	slowDropped, fastDropped := logtest.Dropped(slow), logtest.Dropped(fast)
	for range 10 {
		publishN(t, h, 1, hub.Audience{})
		<-logtest.Events(t, fast) // the fast one keeps up
	}
	select {
	case <-slowDropped:
	default:
		t.Fatal("slow subscriber was not dropped")
	}
	select {
	case <-fastDropped:
		t.Fatal("fast subscriber was dropped")
	default:
	}
	if st := h.Stats(); st.SlowDrops != 1 || st.Subscribers != 1 {
		t.Errorf("stats %+v", st)
	}
}

func TestTooLarge(t *testing.T) {
	t.Parallel()
	h := hub.New(hub.Config{Rules: hub.Rules{MaxData: 3}})
	if _, err := h.Publish("x", "1234", hub.Audience{}); !isRule(err, "data", true) {
		t.Errorf("got %v", err)
	}
}

func BenchmarkPublish1000Subscribers(b *testing.B) {
	h := hub.New(hub.Config{})
	for range 1000 {
		s, _, _ := h.Subscribe("", hub.Filter{})
		go func() {
			for range logtest.Events(b, s) {
			}
		}()
	}
	for b.Loop() {
		h.Publish("task", `{"n":1}`, hub.Audience{})
	}
}

func isRule(err error, field string, tooLarge bool) bool {
	var re *hub.RuleError
	return errors.As(err, &re) && re.Field == field && re.TooLarge == tooLarge
}
