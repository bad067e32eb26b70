package main

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/origin"
)

// flags are the origin's command line, each flag also read from the
// environment variable named in its help.
type flags struct {
	fs           *flag.FlagSet
	lim          origin.Limits
	addr         *string
	root         *string
	origins      *string
	publishToken *string
	metricsToken *string
	secret       *string
	requireAuth  *bool
	public       *string
	demoOn       *bool
	demoEvery    *time.Duration
	heartbeat    *time.Duration
	retry        *time.Duration
	store        *string
	dataDir      *string
	natsURL      *string
	natsCreds    *string
	natsReplicas *int
	keepEvents   *int
	keepAge      *time.Duration
	keepBytes    *int
	logSize      *int
	logBytes     *int
	buffer       *int
	window       *int
	windowBytes  *int
	maxReplay    *int
	maxReplayMB  *int
	logReads     *int
	clientReads  *int
	perStream    *bool
	drainSpread  *time.Duration
	trusted      *string
	fwdHeader    *string
	v6prefix     *int
	drainWait    *time.Duration
}

// defineFlags declares every flag on a new FlagSet.
func defineFlags() *flags {
	fs := flag.NewFlagSet("tether", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: go run ./server [flags]\n\nTether's SSE origin. Every flag also reads the environment variable in brackets.\n\n")
		fs.PrintDefaults()
	}
	f := &flags{fs: fs, lim: origin.DefaultLimits}
	lim := &f.lim
	for _, f := range []struct {
		p               *int
		name, env, help string
	}{
		{&lim.MaxStreams, "max-streams", "TETHER_MAX_STREAMS", "streams this node holds; one more is answered 503 with Retry-After"},
		{&lim.MaxClientStreams, "max-client-streams", "TETHER_MAX_CLIENT_STREAMS", "streams per user (signed in) or per IP (anonymous); one more is 429"},
		{&lim.MaxTopics, "max-topics", "TETHER_MAX_TOPICS", "topics one stream may name"},
		{&lim.MaxTopicLen, "max-topic-len", "TETHER_MAX_TOPIC_LEN", "bytes in a topic name"},
		{&lim.MaxIDLen, "max-id-len", "TETHER_MAX_ID_LEN", "bytes in lastEventId / Last-Event-ID"},
		{&lim.MaxQuery, "max-query", "TETHER_MAX_QUERY", "bytes in a query string"},
		{&lim.MaxHeaderBytes, "max-header-bytes", "TETHER_MAX_HEADER_BYTES", "bytes in the request line and headers (431 beyond)"},
		{&lim.MaxEventName, "max-event-name", "TETHER_MAX_EVENT_NAME", "bytes in a published event name"},
		{&lim.MaxUserLen, "max-user-len", "TETHER_MAX_USER_LEN", "bytes in a user id"},
		{&lim.MaxData, "max-data", "TETHER_MAX_DATA", "bytes in one event's data (413 beyond)"},
		{&lim.MaxBody, "max-body", "TETHER_MAX_BODY", "bytes in a publish request body (413 beyond)"},
	} {
		*f.p = fromEnv(f.env, *f.p, positive)
		fs.Var(limitFlag{f.p}, f.name, "`n` "+f.help+" ["+f.env+"]")
	}
	f.addr = str(fs, "addr", "TETHER_ADDR", ":3001", "listen address (with -demo and no -addr: "+demoAddr+", this machine only)")
	f.root = str(fs, "root", "TETHER_ROOT", ".", "directory holding index.html and web/")
	f.origins = str(fs, "allow-origins", "TETHER_ALLOW_ORIGINS", defaultOrigins, "comma-separated origins whose pages may read anything cross-origin: the stream (with credentials), the beacon, web/")
	f.publishToken = str(fs, "publish-token", "TETHER_PUBLISH_TOKEN", "", "bearer token for POST /v1/publish; empty turns the publish API off (a secret: set it in the environment, where ps does not show it)")
	f.metricsToken = str(fs, "metrics-token", "TETHER_METRICS_TOKEN", "", "bearer token for GET /metrics; empty means only clients on loopback may read them (a secret: set it in the environment)")
	f.secret = str(fs, "session-secret", "TETHER_SESSION_SECRET", "", "secret that signs sessions; empty means random per process, and replicas refuse each other's sessions (a secret: set it in the environment)")
	f.requireAuth = boolean(fs, "require-auth", "TETHER_REQUIRE_AUTH", false, "refuse anonymous streams with 401")
	f.public = str(fs, "public-topics", "TETHER_PUBLIC_TOPICS", "", "comma-separated topics any stream may read; others need a session that grants them")
	f.demoOn = boolean(fs, "demo", "TETHER_DEMO", false, "DEMO MODE, never facing the internet: event generators and /v1/demo controls, including a login that signs in anyone as anyone")
	f.demoEvery = dur(fs, "demo-interval", "TETHER_DEMO_INTERVAL", 2*time.Second, "with -demo: event rate for streams without intervalMs; 0 = none")
	f.heartbeat = dur(fs, "heartbeat", "TETHER_HEARTBEAT", 20*time.Second, "heartbeat period, 5s to 60s: every stream gets one, so a vanished client's slot is freed within two")
	f.retry = dur(fs, "retry", "TETHER_RETRY", 3*time.Second, "reconnect delay sent to clients as retry:")
	f.store = str(fs, "store", "TETHER_STORE", "jetstream", "where events are kept for resume: jetstream (survives restarts, shared by replicas) or memory (lost at restart)")
	f.dataDir = str(fs, "data", "TETHER_DATA", "./data", "with -store jetstream and no -nats: the embedded NATS server's store")
	f.natsURL = str(fs, "nats", "TETHER_NATS_URL", "", "with -store jetstream: join this NATS cluster (nats://host:4222, comma-separated) instead of embedding a server (with credentials in it, set it in the environment)")
	f.natsCreds = str(fs, "nats-creds", "TETHER_NATS_CREDS", "", "with -nats: a NATS credentials file (user JWT and NKey seed)")
	f.natsReplicas = num(fs, "nats-replicas", "TETHER_NATS_REPLICAS", 1, "with -nats: NATS servers that keep a copy of the stream (1 = not replicated)")
	f.keepEvents = num(fs, "retention-events", "TETHER_RETENTION_EVENTS", 100_000, "with -store jetstream: events kept for resume")
	f.keepAge = dur(fs, "retention-age", "TETHER_RETENTION_AGE", 24*time.Hour, "with -store jetstream: how long an event is kept for resume")
	f.keepBytes = num(fs, "retention-bytes", "TETHER_RETENTION_BYTES", 1<<30, "with -store jetstream: bytes of events kept for resume")
	f.logSize = num(fs, "log-size", "TETHER_LOG_SIZE", 10000, "with -store memory: events kept for resume")
	f.logBytes = num(fs, "log-bytes", "TETHER_LOG_BYTES", 64<<20, "with -store memory: bytes of event data kept for resume at most")
	f.buffer = num(fs, "client-buffer", "TETHER_CLIENT_BUFFER", 256, "events queued per client before it is dropped as slow")
	f.window = num(fs, "resume-window", "TETHER_RESUME_WINDOW", 10_000, "newest events each origin keeps in memory: a resume within them reads nothing from the store")
	f.windowBytes = num(fs, "resume-window-bytes", "TETHER_RESUME_WINDOW_BYTES", 64<<20, "bytes of events the resume window holds at most (its share of the origin's memory)")
	f.maxReplay = num(fs, "max-replay", "TETHER_MAX_REPLAY", 10_000, "events of the log a resume may be behind; further behind it gets a reset (refetch)")
	f.maxReplayMB = num(fs, "max-replay-bytes", "TETHER_MAX_REPLAY_BYTES", 32<<20, "bytes of data one replay may write; past them it ends with a reset")
	f.logReads = num(fs, "max-log-reads", "TETHER_MAX_LOG_READS", 4, "resumes older than -resume-window reading the store at once on this node; one more is 503 with Retry-After")
	f.clientReads = num(fs, "max-client-log-reads", "TETHER_MAX_CLIENT_LOG_READS", 1, "such resumes per client at once; one more is 429")
	f.perStream = boolean(fs, "goroutine-per-stream", "TETHER_GOROUTINE_PER_STREAM", false, "keep every stream on its net/http goroutine (about 34 KB an idle stream) instead of handing HTTP/1 streams to the park (about 2 KB): for comparison, or as a way back")
	f.drainSpread = dur(fs, "drain-spread", "TETHER_DRAIN_SPREAD", 10*time.Second, "on SIGTERM, the longest window over which the streams' reconnects are spread (1 ms per stream held, at least 500 ms)")
	f.trusted = str(fs, "trusted-proxies", "TETHER_TRUSTED_PROXIES", "", "comma-separated CIDRs of the proxies in front of the origin: their requests carry the client's address in -forwarded-header (the rightmost address not itself trusted); empty trusts none, and every client is its peer")
	f.fwdHeader = str(fs, "forwarded-header", "TETHER_FORWARDED_HEADER", origin.XForwardedFor, "with -trusted-proxies: X-Forwarded-For or Forwarded (RFC 7239), the one header your proxies write")
	f.v6prefix = num(fs, "ipv6-prefix", "TETHER_IPV6_PREFIX", 64, "anonymous IPv6 clients count against -max-client-streams by this prefix length (16 to 128)")
	f.drainWait = dur(fs, "drain-timeout", "TETHER_DRAIN_TIMEOUT", 0, "on SIGTERM, how long the origin waits for every stream to hear its retry: and end before it exits; 0 = -drain-spread + 5s")
	return f
}

