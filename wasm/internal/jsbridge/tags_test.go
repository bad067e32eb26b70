package jsbridge_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryFileIsWasmOnly keeps syscall/js confined: every Go file of this
// package except this test carries the js && wasm build constraint, and no
// other package imports syscall/js or safejs.
func TestEveryFileIsWasmOnly(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if f == "tags_test.go" || f == "discards_test.go" {
			continue
		}
		b, _ := os.ReadFile(f)
		if !strings.HasPrefix(string(b), "//go:build js && wasm\n") {
			t.Errorf("%s lacks //go:build js && wasm on its first line", f)
		}
	}
	filepath.Walk("../../..", func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") || strings.Contains(path, "node_modules") {
			return err
		}
		dir := filepath.Base(filepath.Dir(path))
		if dir == "jsbridge" || dir == "jsapi" || strings.HasPrefix(filepath.ToSlash(path), "../../../wasm/cmd/") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		for _, imp := range f.Imports {
			if p := strings.Trim(imp.Path.Value, `"`); p == "syscall/js" || p == "github.com/hack-pad/safejs" {
				t.Errorf("%s touches the browser outside jsbridge/jsapi", path)
			}
		}
		return nil
	})
}
