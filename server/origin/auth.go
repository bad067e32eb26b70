package origin

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// SessionCookie carries a signed user session. Native EventSource cannot
// set headers, so a stream is identified by this cookie (sent with
// withCredentials) or by the same value in the access_token query parameter.
const SessionCookie = "tether_session"

// SignSession returns a session value for user, valid until exp:
// base64url(user) "." unix-seconds "." base64url(HMAC-SHA256).
func SignSession(secret []byte, user string, exp time.Time) string {
	payload := base64.RawURLEncoding.EncodeToString([]byte(user)) + "." + strconv.FormatInt(exp.Unix(), 10)
	return payload + "." + sign(secret, payload)
}

func sign(secret []byte, payload string) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(payload))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// verifySession returns the user of a valid, unexpired session value.
func verifySession(secret []byte, value string, now time.Time) (string, bool) {
	i := strings.LastIndexByte(value, '.')
	if i < 0 || !hmac.Equal([]byte(value[i+1:]), []byte(sign(secret, value[:i]))) {
		return "", false
	}
	userB64, expStr, ok := strings.Cut(value[:i], ".")
	exp, err := strconv.ParseInt(expStr, 10, 64)
	if !ok || err != nil || now.Unix() >= exp {
		return "", false
	}
	user, err := base64.RawURLEncoding.DecodeString(userB64)
	if err != nil || len(user) == 0 {
		return "", false
	}
	return string(user), true
}

// user identifies the request's user: ok is false when a credential was
// presented but is invalid or expired; an absent credential is anonymous.
func (o *Origin) user(r *http.Request) (user string, ok bool) {
	value := r.URL.Query().Get("access_token")
	if value == "" {
		if c, err := r.Cookie(SessionCookie); err == nil {
			value = c.Value
		}
	}
	if value == "" {
		return "", true
	}
	return verifySession(o.cfg.SessionSecret, value, o.cfg.Now())
}

// bearer reports whether r carries the publish token.
func (o *Origin) bearer(r *http.Request) bool {
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && o.cfg.PublishToken != "" &&
		subtle.ConstantTimeCompare([]byte(got), []byte(o.cfg.PublishToken)) == 1
}
