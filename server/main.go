// Command server is Tether's SSE origin: it serves the demo page, the wasm
// and the event stream. Run "go run ./server -h" for its flags; each flag
// can also be set by the environment variable named in its help.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"tether/server/origin"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "tether:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("tether", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: go run ./server [flags]\n\nTether's SSE origin. Every flag also reads the environment variable in brackets.\n\n")
		fs.PrintDefaults()
	}
	var (
		addr         = str(fs, "addr", "TETHER_ADDR", ":3001", "listen address")
		root         = str(fs, "root", "TETHER_ROOT", ".", "directory holding index.html and web/")
		origins      = str(fs, "allow-origins", "TETHER_ALLOW_ORIGINS", "http://localhost:3001,http://127.0.0.1:3001", "comma-separated origins allowed to read the stream with credentials")
		publishToken = str(fs, "publish-token", "TETHER_PUBLISH_TOKEN", "", "bearer token for POST /v1/publish; empty turns the publish API off")
		secret       = str(fs, "session-secret", "TETHER_SESSION_SECRET", "", "secret that signs session cookies; empty means random per process")
		requireAuth  = boolean(fs, "require-auth", "TETHER_REQUIRE_AUTH", false, "refuse anonymous streams with 401")
		demo         = boolean(fs, "demo", "TETHER_DEMO", true, "demo mode: event generator and /v1/demo controls")
		demoEvery    = dur(fs, "demo-interval", "TETHER_DEMO_INTERVAL", 2*time.Second, "demo event rate for streams without intervalMs; 0 = none")
		heartbeat    = dur(fs, "heartbeat", "TETHER_HEARTBEAT", 20*time.Second, "heartbeat period (a stream turns it off with heartbeat=0)")
		retry        = dur(fs, "retry", "TETHER_RETRY", 3*time.Second, "reconnect delay sent to clients as retry:")
		logSize      = num(fs, "log-size", "TETHER_LOG_SIZE", 10000, "events kept for resume")
		buffer       = num(fs, "client-buffer", "TETHER_CLIENT_BUFFER", 256, "events queued per client before it is dropped as slow")
	)
	if err := errors.Join(envErrs...); err != nil {
		return err
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	log := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	var allowed []string
	for o := range strings.SplitSeq(*origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			allowed = append(allowed, o)
		}
	}
	cfg := origin.Config{
		Root: *root, AllowedOrigins: allowed, PublishToken: *publishToken,
		RequireAuth: *requireAuth, Demo: *demo, DemoInterval: *demoEvery,
		Heartbeat: *heartbeat, Retry: *retry, LogSize: *logSize, ClientBuffer: *buffer, Logger: log,
	}
	if *secret != "" {
		cfg.SessionSecret = []byte(*secret)
	}
	if _, err := os.Stat(*root + "/index.html"); err != nil {
		log.Warn("no index.html under -root: / will answer 404", "root", *root)
	}
	o := origin.New(cfg)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: o, ReadHeaderTimeout: 10 * time.Second}
	log.Info("tether origin listening", "addr", ln.Addr().String(), "demo", *demo, "publish_api", *publishToken != "")

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("draining: streams are told to come back")
	o.Drain()
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
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
