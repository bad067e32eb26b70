//go:build !js

package jsbridge_test

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoErrorDiscardedInWasm counts the errors wasm/ drops: an error
// result assigned to _ or left unused by a call statement, in the code
// built for the browser (GOOS=js GOARCH=wasm). Every JS call can fail;
// each failure is handled, returned or recorded (Fault), so the count
// stays 0.
func TestNoErrorDiscardedInWasm(t *testing.T) {
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH = "js", "wasm"
	// The compiler's export data of every package wasm/ depends on, built
	// for the browser: type-checking from source would take minutes.
	list := exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}", "./...")
	list.Dir = ".."
	list.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := list.Output()
	if err != nil {
		t.Fatalf("go list -export: %v", err)
	}
	exports := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if path, file, ok := strings.Cut(line, " "); ok && file != "" {
			exports[path] = file
		}
	}
	fset := token.NewFileSet()
	conf := types.Config{Importer: importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		if file, ok := exports[path]; ok {
			return os.Open(file)
		}
		return nil, fmt.Errorf("no export data for %s", path)
	})}
	errType := types.Universe.Lookup("error").Type()
	var sites []string
	filepath.WalkDir("..", func(dir string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		pkg, err := ctx.ImportDir(dir, 0)
		if err != nil {
			return nil // no Go files for the browser here
		}
		var files []*ast.File
		for _, name := range pkg.GoFiles {
			f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
		if _, err := conf.Check(dir, fset, files, info); err != nil {
			t.Fatalf("type-checking %s for js/wasm: %v", dir, err)
		}
		isErr := func(t types.Type) bool { return t != nil && types.Identical(t, errType) }
		resultAt := func(call ast.Expr, i, n int) types.Type {
			tv, ok := info.Types[call]
			if !ok {
				return nil
			}
			if tuple, ok := tv.Type.(*types.Tuple); ok {
				if tuple.Len() == n {
					return tuple.At(i).Type()
				}
				return nil
			}
			if n == 1 {
				return tv.Type
			}
			return nil
		}
		note := func(n ast.Node) { sites = append(sites, fset.Position(n.Pos()).String()) }
		for _, f := range files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch s := n.(type) {
				case *ast.AssignStmt:
					if len(s.Rhs) == 1 && len(s.Lhs) > 1 {
						for i, l := range s.Lhs {
							if id, ok := l.(*ast.Ident); ok && id.Name == "_" && isErr(resultAt(s.Rhs[0], i, len(s.Lhs))) {
								note(s)
							}
						}
					}
					for i, l := range s.Lhs {
						if id, ok := l.(*ast.Ident); ok && id.Name == "_" && len(s.Rhs) == len(s.Lhs) && isErr(info.Types[s.Rhs[i]].Type) {
							note(s)
						}
					}
				case *ast.ExprStmt:
					if call, ok := s.X.(*ast.CallExpr); ok && returnsErr(info, call, isErr) {
						note(s)
					}
				case *ast.GoStmt:
					if returnsErr(info, s.Call, isErr) {
						note(s)
					}
				case *ast.DeferStmt:
					if returnsErr(info, s.Call, isErr) {
						note(s)
					}
				}
				return true
			})
		}
		return nil
	})
	if len(sites) > 0 {
		t.Errorf("%d errors discarded in wasm/ (handle, return or record each):\n%s", len(sites), strings.Join(sites, "\n"))
	}
}

func returnsErr(info *types.Info, call *ast.CallExpr, isErr func(types.Type) bool) bool {
	if neverFails(info, call) {
		return false
	}
	tv, ok := info.Types[call]
	if !ok {
		return false
	}
	if tuple, ok := tv.Type.(*types.Tuple); ok {
		for i := range tuple.Len() {
			if isErr(tuple.At(i).Type()) {
				return true
			}
		}
		return false
	}
	return isErr(tv.Type)
}

// neverFails: the writes of strings.Builder and bytes.Buffer, whose error
// is always nil by their contract.
func neverFails(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	t := info.Types[sel.X].Type
	if t == nil {
		return false
	}
	s := types.TypeString(t, nil)
	return strings.TrimPrefix(s, "*") == "strings.Builder" || strings.TrimPrefix(s, "*") == "bytes.Buffer"
}
