package e2e

import (
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/origin"
)

// TestPlainJSExample: the README's plain-JS example (build/examples/plainjs)
// against an origin with -public-topics tasks, as README says to run it:
// the page hears the tasks topic and broadcasts, every id once, in order,
// and nothing of a topic it did not ask for.
func TestPlainJSExample(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		r := newRig(t, eng, origin.Config{PublicTopics: []string{"tasks"}})
		r.navigate(r.pageBase() + "/examples/plainjs/")
		r.wait("document.getElementById('state').textContent === 'Connected'", 20*time.Second)
		var want []string
		for i, topic := range []string{"tasks", "", "ops", "tasks"} {
			ev, err := r.o.Publish(origin.PublishRequest{Event: "task", Topic: topic,
				Data: []byte(fmt.Sprintf(`{"taskId":"t%d","status":"open"}`, i))})
			if err != nil {
				t.Fatal(err)
			}
			if topic != "ops" {
				want = append(want, ev.ID)
			}
		}
		r.wait(fmt.Sprintf("document.querySelectorAll('#tasks li').length >= %d", len(want)), 10*time.Second)
		time.Sleep(200 * time.Millisecond) // an event of "ops", or a duplicate, would show by now
		if got := eval[[]string](r, "[...document.querySelectorAll('#tasks li')].map((li) => li.dataset.id)"); !slices.Equal(got, want) {
			t.Errorf("the example page shows %v, want %v", got, want)
		}
	})
}

// TestInstallFromACheckout runs build/examples/install.sh, the README's
// install steps, into a fresh app of each kind: a JS-only app (npm, no Go
// module), a go-app app (the Go module alone) and one with both. npm
// installs the package packed from web/; the Go app builds against the
// checkout, natively and for the browser.
func TestInstallFromACheckout(t *testing.T) {
	for _, tool := range []string{"npm", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s: %v", tool, err)
		}
	}
	goApp := map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.26.0\n",
		"main.go": `package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/tether-sse/tether/wasm/tetherapp"
)

func main() {
	tetherapp.Start(tetherapp.Options{})
	app.RunWhenOnBrowser()
}
`,
	}
	for _, kind := range []string{"js", "go", "both"} {
		t.Run(kind, func(t *testing.T) {
			app := t.TempDir()
			files := map[string]string{}
			if kind != "go" {
				files["package.json"] = `{"name": "app", "private": true}` + "\n"
			}
			if kind != "js" {
				maps.Copy(files, goApp)
			}
			for name, body := range files {
				if err := os.WriteFile(filepath.Join(app, name), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if kind != "js" {
				get := exec.Command("go", "get", "github.com/maxence-charriere/go-app/v10@v10.1.11")
				get.Dir = app
				if out, err := get.CombinedOutput(); err != nil {
					t.Fatalf("go get go-app: %v\n%s", err, out)
				}
			}
			install := exec.Command(filepath.Join(repoRoot, "build", "examples", "install.sh"), repoRoot, app, kind)
			if out, err := install.CombinedOutput(); err != nil {
				t.Fatalf("install.sh %s: %v\n%s", kind, err, out)
			}
			_, err := os.Stat(filepath.Join(app, "node_modules", "@tether-sse", "tether", "tether.wasm"))
			if kind != "go" && err != nil {
				t.Errorf("npm installed no tether.wasm: %v", err)
			}
			if kind == "go" && err == nil {
				t.Errorf("a Go-only install ran npm")
			}
			for _, f := range []string{"tether.js", "wasm_exec.js", "react.js", "tether.d.ts"} {
				if _, err := os.Stat(filepath.Join(app, "node_modules", "@tether-sse", "tether", f)); kind != "go" && err != nil {
					t.Errorf("npm installed no %s: %v", f, err)
				}
			}
			if kind == "js" {
				if _, err := os.Stat(filepath.Join(app, "go.mod")); err == nil {
					t.Errorf("a JS-only install made a Go module")
				}
				return
			}
			for _, env := range [][]string{nil, {"GOOS=js", "GOARCH=wasm"}} {
				build := exec.Command("go", "build", "-o", filepath.Join(t.TempDir(), "app"), ".")
				build.Dir = app
				build.Env = append(os.Environ(), env...)
				if out, err := build.CombinedOutput(); err != nil {
					t.Errorf("the app does not build (%v) against the checkout: %v\n%s", env, err, out)
				}
			}
		})
	}
}
