package e2e

import (
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tether-sse/tether/server/origin"
)

// TestReturningVisitFetchesNoModule: the loader finds the build's outputs
// by their fingerprinted names (web/manifest.json, which the origin writes
// into the loader it serves), served immutable, so a second visit takes
// the wasm and wasm_exec.js from the browser's cache without a request;
// the loader, and the manifest in it, are revalidated (in the background:
// TestAStaleLoaderFindsTheNewBuild).
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

// TestAStaleLoaderFindsTheNewBuild: a returning visit runs the loader its
// browser kept, while the origin is asked for a newer one; when a deploy
// has replaced the build that loader names and the browser does not have
// its module, the loader loads itself again, fresh, and the page starts
// on the build the origin has.
func TestAStaleLoaderFindsTheNewBuild(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		root := deployment(t)
		r := newRig(t, eng, origin.Config{Root: root})
		// The first visit keeps the loader and fetches no module.
		r.navigate(r.pageBase() + "/web/demo.css")
		if !eval[bool](r, `import("/web/tether.js").then(() => true)`) {
			t.Fatal("the loader did not import")
		}
		old, now := redeploy(t, root)
		r.requests(func(string) bool { return true })

		r.load(map[string]string{"queryString": quiet})
		r.connected()
		if n := r.requests(func(p string) bool { return p == "/web/"+now }); n != 1 {
			t.Errorf("%d requests for the new build's module, want 1", n)
		}
		asked := r.requests(func(p string) bool { return p == "/web/"+old })
		if eng == chromiumEngine && asked != 1 {
			// WebKit's WebDriver session keeps no HTTP cache: it never
			// runs a stale loader (TestReturningVisitFetchesNoModule).
			t.Errorf("%d requests for the replaced module, want 1: the kept loader did not run", asked)
		}
	})
}

// deployment is a copy of the build the origin serves (index.html and
// web/) that a test may replace.
func deployment(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	copyFile := func(from, to string) {
		b, err := os.ReadFile(from)
		if err == nil {
			err = os.WriteFile(to, b, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	copyFile(filepath.Join(repoRoot, "index.html"), filepath.Join(root, "index.html"))
	files, err := os.ReadDir(filepath.Join(repoRoot, "web"))
	if err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(root, "web"), 0o755)
	for _, f := range files {
		if f.Type().IsRegular() {
			copyFile(filepath.Join(repoRoot, "web", f.Name()), filepath.Join(root, "web", f.Name()))
		}
	}
	return root
}

// redeploy replaces root's tether.wasm as a deploy of a new build does:
// its fingerprinted copy (and the compressed ones) under a new name, the
// old one gone, the manifest naming the new one. It returns both names.
func redeploy(t *testing.T, root string) (old, now string) {
	t.Helper()
	web := filepath.Join(root, "web")
	raw, err := os.ReadFile(filepath.Join(web, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var manifest map[string]string
	if err := json.Unmarshal(raw, &manifest); err != nil {
		t.Fatal(err)
	}
	old = manifest["tether.wasm"]
	hash := strings.TrimSuffix(strings.TrimPrefix(old, "tether."), ".wasm")
	flipped := []byte(hash)
	slices.Reverse(flipped)
	if string(flipped) == hash {
		flipped = []byte(strings.Repeat("0", len(hash)-1) + "1")
	}
	now = "tether." + string(flipped) + ".wasm"
	for _, ext := range []string{"", ".br", ".gz"} {
		if err := os.Rename(filepath.Join(web, old+ext), filepath.Join(web, now+ext)); err != nil && ext == "" {
			t.Fatal(err)
		}
	}
	manifest["tether.wasm"] = now
	raw, _ = json.Marshal(manifest)
	if err := os.WriteFile(filepath.Join(web, "manifest.json"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return old, now
}
