package main

import (
	"context"
	_ "embed"
	"fmt"
	"log"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	cdpnetwork "github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/profiler"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/tether-sse/tether/build/testing/chromium"
	"github.com/tether-sse/tether/server/demo"
	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/origin"
)

//go:embed page.html
var benchPage []byte

// modes are the two pages compared side by side.
var modes = []string{"tether", "plain"}

// dispatchModes are the pages the live burst times: the two, two without
// Go that parse once for every subscriber (page.html), which say what the
// loader's way of batching costs on its own, and Go's floor, which hands
// each event through a Go module that does nothing else.
var dispatchModes = []string{"tether", "plain", "jsbatch", "jsinline", "floor"}

// startModes are the pages startup times: the two, and Go's floor
// (build/bench/floor.go), which no Go runtime starts faster than.
var startModes = []string{"tether", "plain", "floor"}

// quiet keeps the origin's demo generator off the benchmark streams.
const quiet = "intervalMs=0"

// lab is a real origin on loopback, serving the repository and the
// benchmark page, and one headless Chromium.
type lab struct {
	o       *origin.Origin
	base    string
	browser context.Context
	stop    func()
	profile bool // log where the page's CPU went in each dispatch measure
}

func newLab() (*lab, error) {
	o := origin.New(origin.Config{Root: ".", Retry: 250 * time.Millisecond,
		LogSize: 1 << 16, ClientBuffer: 1 << 16, Logger: slog.New(slog.DiscardHandler)})
	mux := http.NewServeMux()
	mux.Handle("/", demo.New(o, demo.Config{Logger: slog.New(slog.DiscardHandler)}))
	mux.HandleFunc("GET /bench/page.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(benchPage)
	})
	if err := serveGoFloor(mux); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	path, err := chromium.Path()
	if err != nil {
		srv.Close()
		return nil, err
	}
	browser, stop, err := chromium.Start(path)
	if err != nil {
		srv.Close()
		return nil, err
	}
	return &lab{o: o, base: "http://" + ln.Addr().String(), browser: browser, stop: func() { stop(); srv.Close() }}, nil
}

// tab is one page of the lab.
type tab struct {
	ctx    context.Context
	cancel func()
}

// network is a network the browser is held to (CDP network conditions).
// The zero value is loopback, untouched.
type network struct {
	name      string
	latencyMs float64 // added before each response's headers, about one round trip
	mbitPerS  float64
}

// networks are the conditions startup is measured under.
var networks = []network{
	{name: "loopback"},
	{name: "40 ms RTT, 10 Mbit/s", latencyMs: 40, mbitPerS: 10},
	{name: "150 ms RTT, 1.6 Mbit/s (slow mobile)", latencyMs: 150, mbitPerS: 1.6},
}

// newTab opens a tab held to net, its HTTP cache off when cacheOff.
//
// DevTools' Network domain is on only where the cache or the network is
// set: chromedp turns it on in every tab, and then the renderer sends the
// browser a message for each event a stream receives, and a page's own
// posted tasks wait behind them (a flush posted during a live burst of
// 2,000 ran 70-170 ms after the last event had come, with the page idle).
// A user's page has no DevTools attached.
func (l *lab) newTab(net network, cacheOff bool) (*tab, error) {
	ctx, cancel := chromedp.NewContext(l.browser)
	t := &tab{ctx: ctx, cancel: cancel}
	var err error
	if cacheOff || net.latencyMs > 0 {
		err = callCDP(t, cdpnetwork.Enable, cdpnetwork.EnableParams{})
	} else {
		err = callCDP(t, cdpnetwork.Disable, cdp.Empty{})
	}
	if err == nil && cacheOff {
		err = callCDP(t, cdpnetwork.SetCacheDisabled, cdpnetwork.SetCacheDisabledParams{CacheDisabled: true})
	}
	if err == nil && net.latencyMs > 0 {
		bps := net.mbitPerS * 1e6 / 8
		err = callCDP(t, cdpnetwork.EmulateNetworkConditionsByRule, cdpnetwork.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*cdpnetwork.Conditions{{Latency: net.latencyMs, DownloadThroughput: bps, UploadThroughput: bps}},
		})
	}
	if err != nil {
		cancel()
		return nil, err
	}
	return t, nil
}

