// Package readme holds README.md to the code: every code block in it is
// taken from a file that a test runs, or names make targets that exist.
package readme

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var root, _ = filepath.Abs("../../..")

// block is one fenced code block and the marker line above it.
type block struct {
	line   int
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
		b := block{line: i + 1}
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
// FILE's lines, in order (lines may be left out between them), and FILE is
// code a test runs (an example page, app, script or example test); a block
// marked <!-- commands: Makefile --> runs make targets the Makefile has.
// Any other block is the Layout's tree, or fails.
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
			if missing := notIn(b.lines, strings.Split(string(src), "\n")); missing != "" {
				t.Errorf("README.md:%d: %q is not in %s (in this order): edit the file, then the README", b.line, missing, m[1])
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

// notIn returns the first of want's lines (trimmed, blank ones skipped)
// that does not follow the previous one in have, or "".
func notIn(want, have []string) string {
	j := 0
	for _, w := range want {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		for j < len(have) && strings.TrimSpace(have[j]) != w {
			j++
		}
		if j == len(have) {
			return w
		}
		j++
	}
	return ""
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
