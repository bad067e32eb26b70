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

// TestLeanModuleLinksNoFormatting keeps out of the linked module what
// the runtime once brought in without needing it (make bench's sizes,
// 26 KB brotli together): time.Time's formatting and time zones (a
// time.Time or *time.Timer among the runtime's types, which reach fmt),
// strconv.ParseFloat (the hello's numbers) and a stable sort (the
// query). The linker's -dumpdep names every symbol it keeps.
func TestLeanModuleLinksNoFormatting(t *testing.T) {
	cmd := exec.Command("go", "build", "-ldflags=-dumpdep", "-o", t.TempDir()+"/tether.wasm", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%.2000s", err, out)
	}
	kept := map[string]bool{}
	for line := range strings.Lines(string(out)) {
		if _, to, ok := strings.Cut(line, " -> "); ok {
			kept[strings.TrimSuffix(strings.TrimSpace(to), " <UsedInIface>")] = true
		}
	}
	if !kept["main.main"] {
		t.Fatalf("-dumpdep named no main.main: %.500s", out)
	}
	for sym := range kept {
		ours := strings.Contains(sym, "tether-sse/tether/")
		switch {
		case sym == "time.Time.Format", sym == "time.Time.String", sym == "strconv.ParseFloat",
			strings.HasPrefix(sym, "slices.stableCmpFunc[") && ours: // fmt sorts maps stably: its own stays
			t.Errorf("the lean module links %s", sym)
		}
	}
}
