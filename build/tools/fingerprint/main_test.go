package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tether-sse/tether/server/origin"
)

func TestFingerprintReplacesTheLastBuild(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "app.wasm")
	build := func(body string) string {
		t.Helper()
		for _, sib := range []string{"", ".br", ".gz"} {
			if err := os.WriteFile(file+sib, []byte(body+sib), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := run([]string{file}); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		return m["app.wasm"]
	}
	first := build("one")
	if first != origin.Fingerprint("app.wasm", []byte("one")) || !origin.Fingerprinted(first) {
		t.Fatalf("manifest names %q", first)
	}
	second := build("two")
	if second == first {
		t.Fatal("a new build kept the old name")
	}
	got, _ := os.ReadDir(dir)
	var names []string
	for _, e := range got {
		names = append(names, e.Name())
	}
	want := []string{"app.wasm", "app.wasm.br", "app.wasm.gz", second, second + ".br", second + ".gz", "manifest.json"}
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Fatalf("files %v, want %v", names, want)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, second+".br")); string(b) != "two.br" {
		t.Fatalf("%s.br holds %q", second, b)
	}
}
