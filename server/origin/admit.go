package origin

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/tether-sse/tether/server/hub"
)

// admit checks a stream request and takes its slot and its subscription,
// or answers why not. Every refusal is here, in this order: a page of
// another site (before any cap counts), bad flags, no session, topics not
// granted; a HEAD stops there, holding nothing; then the node or the
// client full, the log busy or unavailable.
func (o *Origin) admit(w http.ResponseWriter, r *http.Request) (st *stream, ctx context.Context, resume hub.Resume, ok bool) {
	if o.foreign(r) {
		// Another site's page can make a victim's browser open streams
		// with the victim's cookie, unread: refused before any cap counts.
		o.rejected.Add(1)
		from := r.Header.Get("Origin")
		if from == "" {
			from = "another site (Sec-Fetch-Site: " + r.Header.Get("Sec-Fetch-Site") + ")"
		}
		o.logRefused(r, from)
		writeError(w, http.StatusForbidden, "Origin", "this origin does not serve streams to pages of "+strconv.Quote(from)+": not on the allow-list")
		return nil, nil, resume, false
	}
	flags, bad := o.parseStreamFlags(r)
	sess, signed := o.session(r)
	if bad == nil && (!signed || o.cfg.RequireAuth && sess.User == "") {
		bad = &InputError{http.StatusUnauthorized, "access_token", "sign in: the session is missing, invalid or expired"}
	}
	var topics map[string]bool
	if bad == nil {
		topics, bad = o.topicFilter(r, flags.topics, sess)
	}
	if bad != nil {
		o.rejected.Add(1)
		o.Refuse(w, r, bad.Status, bad.Field, bad.Msg)
		return nil, nil, resume, false
	}
	if r.Method == http.MethodHead {
		// What a GET would get, and nothing after: no slot, no stream. The
		// connection goes back to its client (or a proxy's pool) clean.
		o.cors(w, r)
		streamHeaders(w.Header(), r)
		w.WriteHeader(http.StatusOK)
		return nil, nil, resume, false
	}
	ctx, cancel := context.WithCancel(r.Context())
	st = &stream{o: o, client: o.clients.key(r, sess.User), flags: flags, cancel: cancel}
	if err := o.streams.add(st); err != nil {
		cancel()
		o.refuseSlot(w, r, err)
		return nil, nil, resume, false
	}
	st.onEnd(func() { o.streams.remove(st.token) })
	sub, resume, err := o.hub.Subscribe(flags.lastID, hub.Filter{User: sess.User, Topics: topics, Client: st.client})
	if err != nil {
		cancel()
		st.finish()
		o.refuseSubscribe(w, r, err)
		return nil, nil, resume, false
	}
	st.sub = sub
	st.onEnd(sub.Close)
	sub.OnDrop(func() { st.slow.Store(true); st.end() })
	for _, opened := range grantOf(r).opened {
		st.onEnd(opened(st.end))
	}
	o.connections.Add(1)
	o.log.Info("stream opened", "stream", st.num, "client", o.clients.addr(r).String(), "signed_in", sess.User != "", "resume", flags.lastID != "", "reset", resume.Reset)
	return st, ctx, resume, true
}

// refuseSlot answers a stream the registry would not take.
func (o *Origin) refuseSlot(w http.ResponseWriter, r *http.Request, err error) {
	w.Header().Set("Retry-After", "10")
	if errors.Is(err, errClientFull) {
		o.overClient.Add(1)
		o.Refuse(w, r, http.StatusTooManyRequests, "", "this client holds its maximum of "+strconv.Itoa(o.lim.MaxClientStreams)+" streams")
		return
	}
	o.overNode.Add(1)
	o.Refuse(w, r, http.StatusServiceUnavailable, "", "this node holds its maximum of "+strconv.Itoa(o.lim.MaxStreams)+" streams: retry later")
}

// refuseSubscribe answers a stream the hub would not subscribe.
func (o *Origin) refuseSubscribe(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, hub.ErrBusy):
		w.Header().Set("Retry-After", "2")
		o.Refuse(w, r, http.StatusServiceUnavailable, "lastEventId", "this node is replaying the log for as many resumes as it may: retry later")
	case errors.Is(err, hub.ErrClientBusy):
		w.Header().Set("Retry-After", "2")
		o.Refuse(w, r, http.StatusTooManyRequests, "lastEventId", "this client is already resuming from the log: one resume at a time")
	default:
		o.log.Warn("stream refused: the event log is unavailable", "err", err)
		w.Header().Set("Retry-After", "5")
		o.Refuse(w, r, http.StatusServiceUnavailable, "", "the event log is unavailable: retry later")
	}
}
