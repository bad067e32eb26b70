package conn

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/tether-sse/tether/server/catalog"
)

// The lean module does without encoding/json (nor net/url: url.go): this
// file reads exactly what the runtime needs of JSON, the hello event.

// parseHello reads the hello event's flat JSON object. Unknown fields are
// skipped; anything but a flat object of strings, numbers, booleans and
// nulls is an error.
func parseHello(data string) (catalog.HelloData, bool) {
	var h catalog.HelloData
	p := jsonScanner{s: data}
	if !p.byte('{') {
		return h, false
	}
	if p.byte('}') {
		return h, p.end()
	}
	for {
		key, ok := p.str()
		if !ok || !p.byte(':') {
			return h, false
		}
		p.space()
		if p.i < len(p.s) && p.s[p.i] == '"' {
			v, ok := p.str()
			if !ok {
				return h, false
			}
			if key == catalog.HelloKeyToken {
				h.Token = v
			}
		} else {
			lit := p.literal()
			switch lit {
			case "true", "false", "null":
			default:
				n, ok := jsonInt(lit)
				if !ok {
					return h, false
				}
				switch key {
				case catalog.HelloKeyRetryMs:
					h.RetryMs = n
				case catalog.HelloKeyHeartbeatMs:
					h.HeartbeatMs = n
				}
			}
		}
		if p.byte('}') {
			return h, p.end()
		}
		if !p.byte(',') {
			return h, false
		}
	}
}

// maxJSONInt bounds jsonInt: past 2^53 a JSON number is no longer an
// integer that JavaScript (or encoding/json's float64) holds exactly.
const maxJSONInt = 1 << 53

// jsonInt reads a JSON number as the nearest integer (a half to even, as
// a float64 rounds once its fraction is gone), held within ±2^53: what
// the hello's milliseconds need, without strconv.ParseFloat (15 KB of
// the module). ok is false for what is not a JSON number.
func jsonInt(lit string) (n int64, ok bool) {
	i, neg := 0, strings.HasPrefix(lit, "-")
	if neg {
		i++
	}
	digits := func() string { // [0-9]*
		start := i
		for i < len(lit) && '0' <= lit[i] && lit[i] <= '9' {
			i++
		}
		return lit[start:i]
	}
	whole := digits()
	if whole == "" || (len(whole) > 1 && whole[0] == '0') {
		return 0, false
	}
	var frac string
	if i < len(lit) && lit[i] == '.' {
		i++
		if frac = digits(); frac == "" {
			return 0, false
		}
	}
	exp := 0
	if i < len(lit) && (lit[i] == 'e' || lit[i] == 'E') {
		i++
		sign := 1
		if i < len(lit) && (lit[i] == '+' || lit[i] == '-') {
			if lit[i] == '-' {
				sign = -1
			}
			i++
		}
		e := digits()
		if e == "" {
			return 0, false
		}
		for _, c := range []byte(e) {
			exp = min(exp*10+int(c-'0'), 1000) // beyond any digit count that matters
		}
		exp *= sign
	}
	if i != len(lit) {
		return 0, false
	}
	// The value is 0.d₁d₂… × 10^point: the integer is its first point
	// digits, the rest decide the rounding.
	ds := strings.TrimLeft(whole+frac, "0")
	point := len(whole) + exp - (len(whole+frac) - len(ds))
	for k := 0; k < point; k++ {
		d := int64(0)
		if k < len(ds) {
			d = int64(ds[k] - '0')
		}
		if n = n*10 + d; n > maxJSONInt {
			n = maxJSONInt
			break
		}
	}
	if n < maxJSONInt && point >= 0 && point < len(ds) {
		rest := ds[point:]
		if rest[0] > '5' || rest[0] == '5' && (strings.TrimRight(rest[1:], "0") != "" || n%2 == 1) {
			n++
		}
	}
	if neg {
		n = -n
	}
	return n, true
}

// jsonScanner reads the few JSON tokens parseHello needs.
type jsonScanner struct {
	s string
	i int
}

func (p *jsonScanner) space() {
	for p.i < len(p.s) && strings.IndexByte(" \t\r\n", p.s[p.i]) >= 0 {
		p.i++
	}
}

// byte consumes c (after white space) if it comes next.
func (p *jsonScanner) byte(c byte) bool {
	p.space()
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *jsonScanner) end() bool { p.space(); return p.i == len(p.s) }

// literal consumes a number or a keyword.
func (p *jsonScanner) literal() string {
	start := p.i
	for p.i < len(p.s) && strings.IndexByte(",}] \t\r\n", p.s[p.i]) < 0 {
		p.i++
	}
	return p.s[start:p.i]
}

// str consumes a JSON string and returns it unescaped.
func (p *jsonScanner) str() (string, bool) {
	if !p.byte('"') {
		return "", false
	}
	var b strings.Builder
	for p.i < len(p.s) {
		c := p.s[p.i]
		p.i++
		switch {
		case c == '"':
			return b.String(), true
		case c < 0x20:
			return "", false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(p.s[p.i-1:])
			b.WriteRune(r) // invalid UTF-8 becomes U+FFFD, as in encoding/json
			p.i += size - 1
		case c != '\\':
			b.WriteByte(c)
		case p.i >= len(p.s):
			return "", false
		default:
			e := p.s[p.i]
			p.i++
			switch e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				if p.i+4 > len(p.s) {
					return "", false
				}
				n, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 32)
				if err != nil {
					return "", false
				}
				p.i += 4
				r := rune(n)
				if utf16.IsSurrogate(r) && strings.HasPrefix(p.s[p.i:], `\u`) && p.i+6 <= len(p.s) {
					if lo, err := strconv.ParseUint(p.s[p.i+2:p.i+6], 16, 32); err == nil {
						if pair := utf16.DecodeRune(r, rune(lo)); pair != utf8.RuneError {
							r = pair
							p.i += 6
						}
					}
				}
				b.WriteRune(r) // a lone surrogate becomes U+FFFD, as in encoding/json
			default:
				return "", false
			}
		}
	}
	return "", false
}
