package origin

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// streamFlags are the per-stream query parameters (seed §10.2).
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

func (e *InputError) Error() string { return e.Field + ": " + e.Msg }

func badInput(field, format string, args ...any) *InputError {
	return &InputError{http.StatusBadRequest, field, fmt.Sprintf(format, args...)}
}

const (
	minHeartbeat = 100 * time.Millisecond
	maxMillis    = 3_600_000
)

func (o *Origin) parseStreamFlags(r *http.Request) (streamFlags, *InputError) {
	q := r.URL.Query()
	f := streamFlags{heartbeat: o.cfg.Heartbeat}
	if q.Has("intervalMs") {
		return f, badInput("intervalMs", "demo mode is off: intervalMs (the demo's event generator) is not served here")
	}
	if v, ok := lookup(q, "heartbeat"); ok {
		n, err := strconv.Atoi(v)
		switch {
		case err == nil && n == 0:
			f.heartbeat = 0
		case err != nil || n < int(minHeartbeat/time.Millisecond) || n > maxMillis:
			return f, badInput("heartbeat", "must be 0 (off) or milliseconds between %d and %d, got %.16q",
				minHeartbeat/time.Millisecond, maxMillis, v)
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

// checkTopic allows names of letters, digits and "-_.:/@", at most
// MaxTopicLen bytes: nothing that could need escaping anywhere.
func (o *Origin) checkTopic(field, t string) *InputError {
	if len(t) > o.lim.MaxTopicLen {
		return badInput(field, "a topic name is at most %d bytes", o.lim.MaxTopicLen)
	}
	for _, c := range []byte(t) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-_.:/@", c) >= 0) {
			return badInput(field, "topic %.64q may hold only letters, digits and -_.:/@", t)
		}
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

type topicsKey struct{}

// WithTopics returns r with topics its stream reads whatever its session
// says. Only a handler wrapped around the origin can grant them (a client
// cannot set a request's context): the demo subscribes its streams to its
// generators this way.
func WithTopics(r *http.Request, topics ...string) *http.Request {
	granted, _ := r.Context().Value(topicsKey{}).([]string)
	return r.WithContext(context.WithValue(r.Context(), topicsKey{}, append(granted[:len(granted):len(granted)], topics...)))
}

// topicFilter is the set of topics a stream reads: those it named, each
// public or granted by its session, plus those a wrapper granted.
func (o *Origin) topicFilter(r *http.Request, named []string, sess Session) (map[string]bool, *InputError) {
	set := make(map[string]bool)
	for _, t := range named {
		if !o.public[t] && !sess.grants(t) {
			return nil, &InputError{http.StatusForbidden, "topics",
				fmt.Sprintf("topic %q is not public and the session does not grant it", t)}
		}
		set[t] = true
	}
	granted, _ := r.Context().Value(topicsKey{}).([]string)
	for _, t := range granted {
		set[t] = true
	}
	return set, nil
}
