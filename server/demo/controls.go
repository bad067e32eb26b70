package demo

import (
	"net/http"
	"strconv"
	"time"

	"github.com/tether-sse/tether/server/catalog"
	"github.com/tether-sse/tether/server/origin"
)

// maxUser bounds the user a demo login names.
const maxUser = 64

func (d *Demo) routes() {
	m := http.NewServeMux()
	m.Handle("/", d.o)
	m.HandleFunc("GET "+catalog.StreamPath, d.stream)
	m.HandleFunc("GET /v1/demo/streams", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		failed := d.failed
		d.mu.Unlock()
		origin.WriteJSON(w, http.StatusOK, map[string]int{"open": d.o.OpenStreams(), "failuresInjected": failed})
	})

	// Every control changes state: POST only, and never from another site.
	csrf := http.NewCrossOriginProtection()
	for _, o := range d.cfg.TrustedOrigins {
		csrf.AddTrustedOrigin(o) // a malformed origin was refused by the flag parser
	}
	csrf.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin.WriteJSON(w, http.StatusForbidden, map[string]string{"error": "demo controls refuse cross-site requests", "field": "Origin"})
	}))
	post := func(path string, h http.HandlerFunc) { m.Handle("POST "+path, csrf.Handler(h)) }

	post("/v1/demo/publish", d.o.ServePublish)
	post("/v1/demo/drop", func(w http.ResponseWriter, r *http.Request) {
		origin.WriteJSON(w, http.StatusOK, map[string]int{"dropped": d.each(func(t *tap) { t.drop() })})
	})
	post("/v1/demo/stall", func(w http.ResponseWriter, r *http.Request) {
		origin.WriteJSON(w, http.StatusOK, map[string]int{"stalled": d.each(func(t *tap) { t.silent.Store(true) })})
	})
	post("/v1/demo/fail", d.fail)
	post("/v1/demo/offline", d.cutNetwork)
	post("/v1/demo/login", d.login)
	post("/v1/demo/token", d.token)
	post("/v1/demo/logout", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: origin.SessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: origin.HTTPS(r)})
		w.WriteHeader(http.StatusNoContent)
	})
	post("/v1/demo/force-logout", func(w http.ResponseWriter, r *http.Request) {
		ev, err := d.o.Publish(origin.PublishRequest{Event: catalog.ForceLogout, User: r.URL.Query().Get("user")})
		if err != nil {
			d.o.Refuse(w, r, http.StatusBadRequest, "user", err.Error())
			return
		}
		origin.WriteJSON(w, http.StatusAccepted, map[string]string{"id": ev.ID})
	})
	d.mux = m
}

// fail makes the next count stream requests answer status.
func (d *Demo) fail(w http.ResponseWriter, r *http.Request) {
	status, err := strconv.Atoi(r.URL.Query().Get("status"))
	if err != nil || status < 400 || status > 599 {
		d.o.Refuse(w, r, http.StatusBadRequest, "status", "status must be an HTTP error status between 400 and 599")
		return
	}
	count := 1
	if v := r.URL.Query().Get("count"); v != "" {
		if count, err = strconv.Atoi(v); err != nil || count < 0 || count > 1000 {
			d.o.Refuse(w, r, http.StatusBadRequest, "count", "count must be between 0 and 1000")
			return
		}
	}
	d.mu.Lock()
	d.failStatus, d.failCount = status, count
	d.mu.Unlock()
	origin.WriteJSON(w, http.StatusOK, map[string]int{"status": status, "count": count})
}

// cutNetwork drops every stream and, for seconds, cuts new ones off with
// no HTTP answer at all: to a browser, the network is gone.
func (d *Demo) cutNetwork(w http.ResponseWriter, r *http.Request) {
	seconds := 5
	if v := r.URL.Query().Get("seconds"); v != "" {
		var err error
		if seconds, err = strconv.Atoi(v); err != nil || seconds < 1 || seconds > 300 {
			d.o.Refuse(w, r, http.StatusBadRequest, "seconds", "seconds must be between 1 and 300")
			return
		}
	}
	d.mu.Lock()
	d.offUntil = time.Now().Add(time.Duration(seconds) * time.Second)
	d.mu.Unlock()
	origin.WriteJSON(w, http.StatusOK, map[string]int{"dropped": d.each(func(t *tap) { t.drop() }), "seconds": seconds})
}

// login is the demo's only door to a session, and a wide one: it signs in
// whoever asks as whichever user they name. Demo mode only.
func (d *Demo) login(w http.ResponseWriter, r *http.Request) {
	user := r.URL.Query().Get("user")
	if user == "" || len(user) > maxUser {
		d.o.Refuse(w, r, http.StatusBadRequest, "user", "user is required, at most "+strconv.Itoa(maxUser)+" bytes")
		return
	}
	exp := time.Now().Add(12 * time.Hour)
	http.SetCookie(w, &http.Cookie{Name: origin.SessionCookie, Value: d.o.SignSession(origin.Session{User: user, Expires: exp}),
		Path: "/", Expires: exp, HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: origin.HTTPS(r)})
	d.log.Warn("demo login: a session was handed out without a password (demo mode only)")
	origin.WriteJSON(w, http.StatusOK, map[string]any{"user": user, "demo": true,
		"warning": "demo-only login: anyone may sign in as anyone; never run demo mode facing the internet"})
}

// token hands out a short-lived access token for user: what a page's
// token option fetches from its own back end in a real deployment. Demo
// mode only, and as wide open as login.
func (d *Demo) token(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	user := q.Get("user")
	ttl, err := strconv.Atoi(q.Get("ttlMs"))
	if user == "" || len(user) > maxUser || err != nil || ttl < 100 || ttl > 3_600_000 {
		d.o.Refuse(w, r, http.StatusBadRequest, "ttlMs", "want user (at most "+strconv.Itoa(maxUser)+" bytes) and ttlMs between 100 and 3600000")
		return
	}
	exp := time.Now().Add(time.Duration(ttl) * time.Millisecond)
	origin.WriteJSON(w, http.StatusOK, map[string]any{"token": d.o.SignSession(origin.Session{User: user, Expires: exp}),
		"expires": exp.UnixMilli(), "demo": true})
}
