// Package readme holds README.md to the code: every code block in it is
// a contiguous region of a file that a test runs, and works when copied
// (it parses: bash -n, node --check, esbuild, go vet), or names make
// targets that exist.
package readme

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tether-sse/tether/build/testing/testenv"
)

var root, _ = filepath.Abs("../../..")

// block is one fenced code block, its language and the marker line above it.
type block struct {
	line   int
	lang   string
	marker string
	lines  []string
}

func blocks(t *testing.T, text string) []block {
	var out []block
	lines := strings.Split(text, "\n")
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "```") {
			continue
		}
		b := block{line: i + 1, lang: strings.TrimPrefix(lines[i], "```")}
		if i > 0 {
			b.marker = strings.TrimSpace(lines[i-1])
		}
		for i++; i < len(lines) && !strings.HasPrefix(lines[i], "```"); i++ {
			b.lines = append(b.lines, lines[i])
		}
		out = append(out, b)
	}
	return out
}

var (
	snippet  = regexp.MustCompile(`^<!-- snippet: (\S+) -->$`)
	commands = regexp.MustCompile(`^<!-- commands: Makefile -->$`)
)

// TestReadmeSnippetsAreTestedCode: a block marked <!-- snippet: FILE --> is
// a contiguous region of FILE (a whole small file, or a region with its
// imports and declarations), FILE is code a test runs (an example page,
// app, script or example test), and the block parses as it stands; a
// block marked <!-- commands: Makefile --> runs make targets the Makefile
// has. Any other block is the Layout's tree, or fails.
func TestReadmeSnippetsAreTestedCode(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	layoutFrom, layoutTo := sectionLines(text, "## Layout")
	for _, b := range blocks(t, text) {
		switch m := snippet.FindStringSubmatch(b.marker); {
		case m != nil:
			src, err := os.ReadFile(filepath.Join(root, m[1]))
			if err != nil {
				t.Errorf("README.md:%d: the snippet's file: %v", b.line, err)
				continue
			}
			if !contiguous(b.lines, strings.Split(string(src), "\n")) {
				t.Errorf("README.md:%d: the block is not a contiguous region of %s: copy the region, then edit the file and the README together", b.line, m[1])
				continue
			}
			if err := parses(t, b); err != nil {
				t.Errorf("README.md:%d (%s, from %s) does not work when copied: %v", b.line, b.lang, m[1], err)
			}
		case commands.MatchString(b.marker):
			mk, err := os.ReadFile(filepath.Join(root, "Makefile"))
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range b.lines {
				f := strings.Fields(l)
				if len(f) < 2 || f[0] != "make" || !regexp.MustCompile(`(?m)^`+regexp.QuoteMeta(f[1])+`:`).Match(mk) {
					t.Errorf("README.md:%d: %q: no such make target", b.line, l)
				}
			}
		case layoutFrom < b.line && b.line < layoutTo:
			// the Layout's tree: TestReadmeLayoutIsTrue holds it
		default:
			t.Errorf("README.md:%d: a code block with no <!-- snippet: FILE --> above it: take it from code a test runs", b.line)
		}
	}
}

// contiguous reports whether want's lines are lines of have, one after
// the other (trailing spaces aside).
func contiguous(want, have []string) bool {
	trim := func(s string) string { return strings.TrimRight(s, " \t\r") }
	for start := range have {
		i := 0
		for i < len(want) && start+i < len(have) && trim(have[start+i]) == trim(want[i]) {
			i++
		}
		if i == len(want) {
			return true
		}
	}
	return false
}

// parses checks a block as a reader would copy it, by its language.
func parses(t *testing.T, b block) error {
	t.Helper()
	dir := t.TempDir()
	text := strings.Join(b.lines, "\n") + "\n"
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	switch b.lang {
	case "sh":
		return run("bash", "-n", write("block.sh", text))
	case "js":
		return node(t, write("block.mjs", text))
	case "jsx":
		return esbuild(t, write("block.jsx", text))
	case "html":
		return checkHTML(t, text, write)
	case "go":
		return goVet(t, text)
	}
	return fmt.Errorf("no check for a %q block: mark its language (sh, js, jsx, html, go)", b.lang)
}

