package origin_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/tether-sse/tether/build/testenv"
	"github.com/tether-sse/tether/server/origin"
)

// TestNodeEventSourceResumes runs the npm eventsource package (v4), a
// client we did not write, against the origin: it reads named events, the
// connection drops, events are published while it is away, and it
// must resume by Last-Event-ID with no gap and no duplicate.
func TestNodeEventSourceResumes(t *testing.T) {
	t.Parallel()
	dir, _ := filepath.Abs("../../build/nodeclient")
	_, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(dir, "node_modules", "eventsource"))
	}
	testenv.Require(t, "node with build/nodeclient's npm packages (npm ci --prefix build/nodeclient)", err)

	o, srv := newOrigin(t, origin.Config{Retry: 100 * time.Millisecond})
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
			published = append(published, publish(t, o, "task", fmt.Sprintf(`{"n":%d}`, len(published))))
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
	dropNetwork(srv) // the network drops
	waitFor(t, func() bool { return o.OpenStreams() == 0 })
	pub(3) // while the client is away
	untilOpen()
	pub(3)
	readEvents(9)
	if fmt.Sprint(got) != fmt.Sprint(published) {
		t.Errorf("node client got\n %v\nwant\n %v", got, published)
	}
	cmd.Wait()
}
