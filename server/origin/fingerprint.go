package origin

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strings"
)

// hashLen is the length of a fingerprint: 16 hex digits, 64 bits of the
// content's SHA-256, plenty to tell one build from the next.
const hashLen = 16

// Fingerprint names a copy of the file called name whose bytes are
// content: "tether.wasm" becomes "tether.<hash>.wasm". The origin serves
// such names as immutable, so a returning visitor fetches them from its
// cache without asking; a new build has a new name.
func Fingerprint(name string, content []byte) string {
	sum := sha256.Sum256(content)
	ext := path.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:hashLen] + ext
}

// FingerprintPattern is the shape of the fingerprinted names the loader
// takes from a manifest (JS and Go syntax alike): Fingerprint's names of
// files named with letters, digits, '_' and '-'. A name the pattern takes
// is Fingerprinted; a test holds them so.
const FingerprintPattern = `^[\w-]+(\.[\w-]+)*\.[0-9a-f]{16}\.[\w-]+$`

// Fingerprinted reports whether name has the shape Fingerprint gives.
func Fingerprinted(name string) bool {
	stem := strings.TrimSuffix(path.Base(name), path.Ext(name))
	dot := strings.LastIndexByte(stem, '.')
	if dot < 1 || len(stem)-dot-1 != hashLen {
		return false
	}
	for _, c := range stem[dot+1:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
