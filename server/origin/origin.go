package origin

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	mrand "math/rand/v2"
	"net/http"
	"net/netip"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tether-sse/tether/server/catalog"
	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/internal/park"
)

// Config configures an Origin. Zero values are usable defaults.
type Config struct {
	// Root holds index.html and web/. Empty means the working directory.
	Root string
	// AllowedOrigins may read the stream, the beacon and web/ cross-origin
	// (with credentials). Empty means same-origin only.
	AllowedOrigins []string
	// PublishToken guards POST /v1/publish. Empty turns the API off (503).
	PublishToken string
	// MetricsToken lets a client that presents it as a bearer token read
	// GET /metrics. Empty means only clients on loopback may.
	MetricsToken string
	// SessionSecret signs session cookies. Nil means a random secret per
	// process, so sessions do not survive a restart.
	SessionSecret []byte
	// RequireAuth refuses anonymous streams with 401. False lets anonymous
	// streams receive broadcast and public-topic events (never user events).
	RequireAuth bool
	// PublicTopics may be read by any stream. Any other topic needs a
	// session that grants it. Empty means no public topics.
	PublicTopics []string
	// Heartbeat is the default heartbeat period. Zero means 20s. A stream
	// may ask for another between MinHeartbeat and MaxHeartbeat; only
	// streams granted the test flags (demo mode) may turn it off.
	Heartbeat time.Duration
	// Retry is the reconnect delay sent as retry:. Zero means 3s.
	Retry time.Duration
	// WriteTimeout bounds every write to a client. Zero means 10s.
	WriteTimeout time.Duration
	// GoroutinePerStream keeps every stream on the net/http goroutine that
	// accepted it, as HTTP/2 streams always are: about 34 KB of memory an
	// idle stream instead of about 2 KB in the park. For comparison and as
	// a way back; false (the default) hands HTTP/1 streams to the park.
	GoroutinePerStream bool
	// DrainSpread is the longest window over which a drain spreads its
	// streams' reconnects: each stream ends with its own retry: drawn from
	// a window of 1 ms per stream held, at least 500 ms and at most this.
	// Zero means 10s.
	DrainSpread time.Duration
	// Hub fans events out and keeps them for resume. Nil means a hub on an
	// in-memory log of LogSize events (lost at restart), with ClientBuffer
	// events queued per stream; zero means the hub's defaults.
	Hub                   *hub.Hub
	LogSize, ClientBuffer int
	// Healthy reports why the origin cannot serve now (its event log is
	// unreachable), or nil; /healthz answers 503 with the reason. Nil means
	// always healthy.
	Healthy func() error
	// TrustedProxies are the proxies whose requests carry the client's
	// address in ForwardedHeader. Empty (the default) trusts none: the
	// client is the peer, and a forged header changes nothing.
	TrustedProxies []netip.Prefix
	// ForwardedHeader is where a trusted proxy writes the client's address:
	// XForwardedFor (the default when empty) or Forwarded (RFC 7239). Only
	// the one named is read: a client could forge the other.
	ForwardedHeader string
	// IPv6Prefix is the prefix length by which anonymous IPv6 clients are
	// counted against MaxClientStreams. Zero means 64, a home's or phone's
	// whole network.
	IPv6Prefix int
	// Limits bound every input; zero fields mean DefaultLimits.
	Limits Limits
	// Logger receives structured logs, never payloads or tokens. Nil
	// means slog.Default().
	Logger *slog.Logger
	// Now is the clock. Nil means time.Now.
	Now func() time.Time
}

// Origin serves Tether's endpoints. Create it with New.
type Origin struct {
	cfg         Config
	lim         Limits
	hub         *hub.Hub
	allowed     map[string]bool
	public      map[string]bool
	log         *slog.Logger
	mux, api    *http.ServeMux // everything; the endpoints alone
	draining    chan struct{}
	drain       sync.Once
	drainWindow time.Duration // set before draining closes
	drainSlots  int           // as many as streams were open then
	drained     atomic.Int64  // streams told to come back so far
	streams     registry
	park        *park.Park
	clients     clients
	refused     refusals // refused origins, for the log

	connections, delivered, beacons, rejected, overNode, overClient atomic.Uint64
}

