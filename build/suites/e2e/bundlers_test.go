package e2e

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/origin"
)

// TestViteApp: the seed's TasksWidget and a useTether widget in a Vite
// app built from the packed package (make vite-app), with tether.wasm and
// wasm_exec.js beside the bundle as README says: every widget gets every
// id once across three drops, and the page asks for no manifest it does
// not have, nor anything the app does not serve.
func TestViteApp(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) { testBundledApp(t, eng, "/vite/") })
}

// TestNextApp: the same widgets in a Next.js app (App Router, a 'use
// client' page, rendered on the server at build time: next build would
// fail had the provider touched window), exported statically.
func TestNextApp(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) { testBundledApp(t, eng, "/next/") })
}

func testBundledApp(t *testing.T, eng engine, at string) {
	r := newRig(t, eng, origin.Config{})
	notFound := new(atomic.Int64)
	r.onNotFound = func(path string) {
		if strings.HasPrefix(path, at) { // the app's files; the browser asks for /favicon.ico of its own
			t.Logf("404 for %s", path)
			notFound.Add(1)
		}
	}
	r.navigate(r.pageBase() + at + "?" + url.Values{"queryString": {quiet}}.Encode())
	r.wait("window.connectionState === 'Connected'", 30*time.Second)
	var tasks, payments []string
	round := func() {
		tasks = append(tasks, r.publishOne("task", fmt.Sprintf(`{"taskId":"k%d"}`, len(tasks))))
		payments = append(payments, r.publishOne("payment", fmt.Sprintf(`{"paymentId":"p%d"}`, len(payments))))
	}
	check := func(when string) {
		t.Helper()
		r.wait(fmt.Sprintf("window.taskIds.length >= %d && window.paymentIds.length >= %d", len(tasks), len(payments)), 15*time.Second)
		time.Sleep(150 * time.Millisecond) // let a duplicate show itself
		if got := eval[[]string](r, "window.taskIds"); !slices.Equal(got, tasks) {
			t.Errorf("%s: the seed's TasksWidget got %v, want %v", when, got, tasks)
		}
		if got := eval[[]string](r, "window.paymentIds"); !slices.Equal(got, payments) {
			t.Errorf("%s: useTether got %v, want %v", when, got, payments)
		}
	}
	round()
	check("first connection")
	for i := range 3 {
		r.post("/v1/demo/drop")
		round() // while the page reconnects
		r.wait("window.connectionState === 'Connected'", 10*time.Second)
		check(fmt.Sprintf("after drop %d", i+1))
	}
	if n := r.requests(func(p string) bool { return strings.HasSuffix(p, "manifest.json") }); n != 0 {
		t.Errorf("the app asked %d times for a manifest.json it does not have", n)
	}
	if n := notFound.Load(); n != 0 {
		t.Errorf("%d requests answered 404 (logged above)", n)
	}
}