// visit loads the benchmark page in t and waits until its stream is open.
func (l *lab) visit(t *tab, mode, query string) error { return l.visitWith(t, mode, query, 0) }

// visitWith is visit with subs subscribers on the page (0: its default, 10).
func (l *lab) visitWith(t *tab, mode, query string, subs int) error {
	u := l.base + "/bench/page.html?mode=" + mode + "&q=" + url.QueryEscape(query)
	if subs > 0 {
		u += "&subs=" + strconv.Itoa(subs)
	}
	if _, err := chromedp.Run(t.ctx, chromedp.Navigate(u)); err != nil {
		return err
	}
	if err := t.poll("bench.ready && bench.connected()", time.Minute); err != nil {
		return fmt.Errorf("%s page: %w", mode, err)
	}
	return nil
}

// open loads the benchmark page on loopback in a new tab.
func (l *lab) open(mode, query string) (*tab, error) {
	t, err := l.newTab(network{}, false)
	if err != nil {
		return nil, err
	}
	if err := l.visit(t, mode, query); err != nil {
		t.cancel()
		return nil, err
	}
	return t, nil
}

func callCDP[P, R any](t *tab, c cdp.Command[P, R], p P) error {
	_, err := chromedp.Run(t.ctx, func(ctx context.Context, target *chromedp.Target) (R, error) {
		return cdp.Call(ctx, target, c, p)
	})
	return err
}

func evalIn[T any](t *tab, expr string) (T, error) {
	ctx, cancel := context.WithTimeout(t.ctx, 5*time.Minute)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, func(p *cdpruntime.EvaluateParams) { p.AwaitPromise = ptr(true) }))
}

func ptr[T any](v T) *T { return &v }

func (t *tab) poll(cond string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(t.ctx, timeout)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool]("!!("+cond+")", chromedp.WithPollingInterval(2*time.Millisecond)))
	return err
}

// publish sends one bench event to everyone and returns its id.
func (l *lab) publish() (string, error) {
	ev, err := l.o.Hub().Publish("bench", `{"n":1,"text":"a benchmark event of typical size, with a few fields"}`, hub.Audience{})
	if err != nil {
		return "", err
	}
	return ev.ID, nil
}

// before returns the id just before id, so a stream resuming from it
// replays id at once.
func before(id string) string {
	epoch, seq, _ := strings.Cut(id, "-")
	n, _ := strconv.ParseUint(seq, 10, 64)
	return epoch + "-" + strconv.FormatUint(n-1, 10)
}

// A visit's kind: cold (HTTP cache off: a first visit) or warm (the
// tab's second visit, the cache on), the second after the first stayed
// open for stay. V8 writes a module's code cache 2 s after its last
// optimizing compile (--wasm-caching-timeout-ms), so a return after a
// visit of a few seconds finds the module compiled; a return at once
// compiles it again.
type visitKind struct {
	name string
	warm bool
	stay time.Duration
}

var (
	coldVisit    = visitKind{name: "cold start"}
	warmVisit    = visitKind{name: "warm start", warm: true, stay: 4 * time.Second}
	returnAtOnce = visitKind{name: "warm start, returning at once (before V8 caches the compiled module)", warm: true}
	visitsByNet  = func(net network) []visitKind {
		if net.latencyMs == 0 {
			return []visitKind{coldVisit, warmVisit, returnAtOnce}
		}
		return []visitKind{coldVisit, warmVisit}
	}
)

