package conn_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/tether-sse/tether/wasm/conn"
)

// BenchmarkMessage is the core's work for one event from the source to a
// subscriber: the cost each event pays in the browser, before JS (where
// wasm runs it a few times slower).
func BenchmarkMessage(b *testing.B) {
	for _, shared := range []bool{false, true} {
		name := "one tab"
		if shared {
			name = "shared across tabs"
		}
		b.Run(name, func(b *testing.B) {
			d := &fakeDialer{}
			deps := conn.Deps{Dialer: d, Env: &fakeEnv{}, Clock: &fakeClock{now: time.Unix(1000, 0)}, Rand: func() float64 { return 0 }}
			var browser *fakeBrowser
			if shared {
				browser = &fakeBrowser{}
				port := browser.tab("tab0")
				d.tab = port
				deps.Tabs, deps.Clock = port, port.clock(&fakeClock{now: time.Unix(1000, 0)})
			}
			m, err := conn.New(conn.Config{NotificationsHost: "http://o.test"}, deps)
			if err != nil {
				b.Fatal(err)
			}
			got := 0
			m.Subscribe("bench", func(conn.Message) { got++ })
			m.Start()
			if browser != nil {
				browser.flush()
			}
			s := d.last()
			s.open()
			s.emit("hello", "e-0", `{"retry":1000,"heartbeat":20000}`)
			if m.State() != conn.Connected {
				b.Fatalf("state %v", m.State())
			}
			ids := make([]string, b.N)
			for i := range ids {
				ids[i] = "e-" + strconv.Itoa(i+1)
			}
			data := `{"t":1733370000000000000,"n":12345}`
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				s.emit("bench", ids[i], data)
			}
			b.StopTimer()
			if got != b.N {
				b.Fatalf("delivered %d of %d", got, b.N)
			}
		})
	}
}
