package e2e

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
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
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		testBundledApp(t, r, r.pageBase(), "/vite/", 3)
	})
}

// TestViteDevServer: the same app under Vite's dev server (npm run dev,
// what a Vite user runs first): the loader comes from Vite's dependency
// cache, the modules from the public folder the provider's moduleBase
// names, and the stream through the dev server's proxy to the origin.
func TestViteDevServer(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		// No drops here: Vite's proxy does not pass an upstream's cut on to
		// the page (the built app's test drops the stream three times).
		testBundledApp(t, r, viteDev(t, r), "/vite/", 0)
	})
}

// TestNextDevServer: the same widgets under Next.js's dev server (next
// dev): the page compiled on demand, the modules from public/ by the
// provider's moduleBase, the stream through the dev server's rewrite to
// the origin. No drops, as for Vite's.
func TestNextDevServer(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		testBundledApp(t, r, devServer(t, r, "nextapp", "/next/", "next", "dev", "--hostname"), "/next/", 0)
	})
}

// viteDev runs Vite's dev server for build/examples/viteapp where the
// browser reaches the origin, proxying /v1/ to it, and returns its base.
func viteDev(t *testing.T, r *rig) string {
	t.Helper()
	return devServer(t, r, "viteapp", "/vite/", "vite", "--host")
}

// devServer runs a bundler's dev server (npx, args, then the host flag)
// for build/examples/<app> where the browser reaches the origin, with
// TETHER_ORIGIN set for its proxy, and returns its base once <at> answers.
func devServer(t *testing.T, r *rig, app, at string, args ...string) string {
	t.Helper()
	host, _, _ := net.SplitHostPort(r.addr)
	ln, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, port, _ := net.SplitHostPort(addr)
	argv := append(append([]string{}, args...), host, "--port", port)
	if args[0] == "vite" {
		argv = append(argv, "--strictPort")
	}
	cmd := exec.Command("npx", argv...)
	cmd.Dir = filepath.Join(repoRoot, "build", "examples", app)
	cmd.Env = append(os.Environ(), "TETHER_ORIGIN="+r.base(), "NEXT_TELEMETRY_DISABLED=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // npx starts vite as a child: stop both
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		cmd.Wait()
		if t.Failed() {
			t.Logf("%s dev server:\n%s", args[0], out.String())
		}
	})
	base := "http://" + addr
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(200 * time.Millisecond) { // next dev compiles the page at the first request
		if resp, err := http.Get(base + at); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s did not serve %s%s within 2 minutes:\n%s", args[0], base, at, out.String())
		}
	}
	return base
}

// TestNextApp: the same widgets in a Next.js app (App Router, a 'use
// client' page, rendered on the server at build time: next build would
// fail had the provider touched window), exported statically.
func TestNextApp(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		testBundledApp(t, r, r.pageBase(), "/next/", 3)
	})
}

// testBundledApp runs the app served at base+at (built files beside the
// origin, or a bundler's dev server) over drops of its stream.
func testBundledApp(t *testing.T, r *rig, base, at string, drops int) {
	notFound := new(atomic.Int64)
	r.onNotFound = func(path string) {
		if strings.HasPrefix(path, at) { // the app's files; the browser asks for /favicon.ico of its own
			t.Logf("404 for %s", path)
			notFound.Add(1)
		}
	}
	r.navigate(base + at + "?" + url.Values{"queryString": {quiet}}.Encode())
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
	round()
	check("a second round")
	for i := range drops {
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
