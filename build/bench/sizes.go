package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/tether-sse/tether/build/compress"
)

// helloWorld is the floor of Go's toolchain for the browser: a bare
// syscall/js program.
const helloWorld = `package main

import "syscall/js"

func main() { js.Global().Get("console").Call("log", "hello") }
`

// measureSizes compares each module in web/ with a hello world built by
// the same Go with the same flags.
func measureSizes(t *table, modules []string) error {
	dir, err := os.MkdirTemp("", "tether-hello-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module hello\n\ngo 1.26\n"), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(helloWorld), 0o644); err != nil {
		return err
	}
	hello := filepath.Join(dir, "hello.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", hello, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building the hello world: %v\n%s", err, out)
	}
	floor, err := sizesOf(hello)
	if err != nil {
		return err
	}
	for _, m := range modules {
		s, err := precompressedSizes(m)
		if err != nil {
			return fmt.Errorf("%w (run make wasm first)", err)
		}
		name := filepath.Base(m)
		for i, kind := range []string{"raw", "gzip", "brotli"} {
			t.add(fmt.Sprintf("size: %s %s (baseline: syscall/js hello world)", name, kind),
				bytes(s[i]), bytes(floor[i]), float64(s[i])/float64(floor[i]))
		}
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
