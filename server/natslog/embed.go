package natslog

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
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
		return nil, fmt.Errorf("natslog: connecting to %s: %w", Redact(url), err)
	}
	return nc, nil
}

// ErrStoreInUse means another process (or server in this one) keeps its
// store in the same directory: two servers on one store give out the same
// ids for different events and keep only one's.
var ErrStoreInUse = errors.New("natslog: the store directory is in use by another server")

// LockDir takes dir for this server's store (an exclusive lock on
// dir/tether.lock, released by unlock or when the process ends), or says
// who holds it.
func LockDir(dir string) (unlock func(), err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("natslog: the store directory: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(dir, "tether.lock"), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("natslog: the store's lock file: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := os.ReadFile(f.Name())
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s (held by pid %s): give each origin its own -data, or share one NATS with -nats",
				ErrStoreInUse, dir, strings.TrimSpace(string(holder)))
		}
		return nil, fmt.Errorf("natslog: locking the store directory: %w", err)
	}
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return func() { f.Close() }, nil // closing the file releases the lock
}

// Redact is a NATS URL list fit for a log: any credentials in it replaced.
func Redact(urls string) string {
	var out []string
	for u := range strings.SplitSeq(urls, ",") {
		if at := strings.LastIndexByte(u, '@'); at >= 0 {
			scheme := ""
			if i := strings.Index(u, "://"); i >= 0 && i < at {
				scheme = u[:i+3]
			}
			u = scheme + "REDACTED" + u[at:]
		}
		out = append(out, u)
	}
	return strings.Join(out, ",")
}
