package natslog_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/hub/logtest"
	"github.com/tether-sse/tether/server/natslog"
)

// natsServer builds the nats-server command from the module the origin
// already depends on, once per test binary.
var natsServer = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "tether-nats")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "nats-server")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/nats-io/nats-server/v2").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("building nats-server: %v\n%s", err, out)
	}
	return bin, nil
})

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// node is one nats-server process of a cluster on loopback.
type node struct {
	args []string
	cmd  *exec.Cmd
	url  string
}

func (n *node) start(t *testing.T, bin string) {
	t.Helper()
	n.cmd = exec.Command(bin, n.args...)
	if err := n.cmd.Start(); err != nil {
		t.Fatal(err)
	}
}

func (n *node) kill() {
	n.cmd.Process.Kill()
	n.cmd.Wait()
}

// cluster starts three JetStream servers routed to each other.
func cluster(t *testing.T) []*node {
	t.Helper()
	bin, err := natsServer()
	if err != nil {
		t.Fatal(err)
	}
	var nodes []*node
	var routes []string
	cports := []int{freePort(t), freePort(t), freePort(t)}
	for _, p := range cports {
		routes = append(routes, fmt.Sprintf("nats://127.0.0.1:%d", p))
	}
	for i, cp := range cports {
		port := freePort(t)
		n := &node{url: fmt.Sprintf("nats://127.0.0.1:%d", port), args: []string{
			"-a", "127.0.0.1", "-p", fmt.Sprint(port), "-js", "-sd", t.TempDir(), "-n", fmt.Sprint("n", i),
			"--cluster_name", "tether", "-cluster", fmt.Sprintf("nats://127.0.0.1:%d", cp), "-routes", strings.Join(routes, ","),
		}}
		n.start(t, bin)
		t.Cleanup(n.kill)
		nodes = append(nodes, n)
	}
	for _, n := range nodes {
		n.waitListening(t)
	}
	return nodes
}

// waitListening waits until the server accepts clients.
func (n *node) waitListening(t *testing.T) {
	t.Helper()
	addr := strings.TrimPrefix(n.url, "nats://")
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
	}
	t.Fatalf("nats-server %s did not listen within 20 s", n.url)
}

// openReplica opens a hub on the cluster as one origin replica does,
// retrying while the cluster elects its JetStream leader.
func openReplica(t *testing.T, urls string) *hub.Hub {
	t.Helper()
	nc, err := natslog.Connect(urls)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	var l *natslog.Log
	for deadline := time.Now().Add(30 * time.Second); ; {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		l, err = natslog.Open(ctx, nc, natslog.Config{Replicas: 3})
		cancel()
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("opening the replicated stream: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	h, err := hub.Open(hub.Config{Window: 20, Buffer: 10_000}, l) // the test reads its streams at the end
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.Close)
	return h
}

// replayAll reads a replay to its end, or to an error or a reset.
func replayAll(s *hub.Sub) ([]hub.Event, error) {
	var evs []hub.Event
	for {
		p, err := s.Replay()
		if err != nil {
			return evs, err
		}
		if p.Reset != "" {
			return evs, fmt.Errorf("reset %s", p.Reset)
		}
		if len(p.Events) == 0 {
			return evs, nil
		}
		evs = append(evs, p.Events...)
	}
}

// TestClusterLosesANode: three NATS servers, the stream replicated three
// times, two origin replicas on it, a stream on each. Publishes alternate
// between the replicas while one NATS server is killed and restarted:
// every acknowledged event reaches both streams exactly once and in order,
// and a resume older than the window keeps working during the failover.
func TestClusterLosesANode(t *testing.T) {
	nodes := cluster(t)
	var urls []string
	for _, n := range nodes {
		urls = append(urls, n.url)
	}
	a, b := openReplica(t, strings.Join(urls, ",")), openReplica(t, strings.Join(urls, ","))
	onA, _, _ := a.Subscribe("", hub.Filter{})
	onB, _, _ := b.Subscribe("", hub.Filter{})
	defer onA.Close()
	defer onB.Close()

	var acked []string
	refused := 0
	var longest time.Duration
	last := time.Now()
	publish := func(i int) {
		h := a
		if i%2 == 1 {
			h = b
		}
		ev, err := h.Publish("task", fmt.Sprint(i), hub.Audience{})
		if err != nil {
			refused++
			return
		}
		longest = max(longest, time.Since(last))
		last = time.Now()
		acked = append(acked, ev.ID)
	}
	for i := range 100 {
		publish(i)
	}
	nodes[0].kill() // a server of the three, whichever it led
	killed := time.Now()
	for i := 100; time.Since(killed) < 4*time.Second || i < 300; i++ {
		publish(i)
		time.Sleep(5 * time.Millisecond)
	}
	// A resume older than the window, while the server is still down: as
	// a page would, it tries again (after its retry:) until it is served.
	tries, resumedIn, why := 0, time.Now(), ""
	for resumed := false; !resumed; tries++ {
		if time.Since(resumedIn) > 30*time.Second {
			t.Fatalf("no resume from the log within 30 s of the failover (%d tries; the last: %s)", tries, why)
		}
		if tries > 0 {
			time.Sleep(250 * time.Millisecond)
		}
		s, r, err := b.Subscribe(acked[10], hub.Filter{})
		if err != nil {
			why = "subscribe: " + err.Error()
			continue
		}
		got, err := replayAll(s)
		s.Close()
		why = fmt.Sprintf("reset %q, %d events, err %v", r.Reset, len(got), err)
		if len(got) > 0 {
			why += fmt.Sprintf(", from %s to %s (want %s to %s)", got[0].ID, got[len(got)-1].ID, acked[11], acked[len(acked)-1])
		}
		if err == nil && r.Reset == "" && len(got) >= 150 && got[0].ID == acked[11] && got[len(got)-1].ID == acked[len(acked)-1] {
			resumed = true
		}
	}
	resumeTook := time.Since(resumedIn)
	bin, _ := natsServer()
	nodes[0].start(t, bin)
	for i := range 100 {
		publish(10_000 + i)
	}
	for name, s := range map[string]*hub.Sub{"a": onA, "b": onB} {
		var got []string
		timeout := time.After(30 * time.Second)
		for len(got) < len(acked) {
			select {
			case ev := <-logtest.Events(t, s):
				got = append(got, ev.ID)
			case <-timeout:
				t.Fatalf("stream on %s got %d of %d acknowledged events", name, len(got), len(acked))
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(acked) {
			t.Errorf("stream on %s: the acknowledged events out of order, repeated or missing", name)
		}
	}
	t.Logf("a NATS server of three killed and restarted: %d publishes acknowledged, %d refused, longest pause between acknowledgements %v; a resume from the log served after %d tries (%v); both streams got every acknowledged event once, in order",
		len(acked), refused, longest.Round(time.Millisecond), tries, resumeTook.Round(time.Millisecond))
}
