// Command fingerprint gives build outputs content-hashed names and writes
// the manifest the loader reads to find them. For each file it copies the
// file and its precompressed .br and .gz siblings to the fingerprinted name
// (origin.Fingerprint), removes the copies of earlier builds, and records
// name → fingerprinted name in manifest.json beside the files. The origin
// serves fingerprinted names as immutable, so a returning visitor fetches
// nothing but the revalidated loader and manifest.
//
//	go run ./build/tools/fingerprint web/tether.wasm web/widgets.wasm web/wasm_exec.js
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/tether-sse/tether/server/origin"
)

// siblings are the variants the origin may serve for a name.
var siblings = []string{"", ".br", ".gz"}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: fingerprint FILE... (all in one directory)")
		os.Exit(2)
	}
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "fingerprint:", err)
		os.Exit(1)
	}
}

func run(files []string) error {
	dir := filepath.Dir(files[0])
	manifest := map[string]string{}
	for _, file := range files {
		if filepath.Dir(file) != dir {
			return fmt.Errorf("%s is not in %s: the manifest lives beside the files it names", file, dir)
		}
		name, err := fingerprint(file)
		if err != nil {
			return err
		}
		manifest[filepath.Base(file)] = name
		fmt.Printf("%-28s → %s\n", file, name)
	}
	b, err := json.MarshalIndent(manifest, "", "  ")
	if err != nil {
		return err
	}
	return writeIfChanged(filepath.Join(dir, "manifest.json"), append(b, '\n'))
}

// fingerprint copies file and its siblings to the fingerprinted name and
// removes older fingerprints of it. It returns the new base name.
func fingerprint(file string) (string, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	dir, base := filepath.Split(file)
	name := origin.Fingerprint(base, raw)
	for _, sib := range siblings {
		b, err := os.ReadFile(file + sib)
		if errors.Is(err, fs.ErrNotExist) && sib != "" {
			continue // not precompressed: the origin serves the raw file
		}
		if err != nil {
			return "", err
		}
		if err := writeIfChanged(filepath.Join(dir, name+sib), b); err != nil {
			return "", err
		}
	}
	return name, removeStale(dir, base, name)
}

// removeStale removes fingerprinted copies of base other than keep.
func removeStale(dir, base, keep string) error {
	ext := filepath.Ext(base)
	old, err := filepath.Glob(filepath.Join(dir, strings.TrimSuffix(base, ext)+".*"+ext+"*"))
	if err != nil {
		return err
	}
	for _, path := range old {
		b := filepath.Base(path)
		variant := b
		for _, sib := range siblings[1:] {
			variant = strings.TrimSuffix(variant, sib)
		}
		if variant == keep || variant == base || !origin.Fingerprinted(variant) {
			continue
		}
		if err := os.Remove(path); err != nil {
			return err
		}
	}
	return nil
}

// writeIfChanged leaves a file with the same bytes alone, so a rebuild that
// changed nothing keeps its modification times (and the ETags made of them).
func writeIfChanged(path string, b []byte) error {
	if old, err := os.ReadFile(path); err == nil && string(old) == string(b) {
		return nil
	}
	return os.WriteFile(path, b, 0o644)
}