// startup: navigation to the first event delivered to a widget, the event
// already waiting at the origin, under each network and kind of visit.
func (l *lab) startup(t *table, runs int) error {
	for _, net := range networks {
		for _, kind := range visitsByNet(net) {
			took := map[string][]float64{}
			parts := make([][]float64, len(startParts))
			for i := range runs {
				for _, mode := range startModes {
					first, phases, err := l.startOnce(net, mode, kind)
					if err != nil {
						return fmt.Errorf("%s, %s: %w", kind.name, net.name, err)
					}
					took[mode] = append(took[mode], first)
					log.Printf("%s, %s, %d/%d %s: %.1f ms %s", kind.name, net.name, i+1, runs, mode, first, phases.log)
					if mode == "tether" {
						for j, v := range phases.parts {
							parts[j] = append(parts[j], v)
						}
					}
				}
			}
			tm, pm, fm := median(took["tether"]), median(took["plain"]), median(took["floor"])
			t.add(fmt.Sprintf("%s, %s: navigation → first event in a widget (median)", kind.name, net.name), ms(tm), ms(pm), tm/pm)
			t.add(fmt.Sprintf("%s, %s: Go's floor (wasm_exec.js, a Go module handing events on through safejs) against plain JS", kind.name, net.name), ms(fm), ms(pm), fm/pm)
			t.add(fmt.Sprintf("%s, %s: Tether against Go's floor", kind.name, net.name), ms(tm), ms(fm), tm/fm)
			if kind.warm && net.latencyMs == 0 {
				for j, p := range startParts {
					t.add(fmt.Sprintf("%s, %s, its parts: %s (median of %d)", kind.name, net.name, p.name, runs), ms(median(parts[j])), "", 0)
				}
			}
		}
	}
	// The gain of connecting while the module downloads, on the network
	// where round trips cost most.
	slow := networks[len(networks)-1]
	took := map[string][]float64{}
	for i := range runs {
		for _, mode := range []string{"tether", "tether-late"} {
			first, _, err := l.startOnce(slow, mode, coldVisit)
			if err != nil {
				return fmt.Errorf("cold start, %s: %w", slow.name, err)
			}
			took[mode] = append(took[mode], first)
			log.Printf("cold start, %s, %d/%d %s: %.1f ms", slow.name, i+1, runs, mode, first)
		}
	}
	early, late := median(took["tether"]), median(took["tether-late"])
	t.add(fmt.Sprintf("cold start, %s: stream opened while the module downloads (baseline: opened by the runtime)", slow.name), ms(early), ms(late), early/late)
	return nil
}

// startOnce times one visit of kind in a fresh tab.
func (l *lab) startOnce(net network, mode string, kind visitKind) (first float64, phases startPhases, err error) {
	tb, err := l.newTab(net, !kind.warm)
	if err != nil {
		return 0, phases, err
	}
	defer tb.cancel()
	visits := 1
	if kind.warm {
		visits = 2
	}
	for v := range visits {
		if v > 0 {
			time.Sleep(kind.stay)
		}
		id, err := l.publish()
		if err != nil {
			return 0, phases, err
		}
		if err := l.visit(tb, mode, quiet+"&lastEventId="+before(id)); err != nil {
			return 0, phases, err
		}
		if err := tb.poll("bench.first > 0", time.Minute); err != nil {
			return 0, phases, fmt.Errorf("%s: no event: %w", mode, err)
		}
	}
	if first, err = evalIn[float64](tb, "bench.first"); err != nil {
		return 0, phases, err
	}
	if mode == "tether" { // the loader's early stream marks its open
		phases, err = readPhases(tb)
	}
	return first, phases, err
}

// startPhases is where one start's time went: for the log, each file's
// request → response → end and the moments the loader and the runtime
// mark; and the parts of startParts, in ms.
type startPhases struct {
	log   string
	parts []float64
}

// startParts are a start's parts, each between two of its moments: 0 is
// navigation; the others are the tether: marks (web/tether.js mark), the
// loader's responseEnd, and the page's first delivery.
var startParts = []struct{ name, from, to string }{
	{"navigation → the loader (tether.js) loaded", "", "loader"},
	{"module download and compile", "fetch", "compiled"},
	{"instantiate", "compiled", "instantiated"},
	{"Go's start-up (runtime and package inits)", "run", "main"},
	{"the runtime's boot (options, the API, the stream adopted)", "main", "up"},
	{"navigation → the stream open (the loader's early stream)", "", "open"},
	{"the runtime up → first event delivered", "up", "first"},
}