// New returns an Origin with a fresh hub.
func New(cfg Config) *Origin {
	if cfg.Root == "" {
		cfg.Root = "."
	}
	if cfg.SessionSecret == nil {
		cfg.SessionSecret = make([]byte, 32)
		rand.Read(cfg.SessionSecret)
	}
	if cfg.Heartbeat == 0 {
		cfg.Heartbeat = 20 * time.Second
	}
	if cfg.Retry == 0 {
		cfg.Retry = 3 * time.Second
	}
	if cfg.WriteTimeout == 0 {
		cfg.WriteTimeout = 10 * time.Second
	}
	if cfg.DrainSpread <= 0 {
		cfg.DrainSpread = 10 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	lim := cfg.Limits.withDefaults()
	if cfg.Hub == nil {
		cfg.Hub = hub.New(hub.Config{LogSize: cfg.LogSize, Buffer: cfg.ClientBuffer, Rules: lim.Rules(), Now: cfg.Now})
	}
	o := &Origin{
		cfg:      cfg,
		lim:      lim,
		hub:      cfg.Hub,
		allowed:  make(map[string]bool),
		public:   make(map[string]bool),
		log:      cfg.Logger,
		draining: make(chan struct{}),
		park:     park.New(park.Config{}),
		clients:  newClients(cfg),
	}
	o.streams.init(lim)
	for _, a := range cfg.AllowedOrigins {
		o.allowed[a] = true
	}
	for _, t := range cfg.PublicTopics {
		o.public[t] = true
	}
	o.routes()
	return o
}

func (o *Origin) routes() {
	endpoints := func(m *http.ServeMux) *http.ServeMux {
		m.HandleFunc("GET "+catalog.StreamPath, o.connect)
		m.HandleFunc("OPTIONS "+catalog.StreamPath, o.preflight)
		m.HandleFunc("POST "+catalog.DisconnectPath, o.disconnect)
		m.HandleFunc("OPTIONS "+catalog.DisconnectPath, o.preflight)
		m.HandleFunc("POST /v1/publish", o.publish)
		m.HandleFunc("GET /healthz", o.healthz)
		m.HandleFunc("GET /metrics", o.metrics)
		m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			writeError(w, http.StatusNotFound, "", "no such endpoint: "+r.Method+" "+r.URL.Path)
		})
		return m
	}
	o.api = endpoints(http.NewServeMux())
	o.mux = endpoints(http.NewServeMux())
	o.mux.HandleFunc("GET /{$}", o.index)
	o.mux.HandleFunc("GET /web/{file...}", o.web)
}

// ServeHTTP serves every endpoint, the page (/) and web/ (the loader and
// the modules): the origin as its own server.
func (o *Origin) ServeHTTP(w http.ResponseWriter, r *http.Request) { o.limited(w, r, o.mux) }

// API serves the endpoints alone (the stream, the beacon, publish,
// /healthz, /metrics), for a server of your own that serves its page and
// files itself: mount it under a prefix with http.StripPrefix, and give
// the runtime the stream's path under it (path: "/tether/v1/sse/connect";
// the beacon goes beside it).
//
//	mux.Handle("/tether/", http.StripPrefix("/tether", o.API()))
func (o *Origin) API() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { o.limited(w, r, o.api) })
}

// limited applies the limits on every request, then mux.
func (o *Origin) limited(w http.ResponseWriter, r *http.Request, mux *http.ServeMux) {
	if len(r.URL.RawQuery) > o.lim.MaxQuery {
		o.Refuse(w, r, http.StatusBadRequest, "query", "the query string exceeds the limit of "+strconv.Itoa(o.lim.MaxQuery)+" bytes")
		return
	}
	if headerSize(r) > o.lim.MaxHeaderBytes {
		o.Refuse(w, r, http.StatusRequestHeaderFieldsTooLarge, "headers", "the request line and headers exceed the limit of "+strconv.Itoa(o.lim.MaxHeaderBytes)+" bytes")
		return
	}
	mux.ServeHTTP(w, r)
}

