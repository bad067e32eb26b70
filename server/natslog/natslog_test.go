package natslog_test

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/hub/logtest"
	"github.com/tether-sse/tether/server/natslog"
)

// embedded starts a real NATS server with JetStream in this process, its
// store in dir.
func embedded(t *testing.T, dir string) *nats.Conn {
	t.Helper()
	ns, nc, err := natslog.Embedded(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { nc.Close(); ns.Shutdown(); ns.WaitForShutdown() })
	return nc
}

func open(t *testing.T, nc *nats.Conn) *natslog.Log {
	t.Helper()
	l, err := natslog.Open(context.Background(), nc, natslog.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestSuite(t *testing.T) {
	logtest.Run(t, func(t *testing.T) hub.Log { return open(t, embedded(t, t.TempDir())) })
}

func openHub(t *testing.T, l hub.Log) *hub.Hub {
	t.Helper()
	h, err := hub.Open(hub.Config{}, l)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.Close)
	return h
}

func publish(t *testing.T, h *hub.Hub, n int, to hub.Audience) []string {
	t.Helper()
	var ids []string
	for i := range n {
		ev, err := h.Publish("task", fmt.Sprintf(`{"n":%d}`, i), to)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, ev.ID)
	}
	return ids
}

func ids(evs []hub.Event) []string {
	var out []string
	for _, ev := range evs {
		out = append(out, ev.ID)
	}
	return out
}

func live(t *testing.T, s *hub.Sub, n int) []string {
	t.Helper()
	var out []string
	for len(out) < n {
		select {
		case ev := <-logtest.Events(t, s):
			out = append(out, ev.ID)
		case <-time.After(5 * time.Second):
			t.Fatalf("got %v live, want %d events", out, n)
		}
	}
	return out
}

func quiet(t *testing.T, s *hub.Sub) {
	t.Helper()
	select {
	case ev := <-logtest.Events(t, s):
		t.Errorf("unexpected event %+v", ev)
	case <-time.After(300 * time.Millisecond):
	}
}

// TestRestartResumesExactly: an origin restarted on the same store knows
// every id it gave out: a client resumes with what it missed, no reset.
func TestRestartResumesExactly(t *testing.T) {
	dir := t.TempDir()
	ns, nc, err := natslog.Embedded(dir)
	if err != nil {
		t.Fatal(err)
	}
	before := openHub(t, open(t, nc))
	sent := publish(t, before, 5, hub.Audience{})
	epoch := before.Epoch()
	before.Close()
	nc.Close()
	ns.Shutdown()
	ns.WaitForShutdown()

	after := openHub(t, open(t, embedded(t, dir)))
	if after.Epoch() != epoch {
		t.Fatalf("epoch changed across a restart: %s → %s", epoch, after.Epoch())
	}
	s, r, err := after.Subscribe(sent[1], hub.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, reset := logtest.Replay(t, s); r.Reset != "" || reset != "" || fmt.Sprint(ids(got)) != fmt.Sprint(sent[2:]) {
		t.Errorf("resume after restart: reset %q %q, replay %v, want %v", r.Reset, reset, ids(got), sent[2:])
	}
	next := publish(t, after, 1, hub.Audience{})
	if got := live(t, s, 1); got[0] != next[0] || next[0] == sent[4] {
		t.Errorf("live after restart %v, want %v (new, after %s)", got, next, sent[4])
	}
}

// TestTwoReplicas: two hubs on one NATS share one log: a publish on either
// reaches streams on both, a client moves between them with its last id
// and gets exactly what it missed, and a user's events stay the user's.
func TestTwoReplicas(t *testing.T) {
	ns, nc1, err := natslog.Embedded(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { nc1.Close(); ns.Shutdown() })
	nc2, err := nats.Connect("", nats.InProcessServer(ns))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc2.Close)
	a, b := openHub(t, open(t, nc1)), openHub(t, open(t, nc2))
	if a.Epoch() != b.Epoch() {
		t.Fatalf("replicas disagree on the epoch: %s, %s", a.Epoch(), b.Epoch())
	}
	onA, _, _ := a.Subscribe("", hub.Filter{})
	onB, _, _ := b.Subscribe("", hub.Filter{})
	fromA, fromB := publish(t, a, 2, hub.Audience{}), publish(t, b, 2, hub.Audience{})
	for name, s := range map[string]*hub.Sub{"A": onA, "B": onB} {
		got := live(t, s, 4)
		if fmt.Sprint(got) != fmt.Sprint(append(fromA[:2:2], fromB...)) {
			t.Errorf("replica %s got %v, want %v then %v", name, got, fromA, fromB)
		}
	}
	// The client on A goes away after fromB[1]; events come; it returns to B.
	onA.Close()
	missed := publish(t, a, 3, hub.Audience{})
	moved, r, err := b.Subscribe(fromB[1], hub.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	// What B's follower had not seen yet when the client came arrives
	// live: replay then live is exactly what was missed, in order.
	after := publish(t, a, 1, hub.Audience{})
	want := append(missed, after...)
	replayed, reset := logtest.Replay(t, moved)
	got := append(ids(replayed), live(t, moved, len(want)-len(replayed))...)
	if r.Reset != "" || reset != "" || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("moved to B: reset %q %q, replay %v then live, got %v, want %v", r.Reset, reset, ids(replayed), got, want)
	}
	quiet(t, moved)

	alice, _, _ := b.Subscribe("", hub.Filter{User: "alice"})
	bob, _, _ := b.Subscribe("", hub.Filter{User: "bob"})
	forBob := publish(t, a, 1, hub.Audience{User: "bob"})
	if got := live(t, bob, 1); got[0] != forBob[0] {
		t.Errorf("bob got %v", got)
	}
	quiet(t, alice)
}

