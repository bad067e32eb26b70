package e2e

import (
	"testing"

	"github.com/tether-sse/tether/server/origin"
)

// TestInitialConnection: every widget gets exactly its events, and the
// origin sees one stream for the page.
func TestInitialConnection(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		r.load(map[string]string{"queryString": quiet})
		r.connected()
		want := r.publish(3)
		r.expect(want)
		if n := r.openStreams(); n != 1 {
			t.Errorf("origin sees %d streams for one page, want 1", n)
		}
		if got := eval[[]string](r, "demo.states"); len(got) < 1 || got[len(got)-1] != "Connected" {
			t.Errorf("states %v", got)
		}
	})
}
