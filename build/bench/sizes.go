package main

import (
	"fmt"
	"log"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/tether-sse/tether/build/tools/compress"
)

// helloWorld is the floor of Go's toolchain for the browser: a bare
// syscall/js program.
const helloWorld = `package main

import "syscall/js"

func main() { js.Global().Get("console").Call("log", "hello") }
`

// safejsFloor is the floor of the lean module's own dependencies: a Go
// program that opens an EventSource and hears its events through safejs.
const safejsFloor = `package main

import "github.com/hack-pad/safejs"

func main() {
	ctor, _ := safejs.Global().Get("EventSource")
	es, _ := ctor.New("/v1/sse/connect")
	fn, _ := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		t, _ := args[0].Get("data")
		s, _ := t.String()
		safejs.Global().Get("console")
		return s
	})
	es.Call("addEventListener", "message", fn.Value())
	select {}
}
`

// measureSizes compares each module in web/ with a hello world built by
// the same Go with the same flags, and the lean module with the floor of
// its dependencies; it logs where the lean module's bytes go, by package.
func measureSizes(t *table, modules []string) error {
	dir, err := floorDir()
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	floors := map[string][3]int{}
	for _, f := range []struct{ name, src string }{{"hello", helloWorld}, {"safejs", safejsFloor}} {
		wasm, err := buildWasm(dir, f.name, f.src)
		if err != nil {
			return err
		}
		if floors[f.name], err = sizesOf(wasm); err != nil {
			return err
		}
	}
	for _, m := range modules {
		s, err := precompressedSizes(m)
		if err != nil {
			return fmt.Errorf("%w (run make wasm first)", err)
		}
		name := filepath.Base(m)
		for i, kind := range []string{"raw", "gzip", "brotli"} {
			t.add(fmt.Sprintf("size: %s %s (baseline: syscall/js hello world)", name, kind),
				bytes(s[i]), bytes(floors["hello"][i]), float64(s[i])/float64(floors["hello"][i]))
		}
		if name == "tether.wasm" {
			t.add("size: tether.wasm brotli (baseline: EventSource through safejs, its floor)",
				bytes(s[2]), bytes(floors["safejs"][2]), float64(s[2])/float64(floors["safejs"][2]))
		}
	}
	return reportPackages()
}

// floorDir makes a directory for floors to build in: inside the module
// (a _ directory, which ./... skips, under the ignored build/out), so
// they build with the safejs go.mod names.
func floorDir() (string, error) {
	if err := os.MkdirAll(filepath.Join("build", "out"), 0o755); err != nil {
		return "", err
	}
	return os.MkdirTemp(filepath.Join("build", "out"), "_floor-")
}

// buildWasm builds src as its own module (requiring safejs at the
// repository's version) with make wasm's flags.
func buildWasm(dir, name, src string) (string, error) {
	pkg := "./" + filepath.Join(dir, name)
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(pkg, "main.go"), []byte(src), 0o644); err != nil {
		return "", err
	}
	out := filepath.Join(dir, name+".wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building the %s floor: %v\n%s", name, err, b)
	}
	return out, nil
}

// reportPackages logs the lean module's dependencies by the size of
// their compiled code and data (go tool nm -size on each package's
// object, before the linker drops what nothing calls): where to cut.
func reportPackages() error {
	cmd := exec.Command("go", "list", "-deps", "-export", "-f", "{{.ImportPath}} {{.Export}}", "./wasm/cmd/tether")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	list, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go list: %v", err)
	}
	byPkg := map[string]int{}
	total := 0
	for line := range strings.SplitSeq(strings.TrimSpace(string(list)), "\n") {
		pkg, obj, ok := strings.Cut(line, " ")
		if !ok || obj == "" {
			continue
		}
		nm, err := exec.Command("go", "tool", "nm", "-size", obj).Output()
		if err != nil {
			return fmt.Errorf("go tool nm %s: %v", pkg, err)
		}
		for sym := range strings.SplitSeq(string(nm), "\n") {
			f := strings.Fields(sym)
			if len(f) >= 4 && (f[2] == "T" || f[2] == "D" || f[2] == "R") {
				n, _ := strconv.Atoi(f[1])
				byPkg[pkg] += n
				total += n
			}
		}
	}
	pkgs := slices.Collect(maps.Keys(byPkg))
	slices.SortFunc(pkgs, func(a, b string) int { return byPkg[b] - byPkg[a] })
	log.Printf("sizes: tether.wasm's %d packages by compiled size (go tool nm -size, %s B before dead code goes), the 20 largest:", len(pkgs), bytes(total))
	for _, p := range pkgs[:min(20, len(pkgs))] {
		log.Printf("  %9s B  %4.1f%%  %s", bytes(byPkg[p]), 100*float64(byPkg[p])/float64(total), p)
	}
	return nil
}

// precompressedSizes reads the .gz and .br siblings make wasm wrote with
// the same settings as sizesOf (build/compress), rather than redoing them.
func precompressedSizes(path string) ([3]int, error) {
	var out [3]int
	for i, name := range []string{path, path + ".gz", path + ".br"} {
		fi, err := os.Stat(name)
		if err != nil {
			return out, err
		}
		out[i] = int(fi.Size())
	}
	return out, nil
}

func sizesOf(path string) ([3]int, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return [3]int{}, err
	}
	gz, err := compress.Gzip(raw)
	if err != nil {
		return [3]int{}, err
	}
	br, err := compress.Brotli(raw)
	if err != nil {
		return [3]int{}, err
	}
	return [3]int{len(raw), len(gz), len(br)}, nil
}
