package origin

import (
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// index serves index.html at /, the one file the origin serves outside web/.
func (o *Origin) index(w http.ResponseWriter, r *http.Request) {
	o.serveFrom(w, r, o.cfg.Root, "index.html")
}

// web serves files under web/ and nothing else: the file system is rooted
// at web/ (os.Root refuses any escape, symlinks included), and a path with
// a dot segment or a dotfile is refused before it is opened. Allowed
// origins may read them cross-origin, so their pages can import the loader.
func (o *Origin) web(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	for seg := range strings.SplitSeq(name, "/") {
		if seg == "" || strings.HasPrefix(seg, ".") || strings.ContainsAny(seg, `\`+"\x00") {
			writeError(w, http.StatusNotFound, "", "no such file")
			return
		}
	}
	o.cors(w, r)
	if name == loaderFile {
		o.serveLoader(w, r)
		return
	}
	o.serveFrom(w, r, filepath.Join(o.cfg.Root, "web"), name)
}

// serveFrom serves name under dir. A .br or .gz sibling is served instead
// when the client accepts it. A fingerprinted name (see Fingerprint) never
// changes its bytes, so caches keep it for a year without asking again;
// everything else (index.html, the loader, manifest.json) is revalidated
// (no-cache) against an ETag, so a new build is picked up at once and an
// unchanged file costs a 304.
func (o *Origin) serveFrom(w http.ResponseWriter, r *http.Request, dir, name string) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		writeError(w, http.StatusNotFound, "", "no such file")
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
				serveFile(w, r, name, f, st)
				return
			}
		}
	}
	f, err := root.Open(name)
	if err != nil {
		writeError(w, http.StatusNotFound, "", "no such file")
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		writeError(w, http.StatusNotFound, "", "no such file")
		return
	}
	serveFile(w, r, name, f, st)
}

func serveFile(w http.ResponseWriter, r *http.Request, name string, f *os.File, st fs.FileInfo) {
	etag := strconv.FormatInt(st.Size(), 36) + "-" + strconv.FormatInt(st.ModTime().UnixNano(), 36) + w.Header().Get("Content-Encoding")
	policy := "no-cache"
	if Fingerprinted(name) {
		policy = "public, max-age=31536000, immutable"
	}
	serveContent(w, r, name, etag, policy, st.ModTime(), f)
}

// serveContent serves content as the file name, with its type, its cache
// policy and the ETag it is revalidated against.
func serveContent(w http.ResponseWriter, r *http.Request, name, etag, policy string, modtime time.Time, content io.ReadSeeker) {
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
	h.Set("Cache-Control", policy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("ETag", `"`+etag+`"`)
	http.ServeContent(w, r, name, modtime, content)
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
