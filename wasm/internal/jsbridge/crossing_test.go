//go:build js && wasm

package jsbridge

import (
	"syscall/js"
	"testing"
)

// BenchmarkCrossing is what one call from JS into Go costs (a Go function
// called from a JS loop), and one with a call back out: why events cross
// in batches (docs/benchmarks.md). Run it in the browser:
//
//	GOOS=js GOARCH=wasm go test -run - -bench Crossing -exec="$(go env GOPATH)/bin/wasmbrowsertest" ./wasm/internal/jsbridge/
func BenchmarkCrossing(b *testing.B) {
	back := js.Global().Call("eval", "(x) => x")
	for _, c := range []struct {
		name string
		fn   func(n int)
	}{{"in", func(int) {}}, {"in and back", func(n int) { back.Invoke(n) }}} {
		b.Run(c.name, func(b *testing.B) {
			n := 0
			f := js.FuncOf(func(js.Value, []js.Value) any { c.fn(n); n++; return nil })
			defer f.Release()
			loop := js.Global().Call("eval", "(f, n) => { for (let i = 0; i < n; i++) f(); }")
			b.ResetTimer()
			loop.Invoke(f, b.N)
			if n != b.N {
				b.Fatalf("%d calls of %d", n, b.N)
			}
		})
	}
}
