package origin_test

import (
	"regexp"
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

// TestFingerprintPatternIsFingerprinted: what the loader takes from a
// manifest (FingerprintPattern) is a fingerprinted name, and the build's
// own names match it.
func TestFingerprintPatternIsFingerprinted(t *testing.T) {
	re := regexp.MustCompile(origin.FingerprintPattern)
	for _, name := range []string{"tether.wasm", "widgets.wasm", "wasm_exec.js", "tether.wasm.br", "my-app_2.wasm"} {
		if fp := origin.Fingerprint(name, []byte(name)); !re.MatchString(fp) {
			t.Errorf("the build's %q (%s) does not match FingerprintPattern", fp, name)
		}
	}
	for _, s := range []string{"tether.0123456789abcdef.wasm", "a.b.0123456789abcdef.js", "tether.wasm", "../x.0123456789abcdef.wasm",
		"x.0123456789abcdef", "x.0123456789abcdef.", ".0123456789abcdef.js", "x.0123456789abcdeg.js", "x y.0123456789abcdef.js"} {
		if re.MatchString(s) && !origin.Fingerprinted(s) {
			t.Errorf("FingerprintPattern takes %q, which is not Fingerprinted", s)
		}
	}
}
