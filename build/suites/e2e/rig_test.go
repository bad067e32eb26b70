package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/demo"
	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/origin"
)

var repoRoot, _ = filepath.Abs("../../..")

// metricsToken lets the tests read /metrics from wherever the origin listens.
const metricsToken = "e2e-metrics"

// rig is one origin on loopback and one browser tab.
type rig struct {
	t    *testing.T
	eng  engine
	cfg  origin.Config
	o    *origin.Origin
	demo *demo.Demo
	srv  *http.Server
	addr string
	drv  driver
	// page is where the browser reaches the origin, if not at addr: a
	// loopback address, for cases that need a secure context (see secure).
	page string
	// publishFn publishes one event and returns its id; nil publishes on
	// the in-process origin's hub.
	publishFn func(event, data string) string
	// moduleGate, when set, holds every request for a .wasm until it is
	// closed: a module download as long as the test needs.
	moduleGate chan struct{}
	// fetched counts the requests that reached the origin, by path.
	fetched *sync.Map // path → *atomic.Int64; shared by the rig's tabs
	missing *sync.Map // paths answered 404, as files deleted from a deployment
	// onNotFound, when set, hears every file request answered 404.
	onNotFound func(path string)
}

func newRig(t *testing.T, eng engine, cfg origin.Config) *rig {
	t.Helper()
	drv := openDriver(t, eng)
	t.Cleanup(drv.close)
	if cfg.Root == "" {
		cfg.Root = repoRoot
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Retry == 0 {
		cfg.Retry = 300 * time.Millisecond
	}
	if cfg.MetricsToken == "" {
		cfg.MetricsToken = metricsToken
	}
	r := &rig{t: t, eng: eng, cfg: cfg, drv: drv, fetched: new(sync.Map), missing: new(sync.Map)}
	r.serve(drv.pageHost() + ":0")
	t.Cleanup(r.stop)
	return r
}

func (r *rig) serve(addr string) {
	r.t.Helper()
	var ln net.Listener
	var err error
	for range 50 { // after a restart the port may take a moment to free
		if ln, err = net.Listen("tcp", addr); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		r.t.Fatal(err)
	}
	r.addr = ln.Addr().String()
	r.o = origin.New(r.cfg)
	// The demo answers loopback hosts and the trusted origins' hosts:
	// WebKit's isolated network reaches the origin at a host of its own.
	r.demo = demo.New(r.o, demo.Config{Logger: r.cfg.Logger, TrustedOrigins: []string{"http://" + r.addr}})
	// The React app outside the package (build/examples/reactapp), as its bundler
	// built it, beside the origin.
	mux := http.NewServeMux()
	mux.Handle("/", r.demo)
	mux.Handle("GET /app/", http.StripPrefix("/app/", http.FileServer(http.Dir(filepath.Join(repoRoot, "build", "out", "reactapp")))))
	// Apps built by the bundlers people use, from the packed package.
	for _, app := range []string{"vite", "next"} {
		mux.Handle("GET /"+app+"/", http.StripPrefix("/"+app+"/", http.FileServer(http.Dir(filepath.Join(repoRoot, "build", "out", app+"app")))))
	}
	// The README's plain-JS example page.
	mux.Handle("GET /examples/plainjs/", http.StripPrefix("/examples/plainjs/", http.FileServer(http.Dir(filepath.Join(repoRoot, "build", "examples", "plainjs")))))
	r.srv = r.o.Server(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		n, _ := r.fetched.LoadOrStore(req.URL.Path, new(atomic.Int64))
		n.(*atomic.Int64).Add(1)
		if _, gone := r.missing.Load(req.URL.Path); gone {
			http.NotFound(w, req) // a file deleted from the deployment
			return
		}
		if gate := r.moduleGate; gate != nil && strings.HasSuffix(req.URL.Path, ".wasm") {
			select {
			case <-gate:
			case <-req.Context().Done():
				return
			}
		}
		if on := r.onNotFound; on != nil && !strings.HasPrefix(req.URL.Path, "/v1/") { // files, not streams
			sw := &statusWriter{ResponseWriter: w}
			mux.ServeHTTP(sw, req)
			if sw.status == http.StatusNotFound {
				on(req.URL.Path)
			}
			return
		}
		mux.ServeHTTP(w, req)
	}))
	go r.srv.Serve(ln)
}

func (r *rig) stop() {
	r.o.Drain()
	r.demo.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if r.srv.Shutdown(ctx) != nil {
		r.srv.Close()
	}
}

// restart stops the origin (a new process would have a new epoch and an
// empty log, and so does a new Origin), waits, and starts it again on the
// same address.
func (r *rig) restart(down time.Duration) {
	r.stop()
	time.Sleep(down)
	r.serve(r.addr)
}

// requests reports how many requests reached the origin for the paths
// that match, since the last call.
func (r *rig) requests(match func(path string) bool) int64 {
	var total int64
	r.fetched.Range(func(k, v any) bool {
		if match(k.(string)) {
			total += v.(*atomic.Int64).Swap(0)
		}
		return true
	})
	return total
}

func (r *rig) base() string { return "http://" + r.addr }

// pageBase is the origin as the browser reaches it.
func (r *rig) pageBase() string {
	if r.page != "" {
		return "http://" + r.page
	}
	return r.base()
}

