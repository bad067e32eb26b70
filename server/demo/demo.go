package demo

import (
	"bufio"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tether-sse/tether/server/origin"
)

// Config configures a Demo. Zero values are usable defaults.
type Config struct {
	// Interval is the event rate of streams that do not pass intervalMs.
	// Zero means they get no demo events.
	Interval time.Duration
	// TrustedOrigins may call the controls cross-origin (the origin's
	// allow-list), and their hosts may reach the demo besides loopback.
	// Empty means same-origin only, on localhost, 127.0.0.0/8 or ::1.
	TrustedOrigins []string
	// Logger receives structured logs. Nil means slog.Default().
	Logger *slog.Logger
}

// Demo wraps an Origin with demo mode. Create it with New.
type Demo struct {
	o    *origin.Origin
	cfg  Config
	log  *slog.Logger
	mux  *http.ServeMux
	gens generators
	// trustedHosts are the hosts of cfg.TrustedOrigins, which may reach
	// the demo besides loopback.
	trustedHosts map[string]bool

	mu         sync.Mutex
	failStatus int
	failCount  int       // failures still to inject
	failed     int       // failures injected so far
	offUntil   time.Time // the simulated network is down until then
	taps       map[*tap]struct{}
}

// New wraps o. It logs one warning: demo mode must never face the internet.
func New(o *origin.Origin, cfg Config) *Demo {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	d := &Demo{o: o, cfg: cfg, log: cfg.Logger, taps: make(map[*tap]struct{}), trustedHosts: make(map[string]bool)}
	for _, trusted := range cfg.TrustedOrigins {
		if u, err := url.Parse(trusted); err == nil {
			d.trustedHosts[strings.ToLower(u.Host)] = true
		}
	}
	d.gens.init(o)
	d.routes()
	d.log.Warn("DEMO MODE IS ON: /v1/demo/* lets anyone sign in as any user, publish, and drop every stream; never expose it to the internet")
	return d
}

// ServeHTTP implements http.Handler. It answers only requests for a
// loopback host or the host of a trusted origin: a site whose name an
// attacker points at 127.0.0.1 (DNS rebinding) would otherwise be same-origin
// with a developer's demo, and its doors wide open.
func (d *Demo) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !d.hostAllowed(r.Host) {
		origin.WriteJSON(w, http.StatusForbidden, map[string]string{"field": "Host",
			"error": "demo mode answers only for localhost and the hosts of -allow-origins; to open it to a LAN, add this page's origin there"})
		return
	}
	d.mux.ServeHTTP(w, r)
}

// hostAllowed reports whether host (the Host header) names this machine's
// loopback or the host of a trusted origin. It stops browsers (DNS
// rebinding), not a client that writes its own Host: that is why demo
// mode listens on loopback unless -addr says otherwise.
func (d *Demo) hostAllowed(host string) bool {
	name := host
	if h, _, err := net.SplitHostPort(host); err == nil {
		name = h
	}
	if name == "localhost" {
		return true
	}
	if ip := net.ParseIP(strings.Trim(name, "[]")); ip != nil && ip.IsLoopback() {
		return true
	}
	return d.trustedHosts[strings.ToLower(host)]
}

// Close stops the generators. Call it with the origin's Drain.
func (d *Demo) Close() { d.gens.stopAll() }

// Interval bounds for intervalMs.
const (
	minInterval = 50
	maxInterval = 3_600_000
)

// stream is GET /v1/sse/connect seen through the demo.
func (d *Demo) stream(w http.ResponseWriter, r *http.Request) {
	if status := d.takeFailure(); status != 0 {
		d.o.Refuse(w, r, status, "", "failure injected by /v1/demo/fail")
		return
	}
	if d.offline() {
		panic(http.ErrAbortHandler) // no answer: the connection just closes
	}
	every := d.cfg.Interval
	q := r.URL.Query()
	if v := q.Get("intervalMs"); q.Has("intervalMs") {
		n, err := strconv.Atoi(v)
		if err != nil || n != 0 && (n < minInterval || n > maxInterval) {
			d.o.Refuse(w, r, http.StatusBadRequest, "intervalMs",
				"intervalMs: must be 0 (no demo events) or milliseconds between "+strconv.Itoa(minInterval)+" and "+strconv.Itoa(maxInterval))
			return
		}
		every = time.Duration(n) * time.Millisecond
		q.Del("intervalMs")
	}
	r = origin.WithTestFlags(r)
	r.URL.RawQuery = q.Encode()
	if every > 0 { // the generator starts only for a stream the origin accepts
		r = origin.WhenOpened(origin.WithTopics(r, topic(every)), func(func()) func() {
			d.gens.acquire(every)
			return func() { d.gens.release(every) }
		})
	}
	// The tap counts among the open streams from the stream's opening to
	// its end, which may come long after ServeHTTP returns: the origin
	// hands a live stream's connection to its park.
	t := &tap{ResponseWriter: w}
	r = origin.WhenOpened(r, func(end func()) func() {
		d.mu.Lock()
		defer d.mu.Unlock()
		t.drop = end
		d.taps[t] = struct{}{}
		return func() {
			d.mu.Lock()
			defer d.mu.Unlock()
			delete(d.taps, t)
		}
	})
	d.o.ServeHTTP(t, r)
}

// each calls f on every stream that is open now.
func (d *Demo) each(f func(*tap)) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	for t := range d.taps {
		f(t)
	}
	return len(d.taps)
}

// tap is a stream's ResponseWriter as the demo holds it: drop ends the
// stream; once silenced it swallows every write, as a socket that died
// without a FIN does, until the client gives up on it. It stays in the
// stream's way once the origin hijacks the connection.
type tap struct {
	http.ResponseWriter
	drop   func() // set under Demo.mu when the stream opens
	silent atomic.Bool
}

// Hijack hands the origin the connection wrapped in the tap.
func (t *tap) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	c, rw, err := http.NewResponseController(t.ResponseWriter).Hijack()
	if err != nil {
		return nil, nil, err
	}
	return &tapConn{Conn: c, t: t}, rw, nil
}

// tapConn is a hijacked stream's connection seen through its tap.
type tapConn struct {
	net.Conn
	t *tap
}

func (c *tapConn) Write(b []byte) (int, error) {
	if c.t.silent.Load() {
		return len(b), nil
	}
	return c.Conn.Write(b)
}

// NetConn is the connection under the tap, where the park watches for
// the client leaving.
func (c *tapConn) NetConn() net.Conn { return c.Conn }

func (t *tap) Write(b []byte) (int, error) {
	if t.silent.Load() {
		return len(b), nil
	}
	return t.ResponseWriter.Write(b)
}

// FlushError lets http.ResponseController flush through the tap.
func (t *tap) FlushError() error {
	if t.silent.Load() {
		return nil
	}
	return http.NewResponseController(t.ResponseWriter).Flush()
}

// Unwrap lets http.ResponseController set deadlines on the connection.
func (t *tap) Unwrap() http.ResponseWriter { return t.ResponseWriter }

func (d *Demo) takeFailure() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.failCount == 0 {
		return 0
	}
	d.failCount--
	d.failed++
	return d.failStatus
}

func (d *Demo) offline() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return time.Now().Before(d.offUntil)
}
