package origin

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Errors of registry.add: the node or the client holds all it may.
var (
	errNodeFull   = errors.New("origin: this node holds its maximum of streams")
	errClientFull = errors.New("origin: this client holds its maximum of streams")
)

// registry holds the open streams by their disconnect token and counts
// them per client, so that one client cannot take the whole node.
type registry struct {
	lim      Limits
	mu       sync.Mutex
	byToken  map[string]*stream
	byClient map[string]int
	ended    recentTokens // tokens of streams that ended lately
	next     uint64
}

func (g *registry) init(lim Limits) {
	g.lim, g.byToken, g.byClient = lim, make(map[string]*stream), make(map[string]int)
}

// add counts st in and gives it its number and disconnect token.
func (g *registry) add(st *stream) error {
	b := make([]byte, 16)
	rand.Read(b)
	token := hex.EncodeToString(b)
	g.mu.Lock()
	defer g.mu.Unlock()
	switch {
	case len(g.byToken) >= g.lim.MaxStreams:
		return errNodeFull
	case g.byClient[st.client] >= g.lim.MaxClientStreams:
		return errClientFull
	}
	g.next++
	st.num, st.token = g.next, token
	g.byToken[token] = st
	g.byClient[st.client]++
	return nil
}

func (g *registry) remove(token string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	st := g.byToken[token]
	if st == nil {
		return
	}
	delete(g.byToken, token)
	if g.byClient[st.client]--; g.byClient[st.client] <= 0 {
		delete(g.byClient, st.client)
	}
	g.ended.add(token)
}

// each calls f on every open stream, under the registry's lock.
func (g *registry) each(f func(*stream)) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, st := range g.byToken {
		f(st)
	}
}

func (g *registry) open() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.byToken)
}

// find returns the open stream of token, or whether it ended lately.
func (g *registry) find(token string) (st *stream, ended bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.byToken[token], g.ended.in[token]
}

// recentTokens remembers the last tokens of ended streams: a page leaving
// for the back/forward cache closes its EventSource and sends its beacon
// at once, and the close may arrive first (WebKit's order).
type recentTokens struct {
	ring []string
	next int
	in   map[string]bool
}

const recentTokenCount = 4096

func (r *recentTokens) add(token string) {
	if r.in == nil {
		r.ring, r.in = make([]string, recentTokenCount), make(map[string]bool, recentTokenCount)
	}
	delete(r.in, r.ring[r.next])
	r.ring[r.next] = token
	r.in[token] = true
	r.next = (r.next + 1) % len(r.ring)
}

// tokenLen is the length of a disconnect token: 16 random bytes in hex.
const tokenLen = 32

// disconnect is the page-exit beacon: navigator.sendBeacon posts the
// stream's token as text/plain. It ends that stream and only that one; a
// beacon for a stream that has just ended is answered 204 too.
func (o *Origin) disconnect(w http.ResponseWriter, r *http.Request) {
	o.cors(w, r)
	http.NewResponseController(w).SetReadDeadline(time.Now().Add(o.lim.BodyTimeout))
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 256))
	if err != nil {
		writeError(w, http.StatusRequestEntityTooLarge, "token", "the body must be the stream's token and nothing else (at most 256 bytes)")
		return
	}
	token := strings.TrimSpace(string(b))
	if token == "" {
		token = r.URL.Query().Get("token")
	}
	if token == "" {
		writeError(w, http.StatusBadRequest, "token", "the body must be the stream's token from its hello event")
		return
	}
	if !isHex(token, tokenLen) {
		writeError(w, http.StatusBadRequest, "token", "a token is "+strconv.Itoa(tokenLen)+" hex digits")
		return
	}
	switch st, ended := o.streams.find(token); {
	case st != nil:
		st.end()
		o.log.Info("stream closed by beacon", "stream", st.num)
	case ended: // the page closed it first: nothing left to free
	default:
		writeError(w, http.StatusNotFound, "token", "no stream of this origin has this token")
		return
	}
	o.beacons.Add(1)
	w.WriteHeader(http.StatusNoContent)
}

func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range []byte(s) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