func readPhases(tb *tab) (startPhases, error) {
	var p startPhases
	at, err := evalIn[map[string]float64](tb, `(() => {
		const at = Object.fromEntries(performance.getEntriesByType("mark")
			.filter((e) => e.name.startsWith("tether:")).map((e) => [e.name.slice(7), e.startTime]));
		const loader = performance.getEntriesByType("resource").find((e) => /\/web\/tether\.js$/.test(e.name));
		return { ...at, loader: loader ? loader.responseEnd : -1, first: bench.first };
	})()`)
	if err != nil {
		return p, err
	}
	files, _ := evalIn[string](tb, `performance.getEntriesByType("resource")
		.filter((e) => e.name.includes("/web/"))
		.map((e) => e.name.replace(/.*\//, "") + " " + [e.startTime, e.responseStart, e.responseEnd].map((t) => t.toFixed(0)).join("→") + (e.transferSize ? "" : " (cache)"))
		.join(", ")`)
	var b strings.Builder
	b.WriteString(files)
	for _, sp := range startParts {
		from, ok1 := at[sp.from]
		to, ok2 := at[sp.to]
		if sp.from == "" {
			from, ok1 = 0, true
		}
		if !ok1 || !ok2 || to < 0 {
			return p, fmt.Errorf("start phases: no mark %q or %q (have %v)", sp.from, sp.to, at)
		}
		p.parts = append(p.parts, to-from)
		fmt.Fprintf(&b, "; %s %.0f", sp.to, to)
	}
	p.log = b.String()
	return p, nil
}

// dispatch: a burst of events to 10 subscribers; the rate at which the
// page delivers them, none lost.
func (l *lab) dispatch(t *table, runs, burst int) error {
	// By page and burst: the first on a fresh page, the second on the
	// same page, its code by then optimized (wasm starts in V8's baseline
	// tier; the core costs 13 µs an event there and 2.8 once optimized,
	// BenchmarkMessage in Chromium).
	var rate, span [2]map[string][]float64
	for b := range rate {
		rate[b], span[b] = map[string][]float64{}, map[string][]float64{}
	}
	for i := range runs {
		for _, mode := range dispatchModes {
			bursts, err := l.dispatchOnce(mode, burst)
			if err != nil {
				return err
			}
			for b, m := range bursts {
				rate[b][mode] = append(rate[b][mode], m.rate)
				span[b][mode] = append(span[b][mode], m.span)
			}
			log.Printf("dispatch %d/%d %s: %.0f events/s to 10 subscribers, first publish → last delivery %.0f ms (the second burst: %.0f events/s, %.0f ms)",
				i+1, runs, mode, bursts[0].rate, bursts[0].span, bursts[1].rate, bursts[1].span)
		}
	}
	// The first burst's rows keep the names they had before the second.
	for b, which := range []string{"", "a second live burst on the same page (its code optimized by the first), "} {
		ts, ps := median(span[b]["tether"]), median(span[b]["plain"])
		t.add(fmt.Sprintf("dispatch: %slive burst of %d, first publish → last delivery to 10 subscribers (median; the publisher's pace bounds both)", which, burst),
			ms(ts), ms(ps), ts/ps)
		for _, m := range []struct{ mode, name string }{
			{"jsbatch", "without Go: the loader's queue and posted flush in JS alone"},
			{"jsinline", "without Go: JS alone, parsing once and delivering in the listener"},
			{"floor", "Go's floor: each event through a Go module that does nothing else, one call in and one out (parsed once)"},
		} {
			js := median(span[b][m.mode])
			t.add(fmt.Sprintf("dispatch: %slive burst, first publish → last delivery, %s (baseline: plain JS)", which, m.name), ms(js), ms(ps), js/ps)
		}
		tr, pr := median(rate[b]["tether"]), median(rate[b]["plain"])
		t.add(fmt.Sprintf("dispatch: %sevents/s to 10 subscribers, burst of %d, none lost (median)", which, burst),
			fmt.Sprintf("%.0f", tr), fmt.Sprintf("%.0f", pr), tr/pr)
		tu, pu := 1e6/tr, 1e6/pr
		t.add(fmt.Sprintf("dispatch: %stime per event, 10 subscribers", which), fmt.Sprintf("%.1f µs", tu), fmt.Sprintf("%.1f µs", pu), tu/pu)
		t.add(fmt.Sprintf("dispatch: %sTether's overhead per event", which), fmt.Sprintf("%.1f µs", tu-pu), "", 0)
	}
	return nil
}

