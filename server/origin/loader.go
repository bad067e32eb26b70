package origin

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

// ManifestMarker is the loader's line the origin fills in with the
// build's manifest (web/tether.js, where build/tools/tsgen writes it).
const ManifestMarker = "const servedManifest = null;"

// The loader's files.
const (
	loaderFile    = "tether.js"
	manifestFile  = "manifest.json"
	maxLoaderSize = 1 << 20
	// loaderPolicy: used at once and revalidated meanwhile, for a week
	// past its last fetch; after that, revalidated before use.
	loaderPolicy = "max-age=0, stale-while-revalidate=604800"
)

// serveLoader serves web/tether.js with the build's manifest written into
// it, so a visit finds the fingerprinted module without a second round
// trip for manifest.json. A returning visitor's browser runs the loader
// it has and revalidates it meanwhile (against an ETag of what is
// served): the loader and the fingerprinted files it names are one build,
// so a visit waits for no round trip before the module, and a deploy
// reaches the visit after. A loader whose build is gone from the origin
// loads itself again, fresh (web/tether.js, staleBuild). Without a
// manifest, or a valid one, the loader goes out as it is, revalidated
// before use, and fetches the manifest itself.
func (o *Origin) serveLoader(w http.ResponseWriter, r *http.Request) {
	dir := filepath.Join(o.cfg.Root, "web")
	root, err := os.OpenRoot(dir)
	if err != nil {
		o.serveFrom(w, r, dir, loaderFile) // answers 404
		return
	}
	defer root.Close()
	loader, loaderTime, err := readSmall(root, loaderFile)
	if err != nil {
		o.serveFrom(w, r, dir, loaderFile)
		return
	}
	manifest, manifestTime, err := readSmall(root, manifestFile)
	inline, ok := manifestJS(manifest)
	if err != nil || !ok || !bytes.Contains(loader, []byte(ManifestMarker)) {
		o.serveFrom(w, r, dir, loaderFile)
		return
	}
	body := bytes.Replace(loader, []byte(ManifestMarker), []byte("const servedManifest = "+inline+";"), 1)
	if manifestTime.After(loaderTime) {
		loaderTime = manifestTime
	}
	sum := sha256.Sum256(body)
	serveContent(w, r, loaderFile, hex.EncodeToString(sum[:8]), loaderPolicy, loaderTime, bytes.NewReader(body))
}

// readSmall reads a regular file of at most maxLoaderSize bytes.
func readSmall(root *os.Root, name string) ([]byte, time.Time, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, time.Time{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxLoaderSize {
		return nil, time.Time{}, os.ErrNotExist
	}
	b, err := io.ReadAll(io.LimitReader(f, maxLoaderSize))
	return b, st.ModTime(), err
}

// manifestJS is the manifest as a JS object literal, if every entry maps
// a plain file name to its fingerprinted copy; nothing else is written
// into the loader.
func manifestJS(raw []byte) (string, bool) {
	var m map[string]string
	if err := json.Unmarshal(raw, &m); err != nil || len(m) == 0 {
		return "", false
	}
	for name, hashed := range m {
		if filepath.Base(name) != name || filepath.Base(hashed) != hashed || !Fingerprinted(hashed) {
			return "", false
		}
	}
	b, err := json.Marshal(m) // escapes <, > and & too: safe inside a script
	return string(b), err == nil
}