// TestPublishedStraightToNATS: a back end's own JetStream publish is an
// event like any other; one that breaks the rules is dropped and counted.
func TestPublishedStraightToNATS(t *testing.T) {
	nc := embedded(t, t.TempDir())
	l := open(t, nc)
	h := openHub(t, l)
	s, _, _ := h.Subscribe("", hub.Filter{User: "bob", Topics: map[string]bool{"ops": true}})
	js, _ := jetstream.New(nc)
	send := func(subject, name, data string) {
		m := nats.NewMsg(subject)
		if name != "" {
			m.Header.Set(natslog.EventHeader, name)
		}
		m.Data = []byte(data)
		if _, err := js.PublishMsg(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	send("tether.all", "", `{}`)                                                                 // no name
	send("tether.all", "hello", `{}`)                                                            // reserved
	send("tether.all", "task", `{not json`)                                                      // not JSON
	send("tether.topic.ops", "task", `{"via":"nats"}`)                                           // good
	send("tether.user."+base64.RawURLEncoding.EncodeToString([]byte("bob")), "note", `"hi bob"`) // good
	var got []string
	for len(got) < 2 {
		select {
		case ev := <-logtest.Events(t, s):
			got = append(got, ev.Name+" "+ev.Data)
		case <-time.After(5 * time.Second):
			t.Fatalf("got %v", got)
		}
	}
	if fmt.Sprint(got) != `[task {"via":"nats"} note "hi bob"]` {
		t.Errorf("got %v", got)
	}
	if n := l.Dropped.Load(); n != 3 {
		t.Errorf("dropped %d messages, want 3", n)
	}
}

// TestNATSDownAndBack: while NATS is down a publish fails (the origin
// answers 503) and open subscribers stay; when it is back, live delivery
// resumes with nothing skipped.
func TestNATSDownAndBack(t *testing.T) {
	dir := t.TempDir()
	start := func(port int) *server.Server {
		ns, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: port, JetStream: true, StoreDir: dir, NoSigs: true, NoLog: true})
		if err != nil {
			t.Fatal(err)
		}
		ns.Start()
		if !ns.ReadyForConnections(10 * time.Second) {
			t.Fatal("NATS not ready")
		}
		return ns
	}
	ns := start(-1)
	port := ns.Addr().(*net.TCPAddr).Port
	nc, err := natslog.Connect(ns.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	l := open(t, nc)
	h, err := hub.Open(hub.Config{Timeout: time.Second}, l)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	s, _, _ := h.Subscribe("", hub.Filter{})
	first := publish(t, h, 2, hub.Audience{})
	live(t, s, 2)

	ns.Shutdown()
	ns.WaitForShutdown()
	if _, err := h.Publish("task", `{}`, hub.Audience{}); !errors.Is(err, hub.ErrUnavailable) {
		t.Errorf("publish with NATS down: %v, want ErrUnavailable", err)
	}
	if l.Healthy() == nil {
		t.Error("healthy with NATS down")
	}

	ns = start(port)
	defer ns.Shutdown()
	var again []string
	deadline := time.Now().Add(10 * time.Second)
	for len(again) < 3 && time.Now().Before(deadline) {
		ev, err := h.Publish("task", `{}`, hub.Audience{})
		if err != nil {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		again = append(again, ev.ID)
	}
	if len(again) < 3 {
		t.Fatal("publishing did not come back within 10s")
	}
	if got := live(t, s, 3); fmt.Sprint(got) != fmt.Sprint(again) {
		t.Errorf("after NATS came back: %v, want %v (after %v)", got, again, first)
	}
}

// TestOneServerPerStore: a second server on a store directory in use is
// refused with ErrStoreInUse, naming the holder; once released, it is free.
func TestOneServerPerStore(t *testing.T) {
	dir := t.TempDir()
	unlock, err := natslog.LockDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := natslog.LockDir(dir); !errors.Is(err, natslog.ErrStoreInUse) || !strings.Contains(err.Error(), "pid") {
		t.Fatalf("a second lock: %v, want ErrStoreInUse naming the holder", err)
	}
	unlock()
	again, err := natslog.LockDir(dir)
	if err != nil {
		t.Fatalf("after unlock: %v", err)
	}
	again()
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"nats://user:password@h:4222":     "nats://REDACTED@h:4222",
		"nats://tok@h1,tls://u:p@h2:4222": "nats://REDACTED@h1,tls://REDACTED@h2:4222",
		"nats://h:4222":                   "nats://h:4222",
		"u:p@h":                           "REDACTED@h",
	} {
		if got := natslog.Redact(in); got != want || strings.Contains(got, "password") {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestResumesHoldNoConsumers: 200 resumes older than the hub's window, and
// 300 more at once, leave JetStream with the hub's one follower: each page
// of a replay reads with a consumer deleted as soon as it is read, and the
// hub lets only MaxLogReads resumes read at once (the rest are ErrBusy).
func TestResumesHoldNoConsumers(t *testing.T) {
	nc := embedded(t, t.TempDir())
	h, err := hub.Open(hub.Config{Window: 10, MaxLogReads: 4}, open(t, nc))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.Close)
	sent := publish(t, h, 600, hub.Audience{})
	for range 200 {
		s, _, err := h.Subscribe(sent[0], hub.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if got, reset := logtest.Replay(t, s); len(got) != 599 || reset != "" {
			t.Fatalf("replayed %d, reset %q", len(got), reset)
		}
		s.Close()
	}
	var busy, served atomic.Int64
	var wg sync.WaitGroup
	for range 300 {
		wg.Go(func() {
			s, _, err := h.Subscribe(sent[0], hub.Filter{})
			if errors.Is(err, hub.ErrBusy) {
				busy.Add(1)
				return
			}
			if err != nil {
				t.Error(err)
				return
			}
			defer s.Close()
			if p, err := s.Replay(); err != nil || len(p.Events) == 0 {
				t.Errorf("first page: %v", err)
			}
			served.Add(1)
		})
	}
	wg.Wait()
	js, _ := jetstream.New(nc)
	stream, err := js.Stream(context.Background(), "TETHER")
	if err != nil {
		t.Fatal(err)
	}
	info, err := stream.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("300 resumes at once: %d served, %d refused busy; consumers now %d", served.Load(), busy.Load(), info.State.Consumers)
	if info.State.Consumers > 1 {
		t.Errorf("%d consumers after 500 resumes, want the follower only", info.State.Consumers)
	}
}

// TestARefusedMessageAtTheTailIsHeard: a direct publish the rules refuse,
// last in the stream, moves the hub's head like any message: its follower
// is not taken for silent and started again (each refollow would leave an
// ordered consumer on NATS for minutes).
func TestARefusedMessageAtTheTailIsHeard(t *testing.T) {
	nc := embedded(t, t.TempDir())
	l := open(t, nc)
	h, err := hub.Open(hub.Config{FollowStall: 200 * time.Millisecond}, l)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.Close)
	js, _ := jetstream.New(nc)
	m := nats.NewMsg("tether.all")
	m.Header.Set(natslog.EventHeader, "task")
	m.Data = []byte(`{not json`)
	if _, err := js.PublishMsg(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second) // five FollowStalls
	if n := h.Stats().Refollows; n != 0 {
		t.Errorf("%d refollows after a refused message at the tail, want 0", n)
	}
}