func run(name string, args ...string) error {
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v\n%s", name, err, out)
	}
	return nil
}

func node(t *testing.T, path string) error {
	_, err := exec.LookPath("node")
	testenv.Require(t, "node", err)
	return run("node", "--check", path)
}

// esbuild parses JSX: the React example app's own (make test-unit
// installs its node_modules).
func esbuild(t *testing.T, path string) error {
	bin := filepath.Join(root, "build", "examples", "reactapp", "node_modules", ".bin", "esbuild")
	_, err := os.Stat(bin)
	testenv.Require(t, "esbuild (npm ci --prefix build/examples/reactapp)", err)
	return run(bin, "--log-level=error", path) // .jsx: parsed as JSX
}

var (
	moduleScript = regexp.MustCompile(`(?s)<script type="module">(.*?)</script>`)
	elementByID  = regexp.MustCompile(`getElementById\("([^"]+)"\)`)
)

// checkHTML parses the block's module script, and finds in the block's
// own markup every element the script looks up by id.
func checkHTML(t *testing.T, text string, write func(string, string) string) error {
	m := moduleScript.FindStringSubmatch(text)
	if m == nil {
		return fmt.Errorf("no <script type=\"module\">")
	}
	if err := node(t, write("script.mjs", m[1])); err != nil {
		return err
	}
	markup := strings.Replace(text, m[0], "", 1)
	for _, id := range elementByID.FindAllStringSubmatch(m[1], -1) {
		if !strings.Contains(markup, `id="`+id[1]+`"`) {
			return fmt.Errorf("the script looks up #%s, which the block's HTML does not have", id[1])
		}
	}
	return nil
}

// goVet vets a Go block wrapped only by a package clause: main when it
// declares main, else a library. It builds in the repository's module, so
// its imports of Tether resolve to this checkout.
func goVet(t *testing.T, text string) error {
	pkg := "snippet"
	if strings.Contains(text, "\nfunc main() {") {
		pkg = "main"
	}
	dir, err := os.MkdirTemp(filepath.Join(root, "build"), "_readme-") // _: no ./... pattern lists it
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.WriteFile(filepath.Join(dir, "block.go"), []byte("package "+pkg+"\n\n"+text), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "vet", ".")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go vet: %v\n%s", err, out)
	}
	return nil
}

// sectionLines are the lines a "## " heading's section spans.
func sectionLines(text, heading string) (from, to int) {
	start := strings.Index(text, "\n"+heading+"\n")
	if start < 0 {
		return 0, 0
	}
	end := strings.Index(text[start+1:], "\n## ")
	if end < 0 {
		end = len(text) - start - 1
	}
	from = strings.Count(text[:start+1], "\n") + 1
	return from, from + strings.Count(text[start+1:start+1+end], "\n")
}

// TestReadmeLayoutIsTrue: every folder the Layout names exists, and every
// folder of the top levels it describes is named.
func TestReadmeLayoutIsTrue(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	start := strings.Index(text, "## Layout")
	end := strings.Index(text[start:], "\n## ")
	section := text[start : start+end]
	for _, top := range []string{"server", "wasm", "build"} {
		entries, err := os.ReadDir(filepath.Join(root, top))
		if err != nil {
			t.Fatal(err)
		}
		line := ""
		for _, l := range strings.Split(section, "\n") {
			if strings.HasPrefix(l, top+"/") {
				line = l
			}
		}
		if line == "" {
			t.Errorf("the Layout has no line for %s/", top)
			continue
		}
		for _, e := range entries {
			if e.IsDir() && e.Name() != "out" && !strings.Contains(line, e.Name()+"/") {
				t.Errorf("the Layout's %s/ line does not name %s/", top, e.Name())
			}
		}
	}
	for _, m := range regexp.MustCompile(`\]\(((?:docs|build)/[^)#]+)`).FindAllStringSubmatch(text, -1) {
		if _, err := os.Stat(filepath.Join(root, m[1])); err != nil {
			t.Errorf("README.md links %s: %v", m[1], err)
		}
	}
}
