package origin_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"time"

	"github.com/tether-sse/tether/server/origin"
)

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