// burstFigures are one burst's events/s from the first delivery to the
// last and its first publish → last delivery in ms.
type burstFigures struct{ rate, span float64 }

// dispatchOnce times two live bursts on one fresh page of mode, the
// second once the first is delivered.
func (l *lab) dispatchOnce(mode string, burst int) (out [2]burstFigures, err error) {
	tb, err := l.open(mode, quiet)
	if err != nil {
		return out, err
	}
	defer tb.cancel()
	if l.profile && mode == "tether" {
		defer profile(tb, "dispatch, live bursts")()
	}
	for b := range out {
		if b > 0 {
			time.Sleep(500 * time.Millisecond)
			if _, err := evalIn[bool](tb, "(bench.counts.fill(0), bench.ids = [], bench.recvAt = [], bench.first = 0, bench.last = 0, true)"); err != nil {
				return out, err
			}
		}
		var ids []string
		start := time.Now()
		for range burst {
			id, err := l.publish()
			if err != nil {
				return out, err
			}
			ids = append(ids, id)
		}
		if out[b].rate, err = dispatchRate(tb, "dispatch "+mode, ids); err != nil {
			return out, err
		}
		last, err := evalIn[float64](tb, "bench.recvAt[bench.recvAt.length - 1]")
		if err != nil {
			return out, err
		}
		out[b].span = last - float64(start.UnixMilli())
	}
	return out, nil
}

// dispatchRate waits until every subscriber on tb's page has ids, checks
// each got every one once, in order, and returns the page's events per
// second from its first delivery to its last.
func dispatchRate(tb *tab, what string, ids []string) (float64, error) {
	if err := tb.poll(fmt.Sprintf("bench.counts.every((n) => n >= %d)", len(ids)), time.Minute); err != nil {
		return 0, fmt.Errorf("%s: %w", what, err)
	}
	res, err := evalIn[struct {
		First, Last float64
		IDs         []string
		Counts      []int
	}](tb, "({first: bench.first, last: bench.last, ids: bench.ids, counts: bench.counts})")
	if err != nil {
		return 0, err
	}
	if !slices.Equal(res.IDs, ids) || slices.Max(res.Counts) != len(ids) {
		return 0, fmt.Errorf("%s: events lost or repeated (%d ids, counts %v)", what, len(res.IDs), res.Counts)
	}
	return float64(len(ids)-1) / ((res.Last - res.First) / 1000), nil
}

