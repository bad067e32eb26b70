package origin

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// SessionCookie carries a signed user session. Native EventSource cannot
// set headers, so a stream is identified by this cookie (sent with
// withCredentials) or by the same value in the access_token query parameter.
const SessionCookie = "tether_session"

// Session is what a signed session value carries.
type Session struct {
	// User owns the stream: it receives that user's events and no one
	// else's. Required.
	User string
	// Topics the stream may read besides the public ones. Nil means none.
	Topics []string
	// Expires ends the session. A stream checks it when it connects; an
	// open stream is not cut when its session expires.
	Expires time.Time
}

func (s Session) grants(topic string) bool { return slices.Contains(s.Topics, topic) }

// SignSession returns the value of s signed with secret:
//
//	base64url(user) "." unix-seconds [ "." base64url(topics joined by ",") ] "." base64url(HMAC-SHA256)
//
// where the HMAC covers everything before the last dot. A back end that
// shares the secret mints the same value in any language.
func SignSession(secret []byte, s Session) string {
	payload := b64(s.User) + "." + strconv.FormatInt(s.Expires.Unix(), 10)
	if len(s.Topics) > 0 {
		payload += "." + b64(strings.Join(s.Topics, ","))
	}
	return payload + "." + sign(secret, payload)
}

// SignSession signs s with this origin's secret.
func (o *Origin) SignSession(s Session) string { return SignSession(o.cfg.SessionSecret, s) }

func b64(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func sign(secret []byte, payload string) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(payload))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// verifySession returns the session of a valid, unexpired value.
func verifySession(secret []byte, value string, now time.Time) (Session, bool) {
	i := strings.LastIndexByte(value, '.')
	if i < 0 || !hmac.Equal([]byte(value[i+1:]), []byte(sign(secret, value[:i]))) {
		return Session{}, false
	}
	parts := strings.Split(value[:i], ".")
	if len(parts) != 2 && len(parts) != 3 {
		return Session{}, false
	}
	exp, err := strconv.ParseInt(parts[1], 10, 64)
	if err != nil || now.Unix() >= exp {
		return Session{}, false
	}
	user, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil || len(user) == 0 {
		return Session{}, false
	}
	s := Session{User: string(user), Expires: time.Unix(exp, 0)}
	if len(parts) == 3 {
		topics, err := base64.RawURLEncoding.DecodeString(parts[2])
		if err != nil {
			return Session{}, false
		}
		s.Topics = strings.Split(string(topics), ",")
	}
	return s, true
}

// session identifies the request's user: ok is false when a credential
// was presented but is invalid, expired or too long; an absent credential
// is anonymous (a zero Session).
func (o *Origin) session(r *http.Request) (s Session, ok bool) {
	value := r.URL.Query().Get("access_token")
	if value == "" {
		if c, err := r.Cookie(SessionCookie); err == nil {
			value = c.Value
		}
	}
	if value == "" {
		return Session{}, true
	}
	s, ok = verifySession(o.cfg.SessionSecret, value, o.cfg.Now())
	return s, ok && len(s.User) <= o.lim.MaxUserLen
}

// bearer reports whether r carries the publish token.
func (o *Origin) bearer(r *http.Request) bool { return bearer(r, o.cfg.PublishToken) }

// bearer reports whether r carries token as its bearer token; an empty
// token matches nothing.
func bearer(r *http.Request, token string) bool {
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && token != "" && subtle.ConstantTimeCompare([]byte(got), []byte(token)) == 1
}

// HTTPS reports whether r came over HTTPS: on TLS here, or through a proxy
// that says so (X-Forwarded-Proto). A cookie set for it is Secure; a
// forged header only makes the cookie stricter.
func HTTPS(r *http.Request) bool {
	return r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}
