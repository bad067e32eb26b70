package origin_test

import (
	"testing"

	"github.com/tether-sse/tether/server/origin"
)

func TestFingerprintedNames(t *testing.T) {
	for name, want := range map[string]bool{
		origin.Fingerprint("tether.wasm", []byte("x")): true,
		"wasm_exec.0123456789abcdef.js":                true,
		"tether.wasm":                                  false,
		"tether.0123456789ABCDEF.wasm":                 false,
		"tether.0123456789abcde.wasm":                  false,
		"0123456789abcdef.wasm":                        false,
		"manifest.json":                                false,
	} {
		if got := origin.Fingerprinted(name); got != want {
			t.Errorf("Fingerprinted(%q) = %v, want %v", name, got, want)
		}
	}
}
