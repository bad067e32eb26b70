package e2e

import (
	"path"
	"strings"
	"testing"

	"github.com/tether-sse/tether/server/origin"
)

// TestReturningVisitFetchesNoModule: the loader finds the build's outputs
// by their fingerprinted names (web/manifest.json, which the origin writes
// into the loader it serves), served immutable, so a second visit takes
// the wasm and wasm_exec.js from the browser's cache without a request;
// the loader, and the manifest in it, are revalidated.
func TestReturningVisitFetchesNoModule(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{})
		module := func(p string) bool {
			base := path.Base(p)
			return strings.HasPrefix(p, "/web/") && (strings.HasSuffix(base, ".wasm") || strings.HasPrefix(base, "wasm_exec."))
		}
		plain := func(p string) bool { return module(p) && !origin.Fingerprinted(p) }
		hashed := func(p string) bool { return module(p) && origin.Fingerprinted(p) }
		manifest := func(p string) bool { return p == "/web/manifest.json" }

		r.load(map[string]string{"queryString": quiet})
		r.connected()
		if n := r.requests(hashed); n != 2 {
			t.Errorf("first visit: %d requests for fingerprinted tether.wasm and wasm_exec.js, want 2", n)
		}
		if n := r.requests(plain); n != 0 {
			t.Errorf("first visit: %d requests for unfingerprinted modules, want 0", n)
		}
		if n := r.requests(manifest); n != 0 {
			t.Errorf("first visit: %d requests for the manifest, want 0 (it comes in the loader)", n)
		}

		r.load(map[string]string{"queryString": quiet})
		r.connected()
		if n := r.requests(manifest); n != 0 {
			t.Errorf("second visit: %d requests for the manifest, want 0 (it comes in the loader)", n)
		}
		if n := r.requests(func(p string) bool { return p == "/web/tether.js" }); n < 1 {
			t.Errorf("second visit: %d requests for the loader, want it revalidated", n)
		}
		if n := r.requests(module); n != 0 {
			if eng == webkitEngine && !httpCache(r) {
				// WebDriver's WebKit session keeps no HTTP cache: every
				// fetch reaches the origin, whatever the headers say.
				t.Logf("second visit: %d module requests; this WebKit session has no HTTP cache", n)
			} else {
				t.Errorf("second visit: %d requests for the wasm or wasm_exec.js, want 0", n)
			}
		}
	})
}

// httpCache reports whether the browser keeps what it fetched: it fetches
// the fingerprinted tether.wasm twice and counts what reaches the origin.
func httpCache(r *rig) bool {
	name := eval[string](r, `fetch("/web/manifest.json").then((m) => m.json()).then((m) => m["tether.wasm"])`)
	is := func(p string) bool { return p == "/web/"+name }
	r.requests(is)
	for range 2 {
		eval[int](r, `fetch("/web/`+name+`").then((r) => r.arrayBuffer()).then((b) => b.byteLength)`)
	}
	return r.requests(is) < 2
}
