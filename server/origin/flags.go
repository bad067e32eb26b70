package origin

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tether-sse/tether/server/hub"
)

// streamFlags are the per-stream query parameters: lastEventId, topics
// and heartbeat for every stream; intervalMs, closeAfter and heartbeat=0
// only for streams granted the test flags (demo mode).
type streamFlags struct {
	closeAfter int           // end the stream after this many events; 0 = never
	heartbeat  time.Duration // 0 = no heartbeats
	topics     []string
	lastID     string
}

// InputError is a bad input: the HTTP status that answers it, the field
// (query parameter, header or body field) at fault, and why.
type InputError struct {
	Status     int
	Field, Msg string
}

// Error names the field and what is wrong with it.
func (e *InputError) Error() string { return e.Field + ": " + e.Msg }

func badInput(field, format string, args ...any) *InputError {
	return &InputError{http.StatusBadRequest, field, fmt.Sprintf(format, args...)}
}

// The heartbeat a stream may ask for with heartbeat=: every stream gets
// one, so a client that vanished (even one whose socket still looks open
// to net/http) fails a write within two heartbeats and its slot is freed.
const (
	MinHeartbeat = 5 * time.Second
	MaxHeartbeat = 60 * time.Second
)

// The seed's test flags, for streams the demo grants them (WithTestFlags):
// heartbeat=0 (none), or heartbeats from 100 ms to an hour.
const (
	minTestHeartbeat = 100 * time.Millisecond
	maxTestHeartbeat = time.Hour
)

func (o *Origin) parseStreamFlags(r *http.Request) (streamFlags, *InputError) {
	q := r.URL.Query()
	f := streamFlags{heartbeat: o.cfg.Heartbeat}
	if q.Has("intervalMs") {
		return f, badInput("intervalMs", "demo mode is off: intervalMs (the demo's event generator) is not served here")
	}
	if v, ok := lookup(q, "heartbeat"); ok {
		lo, hi := MinHeartbeat, MaxHeartbeat
		test := grantOf(r).testFlags
		if test {
			lo, hi = minTestHeartbeat, maxTestHeartbeat
		}
		n, err := strconv.Atoi(v)
		switch {
		case err == nil && n == 0 && test:
			f.heartbeat = 0
		case err == nil && n == 0:
			return f, badInput("heartbeat", "heartbeat=0 (no heartbeats) is a test flag of demo mode: every stream here gets a heartbeat, from %d to %d ms",
				lo.Milliseconds(), hi.Milliseconds())
		case err != nil || n < int(lo.Milliseconds()) || n > int(hi.Milliseconds()):
			return f, badInput("heartbeat", "must be milliseconds between %d and %d, got %.16q", lo.Milliseconds(), hi.Milliseconds(), v)
		default:
			f.heartbeat = time.Duration(n) * time.Millisecond
		}
	}
	if v, ok := lookup(q, "closeAfter"); ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return f, badInput("closeAfter", "must be a whole number of events ≥ 1, got %.16q", v)
		}
		f.closeAfter = n
	}
	if v, ok := lookup(q, "topics"); ok {
		var err *InputError
		if f.topics, err = o.parseTopics(v); err != nil {
			return f, err
		}
	}
	// The header wins: a native reconnect of an EventSource created with
	// ?lastEventId=X sends a newer Last-Event-ID while the URL still says X.
	f.lastID = q.Get("lastEventId")
	field := "lastEventId"
	if h := r.Header.Get("Last-Event-ID"); h != "" {
		f.lastID, field = h, "Last-Event-ID"
	}
	if len(f.lastID) > o.lim.MaxIDLen {
		return f, badInput(field, "an event id is at most %d bytes, got %d", o.lim.MaxIDLen, len(f.lastID))
	}
	return f, nil
}

func (o *Origin) parseTopics(v string) ([]string, *InputError) {
	var topics []string
	for t := range strings.SplitSeq(v, ",") {
		if t = strings.TrimSpace(t); t == "" {
			continue
		}
		if err := o.checkTopic("topics", t); err != nil {
			return nil, err
		}
		if topics = append(topics, t); len(topics) > o.lim.MaxTopics {
			return nil, badInput("topics", "a stream may name at most %d topics", o.lim.MaxTopics)
		}
	}
	return topics, nil
}

// checkTopic holds a stream's topic to the event rules' (hub.Rules).
func (o *Origin) checkTopic(field, t string) *InputError {
	var broke *hub.RuleError
	if errors.As(o.hub.Rules().CheckTopic(t), &broke) {
		return badInput(field, "%s", broke.Msg)
	}
	return nil
}

func lookup(q url.Values, name string) (string, bool) {
	vs, ok := q[name]
	if !ok || len(vs) == 0 {
		return "", false
	}
	return vs[len(vs)-1], true
}

// grant is what a handler wrapped around the origin grants a stream
// request. Only such a handler can (a client cannot set a request's
// context): the demo grants its streams its generators' topics, the test
// flags, and a hook that starts a generator once the stream is accepted.
type grant struct {
	topics    []string
	testFlags bool
	opened    []func(end func()) (closed func())
}

type grantKey struct{}

func grantOf(r *http.Request) grant {
	g, _ := r.Context().Value(grantKey{}).(grant)
	return g
}

func withGrant(r *http.Request, change func(*grant)) *http.Request {
	g := grantOf(r)
	g.topics, g.opened = slices.Clip(g.topics), slices.Clip(g.opened)
	change(&g)
	return r.WithContext(context.WithValue(r.Context(), grantKey{}, g))
}

// WithTopics returns r with topics its stream reads whatever its session
// says.
func WithTopics(r *http.Request, topics ...string) *http.Request {
	return withGrant(r, func(g *grant) { g.topics = append(g.topics, topics...) })
}

// WithTestFlags returns r allowed the seed's test flags: heartbeat=0, and
// heartbeats from 100 ms to an hour. Demo mode grants them.
func WithTestFlags(r *http.Request) *http.Request {
	return withGrant(r, func(g *grant) { g.testFlags = true })
}

// WhenOpened returns r with opened to be called once its stream has passed
// every check and opens, and the function opened returns when the stream
// ends. opened gets end, which ends the stream (it never blocks). A
// refused request calls neither.
func WhenOpened(r *http.Request, opened func(end func()) (closed func())) *http.Request {
	return withGrant(r, func(g *grant) { g.opened = append(g.opened, opened) })
}

// topicFilter is the set of topics a stream reads: those it named, each
// public or granted by its session, plus those a wrapper granted.
func (o *Origin) topicFilter(r *http.Request, named []string, sess Session) (map[string]bool, *InputError) {
	var set map[string]bool // nil for none: an idle stream keeps it
	for _, t := range named {
		if set == nil {
			set = make(map[string]bool)
		}
		if !o.public[t] && !sess.grants(t) {
			return nil, &InputError{http.StatusForbidden, "topics",
				fmt.Sprintf("topic %q is not public and the session does not grant it", t)}
		}
		set[t] = true
	}
	for _, t := range grantOf(r).topics {
		if set == nil {
			set = make(map[string]bool)
		}
		set[t] = true
	}
	return set, nil
}