// configs checks the flags and makes the origin's and the hub's
// configurations from them.
func (f *flags) configs(log *slog.Logger) (origin.Config, hub.Config, error) {
	allowed, err := parseOrigins(*f.origins)
	if err != nil {
		return origin.Config{}, hub.Config{}, fmt.Errorf("-allow-origins: %w", err)
	}
	proxies, err := origin.ParseTrustedProxies(*f.trusted)
	if err != nil {
		return origin.Config{}, hub.Config{}, fmt.Errorf("-trusted-proxies: %w", err)
	}
	if h := http.CanonicalHeaderKey(*f.fwdHeader); h != origin.XForwardedFor && h != origin.Forwarded {
		return origin.Config{}, hub.Config{}, fmt.Errorf("-forwarded-header=%q: want %s or %s", *f.fwdHeader, origin.XForwardedFor, origin.Forwarded)
	}
	if *f.v6prefix < 16 || *f.v6prefix > 128 {
		return origin.Config{}, hub.Config{}, fmt.Errorf("-ipv6-prefix=%d: want 16 to 128", *f.v6prefix)
	}
	*f.addr = listenAddr(*f.addr, isSet(f.fs, "addr", "TETHER_ADDR"), *f.demoOn)
	if *f.heartbeat < origin.MinHeartbeat || *f.heartbeat > origin.MaxHeartbeat {
		return origin.Config{}, hub.Config{}, fmt.Errorf("-heartbeat=%v: want %v to %v", *f.heartbeat, origin.MinHeartbeat, origin.MaxHeartbeat)
	}
	for name, v := range map[string]int{"-resume-window": *f.window, "-resume-window-bytes": *f.windowBytes, "-max-replay": *f.maxReplay, "-max-replay-bytes": *f.maxReplayMB,
		"-max-log-reads": *f.logReads, "-max-client-log-reads": *f.clientReads, "-log-size": *f.logSize, "-log-bytes": *f.logBytes, "-client-buffer": *f.buffer} {
		if v < 1 {
			return origin.Config{}, hub.Config{}, fmt.Errorf("%s=%d: must be at least 1", name, v)
		}
	}
	cfg := origin.Config{
		Root: *f.root, AllowedOrigins: allowed, PublishToken: *f.publishToken, MetricsToken: *f.metricsToken, RequireAuth: *f.requireAuth,
		PublicTopics: list(*f.public), Heartbeat: *f.heartbeat, Retry: *f.retry, DrainSpread: *f.drainSpread, GoroutinePerStream: *f.perStream,
		TrustedProxies: proxies, ForwardedHeader: *f.fwdHeader, IPv6Prefix: *f.v6prefix,
		Limits: f.lim, Logger: log,
	}
	hubCfg := hub.Config{LogSize: *f.logSize, LogBytes: *f.logBytes, Buffer: *f.buffer, Rules: f.lim.Rules(), Window: *f.window, WindowBytes: *f.windowBytes,
		MaxReplay: *f.maxReplay, MaxReplayBytes: *f.maxReplayMB, MaxLogReads: *f.logReads, MaxClientLogReads: *f.clientReads}
	if *f.secret != "" {
		cfg.SessionSecret = []byte(*f.secret)
	}
	return cfg, hubCfg, nil
}