// secure makes the browser reach the origin at a loopback address, where
// a page is a secure context (Web Locks exist only there). WebKit's
// isolated network gets a forwarder on its own loopback; its pages then
// do not see setOffline.
func (r *rig) secure() {
	r.t.Helper()
	if r.eng != webkitEngine {
		return
	}
	page, err := webkit.Loopback(r.addr)
	if err != nil {
		r.t.Fatalf("a loopback address for WebKit: %v", err)
	}
	r.page = page
}

// load opens index.html with the runtime options as its query. The Go
// widgets stay out unless opts asks for them ("goapp": "on").
func (r *rig) load(opts map[string]string) {
	r.t.Helper()
	q := url.Values{"goapp": {"off"}}
	for k, v := range opts {
		q.Set(k, v)
	}
	r.navigate(r.pageBase() + "/?" + q.Encode())
	r.wait("window.demo && (demo.ready || demo.loadError)", 20*time.Second)
	if e := eval[string](r, "demo.loadError || ''"); e != "" {
		r.t.Fatalf("page failed to load the runtime: %s", e)
	}
}

func (r *rig) navigate(url string) {
	r.t.Helper()
	if err := r.drv.navigate(url); err != nil {
		r.t.Fatalf("navigating to %s: %v", url, err)
	}
}

func eval[T any](r *rig, expr string) T {
	r.t.Helper()
	var out T
	if err := r.drv.eval(expr, &out); err != nil {
		r.t.Fatalf("evaluating %s: %v", expr, err)
	}
	return out
}

// wait polls a JS condition until it is truthy. Evaluation errors count
// as "not yet": a navigation replaces the page's context under the poll.
func (r *rig) wait(cond string, timeout time.Duration) {
	r.t.Helper()
	deadline := time.Now().Add(timeout)
	var err error
	for time.Now().Before(deadline) {
		var ok bool
		err = r.drv.eval("!!("+cond+")", &ok)
		if err == nil && ok {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	r.t.Fatalf("waiting %v for %s: %v (state %s, stats %s)", timeout, cond, err, r.stateNow(), r.statsNow())
}

func (r *rig) stateNow() string {
	var v string
	r.drv.eval("window.tether ? tether.state() : 'no runtime'", &v)
	return v
}

func (r *rig) statsNow() string {
	var v string
	r.drv.eval("window.tether ? JSON.stringify(tether.stats()) : ''", &v)
	return v
}

func (r *rig) connected() { r.t.Helper(); r.wait("tether.state() === 'Connected'", 10*time.Second) }

// publish sends n events of each widget's kind and returns their ids per
// widget, in order.
func (r *rig) publish(n int) map[string][]string {
	r.t.Helper()
	out := map[string][]string{}
	for i := range n {
		for widget, ev := range widgetEvents {
			out[widget] = append(out[widget], r.publishOne(ev, fmt.Sprintf(`{"%s":"k%d","title":"t","text":"t","status":"s","amountCents":1,"currency":"EUR","n":%d}`, keyOf[ev], i, i)))
		}
	}
	return out
}

var (
	widgetEvents = map[string]string{"tasks": "task", "notifications": "notification", "payments": "payment"}
	keyOf        = map[string]string{"task": "taskId", "notification": "id", "payment": "paymentId"}
)

func (r *rig) publishOne(event, data string) string {
	r.t.Helper()
	if r.publishFn != nil {
		return r.publishFn(event, data)
	}
	ev, err := r.o.Hub().Publish(event, data, hub.Audience{})
	if err != nil {
		r.t.Fatal(err)
	}
	return ev.ID
}

func merge(a, b map[string][]string) map[string][]string {
	out := map[string][]string{}
	for k, v := range a {
		out[k] = append(out[k], v...)
	}
	for k, v := range b {
		out[k] = append(out[k], v...)
	}
	return out
}

// expect waits until every widget has as many ids as wanted, then checks
// they are exactly the wanted ids, in order: none missing, none twice.
func (r *rig) expect(want map[string][]string) {
	r.t.Helper()
	for widget, ids := range want {
		r.wait(fmt.Sprintf("demo.widgets.%s.ids.length >= %d", widget, len(ids)), 15*time.Second)
	}
	time.Sleep(150 * time.Millisecond) // let a duplicate show itself
	for widget, ids := range want {
		got := eval[[]string](r, "demo.widgets."+widget+".ids")
		if !slices.Equal(got, ids) {
			r.t.Errorf("%s received\n  %v\nwant\n  %v", widget, got, ids)
		}
	}
}

func (r *rig) openStreams() int { return r.o.OpenStreams() }

func (r *rig) waitStreams(n int, timeout time.Duration) {
	r.t.Helper()
	deadline := time.Now().Add(timeout)
	for r.openStreams() != n {
		if time.Now().After(deadline) {
			r.t.Fatalf("origin has %d open streams, want %d", r.openStreams(), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// demoStat reads one count from GET /v1/demo/streams.
func (r *rig) demoStat(name string) int {
	r.t.Helper()
	resp, err := http.Get(r.base() + "/v1/demo/streams")
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	var stats map[string]int
	if err := json.NewDecoder(resp.Body).Decode(&stats); err != nil {
		r.t.Fatalf("/v1/demo/streams: %v", err)
	}
	return stats[name]
}

func (r *rig) post(path string) {
	r.t.Helper()
	resp, err := http.Post(r.base()+path, "application/json", strings.NewReader(""))
	if err != nil {
		r.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		r.t.Fatalf("POST %s: %d", path, resp.StatusCode)
	}
}

// quiet is the stream query for tests that publish their own events.
const quiet = "intervalMs=0&heartbeat=0"

// statusWriter remembers the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
