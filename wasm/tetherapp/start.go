package tetherapp

import (
	"context"
	"time"
)

// Options configure the runtime a go-app module starts when it is the
// first on the page: the loader's options, in Go. A module that joins a
// runtime another module started takes that one's. When the page's loader
// started the module (loadWidgets), each option its config sets replaces
// the module's.
type Options struct {
	// NotificationsHost is the origin, e.g. "https://events.example.com".
	// Empty means the page's own origin.
	NotificationsHost string
	// Path is the stream's path; empty means "/v1/sse/connect". An origin
	// mounted under a prefix: "/tether/v1/sse/connect".
	Path string
	// QueryString is appended to the stream URL, e.g. "topics=tasks".
	QueryString string
	// BackgroundThreshold: hidden longer than this, the page reconnects on
	// return. Zero means 10 s; negative means always.
	BackgroundThreshold time.Duration
	// WithCredentials sends cookies to a cross-origin NotificationsHost.
	WithCredentials bool
	// LoggedOut starts logged out: the runtime connects on Login.
	LoggedOut bool
	// OwnStream gives this tab a stream of its own instead of sharing one
	// among the tabs of the same stream URL (shareAcrossTabs: false).
	OwnStream bool
	// Token returns the access token sent with every new stream (a
	// session minted by your back end); nil means none. It runs on a
	// goroutine of its own; one that fails twice running is an auth
	// error (state Error, AuthError 0).
	Token func(ctx context.Context) (string, error)
}

// tokenFunc is Options.Token as the runtime's token source.
type tokenFunc func(ctx context.Context) (string, error)

// Token runs f on a goroutine of its own, with a 30 s deadline.
func (f tokenFunc) Token(done func(token string, err error)) {
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		done(f(ctx))
	}()
}