// dispatchReplay times dispatch alone: the burst is published first, then
// each page opens resuming from before it, so the origin replays all of it
// at once and the page's first → last delivery is its own work, not the
// pace of the publisher. Tether's page is tether-late: its runtime opens
// the stream itself and takes the replay as it arrives, as the plain page
// does (with the events option the loader would keep the whole replay
// while the module starts, and time only its delivery). At 10 subscribers
// and at 1; every id once.
func (l *lab) dispatchReplay(t *table, runs, burst int) error {
	for _, subs := range []int{10, 1} {
		rate, fromOpen := map[string][]float64{}, map[string][]float64{}
		for i := range runs {
			for _, mode := range modes {
				var ids []string
				for range burst {
					id, err := l.publish()
					if err != nil {
						return err
					}
					ids = append(ids, id)
				}
				page := mode
				if mode == "tether" {
					page = "tether-late"
				}
				r, o, err := l.replayOnce(page, ids, subs)
				if err != nil {
					return err
				}
				rate[mode] = append(rate[mode], r)
				fromOpen[mode] = append(fromOpen[mode], o)
				log.Printf("dispatch (replay) %d/%d %s: %.0f events/s to %d subscribers (%.0f from the stream's open)", i+1, runs, mode, r, subs, o)
			}
		}
		tr, pr := median(rate["tether"]), median(rate["plain"])
		t.add(fmt.Sprintf("dispatch: a replay of %d events to %d subscribers, events/s (median)", burst, subs),
			fmt.Sprintf("%.0f", tr), fmt.Sprintf("%.0f", pr), tr/pr)
		tu, pu := 1e6/tr, 1e6/pr
		t.add(fmt.Sprintf("dispatch: a replay, time per event, %d subscribers (overhead %.1f µs)", subs, tu-pu),
			fmt.Sprintf("%.1f µs", tu), fmt.Sprintf("%.1f µs", pu), tu/pu)
		to, po := median(fromOpen["tether"]), median(fromOpen["plain"])
		t.add(fmt.Sprintf("dispatch: a replay to %d subscribers, events/s from the stream's open to the last delivery (median; counts the work before a batch's first delivery)", subs),
			fmt.Sprintf("%.0f", to), fmt.Sprintf("%.0f", po), to/po)
	}
	return nil
}

// replayOnce returns the page's events/s from its first delivery to its
// last, and from its stream's open to its last delivery: the second
// counts the work a batching page does before its first delivery.
func (l *lab) replayOnce(mode string, ids []string, subs int) (rate, fromOpen float64, err error) {
	tb, err := l.newTab(network{}, false)
	if err != nil {
		return 0, 0, err
	}
	defer tb.cancel()
	if l.profile && mode != "plain" {
		defer profile(tb, fmt.Sprintf("dispatch, replay to %d", subs))()
	}
	if err := l.visitWith(tb, mode, quiet+"&lastEventId="+before(ids[0]), subs); err != nil {
		return 0, 0, err
	}
	if rate, err = dispatchRate(tb, "dispatch (replay) "+mode, ids); err != nil {
		return 0, 0, err
	}
	took, err := evalIn[float64](tb, `bench.last - (bench.opened ?? performance.getEntriesByName("tether:open")[0].startTime)`)
	return rate, float64(len(ids)) / (took / 1000), err
}

// reconnect: the origin drops every stream n times; after each drop an
// event is published, and the page must get it. Times are drop → that
// event delivered; every id published must arrive exactly once.
func (l *lab) reconnect(t *table, n int) error {
	took := map[string][]float64{}
	lossDup := map[string][2]int{}
	for _, mode := range modes {
		var err error
		if took[mode], lossDup[mode], err = l.reconnectMode(mode, n); err != nil {
			return err
		}
		log.Printf("reconnect %s: %d drops, median %.1f ms, lost %d, duplicated %d", mode, n, median(took[mode]), lossDup[mode][0], lossDup[mode][1])
	}
	tm, pm := median(took["tether"]), median(took["plain"])
	t.add(fmt.Sprintf("reconnect: origin drops every stream → events flow again (median of %d, retry: 250 ms)", n), ms(tm), ms(pm), tm/pm)
	t.add(fmt.Sprintf("reconnect: events lost / duplicated over %d drops", n),
		fmt.Sprintf("%d / %d", lossDup["tether"][0], lossDup["tether"][1]),
		fmt.Sprintf("%d / %d", lossDup["plain"][0], lossDup["plain"][1]), 0)
	return nil
}

