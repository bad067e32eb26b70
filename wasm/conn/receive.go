package conn

import (
	"slices"
	"time"
)

// What the machine makes of the events of its source: ids, duplicates,
// the hello, and the names a source listens to.

// message takes an event of the current source; relayed says it came
// over the tabs' channel from the leader.
func (m *machine) message(msg Message, now Instant, relayed bool) {
	m.lastSeen = now
	switch msg.Name {
	case eventHello:
		m.hello(msg, now)
		return
	case eventHeartbeat:
		m.relay(msg, false, "")
		return
	}
	// A native EventSource reports the last id even for an event that
	// had none, so there an id equal to the previous message's is not a
	// duplicate (a dropped duplicate moved EventSource's last id too). A
	// relayed event carries its own id or none, and is checked whatever
	// came before it; it is no message of the source, so it leaves the
	// source's previous id as it was (a leader that stood down on a
	// relayed event would else take the source's repeat of that id for an
	// event without one).
	own := msg.ID != "" && (relayed || msg.ID != m.prevID)
	if relayed && msg.ID == "" {
		msg.ID = m.lastID // what EventSource's lastEventId would say
	}
	before := m.lastID
	if own {
		if m.seen.has(msg.ID) {
			m.stats.Duplicates++
			if !relayed {
				m.prevID = msg.ID
			}
			return
		}
		m.seen.add(msg.ID)
		m.lastID = msg.ID
		m.stats.LastEventID = msg.ID
	}
	if !relayed {
		m.prevID = msg.ID
	}
	m.stats.Events++
	m.stats.LastEventAt = now
	if own && m.cfg.shareAcrossTabs {
		m.recent.add(msg)
	}
	m.relay(msg, own, before)
	msg.Instance = m.stats.Instance
	m.emit(Effect{Kind: Deliver, Msg: msg})
	switch msg.Name {
	case eventReset:
		m.stats.Resets++
	case eventForceLogout:
		m.emit(Effect{Kind: Then, Then: InLogout}) // after its subscribers
	}
}

// hello reads the stream's hello: its disconnect token, retry and
// heartbeat, and where it stands (its id).
func (m *machine) hello(msg Message, now Instant) {
	h, ok := parseHello(msg.Data)
	if !ok {
		return
	}
	if m.role != Follower { // a follower's stream is the leader's to end
		m.token = h.Token
	}
	m.floor = time.Duration(h.RetryMs) * time.Millisecond
	m.heartbeat = time.Duration(h.HeartbeatMs) * time.Millisecond
	if msg.ID != "" {
		m.lastID = msg.ID
		m.prevID = msg.ID
		if m.cfg.shareAcrossTabs {
			m.recent.add(Message{Name: eventHello, ID: msg.ID})
		}
	}
	m.armWatchdog(now)
	m.announce("")
}

// listeners is how many event names the current source listens to.
func (m *machine) listeners() int {
	if !m.phase.hasSource() {
		return 0
	}
	n := len(internalNames)
	for name := range m.names {
		if !slices.Contains(internalNames, name) {
			n++
		}
	}
	for name := range m.remote {
		if !m.names[name] {
			n++
		}
	}
	return n
}

// relayed takes an event the leader relayed, if it comes from the term
// this tab obeys and this tab follows. An event that does not follow this
// tab's last id (in.LastID is the one before it in the leader's stream)
// means the tab missed some: it asks the leader again for what follows
// its last id, once per position, and takes this event from the answer,
// so a tab's events stay whole and in order.
func (m *machine) relayed(in Input, now Instant) {
	if !m.heard(in.Term, now) || m.role != Follower || !m.phase.hasSource() {
		return
	}
	gap := in.Msg.ID != "" && in.LastID != "" && m.lastID != "" && in.LastID != m.lastID && !m.seen.has(in.Msg.ID)
	if gap {
		if m.asked != m.lastID {
			m.asked = m.lastID
			m.emit(Effect{Kind: Rejoin, LastID: m.lastID, Names: m.sourceNames(), Term: m.term})
		}
		return
	}
	m.message(in.Msg, now, true)
}
