package conn

import (
	"time"
)

// Config keeps the seed's option names.
type Config struct {
	// NotificationsHost is the origin, e.g. "http://localhost:3001". Empty
	// means the page's own origin (a relative URL).
	NotificationsHost string
	// Path is the stream's path. Empty means "/v1/sse/connect". The page-exit
	// beacon goes to the same path with its last segment "disconnect".
	Path string
	// QueryString is appended to the stream URL, e.g. "intervalMs=1000".
	// A leading "?" is ignored. Empty means none.
	QueryString string
	// BackgroundThreshold: hidden longer than this, the page reconnects on
	// return. Zero means 10s; negative means always reconnect on return
	// (the JS option's 0).
	BackgroundThreshold time.Duration
	// MinBackoff and MaxBackoff bound the reconnect delay. Zero means 1s
	// and 30s. The server's retry: raises the minimum.
	MinBackoff, MaxBackoff time.Duration
	// LoggedOut starts the manager logged out: it connects on Login. False
	// (the default) connects on Start.
	LoggedOut bool
	// OnHandlerPanic hears of a handler that panicked (it was isolated).
	// Nil means the panic is only counted.
	OnHandlerPanic func(event string, v any)
}

// Deps are the ports. Dialer is required; nil Clock means SystemClock,
// nil Env means no beacons and no status probes, nil Rand means
// a generator seeded from the clock (see jitter), nil Token means streams carry no access token, nil Tabs
// means this tab holds its own stream (role solo).
type Deps struct {
	Dialer Dialer
	Env    Env
	Clock  Clock
	Rand   func() float64
	Token  TokenSource
	Tabs   Tabs
}

// jitter is the default Rand: xorshift64 from seed. Backoff jitter needs
// spread, not secrecy, and math/rand/v2 is bytes the lean module need not
// carry (a test keeps it out). The manager calls it under its lock.
func jitter(seed uint64) func() float64 {
	s := seed | 1
	return func() float64 {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		return float64(s>>11) / (1 << 53)
	}
}
