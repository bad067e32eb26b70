package conn

import (
	"strconv"
	"time"

	"github.com/tether-sse/tether/server/catalog"
)

var _ Source = (*relaySource)(nil)

// relaySource is a follower's source: the leader's stream as relayed over
// the tabs' channel. It opens when the leader says its stream is open, and
// its hello carries the leader's heartbeat (so the watchdog hears a frozen
// leader) and no disconnect token (the stream is not this tab's to end).
type relaySource struct {
	on    SourceEvents
	post  func(TabMessage) error
	fault func(error) // records a failed post made after the lock

	// Owned by the Manager, under its lock.
	open   bool
	closed bool
	term   Term // the leadership it follows; its joins carry it
	last   LeaderStatus
}

func (r *relaySource) ReadyState() ReadyState {
	switch {
	case r.closed:
		return ReadyClosed
	case r.open:
		return ReadyOpen
	}
	return ReadyConnecting
}

func (r *relaySource) Listen(name string) error {
	return r.post(TabMessage{Kind: TabJoin, Names: []string{name}, Term: r.term})
}

// Unlisten keeps the leader listening: other tabs may want the name too.
func (r *relaySource) Unlisten(string) error { return nil }

func (r *relaySource) Close() error {
	r.closed = true
	return nil
}

// status takes the status of the leader in term t, a term the machine
// obeys, and returns what it means for this source, as calls for after
// the lock: open, a hello, or a lost stream. A term higher than the one
// its last join carried is a leader that may not have heard that join
// (it did not lead yet): it joins again. The hello of a tab that has no
// last id yet carries the leader's.
func (r *relaySource) status(t Term, s LeaderStatus, join TabMessage) (calls []func()) {
	if r.closed || t.Less(r.term) {
		return nil
	}
	if r.term.Less(t) {
		join.Term = t
		calls = append(calls, func() { r.fault(r.post(join)) })
		r.term = t
	}
	was := r.last
	r.last = s
	adopt := join.LastID == "" && s.Position != ""
	switch {
	case s.Open && !r.open:
		r.open = true
		calls = append(calls, r.on.Open, r.hello(s, adopt))
	case s.Open && (s.Heartbeat != was.Heartbeat || s.Retry != was.Retry || adopt):
		calls = append(calls, r.hello(s, adopt))
	case !s.Open && r.open:
		r.open = false
		calls = append(calls, func() { r.on.Error(ReadyConnecting) })
	}
	return calls
}

// hello is the hello this source's stream would have opened with.
func (r *relaySource) hello(s LeaderStatus, adopt bool) func() {
	ms := func(d time.Duration) string { return strconv.FormatInt(d.Milliseconds(), 10) }
	msg := Message{Name: eventHello,
		Data: `{"` + catalog.HelloKeyRetryMs + `":` + ms(s.Retry) + `,"` + catalog.HelloKeyHeartbeatMs + `":` + ms(s.Heartbeat) + `}`}
	if adopt {
		msg.ID = s.Position
	}
	return func() { r.on.Message(msg) }
}
