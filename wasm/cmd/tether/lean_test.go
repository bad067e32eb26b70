package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestLeanModuleStaysLean keeps go-app out of the lean runtime module, and
// encoding/json and net/url (0.9 MB together; make bench shows the sizes),
// and math/rand/v2 (backoff jitter and tab ids need no more than a
// xorshift and crypto.randomUUID).
func TestLeanModuleStaysLean(t *testing.T) {
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
		if strings.HasPrefix(d, "github.com/maxence-charriere/go-app") || d == "github.com/tether-sse/tether/wasm/widgets" || d == "github.com/tether-sse/tether/wasm/tetherapp" ||
			d == "encoding/json" || d == "net/url" || d == "math/rand/v2" || d == "math/rand" {
			t.Errorf("the lean module depends on %s", d)
		}
	}
}
