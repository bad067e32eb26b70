package conn

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/tether-sse/tether/server/catalog"
)

// The stream's URLs: the stream with its query, resume id and access
// token, and the beacon beside it. The lean module does without net/url
// (with encoding/json about 0.9 MB of it, make bench): this file covers
// exactly the query the runtime writes and reads.

// endpoint is where a config's stream is: its host, path and query,
// checked once.
type endpoint struct {
	host, path string
	query      []param
}

func endpointOf(cfg Config) (endpoint, error) {
	if cfg.NotificationsHost != "" && !validHost(cfg.NotificationsHost) {
		return endpoint{}, fmt.Errorf("%w, got %q", ErrBadHost, cfg.NotificationsHost)
	}
	e := endpoint{host: strings.TrimSuffix(cfg.NotificationsHost, "/"), path: cfg.Path}
	if e.path == "" {
		e.path = catalog.StreamPath
	}
	if !strings.HasPrefix(e.path, "/") {
		return endpoint{}, fmt.Errorf("%w, got %q", ErrBadPath, e.path)
	}
	var err error
	if e.query, err = parseQuery(strings.TrimPrefix(cfg.QueryString, "?")); err != nil {
		return endpoint{}, fmt.Errorf("%w: %v", ErrBadQuery, err)
	}
	return e, nil
}

// stream is the stream's URL resuming after lastID, with the access token.
func (e endpoint) stream(lastID, token string) string {
	return streamURL(e.host+e.path, e.query, lastID, token)
}

// beacon is the page-exit beacon's URL, beside the stream.
func (e endpoint) beacon() string { return e.host + beaconPath(e.path) }

// StreamURL is the URL the runtime opens for cfg before it has seen an
// event or fetched a token: what the loader's early stream must match to
// be adopted, and the key (after TabsKeyPrefix) its tabs share it by.
func StreamURL(cfg Config) (string, error) {
	e, err := endpointOf(cfg)
	return e.stream("", ""), err
}

// streamURL is base with the configured query and, once the page has seen
// an event, lastEventId in place of any the query had; the same for the
// access token when there is one.
func streamURL(base string, query []param, lastID, token string) string {
	q := query
	for _, p := range []param{{"lastEventId", lastID}, {"access_token", token}} {
		if p.value != "" {
			q = slices.DeleteFunc(slices.Clone(q), func(x param) bool { return x.key == p.key })
			q = append(q, p)
		}
	}
	if len(q) == 0 {
		return base
	}
	return base + "?" + encodeQuery(q)
}

// beaconPath is the stream's path with its last segment "disconnect", as
// the origin serves it beside the stream (catalog.DisconnectPath).
func beaconPath(stream string) string {
	return stream[:strings.LastIndexByte(stream, '/')+1] + "disconnect"
}

var errEscape = errors.New("invalid % escape")

// param is one key=value of a query, unescaped.
type param struct{ key, value string }

// HostPattern is validHost as a regular expression (JS and Go syntax
// alike), for the loader, which checks a host before it connects early; a
// test holds the two equal.
const HostPattern = `^https?://[^/?#@%\\ \t\r\n]+/?$`

// validHost accepts an absolute http(s) URL without a path, query or
// user info: "https://host[:port]", with at most a trailing slash.
func validHost(s string) bool {
	rest, ok := strings.CutPrefix(s, "http://")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "https://"); !ok {
			return false
		}
	}
	rest = strings.TrimSuffix(rest, "/")
	return rest != "" && !strings.ContainsAny(rest, "/?#@%\\ \t\r\n")
}

// parseQuery splits "a=1&b=x%20y" into unescaped pairs, like
// url.ParseQuery, rejecting bad escapes and ';' separators.
func parseQuery(s string) ([]param, error) {
	var out []param
	for part := range strings.SplitSeq(s, "&") {
		if part == "" {
			continue
		}
		if strings.Contains(part, ";") {
			return nil, errors.New("invalid semicolon separator in query")
		}
		k, v, _ := strings.Cut(part, "=")
		key, err := unescape(k)
		if err != nil {
			return nil, err
		}
		value, err := unescape(v)
		if err != nil {
			return nil, err
		}
		out = append(out, param{key, value})
	}
	return out, nil
}

func unescape(s string) (string, error) {
	if !strings.ContainsAny(s, "%+") {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '+':
			b.WriteByte(' ')
		case '%':
			if i+2 >= len(s) {
				return "", errEscape
			}
			n, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if err != nil {
				return "", errEscape
			}
			b.WriteByte(byte(n))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// encodeQuery writes pairs sorted by key (stable), escaped like
// url.QueryEscape.
func encodeQuery(ps []param) string {
	ps = slices.Clone(ps)
	// An insertion sort, stable: a query has a handful of pairs, and
	// slices.SortStableFunc costs the module 12 KB.
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].key < ps[j-1].key; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('&')
		}
		escape(&b, p.key)
		b.WriteByte('=')
		escape(&b, p.value)
	}
	return b.String()
}

func escape(b *strings.Builder, s string) {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_', c == '.', c == '~':
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
}
