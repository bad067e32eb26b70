package natslog

import (
	"context"
	"errors"

	"github.com/nats-io/nats.go"

	"github.com/tether-sse/tether/server/hub"
)

// StoreConfig says where an origin keeps its events on JetStream.
type StoreConfig struct {
	// Dir holds the store of a NATS server embedded in this process
	// (locked: a second process on it is refused). Used when URL is empty;
	// empty too means "./data".
	Dir string
	// URL joins a NATS cluster instead (nats://host:4222, comma-separated),
	// with the credentials file Creds if set.
	URL, Creds string
	// Log is the stream's retention and limits (zero fields: defaults);
	// its Rules are Hub's.
	Log Config
	// Hub tunes the hub over the log (zero: defaults).
	Hub hub.Config
}

// Store is a hub on a JetStream log, ready for an origin:
// origin.Config{Hub: st.Hub, Healthy: st.Healthy}.
type Store struct {
	Hub   *hub.Hub
	log   *Log
	close func()
}

// OpenStore starts (or joins) NATS, opens the log and a hub on it: the
// one call an origin mounted in a server of your own needs for events
// that survive restarts and are shared by replicas. Close it at shutdown.
func OpenStore(ctx context.Context, cfg StoreConfig) (*Store, error) {
	var nc *nats.Conn
	closeNATS := func() {}
	if cfg.URL == "" {
		if cfg.Dir == "" {
			cfg.Dir = "./data"
		}
		unlock, err := LockDir(cfg.Dir)
		if err != nil {
			return nil, err
		}
		ns, conn, err := Embedded(cfg.Dir)
		if err != nil {
			unlock()
			return nil, err
		}
		nc, closeNATS = conn, func() { conn.Close(); ns.Shutdown(); ns.WaitForShutdown(); unlock() }
	} else {
		if cfg.Dir != "" {
			return nil, errors.New("natslog: set Dir (an embedded server) or URL (a cluster), not both")
		}
		var opts []nats.Option
		if cfg.Creds != "" {
			opts = append(opts, nats.UserCredentials(cfg.Creds))
		}
		conn, err := Connect(cfg.URL, opts...)
		if err != nil {
			return nil, err // the error names the URL with its credentials redacted
		}
		nc, closeNATS = conn, conn.Close
	}
	cfg.Log.Rules = cfg.Hub.Rules // one set of event rules for the hub and the log reader
	l, err := Open(ctx, nc, cfg.Log)
	if err != nil {
		closeNATS()
		return nil, err
	}
	h, err := hub.Open(cfg.Hub, l)
	if err != nil {
		closeNATS()
		return nil, err
	}
	return &Store{Hub: h, log: l, close: func() { h.Close(); closeNATS() }}, nil
}

// Healthy reports why the log cannot be reached now, or nil (for
// origin.Config.Healthy: /healthz answers 503 with it).
func (s *Store) Healthy() error { return s.log.Healthy() }

// Bounds are the first and last events the log keeps.
func (s *Store) Bounds(ctx context.Context) (hub.Bounds, error) { return s.log.Bounds(ctx) }

// Close stops the hub and leaves NATS (an embedded server shuts down and
// unlocks its directory).
func (s *Store) Close() { s.close() }
