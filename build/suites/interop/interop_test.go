// Package interop runs clients we did not write against the origin.
package interop

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/tether-sse/tether/build/testing/testenv"
	"github.com/tether-sse/tether/server/origin"
)

// TestNodeEventSourceResumes runs the npm eventsource package (v4), a
// client we did not write, against the origin: it reads named events, the
// connection drops, events are published while it is away, and it
// must resume by Last-Event-ID with no gap and no duplicate.
func TestNodeEventSourceResumes(t *testing.T) {
	t.Parallel()
	dir, _ := filepath.Abs(".")
	_, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(dir, "node_modules", "eventsource"))
	}
	testenv.Require(t, "node with build/suites/interop's npm packages (npm ci --prefix build/suites/interop)", err)

	o := origin.New(origin.Config{Retry: 100 * time.Millisecond, Logger: slog.New(slog.DiscardHandler)})
	srv := httptest.NewUnstartedServer(o)
	nw := &network{Listener: srv.Listener}
	srv.Listener = nw
	srv.Start()
	t.Cleanup(func() { o.Drain(); srv.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join(dir, "resume.mjs"), srv.URL+"/v1/sse/connect", "9")
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	type line struct {
		ID, Event, Data string
		Open, Error     bool
		Timeout         bool
	}
	next := func() line {
		if !lines.Scan() {
			t.Fatalf("node client ended early: %v", cmd.Wait())
		}
		var l line
		json.Unmarshal(lines.Bytes(), &l)
		if l.Timeout {
			t.Fatal("node client timed out")
		}
		return l
	}
	untilOpen := func() {
		for l := next(); !l.Open; l = next() {
		}
	}
	var published, got []string
	pub := func(n int) {
		for range n {
			ev, err := o.Publish(origin.PublishRequest{Event: "task", Data: []byte(fmt.Sprintf(`{"n":%d}`, len(published)))})
			if err != nil {
				t.Fatal(err)
			}
			published = append(published, ev.ID)
		}
	}
	readEvents := func(n int) {
		for len(got) < n {
			if l := next(); l.ID != "" {
				got = append(got, l.ID)
			}
		}
	}
	untilOpen()
	pub(3)
	readEvents(3)
	nw.drop() // the network drops
	for deadline := time.Now().Add(5 * time.Second); o.OpenStreams() != 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d streams still open after the network dropped", o.OpenStreams())
		}
	}
	pub(3) // while the client is away
	untilOpen()
	pub(3)
	readEvents(9)
	if fmt.Sprint(got) != fmt.Sprint(published) {
		t.Errorf("node client got\n %v\nwant\n %v", got, published)
	}
	cmd.Wait()
}

// network is the test server's side of the network: it remembers every
// connection it accepted, so that the test can cut them all, the
// hijacked ones in the origin's park included (httptest's
// CloseClientConnections, like http.Server.Close, does not see those).
type network struct {
	net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func (n *network) Accept() (net.Conn, error) {
	c, err := n.Listener.Accept()
	if err == nil {
		n.mu.Lock()
		n.conns = append(n.conns, c)
		n.mu.Unlock()
	}
	return c, err
}

// drop shuts down every connection accepted, both ways: whoever holds
// each one (net/http, the park) sees it end, as the client does.
func (n *network) drop() {
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, c := range n.conns {
		c.(*net.TCPConn).CloseRead()
		c.(*net.TCPConn).CloseWrite()
	}
	n.conns = nil
}
