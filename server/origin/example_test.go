package origin_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

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

// A back end in another process publishes over HTTP with the token.
func ExamplePublisher() {
	o := origin.New(origin.Config{PublishToken: "secret", Logger: slog.New(slog.DiscardHandler)})
	defer o.Drain()
	srv := httptest.NewServer(o)
	defer srv.Close()

	p := origin.Publisher{URL: srv.URL, Token: "secret"}
	id, err := p.Publish(context.Background(), origin.PublishRequest{Event: "task", Data: []byte(`{"taskId":"t-1"}`), User: "alice"})
	fmt.Println(id != "", err)
	_, err = p.Publish(context.Background(), origin.PublishRequest{Event: "hello"})
	fmt.Println(err)
	_, err = origin.Publisher{URL: srv.URL, Token: "wrong"}.Publish(context.Background(), origin.PublishRequest{Event: "task"})
	fmt.Println(err)
	// Output:
	// true <nil>
	// origin: publish refused (HTTP 400, event): "hello" is reserved for the origin
	// origin: publish refused (HTTP 401, Authorization): missing or wrong bearer token
}

// A back end mints a session for the page of a signed-in user: the value
// goes in the tether_session cookie, or in the access_token query
// parameter (the token option). It is unpadded base64url, the same in any
// language that shares the secret (the signature here is HMAC-SHA256 of
// "YWxpY2U.1767225600.b3Bz", checked against Python's hmac).
func ExampleSignSession() {
	secret := []byte("shared with the origin: -session-secret")
	v := origin.SignSession(secret, origin.Session{User: "alice", Topics: []string{"ops"}, Expires: time.Unix(1767225600, 0)})
	fmt.Println(v)
	// Output:
	// YWxpY2U.1767225600.b3Bz.5FBLPaxDboSY-l8kTxFTkNX0z8rrWRh7488FgGqkzVo
}
