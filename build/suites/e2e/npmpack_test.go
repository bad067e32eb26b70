package e2e

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tether-sse/tether/build/testing/testenv"
)

// TestNpmPackHoldsWhatItMust: the npm package (web/package.json) packs
// the loader, the React binding, their types, the wasm and wasm_exec.js,
// and nothing else (no demo assets, no precompressed copies).
func TestNpmPackHoldsWhatItMust(t *testing.T) {
	_, err := exec.LookPath("npm")
	testenv.Require(t, "npm", err)
	cmd := exec.Command("npm", "pack", "--dry-run", "--json", "--ignore-scripts")
	cmd.Dir = filepath.Join(repoRoot, "web")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("npm pack: %v", err)
	}
	var packs []struct {
		Name         string
		Size         int
		UnpackedSize int
		Files        []struct {
			Path string
			Size int
		}
	}
	if err := json.Unmarshal(out, &packs); err != nil || len(packs) != 1 {
		t.Fatalf("npm pack --json: %v\n%s", err, out)
	}
	var files []string
	for _, f := range packs[0].Files {
		files = append(files, f.Path)
		t.Logf("%-14s %9d B", f.Path, f.Size)
	}
	t.Logf("%s: %d B packed, %d B unpacked", packs[0].Name, packs[0].Size, packs[0].UnpackedSize)
	slices.Sort(files)
	want := []string{"events.d.ts", "package.json", "react.d.ts", "react.js", "tether.d.ts", "tether.js", "tether.wasm", "wasm_exec.js"}
	if !slices.Equal(files, want) {
		t.Errorf("npm pack holds %v, want %v", files, want)
	}
}
