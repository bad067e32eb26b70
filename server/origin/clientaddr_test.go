package origin

import (
	"net/http"
	"net/netip"
	"testing"
)

func TestClientAddress(t *testing.T) {
	t.Parallel()
	proxies, err := ParseTrustedProxies("127.0.0.1, 10.0.0.0/8, fd00::/8")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, peer, header, value string
		trusted                   []netip.Prefix
		want, key                 string
	}{
		{"no proxy trusted: the peer, whatever it says", "127.0.0.1:5000", XForwardedFor, "203.0.113.9", nil, "127.0.0.1", "ip:127.0.0.1"},
		{"a direct client forging the header", "198.51.100.7:5000", XForwardedFor, "203.0.113.9", proxies, "198.51.100.7", "ip:198.51.100.7"},
		{"behind one proxy", "127.0.0.1:5000", XForwardedFor, "203.0.113.9", proxies, "203.0.113.9", "ip:203.0.113.9"},
		{"a forged hop left of the proxy's is never read", "127.0.0.1:5000", XForwardedFor, "1.1.1.1, 203.0.113.9", proxies, "203.0.113.9", "ip:203.0.113.9"},
		{"behind two proxies", "127.0.0.1:5000", XForwardedFor, "203.0.113.9, 10.1.2.3", proxies, "203.0.113.9", "ip:203.0.113.9"},
		{"garbage where the proxy wrote: the proxy", "127.0.0.1:5000", XForwardedFor, "nonsense", proxies, "127.0.0.1", "ip:127.0.0.1"},
		{"a trusted peer with no header", "127.0.0.1:5000", XForwardedFor, "", proxies, "127.0.0.1", "ip:127.0.0.1"},
		{"IPv6 counts by its /64", "127.0.0.1:5000", XForwardedFor, "2001:db8:1:2:aaaa::1", proxies, "2001:db8:1:2:aaaa::1", "ip:2001:db8:1:2::/64"},
		{"IPv4-mapped IPv6 is IPv4", "127.0.0.1:5000", XForwardedFor, "::ffff:203.0.113.9", proxies, "203.0.113.9", "ip:203.0.113.9"},
		{"RFC 7239", "127.0.0.1:5000", Forwarded, `for=1.1.1.1, for="[2001:db8::5]:4711";proto=https`, proxies, "2001:db8::5", "ip:2001:db8::/64"},
		{"RFC 7239 ignores X-Forwarded-For", "127.0.0.1:5000", Forwarded, "", proxies, "127.0.0.1", "ip:127.0.0.1"},
		{"an IPv6 peer", "[2001:db8::7]:5000", XForwardedFor, "", proxies, "2001:db8::7", "ip:2001:db8::/64"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl := newClients(Config{TrustedProxies: c.trusted, ForwardedHeader: c.header})
			r, _ := http.NewRequest("GET", "/", nil)
			r.RemoteAddr = c.peer
			if c.value != "" {
				r.Header.Set(c.header, c.value)
			}
			if c.header == Forwarded {
				r.Header.Set(XForwardedFor, "9.9.9.9") // forged: the other header
			}
			if got := cl.addr(r).String(); got != c.want {
				t.Errorf("addr %s, want %s", got, c.want)
			}
			if got := cl.key(r, ""); got != c.key {
				t.Errorf("key %s, want %s", got, c.key)
			}
			if got := cl.key(r, "ann"); got != "user:ann" {
				t.Errorf("signed in: key %s", got)
			}
		})
	}
}

func TestParseTrustedProxies(t *testing.T) {
	t.Parallel()
	for in, ok := range map[string]bool{"": true, "10.0.0.0/8": true, "127.0.0.1,::1": true, "10.0.0.1/8": false, "10.0.0.0/33": false, "nginx": false, "*": false} {
		if _, err := ParseTrustedProxies(in); (err == nil) != ok {
			t.Errorf("%q: %v", in, err)
		}
	}
}

// TestLocalOnlyWithoutForwarding: /metrics' loopback rule. A proxy on this
// host makes every request loopback: one that says it was forwarded is
// not local unless the proxy is trusted and the client it names is.
func TestLocalOnlyWithoutForwarding(t *testing.T) {
	t.Parallel()
	trusting := newClients(Config{TrustedProxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}})
	plain := newClients(Config{})
	for _, c := range []struct {
		cl        clients
		peer, xff string
		local     bool
	}{
		{plain, "127.0.0.1:1", "", true},
		{plain, "127.0.0.1:1", "203.0.113.9", false},
		{plain, "192.0.2.1:1", "", false},
		{trusting, "127.0.0.1:1", "203.0.113.9", false},
		{trusting, "127.0.0.1:1", "127.0.0.1", true},
	} {
		r, _ := http.NewRequest("GET", "/metrics", nil)
		r.RemoteAddr = c.peer
		if c.xff != "" {
			r.Header.Set(XForwardedFor, c.xff)
		}
		if got := c.cl.local(r); got != c.local {
			t.Errorf("peer %s, X-Forwarded-For %q: local %v, want %v", c.peer, c.xff, got, c.local)
		}
	}
}
