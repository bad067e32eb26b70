package origin

import "net/http"

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
