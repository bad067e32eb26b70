//go:build js && wasm

package jsbridge_test

import (
	"testing"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
	"github.com/tether-sse/tether/wasm/internal/jsbridge"
)

// BenchmarkPipeline is Go's part of an event the loader's queue hands
// over, from the batch's packed string to a Go subscriber: the bridge and
// the core, real (the EventSource is a fake that dispatches
// MessageEvents), batches of 500. The first run is on cold code (time a
// fresh page's first 2,000 with -benchtime 2000x):
//
//	GOOS=js GOARCH=wasm go test -run - -bench Pipeline -exec="$(go env GOPATH)/bin/wasmbrowsertest" ./wasm/internal/jsbridge/
func BenchmarkPipeline(b *testing.B) {
	const size = 500
	es := fakeEventSource(b)
	listeners, _ := jsbridge.Global("Map").New()
	m, err := conn.New(conn.Config{NotificationsHost: "http://o.test"}, conn.Deps{
		Dialer: jsbridge.Dialer{Queue: loaderQueue(b), Listeners: listeners},
		Env:    jsbridge.Env{},
	})
	if err != nil {
		b.Fatal(err)
	}
	got, want := 0, 0
	done := make(chan struct{}, 1)
	m.Subscribe("bench", func(conn.Message) {
		if got++; got == want {
			done <- struct{}{}
		}
	})
	m.Start()
	defer m.Close()
	source, _ := es.Get("last")
	open, _ := safejs.Global().Call("eval", `(es) => { es.readyState = 1; es.dispatchEvent(new Event("open")); es.dispatchEvent(new MessageEvent("hello", {data: "{}", lastEventId: "1733-0"})); }`)
	if _, err := open.Invoke(source); err != nil {
		b.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for m.State() != conn.Connected {
		if time.Now().After(deadline) {
			b.Fatalf("state %v", m.State())
		}
		time.Sleep(time.Millisecond)
	}
	fire, _ := safejs.Global().Call("eval", `(es, n, from) => { for (let i = 0; i < n; i++) es.dispatchEvent(new MessageEvent("bench", {data: '{"n":1,"text":"a benchmark event of typical size, with a few fields"}', lastEventId: "1733-" + (from + i + 1)})); }`)
	b.ResetTimer()
	for sent := 0; sent < b.N; sent += size {
		n := min(size, b.N-sent)
		want = got + n
		if _, err := fire.Invoke(source, n, got); err != nil {
			b.Fatal(err)
		}
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			b.Fatalf("%d of %d events", got, want)
		}
	}
}

// fakeEventSource installs an EventSource that opens nothing: the test
// dispatches its events. It returns the constructor; its last is the
// latest instance.
func fakeEventSource(tb testing.TB) safejs.Value {
	tb.Helper()
	es, err := safejs.Global().Call("eval", `(() => {
		const real = globalThis.EventSource;
		class FakeEventSource extends EventTarget {
			constructor(url) { super(); this.url = url; this.readyState = 0; FakeEventSource.last = this; }
			close() { this.readyState = 2; }
		}
		FakeEventSource.restore = () => { globalThis.EventSource = real; };
		globalThis.EventSource = FakeEventSource;
		return FakeEventSource;
	})()`)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { es.Call("restore") })
	return es
}
