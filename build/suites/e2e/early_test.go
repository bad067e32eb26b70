package e2e

import (
	"net/url"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/origin"
)

// TestStreamOpensWhileModuleDownloads: the loader opens the stream before
// the module has arrived and keeps what comes; the runtime adopts that
// EventSource (one stream, instance 1) and the widgets get every event
// published during the download, once and in order, then the live ones.
// The second query needs the loader to build the stream URL byte for byte
// as the runtime does (sorted keys, its escapes), or the runtime would
// not adopt the stream and the events kept would be lost.
func TestStreamOpensWhileModuleDownloads(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		for _, query := range []string{quiet, quiet + "&a_note=a+b!*'()~%C3%A9%2B%20"} {
			t.Run(url.QueryEscape(query), func(t *testing.T) { earlyStream(t, eng, query) })
		}
	})
}

func earlyStream(t *testing.T, eng engine, query string) {
	{
		r := newRig(t, eng, origin.Config{})
		r.moduleGate = make(chan struct{})
		released := false
		release := func() {
			if !released {
				released = true
				close(r.moduleGate)
			}
		}
		defer release()
		loaded := make(chan struct{})
		go func() {
			defer close(loaded)
			r.drv.navigate(r.pageBase() + "/?" + url.Values{"goapp": {"off"}, "queryString": {query}}.Encode())
		}()
		r.waitStreams(1, 10*time.Second) // the module is still held
		during := r.publish(3)
		time.Sleep(200 * time.Millisecond) // they reach the page before the module does
		release()
		<-loaded
		r.wait("window.demo && (demo.ready || demo.loadError)", 20*time.Second)
		r.connected()
		after := r.publish(2)
		r.expect(merge(during, after))
		if n := r.openStreams(); n != 1 {
			t.Errorf("%d streams at the origin, want 1: the runtime did not adopt the loader's", n)
		}
		if got := eval[int](r, "tether.instanceId()"); got != 1 {
			t.Errorf("instanceId %d, want 1", got)
		}
		if got := eval[int](r, "tether.stats().duplicates"); got != 0 {
			t.Errorf("%d duplicates", got)
		}
	}
}
