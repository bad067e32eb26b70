// Command server is Tether's SSE origin: it serves the demo page, the wasm
// and the event stream. Run "go run ./server -h" for its flags; each flag
// can also be set by the environment variable named in its help.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/tether-sse/tether/server/demo"
	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/natslog"
	"github.com/tether-sse/tether/server/origin"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "tether:", err)
		os.Exit(1)
	}
}

// run serves until ctx ends (SIGTERM), then drains: it returns once every
// stream has heard its retry: and ended, or -drain-timeout passed.
func run(ctx context.Context, args []string, stderr io.Writer) error {
	f := defineFlags()
	if err := errors.Join(envErrs...); err != nil {
		return err
	}
	if err := f.fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	f.fs.SetOutput(stderr)
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	cfg, hubCfg, err := f.configs(log)
	if err != nil {
		return err
	}
	if _, err := os.Stat(*f.root + "/index.html"); err != nil {
		log.Warn("no index.html under -root: / will answer 404", "root", *f.root)
	}
	closeLog, err := openLog(&cfg, hubCfg, logOptions{store: *f.store, dataDir: *f.dataDir, natsURL: *f.natsURL, natsCreds: *f.natsCreds,
		replicas: *f.natsReplicas, keepEvents: *f.keepEvents, keepAge: *f.keepAge, keepBytes: *f.keepBytes}, log)
	if err != nil {
		return err
	}
	defer closeLog()
	warnMisconfigured(log, *f.secret != "", *f.natsURL != "", *f.demoOn, *f.origins)
	o := origin.New(cfg)
	var handler http.Handler = o
	closeDemo := func() {}
	if *f.demoOn {
		d := demo.New(o, demo.Config{Interval: *f.demoEvery, TrustedOrigins: cfg.AllowedOrigins, Logger: log})
		handler, closeDemo = d, d.Close
	}
	ln, err := net.Listen("tcp", *f.addr)
	if err != nil {
		return err
	}
	srv := o.Server(handler)
	log.Info("tether origin listening", "addr", ln.Addr().String(), "demo", *f.demoOn, "publish_api", *f.publishToken != "",
		"max_streams", f.lim.MaxStreams, "max_client_streams", f.lim.MaxClientStreams)

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	if *f.drainWait <= 0 {
		*f.drainWait = *f.drainSpread + 5*time.Second
	}
	return drain(o, srv, closeDemo, *f.drainWait, log)
}

// drain tells every stream to come back, each at its own time, and waits
// until each has heard it and ended, or timeout passed: a deploy that
// exits sooner cuts streams before their retry:, and they all come back
// at once.
func drain(o *origin.Origin, srv *http.Server, closeDemo func(), timeout time.Duration, log *slog.Logger) error {
	log.Info("draining: streams are told to come back", "streams", o.OpenStreams(), "timeout_ms", timeout.Milliseconds())
	o.Drain()
	closeDemo()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	err := errors.Join(srv.Shutdown(ctx), o.WaitDrained(ctx))
	if err != nil {
		log.Warn("drain timed out: streams left were cut", "streams", o.OpenStreams(), "err", err)
		return nil // a deploy's timeout is not the origin's failure
	}
	log.Info("drained: every stream ended")
	return nil
}

type logOptions struct {
	store, dataDir, natsURL, natsCreds string
	replicas, keepEvents, keepBytes    int
	keepAge                            time.Duration
}

// openLog sets cfg.Hub on the event log the options name: JetStream on an
// embedded NATS server (the default), on an external cluster, or memory.
// The returned function closes what it opened.
func openLog(cfg *origin.Config, hc hub.Config, opt logOptions, log *slog.Logger) (func(), error) {
	switch opt.store {
	case "memory":
		if opt.natsURL != "" {
			return nil, errors.New("-nats needs -store jetstream")
		}
		log.Warn("events are kept in memory: a restart resets every client, and replicas do not share them")
		cfg.Hub = hub.New(hc)
		return func() {}, nil
	case "jetstream":
	default:
		return nil, fmt.Errorf("-store=%q: want jetstream or memory", opt.store)
	}
	if opt.natsURL == "" {
		log.Info("starting the embedded NATS server with JetStream", "data", opt.dataDir)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	started := time.Now()
	sc := natslog.StoreConfig{URL: opt.natsURL, Creds: opt.natsCreds, Hub: hc, Log: natslog.Config{
		MaxMsgs: int64(opt.keepEvents), MaxAge: opt.keepAge, MaxBytes: int64(opt.keepBytes), Replicas: opt.replicas,
	}}
	if opt.natsURL == "" {
		sc.Dir = opt.dataDir
	}
	st, err := natslog.OpenStore(ctx, sc)
	if err != nil {
		return nil, err
	}
	b, _ := st.Bounds(ctx)
	log.Info("event log ready", "store", "jetstream", "external", opt.natsURL != "", "epoch", st.Hub.Epoch(),
		"first", b.First, "last", b.Last, "took_ms", time.Since(started).Milliseconds())
	cfg.Hub, cfg.Healthy = st.Hub, st.Healthy
	return st.Close, nil
}

// defaultOrigins is -allow-origins' default: the demo on this machine.
const defaultOrigins = "http://localhost:3001,http://127.0.0.1:3001"

// warnMisconfigured warns of settings that work but are likely mistakes
// outside a developer's machine.
func warnMisconfigured(log *slog.Logger, secret, sharedStore, demo bool, origins string) {
	if !secret && sharedStore {
		log.Warn("-session-secret is unset while replicas share the event log: each replica signs with its own random secret and refuses the others' sessions; set TETHER_SESSION_SECRET to one value on every replica")
	}
	if !demo && origins == defaultOrigins {
		log.Warn("-allow-origins is the localhost default: pages of any site on this machine's port 3001 may read streams with credentials; set TETHER_ALLOW_ORIGINS to your site's origins")
	}
}