func (l *lab) reconnectMode(mode string, n int) (took []float64, lossDup [2]int, err error) {
	tb, err := l.open(mode, quiet)
	if err != nil {
		return nil, lossDup, err
	}
	defer tb.cancel()
	var published []string
	// arrived publishes one event and waits until the page has it.
	arrived := func(when string, i int) (string, error) {
		id, err := l.publish()
		if err != nil {
			return "", err
		}
		published = append(published, id)
		if err := tb.poll(fmt.Sprintf("bench.ids.includes(%q)", id), 30*time.Second); err != nil {
			return "", fmt.Errorf("reconnect %s %s drop %d: %w", mode, when, i, err)
		}
		return id, nil
	}
	for i := range n {
		if _, err := arrived("before", i); err != nil {
			return nil, lossDup, err
		}
		dropped := time.Now()
		if err := post(l.base + "/v1/demo/drop"); err != nil {
			return nil, lossDup, err
		}
		after, err := arrived("after", i)
		if err != nil {
			return nil, lossDup, err
		}
		at, err := evalIn[float64](tb, fmt.Sprintf("bench.recvAt[bench.ids.indexOf(%q)]", after))
		if err != nil {
			return nil, lossDup, err
		}
		took = append(took, at-float64(dropped.UnixMilli()))
	}
	got, err := evalIn[[]string](tb, "bench.ids")
	if err != nil {
		return nil, lossDup, err
	}
	return took, lostAndDuplicated(published, got), nil
}

func lostAndDuplicated(published, got []string) [2]int {
	seen := map[string]int{}
	for _, id := range got {
		seen[id]++
	}
	var lost, dup int
	for _, id := range published {
		if seen[id] == 0 {
			lost++
		}
	}
	for _, n := range seen {
		dup += n - 1
	}
	return [2]int{lost, dup}
}

func post(u string) error {
	resp, err := http.Post(u, "", nil)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("POST %s: %d", u, resp.StatusCode)
	}
	return nil
}

// memory reads the page's memory after 10 reconnect cycles, after 1,000,
// and after 2,000: growth that stops between the last two is the heap
// finding its size, not a leak.
func (l *lab) memory(t *table) error {
	tb, err := l.open("tether", quiet)
	if err != nil {
		return err
	}
	defer tb.cancel()
	type reading struct{ wasm, heap, esListeners, pageListeners, callbacks float64 }
	read := func(cycles int) (reading, error) {
		if _, err := evalIn[int](tb, fmt.Sprintf("bench.cycles(%d)", cycles)); err != nil {
			return reading{}, err
		}
		if err := callCDP(tb, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
			return reading{}, err
		}
		var r reading
		heap, err := chromedp.Run(tb.ctx, func(ctx context.Context, target *chromedp.Target) (cdpruntime.GetHeapUsageResult, error) {
			return cdp.Call(ctx, target, cdpruntime.GetHeapUsage, cdp.Empty{})
		})
		if err != nil {
			return reading{}, err
		}
		r.heap = heap.UsedSize
		if r.wasm, err = evalIn[float64](tb, "bench.wasmBytes()"); err != nil {
			return reading{}, err
		}
		count := func(obj string) (float64, error) {
			return chromedp.Run(tb.ctx, chromedp.EvaluateAsDevTools[float64](
				"Object.values(getEventListeners("+obj+")).reduce((n, a) => n + a.length, 0)"))
		}
		if r.esListeners, err = count("bench.eventSource()"); err != nil {
			return reading{}, err
		}
		w, err := count("window")
		if err != nil {
			return reading{}, err
		}
		d, err := count("document")
		if err != nil {
			return reading{}, err
		}
		r.pageListeners = w + d
		r.callbacks, err = evalIn[float64](tb, "tether.stats().callbacks")
		return r, err
	}
	log.Printf("memory: 10 reconnect cycles")
	at10, err := read(10)
	if err != nil {
		return err
	}
	log.Printf("memory: 990 more reconnect cycles")
	at1000, err := read(990)
	if err != nil {
		return err
	}
	log.Printf("memory: 1,000 more reconnect cycles")
	at2000, err := read(1000)
	if err != nil {
		return err
	}
	row := func(label, what string, a, b float64, format func(float64) string) {
		ratio := 0.0
		if a > 0 {
			ratio = b / a
		}
		t.add("memory after "+label+": "+what, format(b), format(a), ratio)
	}
	size := func(v float64) string { return bytes(int(v)) + " B" }
	count := func(v float64) string { return fmt.Sprint(v) }
	for _, step := range []struct {
		label    string
		from, to reading
	}{
		{"1,000 reconnect cycles (baseline: after 10)", at10, at1000},
		{"2,000 reconnect cycles (baseline: after 1,000)", at1000, at2000},
	} {
		row(step.label, "wasm linear memory", step.from.wasm, step.to.wasm, size)
		row(step.label, "JS heap used", step.from.heap, step.to.heap, size)
		row(step.label, "EventSource listeners", step.from.esListeners, step.to.esListeners, count)
		row(step.label, "window + document listeners", step.from.pageListeners, step.to.pageListeners, count)
		row(step.label, "runtime callbacks held", step.from.callbacks, step.to.callbacks, count)
	}
	return nil
}

