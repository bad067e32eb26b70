package origin_test

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/tether-sse/tether/server/origin"
)

// The origin inside a server of your own: its endpoints under /tether/,
// your page and files everywhere else. The runtime on your page is given
// path: "/tether/v1/sse/connect" (the beacon goes beside it).
func ExampleOrigin_API() {
	o := origin.New(origin.Config{PublishToken: "secret", Logger: slog.New(slog.DiscardHandler)})
	defer o.Drain()
	mux := http.NewServeMux()
	mux.Handle("/tether/", http.StripPrefix("/tether", o.API()))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "your app\n") })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	for _, path := range []string{"/", "/tether/healthz", "/tether/web/tether.js"} {
		resp, _ := http.Get(srv.URL + path)
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s %d %s", path, resp.StatusCode, strings.SplitAfter(string(b), "\n")[0])
	}
	// Output:
	// / 200 your app
	// /tether/healthz 200 ok
	// /tether/web/tether.js 404 {"error":"no such endpoint: GET /web/tether.js"}
}
