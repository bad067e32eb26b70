package e2e

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// originBinary builds the origin once per test run.
var originBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "tether-e2e-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "tether")
	out, err := exec.Command("go", "build", "-o", bin, filepath.Join(repoRoot, "server")).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build ./server: %v\n%s", err, out)
	}
	return bin, nil
})

const publishToken = "e2e-publish-token"

// replica is one origin process on one address.
type replica struct {
	t    *testing.T
	addr string
	args []string
	cmd  *exec.Cmd
}

// startReplica starts an origin process in demo mode on natsURL; page is
// the origin of the page that reaches it (through the balancer), which it
// must trust: demo mode answers only loopback hosts and trusted ones.
func startReplica(t *testing.T, natsURL, page string) *replica {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	p := &replica{t: t, addr: addr, args: []string{"-addr", addr, "-root", repoRoot, "-nats", natsURL,
		"-publish-token", publishToken, "-demo", "-demo-interval", "0", "-retry", "300ms", "-allow-origins", page}}
	p.start()
	t.Cleanup(p.kill)
	return p
}

func (p *replica) start() {
	p.t.Helper()
	bin, err := originBinary()
	if err != nil {
		p.t.Fatal(err)
	}
	p.cmd = exec.Command(bin, p.args...)
	if p.cmd.Stderr, err = os.Create(filepath.Join(p.t.TempDir(), "origin.log")); err != nil {
		p.t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if resp, err := http.Get("http://" + p.addr + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
	}
	p.t.Fatalf("replica on %s did not become healthy", p.addr)
}

// kill is SIGKILL: no drain, no goodbye, as a crash.
func (p *replica) kill() {
	if p.cmd != nil && p.cmd.Process != nil {
		p.cmd.Process.Kill()
		p.cmd.Wait()
	}
}

func (p *replica) publish(event, data string) string {
	p.t.Helper()
	body := fmt.Sprintf(`{"event":%q,"data":%s}`, event, data)
	req, _ := http.NewRequest("POST", "http://"+p.addr+"/v1/publish", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+publishToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		p.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct{ ID, Error string }
	json.NewDecoder(resp.Body).Decode(&out)
	if resp.StatusCode != 202 {
		p.t.Fatalf("publish on %s: %d %s", p.addr, resp.StatusCode, out.Error)
	}
	return out.ID
}

// startNATS runs a real NATS server with JetStream on loopback.
func startNATS(t *testing.T) string {
	t.Helper()
	ns, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoSigs: true, NoLog: true})
	if err != nil {
		t.Fatal(err)
	}
	ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		t.Fatal("NATS did not start")
	}
	t.Cleanup(ns.Shutdown)
	return ns.ClientURL()
}

// roundRobin is a load balancer with no stickiness: each request goes to
// the next replica. Like any balancer's passive health check, a request
// that cannot connect to its replica (killed) goes on to the next one; a
// strict alternation would otherwise send every reconnect to the dead
// replica whenever a page makes two requests per attempt (dial, probe).
func roundRobin(t *testing.T, ln net.Listener, replicas ...*replica) string {
	t.Helper()
	proxy := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.SetURL(&url.URL{Scheme: "http", Host: "replica"}) // chosen by the transport
			pr.Out.Host = pr.In.Host
		},
		Transport:     &nextReplica{replicas: replicas},
		FlushInterval: -1,
		ErrorLog:      log.New(io.Discard, "", 0), // a killed replica cuts its streams: expected here
	}
	srv := &http.Server{Handler: proxy}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// nextReplica sends each request to the next replica in turn, and on to
// the one after when it cannot connect (a request with a body only once:
// it may have been read).
type nextReplica struct {
	replicas []*replica
	n        atomic.Uint64
}

func (nr *nextReplica) RoundTrip(req *http.Request) (*http.Response, error) {
	first := nr.n.Add(1)
	var err error
	for i := range uint64(len(nr.replicas)) {
		out := req.Clone(req.Context())
		out.URL.Host = nr.replicas[(first+i)%uint64(len(nr.replicas))].addr
		var resp *http.Response
		if resp, err = http.DefaultTransport.RoundTrip(out); err == nil {
			return resp, nil
		}
		var op *net.OpError
		if !errors.As(err, &op) || op.Op != "dial" || (req.Body != nil && req.Body != http.NoBody) {
			return nil, err
		}
	}
	return nil, err
}

// TestReplicasBehindARoundRobin: two origin processes on one NATS behind a
// load balancer with no sticky sessions. Publishes go through either; one
// replica is killed, then both restart; every widget gets every id once.
func TestReplicasBehindARoundRobin(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		natsURL := startNATS(t)
		drv := openDriver(t, eng)
		t.Cleanup(drv.close)
		ln, err := net.Listen("tcp", drv.pageHost()+":0") // the balancer's address, which the pages use
		if err != nil {
			t.Fatal(err)
		}
		page := "http://" + ln.Addr().String()
		a, b := startReplica(t, natsURL, page), startReplica(t, natsURL, page)
		r := &rig{t: t, eng: eng, drv: drv, addr: roundRobin(t, ln, a, b)}
		var turn atomic.Uint64
		r.publishFn = func(event, data string) string { // through either replica, in turn
			if turn.Add(1)%2 == 0 {
				return a.publish(event, data)
			}
			return b.publish(event, data)
		}
		r.load(map[string]string{"queryString": quiet})
		r.connected()
		want := r.publish(2)
		r.expect(want)

		a.kill() // SIGKILL: the page's stream, if it was on a, drops
		r.publishFn = func(event, data string) string { return b.publish(event, data) }
		want = merge(want, r.publish(2))
		r.expect(want)

		b.kill()
		a.start()
		b.start()
		r.publishFn = func(event, data string) string { return a.publish(event, data) }
		want = merge(want, r.publish(2))
		r.expect(want)
		if n := eval[int](r, "demo.widgets.tasks.resets"); n != 0 {
			t.Errorf("%d resets: a replica restart or a move must resume, not reset", n)
		}
	})
}
