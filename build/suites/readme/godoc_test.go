package readme

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPublicAPIsAreDocumented: every exported identifier of the packages
// a user reads with go doc (the go-app API and the origin as a library)
// has a doc comment; their Example functions are compiled and run by go
// test, so the examples README points to cannot rot.
func TestPublicAPIsAreDocumented(t *testing.T) {
	for _, dir := range []string{"server/origin", "wasm/tetherapp", "server/natslog"} {
		fset := token.NewFileSet()
		pkgs, err := parser.ParseDir(fset, filepath.Join(root, dir), func(fi os.FileInfo) bool {
			return !strings.HasSuffix(fi.Name(), "_test.go")
		}, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pkgs {
			for _, f := range p.Files {
				for _, d := range f.Decls {
					for _, name := range undocumented(d) {
						t.Errorf("%s: %s has no doc comment", fset.Position(d.Pos()), name)
					}
				}
			}
		}
	}
}

// undocumented lists the exported names d declares without a comment.
func undocumented(d ast.Decl) []string {
	var out []string
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Name.IsExported() && d.Doc == nil {
			out = append(out, d.Name.Name)
		}
	case *ast.GenDecl:
		for _, sp := range d.Specs {
			switch sp := sp.(type) {
			case *ast.TypeSpec:
				if sp.Name.IsExported() && d.Doc == nil && sp.Doc == nil {
					out = append(out, sp.Name.Name)
				}
			case *ast.ValueSpec:
				for _, n := range sp.Names {
					if n.IsExported() && d.Doc == nil && sp.Doc == nil && sp.Comment == nil {
						out = append(out, n.Name)
					}
				}
			}
		}
	}
	return out
}
