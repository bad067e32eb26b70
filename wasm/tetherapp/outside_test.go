package tetherapp_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestAModuleOfItsOwnBuildsAgainstTether: build/goget is a go-app app in
// its own module that requires github.com/tether-sse/tether (through a
// replace directive to this checkout), as a team would after go get. It
// must build for the browser with nothing but its own go.mod and go.sum.
func TestAModuleOfItsOwnBuildsAgainstTether(t *testing.T) {
	dir, _ := filepath.Abs("../../build/goget")
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(mod), "require (") || !strings.Contains(string(mod), "github.com/tether-sse/tether v0.0.0") {
		t.Fatalf("build/goget/go.mod does not require github.com/tether-sse/tether:\n%s", mod)
	}
	cmd := exec.Command("go", "build", "-o", filepath.Join(t.TempDir(), "app.wasm"), ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOFLAGS=-mod=readonly")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building a module of its own against tether: %v\n%s", err, out)
	}
}
