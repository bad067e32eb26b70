package origin

import (
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
)

// static serves index.html at / and files under web/. A .br or .gz
// sibling is served instead when the client accepts it. Everything is
// revalidated (no-cache) against an ETag, so a rebuilt wasm is picked up
// at once and an unchanged one costs a 304.
func (o *Origin) static(w http.ResponseWriter, r *http.Request) {
	name := "index.html"
	if r.URL.Path != "/" {
		name = path.Clean(strings.TrimPrefix(r.URL.Path, "/"))
	}
	root, err := os.OpenRoot(o.cfg.Root)
	if err != nil {
		http.Error(w, "static root unavailable", http.StatusInternalServerError)
		return
	}
	defer root.Close()

	h := w.Header()
	h.Add("Vary", "Accept-Encoding")
	for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !accepts(r.Header.Get("Accept-Encoding"), enc.token) {
			continue
		}
		if f, err := root.Open(name + enc.ext); err == nil {
			defer f.Close()
			if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
				h.Set("Content-Encoding", enc.token)
				o.serveFile(w, r, name, f, st)
				return
			}
		}
	}
	f, err := root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	o.serveFile(w, r, name, f, st)
}

func (o *Origin) serveFile(w http.ResponseWriter, r *http.Request, name string, f *os.File, st fs.FileInfo) {
	h := w.Header()
	ctype := mime.TypeByExtension(path.Ext(name))
	switch path.Ext(name) {
	case ".wasm":
		ctype = "application/wasm"
	case ".js", ".mjs":
		ctype = "text/javascript; charset=utf-8"
	case ".ts":
		ctype = "text/plain; charset=utf-8"
	}
	if ctype != "" {
		h.Set("Content-Type", ctype)
	}
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", `"`+strconv.FormatInt(st.Size(), 36)+"-"+strconv.FormatInt(st.ModTime().UnixNano(), 36)+h.Get("Content-Encoding")+`"`)
	http.ServeContent(w, r, name, st.ModTime(), f)
}

// accepts reports whether an Accept-Encoding header allows token.
func accepts(header, token string) bool {
	for part := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), token) {
			return strings.ReplaceAll(strings.TrimSpace(params), " ", "") != "q=0"
		}
	}
	return false
}
