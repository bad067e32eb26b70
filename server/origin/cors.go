package origin

import (
	"net/http"
	"net/url"
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
