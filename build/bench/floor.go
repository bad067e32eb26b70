package main

import (
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/tether-sse/tether/build/tools/compress"
)

// goFloorPage is what any Go runtime in the page pays before its first
// event: wasm_exec.js, a Go module compiled and started, an EventSource
// opened through safejs, and each event handed to the page's
// subscribers. The startup measure times it beside Tether (mode=floor).
const goFloorPage = `package main

import "github.com/hack-pad/safejs"

func main() {
	bench, _ := safejs.Global().Get("bench")
	url, _ := bench.Get("floorURL")
	deliver, _ := bench.Get("floorDeliver")
	ctor, _ := safejs.Global().Get("EventSource")
	es, _ := ctor.New(url)
	fn, _ := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		data, _ := args[0].Get("data")
		id, _ := args[0].Get("lastEventId")
		deliver.Invoke(data, id)
		return nil
	})
	es.Call("addEventListener", "bench", fn.Value())
	opened, _ := bench.Get("floorOpened")
	es.Set("onopen", opened)
	bench.Set("floorSource", es)
	select {}
}
`

// serveGoFloor builds the floor module with make wasm's flags and serves
// it and wasm_exec.js, from memory, as the origin serves a build's
// fingerprinted files (brotli, immutable), so that a cold visit downloads
// as many bytes as the floor has and a warm one reads both from the cache.
func serveGoFloor(mux *http.ServeMux) error {
	dir, err := floorDir()
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	wasm, err := buildWasm(dir, "gofloor", goFloorPage)
	if err != nil {
		return err
	}
	for path, file := range map[string]string{"/bench/floor.wasm": wasm, "/bench/wasm_exec.js": filepath.Join("web", "wasm_exec.js")} {
		raw, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		br, err := compress.Brotli(raw)
		if err != nil {
			return err
		}
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
			w.Header().Set("Content-Type", mime.TypeByExtension(filepath.Ext(path)))
			w.Header().Set("Vary", "Accept-Encoding")
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "br") { // as the origin does
				w.Write(raw)
				return
			}
			w.Header().Set("Content-Encoding", "br")
			w.Write(br)
		})
	}
	return nil
}