// Hub is the origin's hub, for publishing from the same process.
func (o *Origin) Hub() *hub.Hub { return o.hub }

// OpenStreams is how many event streams are open now.
func (o *Origin) OpenStreams() int { return o.streams.open() }

// Drain asks every stream to end, each with its own retry: spread over a
// window that grows with the streams held (see Config.DrainSpread), so that
// their clients come back to the other replicas (or this origin's
// successor) spread out, not in one burst. It does not wait; follow it
// with http.Server.Shutdown.
func (o *Origin) Drain() {
	o.drain.Do(func() {
		n := o.OpenStreams()
		o.drainWindow = min(max(time.Duration(n)*time.Millisecond, 500*time.Millisecond), o.cfg.DrainSpread)
		o.drainSlots = max(n, 1)
		o.log.Info("draining", "streams", n, "spread_ms", o.drainWindow.Milliseconds())
		close(o.draining)
		o.streams.each((*stream).wakeUp)
	})
}

// WaitDrained returns once no stream is open, or with ctx's error and how
// many are left. Call it after Drain, beside http.Server.Shutdown: the
// park's streams are hijacked, and Shutdown does not see them.
func (o *Origin) WaitDrained(ctx context.Context) error {
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for {
		n := o.OpenStreams()
		if n == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%d streams still open: %w", n, ctx.Err())
		case <-t.C:
		}
	}
}

// drainRetry is the next drained stream's reconnect delay: the window is
// cut in one slot per stream open at the drain, each stream a random time
// in the next slot, so no two come back in the same millisecond while the
// window has a millisecond for each.
func (o *Origin) drainRetry() time.Duration {
	// Slot k is [k·w/n, (k+1)·w/n) in whole milliseconds, as retry: says
	// them: disjoint, and each at least 1 ms wide while w ≥ n.
	w, n := int64(o.drainWindow/time.Millisecond), int64(o.drainSlots)
	k := (o.drained.Add(1) - 1) % n
	from, to := k*w/n, (k+1)*w/n
	retry := 1 + from
	if to > from {
		retry += mrand.Int64N(to - from)
	}
	return time.Duration(retry) * time.Millisecond
}

func (o *Origin) isDraining() bool {
	select {
	case <-o.draining:
		return true
	default:
		return false
	}
}

func (o *Origin) healthz(w http.ResponseWriter, r *http.Request) {
	var err error
	select {
	case <-o.draining:
		err = errors.New("draining")
	default:
		if o.cfg.Healthy != nil {
			err = o.cfg.Healthy()
		}
	}
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, "", err.Error())
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if o.hub.RefusingResumes(30 * time.Second) {
		// Still serving: live streams and resumes within the window work.
		w.Write([]byte("degraded: resumes from the log were refused in the last 30 s (at the limit on log reads)\n"))
		return
	}
	w.Write([]byte("ok\n"))
}

// Refuse answers r with a JSON error naming the input at fault (field may
// be empty), with the CORS headers a page of an allowed origin needs to
// read it. For handlers wrapped around the origin, such as the demo.
func (o *Origin) Refuse(w http.ResponseWriter, r *http.Request, status int, field, msg string) {
	o.cors(w, r)
	writeError(w, status, field, msg)
}

// writeError writes {"error": msg, "field": field} with status. A query
// parameter is also named as "flag", the name the stream's flags always had.
func writeError(w http.ResponseWriter, status int, field, msg string) {
	body := map[string]string{"error": msg}
	if field != "" {
		body["field"] = field
		body["flag"] = field
	}
	WriteJSON(w, status, body)
}

// WriteJSON writes v as a JSON answer that no cache keeps.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
