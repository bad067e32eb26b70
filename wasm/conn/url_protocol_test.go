package conn

import (
	"regexp"
	"testing"
)

// TestHostPatternIsValidHost: the loader checks a host with HostPattern
// before it connects early, the runtime with validHost; where they differ
// the page connects twice, or not early where it could.
func TestHostPatternIsValidHost(t *testing.T) {
	t.Parallel()
	re := regexp.MustCompile(HostPattern)
	for _, s := range []string{"", "http://a", "https://a.example:8443", "https://a/", "http://a//", "http:///", "http://",
		"ftp://a", "http://a/b", "http://a?x", "http://a#x", "http://u@a", "http://a%20b", "http://a b", "http://a\tb",
		"http://a\\b", "http://a\nb", "http://a\rb", "HTTP://a", "http://[::1]:3001", "https://a.example/\n"} {
		if validHost(s) != re.MatchString(s) {
			t.Errorf("%q: validHost %v, HostPattern %v", s, validHost(s), re.MatchString(s))
		}
	}
}

func FuzzHostPatternIsValidHost(f *testing.F) {
	re := regexp.MustCompile(HostPattern)
	f.Add("https://a.example:8443/")
	f.Fuzz(func(t *testing.T, s string) {
		if validHost(s) != re.MatchString(s) {
			t.Errorf("%q: validHost %v, HostPattern %v", s, validHost(s), re.MatchString(s))
		}
	})
}
