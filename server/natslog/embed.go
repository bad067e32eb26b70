package natslog

import (
	"fmt"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
)

// Embedded runs a NATS server with JetStream inside this process, its
// store under dir, listening on no port, and connects to it.
func Embedded(dir string) (*server.Server, *nats.Conn, error) {
	ns, err := server.NewServer(&server.Options{
		ServerName: "tether-embedded",
		JetStream:  true,
		StoreDir:   dir,
		DontListen: true,
		NoSigs:     true,
		NoLog:      true,
	})
	if err != nil {
		return nil, nil, fmt.Errorf("natslog: embedded server: %w", err)
	}
	ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		ns.Shutdown()
		return nil, nil, fmt.Errorf("natslog: the embedded server was not ready within 10s")
	}
	nc, err := nats.Connect("", nats.InProcessServer(ns), nats.Name("tether"))
	if err != nil {
		ns.Shutdown()
		return nil, nil, fmt.Errorf("natslog: connecting to the embedded server: %w", err)
	}
	return ns, nc, nil
}

// Connect joins an external NATS cluster at url (comma-separated for
// several servers) with opts (credentials, TLS). It reconnects forever,
// and never buffers a publish while disconnected: a publish the origin
// answered 503 must not be stored later behind its back.
func Connect(url string, opts ...nats.Option) (*nats.Conn, error) {
	opts = append([]nats.Option{
		nats.Name("tether"),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250 * time.Millisecond),
		nats.ReconnectBufSize(-1),
	}, opts...)
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		return nil, fmt.Errorf("natslog: connecting to %s: %w", url, err)
	}
	return nc, nil
}
