package origin

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"tether/server/hub"
)

// Config configures an Origin. Zero values are usable defaults.
type Config struct {
	// Root holds index.html and web/. Empty means the working directory.
	Root string
	// AllowedOrigins may read the stream cross-origin with credentials.
	// Empty means same-origin only.
	AllowedOrigins []string
	// PublishToken guards POST /v1/publish. Empty turns the API off (503).
	PublishToken string
	// SessionSecret signs session cookies. Nil means a random secret per
	// process, so sessions do not survive a restart.
	SessionSecret []byte
	// RequireAuth refuses anonymous streams with 401. False lets anonymous
	// streams receive broadcast and topic events (never user events).
	RequireAuth bool
	// Demo turns on the demo generator and the /v1/demo controls.
	Demo bool
	// DemoInterval is the demo event rate for streams that do not pass
	// intervalMs, in demo mode. Zero means no demo events by default.
	DemoInterval time.Duration
	// Heartbeat is the default heartbeat period. Zero means 20s; a stream
	// turns it off with heartbeat=0.
	Heartbeat time.Duration
	// Retry is the reconnect delay sent as retry:. Zero means 3s.
	Retry time.Duration
	// WriteTimeout bounds every write to a client. Zero means 10s.
	WriteTimeout time.Duration
	// LogSize and ClientBuffer size the hub; zero means its defaults.
	LogSize, ClientBuffer int
	// Logger receives structured logs, never payloads or tokens. Nil
	// means slog.Default().
	Logger *slog.Logger
	// Now is the clock. Nil means time.Now.
	Now func() time.Time
}

// Origin serves Tether's endpoints. Create it with New.
type Origin struct {
	cfg      Config
	hub      *hub.Hub
	allowed  map[string]bool
	log      *slog.Logger
	mux      *http.ServeMux
	demo     *demo
	draining chan struct{}
	drain    sync.Once

	mu      sync.Mutex
	streams map[string]*stream // by disconnect token
	ended   recentTokens       // tokens of streams that ended lately
	nextNum uint64

	connections, delivered, beacons, rejected atomic.Uint64
}

// stream is one open event stream.
type stream struct {
	num     uint64 // for logs: the token never appears there
	user    string
	kill    chan struct{}
	stall   chan struct{}
	once    sync.Once
	stalled sync.Once
}

func (s *stream) close() { s.once.Do(func() { close(s.kill) }) }

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
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	o := &Origin{
		cfg:      cfg,
		hub:      hub.New(hub.Config{LogSize: cfg.LogSize, Buffer: cfg.ClientBuffer, Now: cfg.Now}),
		allowed:  make(map[string]bool),
		log:      cfg.Logger,
		draining: make(chan struct{}),
		streams:  make(map[string]*stream),
	}
	for _, a := range cfg.AllowedOrigins {
		o.allowed[a] = true
	}
	o.demo = newDemo(o)
	o.routes()
	return o
}

func (o *Origin) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /v1/sse/connect", o.connect)
	m.HandleFunc("OPTIONS /v1/sse/connect", o.preflight)
	m.HandleFunc("POST /v1/sse/disconnect", o.disconnect)
	m.HandleFunc("OPTIONS /v1/sse/disconnect", o.preflight)
	m.HandleFunc("POST /v1/publish", o.publish(true))
	m.HandleFunc("GET /healthz", o.healthz)
	m.HandleFunc("GET /metrics", o.metrics)
	m.HandleFunc("GET /{$}", o.static)
	m.HandleFunc("GET /web/", o.static)
	if o.cfg.Demo {
		o.demo.routes(m)
	}
	o.mux = m
}

// ServeHTTP implements http.Handler.
func (o *Origin) ServeHTTP(w http.ResponseWriter, r *http.Request) { o.mux.ServeHTTP(w, r) }

// Hub is the origin's hub, for publishing from the same process.
func (o *Origin) Hub() *hub.Hub { return o.hub }

// OpenStreams is how many event streams are open now.
func (o *Origin) OpenStreams() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.streams)
}

// Drain asks every stream to end with a short retry: so that clients come
// back (to this origin's successor) at once. It does not wait; follow it
// with http.Server.Shutdown.
func (o *Origin) Drain() {
	o.drain.Do(func() { close(o.draining) })
	o.demo.stopAll()
}

func (o *Origin) register(user string) (string, *stream) {
	b := make([]byte, 16)
	rand.Read(b)
	token := hex.EncodeToString(b)
	o.mu.Lock()
	defer o.mu.Unlock()
	o.nextNum++
	st := &stream{num: o.nextNum, user: user, kill: make(chan struct{}), stall: make(chan struct{})}
	o.streams[token] = st
	return token, st
}

func (o *Origin) unregister(token string) {
	o.mu.Lock()
	delete(o.streams, token)
	o.ended.add(token)
	o.mu.Unlock()
}

// recentTokens remembers the last tokens of ended streams: a page leaving
// for the back/forward cache closes its EventSource and sends its beacon
// at once, and the close may arrive first (WebKit's order).
type recentTokens struct {
	ring []string
	next int
	in   map[string]bool
}

const recentTokenCount = 4096

func (r *recentTokens) add(token string) {
	if r.in == nil {
		r.ring, r.in = make([]string, recentTokenCount), make(map[string]bool, recentTokenCount)
	}
	delete(r.in, r.ring[r.next])
	r.ring[r.next] = token
	r.in[token] = true
	r.next = (r.next + 1) % len(r.ring)
}

// each calls f on every open stream.
func (o *Origin) each(f func(*stream)) int {
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, st := range o.streams {
		f(st)
	}
	return len(o.streams)
}

// disconnect is the page-exit beacon: navigator.sendBeacon posts the
// stream's token as text/plain. It ends that stream and only that one; a
// beacon for a stream that has just ended is answered 204 too.
func (o *Origin) disconnect(w http.ResponseWriter, r *http.Request) {
	o.cors(w, r)
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 256))
	if err != nil {
		writeError(w, http.StatusRequestEntityTooLarge, "token", "the body must be the stream's token and nothing else")
		return
	}
	token := strings.TrimSpace(string(b))
	if token == "" {
		token = r.URL.Query().Get("token")
	}
	if token == "" {
		writeError(w, http.StatusBadRequest, "token", "the body must be the stream's token from its hello event")
		return
	}
	o.mu.Lock()
	st, ended := o.streams[token], o.ended.in[token]
	o.mu.Unlock()
	switch {
	case st != nil:
		st.close()
		o.log.Info("stream closed by beacon", "stream", st.num)
	case ended: // the page closed it first: nothing left to free
	default:
		writeError(w, http.StatusNotFound, "token", "no stream of this origin has this token")
		return
	}
	o.beacons.Add(1)
	w.WriteHeader(http.StatusNoContent)
}

func (o *Origin) healthz(w http.ResponseWriter, r *http.Request) {
	select {
	case <-o.draining:
		writeError(w, http.StatusServiceUnavailable, "", "draining")
	default:
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	}
}

// writeError writes {"error": msg, "flag": flag} with status.
func writeError(w http.ResponseWriter, status int, flag, msg string) {
	body := map[string]string{"error": msg}
	if flag != "" {
		body["flag"] = flag
	}
	writeJSON(w, status, body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
