package demo_test

import (
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/tether-sse/tether/server/demo"
	"github.com/tether-sse/tether/server/origin"
)

// Demo mode wraps an origin; the origin itself never serves /v1/demo/*.
func Example() {
	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{} // a stable output for the example
			}
			return a
		},
	}))
	o := origin.New(origin.Config{Logger: log})
	d := demo.New(o, demo.Config{Interval: 2 * time.Second, Logger: log})
	defer d.Close()
	var _ http.Handler = o.Server(d).Handler
	// Output:
	// level=WARN msg="DEMO MODE IS ON: /v1/demo/* lets anyone sign in as any user, publish, and drop every stream; never expose it to the internet"
}
