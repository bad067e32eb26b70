package conn

import (
	"encoding/json"
	"math"
	"net/url"
	"testing"
)

func TestValidHost(t *testing.T) {
	t.Parallel()
	tests := []struct {
		host string
		ok   bool
	}{
		{"http://localhost:3001", true},
		{"https://tether.example/", true},
		{"http://[::1]:3001", true},
		{"localhost:3001", false},
		{"ftp://h", false},
		{"http://", false},
		{"http://h/x", false},
		{"http://h?x=1", false},
		{"http://user@h", false},
		{"http://h#top", false},
	}
	for _, tt := range tests {
		if got := validHost(tt.host); got != tt.ok {
			t.Errorf("validHost(%q) = %v, want %v", tt.host, got, tt.ok)
		}
	}
}

// FuzzQueryMatchesNetURL: parsing and encoding agree with net/url, which
// the lean module leaves out.
func FuzzQueryMatchesNetURL(f *testing.F) {
	for _, s := range []string{"a=1&b=2", "intervalMs=1000&topics=a%2Cb", "x=%zz", "a=1;b=2", "k", "=v", "a+b=c+d&a=2", "%41=%e2%82%ac"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, wantErr := url.ParseQuery(s)
		got, err := parseQuery(s)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("parseQuery(%q) error %v, net/url %v", s, err, wantErr)
		}
		if err != nil {
			return
		}
		if n := len(want); n != len(group(got)) {
			t.Fatalf("parseQuery(%q) = %v, net/url %v", s, got, want)
		}
		for k, vs := range group(got) {
			if len(want[k]) != len(vs) {
				t.Fatalf("parseQuery(%q)[%q] = %v, net/url %v", s, k, vs, want[k])
			}
			for i := range vs {
				if vs[i] != want[k][i] {
					t.Fatalf("parseQuery(%q)[%q] = %v, net/url %v", s, k, vs, want[k])
				}
			}
		}
		if enc := encodeQuery(got); enc != want.Encode() {
			t.Fatalf("encodeQuery = %q, net/url %q", enc, want.Encode())
		}
	})
}

func group(ps []param) map[string][]string {
	m := map[string][]string{}
	for _, p := range ps {
		m[p.key] = append(m[p.key], p.value)
	}
	return m
}

// FuzzHelloMatchesEncodingJSON: for every flat object encoding/json reads,
// parseHello reads the same token and integers.
func FuzzHelloMatchesEncodingJSON(f *testing.F) {
	for _, s := range []string{
		`{"token":"abc","retryMs":3000,"heartbeatMs":20000}`,
		`{"token":"a\"b\\c\u00e9\ud83d\ude00","extra":true,"n":null}`,
		` { } `, `{"retryMs":-1}`, `{"token":1}`, `[]`, `{"token":"x"`, `{"a":{"b":1}}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var flat map[string]any
		if json.Unmarshal([]byte(s), &flat) != nil || flat == nil {
			return
		}
		for _, v := range flat {
			switch v.(type) {
			case string, float64, bool, nil:
			default:
				return // not flat: the hello never is
			}
		}
		h, ok := parseHello(s)
		if !ok {
			t.Fatalf("parseHello(%q) failed where encoding/json read %v", s, flat)
		}
		if tok, isStr := flat["token"].(string); isStr && h.Token != tok {
			t.Fatalf("token %q, encoding/json %q", h.Token, tok)
		}
		for key, got := range map[string]int64{"retryMs": h.RetryMs, "heartbeatMs": h.HeartbeatMs} {
			if n, isNum := flat[key].(float64); isNum && n == math.Trunc(n) && math.Abs(n) < 1<<53 && got != int64(n) {
				t.Fatalf("%s = %d, encoding/json %v", key, got, n)
			}
		}
	})
}

// The default jitter spreads over [0, 1): backoff needs no more.
func TestJitterSpreads(t *testing.T) {
	t.Parallel()
	r := jitter(42)
	var buckets [10]int
	for range 10000 {
		v := r()
		if v < 0 || v >= 1 {
			t.Fatalf("jitter gave %v", v)
		}
		buckets[int(v*10)]++
	}
	for i, n := range buckets {
		if n < 800 || n > 1200 {
			t.Errorf("bucket %d holds %d of 10,000", i, n)
		}
	}
	if jitter(1)() == jitter(2)() {
		t.Error("two seeds gave the same first value")
	}
}

// jsonInt rounds as encoding/json's float64 does where the number is
// whole, and refuses what is not a JSON number.
func TestJSONInt(t *testing.T) {
	t.Parallel()
	for lit, want := range map[string]int64{
		"0": 0, "-0": 0, "3000": 3000, "-1": -1, "3e3": 3000, "3E+3": 3000, "1.5e3": 1500,
		"30000e-1": 3000, "0.000003e6": 3, "2.5": 2, "3.5": 4, "2.51": 3, "0.4999": 0,
		"0.99999999999999999": 1, "4503599627370495.5": 4503599627370496, "1e-400": 0,
		"1e400": 1 << 53, "-99999999999999999999": -(1 << 53), "0.5e1": 5,
	} {
		if got, ok := jsonInt(lit); !ok || got != want {
			t.Errorf("jsonInt(%q) = %d, %v; want %d", lit, got, ok, want)
		}
	}
	for _, lit := range []string{"", "-", "01", "1.", ".5", "1e", "1e+", "+1", "1x", "0x10", "1.5.5", "Infinity", "NaN", "--1"} {
		if got, ok := jsonInt(lit); ok {
			t.Errorf("jsonInt(%q) = %d, want a refusal", lit, got)
		}
	}
}