// demoAddr is where demo mode listens unless -addr says otherwise: its
// login signs anyone in as anyone, so only this machine may reach it.
const demoAddr = "127.0.0.1:3001"

func listenAddr(addr string, given, demo bool) string {
	if demo && !given {
		return demoAddr
	}
	return addr
}

// isSet reports whether a flag was given, on the command line or in the
// environment.
func isSet(fs *flag.FlagSet, name, env string) bool {
	_, set := os.LookupEnv(env)
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

func str(fs *flag.FlagSet, name, env, def, usage string) *string {
	if v, ok := os.LookupEnv(env); ok {
		def = v
	}
	return fs.String(name, def, usage+" ["+env+"]")
}

// envErrs collects environment values that do not parse: a typo must not
// fall back to a default silently.
var envErrs []error

func fromEnv[T any](env string, def T, parse func(string) (T, error)) T {
	v, ok := os.LookupEnv(env)
	if !ok {
		return def
	}
	t, err := parse(v)
	if err != nil {
		envErrs = append(envErrs, fmt.Errorf("%s=%q: %w", env, v, err))
		return def
	}
	return t
}

func boolean(fs *flag.FlagSet, name, env string, def bool, usage string) *bool {
	return fs.Bool(name, fromEnv(env, def, strconv.ParseBool), usage+" ["+env+"]")
}

func dur(fs *flag.FlagSet, name, env string, def time.Duration, usage string) *time.Duration {
	return fs.Duration(name, fromEnv(env, def, time.ParseDuration), usage+" ["+env+"]")
}

func num(fs *flag.FlagSet, name, env string, def int, usage string) *int {
	return fs.Int(name, fromEnv(env, def, strconv.Atoi), usage+" ["+env+"]")
}

func positive(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err == nil && n < 1 {
		err = errors.New("must be at least 1")
	}
	return n, err
}

// limitFlag is a limit's flag: a whole number ≥ 1, from the command line
// or the environment alike (0 would silently mean the default).
type limitFlag struct{ p *int }

func (f limitFlag) String() string {
	if f.p == nil {
		return ""
	}
	return strconv.Itoa(*f.p)
}

func (f limitFlag) Set(s string) error {
	n, err := positive(s)
	if err == nil {
		*f.p = n
	}
	return err
}

func list(s string) []string {
	var out []string
	for v := range strings.SplitSeq(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// parseOrigins reads the allow-list: each entry a bare origin, scheme and
// host (and port), never "*" nor a path: a typo must not open a door.
func parseOrigins(s string) ([]string, error) {
	out := list(s)
	for _, o := range out {
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" ||
			u.RawQuery != "" || u.Fragment != "" || u.User != nil || strings.Contains(u.Host, "*") {
			return nil, fmt.Errorf("%q is not an origin: want scheme://host[:port], like https://app.example.com", o)
		}
	}
	return out, nil
}
