package origin

import (
	"fmt"
	"net/http"
	"net/netip"
	"strings"
)

// Forwarding headers a trusted proxy may carry the client's address in.
const (
	XForwardedFor = "X-Forwarded-For"
	Forwarded     = "Forwarded" // RFC 7239
)

// clients says who a request comes from: the peer, or behind a trusted
// proxy the address that proxy saw. Every per-client cap, the /metrics
// loopback rule and the logs ask it.
type clients struct {
	trusted []netip.Prefix
	header  string // XForwardedFor or Forwarded
	v6bits  int    // anonymous IPv6 clients count by this prefix
}

// addr is r's client: the peer's address, unless the peer is a trusted
// proxy; then, walking the forwarding header from the right (each proxy
// appends the address it saw), the first address that is not itself a
// trusted proxy. A client may write anything left of that: it is never read.
func (c *clients) addr(r *http.Request) netip.Addr {
	peer, _ := netip.ParseAddrPort(r.RemoteAddr)
	addr := peer.Addr().Unmap()
	if !c.isTrusted(addr) {
		return addr
	}
	hops := forwardedFor(r.Header.Values(c.header), c.header == Forwarded)
	for i := len(hops) - 1; i >= 0 && c.isTrusted(addr); i-- {
		hop, err := parseHop(hops[i])
		if err != nil {
			break // a proxy we trust does not write this: stop at it
		}
		addr = hop
	}
	return addr
}

func (c *clients) isTrusted(a netip.Addr) bool {
	for _, p := range c.trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// key names who a stream counts against: its user when signed in, else its
// address; an IPv6 address by its prefix (a /64 by default, which every
// home and phone holds whole).
func (c *clients) key(r *http.Request, user string) string {
	if user != "" {
		return "user:" + user
	}
	a := c.addr(r)
	if a.Is6() {
		p, _ := a.Prefix(c.v6bits)
		return "ip:" + p.String()
	}
	return "ip:" + a.String()
}

// local reports whether r's client is on this machine. A request from
// loopback that names a forwarding header came through a proxy that
// Tether was not told to trust: it is not local.
func (c *clients) local(r *http.Request) bool {
	a := c.addr(r)
	if !a.IsLoopback() {
		return false
	}
	peer, _ := netip.ParseAddrPort(r.RemoteAddr)
	if c.isTrusted(peer.Addr().Unmap()) {
		return true // the address is the one the proxy saw
	}
	for _, h := range []string{XForwardedFor, Forwarded, "X-Real-Ip"} {
		if r.Header.Get(h) != "" {
			return false
		}
	}
	return true
}

// forwardedFor lists the addresses of the header's values, leftmost first.
func forwardedFor(values []string, rfc7239 bool) []string {
	var out []string
	for _, v := range values {
		for elem := range strings.SplitSeq(v, ",") {
			elem = strings.TrimSpace(elem)
			if !rfc7239 {
				out = append(out, elem)
				continue
			}
			found := ""
			for pair := range strings.SplitSeq(elem, ";") {
				if k, val, ok := strings.Cut(strings.TrimSpace(pair), "="); ok && strings.EqualFold(k, "for") {
					found = strings.Trim(val, `"`)
				}
			}
			out = append(out, found) // "" when the element has no for=: not an address
		}
	}
	return out
}

// parseHop reads one forwarded address: 192.0.2.1, 2001:db8::1,
// [2001:db8::1]:4711 or 192.0.2.1:4711.
func parseHop(s string) (netip.Addr, error) {
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr().Unmap(), nil
	}
	a, err := netip.ParseAddr(strings.Trim(s, "[]"))
	return a.Unmap(), err
}

// ParseTrustedProxies reads -trusted-proxies: comma-separated CIDRs or
// single addresses. A typo is an error, never a wider door.
func ParseTrustedProxies(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for v := range strings.SplitSeq(s, ",") {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		if p, err := netip.ParsePrefix(v); err == nil {
			if p != p.Masked() {
				return nil, fmt.Errorf("%q has bits set past its prefix: did you mean %s?", v, p.Masked())
			}
			out = append(out, p)
			continue
		}
		a, err := netip.ParseAddr(v)
		if err != nil {
			return nil, fmt.Errorf("%q is neither a CIDR (10.0.0.0/8) nor an address", v)
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	return out, nil
}

// newClients checks the configuration: a proxy setting that does not
// parse is a programmer's error, found at start.
func newClients(cfg Config) clients {
	c := clients{trusted: cfg.TrustedProxies, header: http.CanonicalHeaderKey(cfg.ForwardedHeader), v6bits: cfg.IPv6Prefix}
	if c.header == "" {
		c.header = XForwardedFor
	}
	if c.header != XForwardedFor && c.header != Forwarded {
		panic(fmt.Sprintf("origin: Config.ForwardedHeader %q: want %s or %s", cfg.ForwardedHeader, XForwardedFor, Forwarded))
	}
	if c.v6bits == 0 {
		c.v6bits = 64
	}
	if c.v6bits < 16 || c.v6bits > 128 {
		panic(fmt.Sprintf("origin: Config.IPv6Prefix %d: want 16 to 128", cfg.IPv6Prefix))
	}
	return c
}
