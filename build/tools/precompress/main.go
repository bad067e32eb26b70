// Command precompress writes .br and .gz siblings of the files it is given,
// at maximum compression, and prints their sizes: the origin serves them to
// clients that accept them. Files whose siblings already hold the same
// bytes are left alone, so a rebuild that changed nothing costs nothing.
//
//	go run ./build/tools/precompress web/tether.wasm web/wasm_exec.js
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/andybalholm/brotli"

	"github.com/tether-sse/tether/build/tools/compress"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress FILE...")
		os.Exit(2)
	}
	// Brotli at its best is slow (tens of seconds for the go-app module):
	// compress the files side by side.
	names := os.Args[1:]
	lines, errs := make([]string, len(names)), make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Go(func() { lines[i], errs[i] = precompress(name) })
	}
	wg.Wait()
	failed := false
	for i := range names {
		if errs[i] != nil {
			fmt.Fprintln(os.Stderr, "precompress:", errs[i])
			failed = true
			continue
		}
		fmt.Println(lines[i])
	}
	if failed {
		os.Exit(1)
	}
}

func precompress(name string) (string, error) {
	raw, err := os.ReadFile(name)
	if err != nil {
		return "", err
	}
	if gzSize, brSize, ok := upToDate(name, raw); ok {
		return fmt.Sprintf("%-28s raw %8d  gzip %8d  brotli %8d  (unchanged)", name, len(raw), gzSize, brSize), nil
	}
	if len(raw) > 1<<20 {
		fmt.Fprintf(os.Stderr, "compressing %s (%.1f MB; brotli at its best takes a while)\n", name, float64(len(raw))/(1<<20))
	}
	gz, err := compress.Gzip(raw)
	if err != nil {
		return "", err
	}
	br, err := compress.Brotli(raw)
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(name+".gz", gz, 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(name+".br", br, 0o644); err != nil {
		return "", err
	}
	return fmt.Sprintf("%-28s raw %8d  gzip %8d  brotli %8d", name, len(raw), len(gz), len(br)), nil
}

// upToDate reports whether name's .gz and .br siblings decode to raw.
func upToDate(name string, raw []byte) (gzSize, brSize int, ok bool) {
	gz, err := os.ReadFile(name + ".gz")
	if err != nil {
		return 0, 0, false
	}
	br, err := os.ReadFile(name + ".br")
	if err != nil {
		return 0, 0, false
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return 0, 0, false
	}
	if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, raw) {
		return 0, 0, false
	}
	if got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br))); err != nil || !bytes.Equal(got, raw) {
		return 0, 0, false
	}
	return len(gz), len(br), true
}
