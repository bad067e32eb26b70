package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestLeanModuleHasNoGoApp keeps go-app, and the size it brings, out of
// the lean runtime module.
func TestLeanModuleHasNoGoApp(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list returned only %v", deps)
	}
	for _, d := range deps {
		if strings.HasPrefix(d, "github.com/maxence-charriere/go-app") || d == "tether/wasm/widgets" || d == "tether/wasm/tetherapp" {
			t.Errorf("the lean module depends on %s", d)
		}
	}
}