// profile samples tb's CPU (V8's profiler: JS and wasm functions by
// name) until the returned stop, which logs the functions that took the
// most samples themselves (-profile).
func profile(tb *tab, what string) (stop func()) {
	err := callCDP(tb, profiler.Enable, cdp.Empty{})
	if err == nil {
		err = callCDP(tb, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 50})
	}
	if err == nil {
		err = callCDP(tb, profiler.Start, cdp.Empty{})
	}
	if err != nil {
		log.Printf("%s: no profile: %v", what, err)
		return func() {}
	}
	return func() {
		res, err := chromedp.Run(tb.ctx, func(ctx context.Context, target *chromedp.Target) (profiler.StopResult, error) {
			return cdp.Call(ctx, target, profiler.Stop, cdp.Empty{})
		})
		if err != nil || res.Profile == nil {
			log.Printf("%s: no profile: %v", what, err)
			return
		}
		self, byPackage := map[string]int64{}, map[string]int64{}
		var total int64
		for _, n := range res.Profile.Nodes {
			name := n.CallFrame.FunctionName
			if name == "" {
				name = "(anonymous)"
			}
			if u := n.CallFrame.URL; u != "" {
				file := u[strings.LastIndex(u, "/")+1:]
				pkg := "JS " + file
				if strings.Contains(file, ".wasm") { // a Go function (an unstripped module names them)
					pkg = goPackage(name)
				}
				byPackage[pkg] += n.HitCount
				name += " " + file
			}
			self[name] += n.HitCount
			total += n.HitCount
		}
		top := func(self map[string]int64) string {
			names := slices.Collect(maps.Keys(self))
			slices.SortFunc(names, func(a, b string) int { return int(self[b] - self[a]) })
			var b strings.Builder
			for _, n := range names[:min(12, len(names))] {
				fmt.Fprintf(&b, "\n  %5.1f%%  %s", 100*float64(self[n])/float64(max(total, 1)), n)
			}
			return b.String()
		}
		log.Printf("%s: profile, self time, %d samples:%s\nby package (Go) or file (JS):%s", what, total, top(self), top(byPackage))
	}
}

// goPackage is the package of a Go function as V8 names it from a
// module's name section, its path's slashes made underscores:
// "github.com_owner_repo_pkg.(*T).M" → "github.com_owner_repo_pkg",
// "runtime.memmove" → "runtime".
func goPackage(fn string) string {
	path := ""
	for _, domain := range []string{".com_", ".org_", ".net_", ".io_", ".dev_", ".in_"} { // a path that starts with a host
		if i := strings.Index(fn, domain); i >= 0 && !strings.Contains(fn[:i], ".") {
			path, fn = fn[:i+len(domain)-1], fn[i+len(domain)-1:]
			break
		}
	}
	pkg, _, _ := strings.Cut(fn, ".")
	return path + pkg
}
