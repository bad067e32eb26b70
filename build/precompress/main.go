// Command precompress writes .br and .gz siblings of the files it is given,
// at maximum compression, and prints their sizes: the origin serves them to
// clients that accept them.
//
//	go run ./build/precompress web/tether.wasm web/wasm_exec.js
package main

import (
	"fmt"
	"os"

	"tether/build/compress"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress FILE...")
		os.Exit(2)
	}
	for _, name := range os.Args[1:] {
		if err := precompress(name); err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
	}
}

func precompress(name string) error {
	raw, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	gz, err := compress.Gzip(raw)
	if err != nil {
		return err
	}
	br, err := compress.Brotli(raw)
	if err != nil {
		return err
	}
	if err := os.WriteFile(name+".gz", gz, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(name+".br", br, 0o644); err != nil {
		return err
	}
	fmt.Printf("%-28s raw %8d  gzip %8d  brotli %8d\n", name, len(raw), len(gz), len(br))
	return nil
}
