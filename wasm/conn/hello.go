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
				n, err := strconv.ParseFloat(lit, 64)
				if err != nil {
					return h, false
				}
				switch key {
				case catalog.HelloKeyRetryMs:
					h.RetryMs = int64(n)
				case catalog.HelloKeyHeartbeatMs:
					h.HeartbeatMs = int64(n)
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
