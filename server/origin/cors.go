package origin

import (
	"net/http"
	"net/url"
	"sync"
	"time"
)

// cors echoes an allowed Origin with credentials. An origin off the list
// gets no CORS headers at all, so the browser refuses it; never "*".
func (o *Origin) cors(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Add("Vary", "Origin")
	origin := r.Header.Get("Origin")
	if origin == "" || !o.allowed[origin] {
		return
	}
	h.Set("Access-Control-Allow-Origin", origin)
	h.Set("Access-Control-Allow-Credentials", "true")
}

// preflight answers OPTIONS for the stream and the beacon.
func (o *Origin) preflight(w http.ResponseWriter, r *http.Request) {
	o.cors(w, r)
	if w.Header().Get("Access-Control-Allow-Origin") != "" {
		w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		w.Header().Set("Access-Control-Allow-Headers", "Last-Event-ID, Cache-Control, Content-Type")
		w.Header().Set("Access-Control-Max-Age", "600")
	}
	w.WriteHeader(http.StatusNoContent)
}

// foreign reports whether r comes from a page of another site: its Origin
// is present, off the allow-list and not this host; or, with no Origin
// (a no-cors fetch, an iframe, a link), the browser says the request is
// cross-site or same-site (Sec-Fetch-Site): a page of this site's own
// origin, or an allowed one, would have sent its Origin.
func (o *Origin) foreign(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		switch r.Header.Get("Sec-Fetch-Site") {
		case "cross-site", "same-site":
			return true
		}
		return false
	}
	if o.allowed[origin] {
		return false
	}
	u, err := url.Parse(origin)
	return err != nil || u.Host == "" || u.Host != r.Host
}

// refusals remembers when each refused origin was last logged: an operator
// who forgot -allow-origins sees why a page cannot connect, once a minute
// per origin, without a flood from pages that retry.
type refusals struct {
	mu   sync.Mutex
	last map[string]time.Time
}

// due reports whether origin's refusal should be logged now.
func (r *refusals) due(origin string, now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if t, ok := r.last[origin]; ok && now.Sub(t) < time.Minute {
		return false
	}
	if r.last == nil || len(r.last) >= 1024 { // bounded: forged origins cannot grow it
		r.last = make(map[string]time.Time)
	}
	r.last[origin] = now
	return true
}

// logRefused logs a refused cross-site stream request, with the flag that
// would allow it.
func (o *Origin) logRefused(r *http.Request, from string) {
	if len(from) > 200 {
		from = from[:200]
	}
	if o.refused.due(from, o.cfg.Now()) {
		o.log.Warn("stream refused: the page is on another origin, not on -allow-origins (TETHER_ALLOW_ORIGINS); add it there if that page may read streams (logged once a minute per origin)",
			"origin", from, "client", o.clients.addr(r).String())
	}
}
