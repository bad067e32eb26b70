package conn

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/tether-sse/tether/server/catalog"
)

// Role is a tab's part in the one stream its browser holds for a stream
// URL (sharing across tabs).
type Role int

// The roles. A shared machine has no role while it is out of the line
// for leadership or waiting for the election's answer.
const (
	Solo     Role = iota // holds its own stream: sharing is off or the browser cannot
	Leader               // holds the stream and relays it to the other tabs
	Follower             // receives the stream from the leader's relay
	noRole
)

func (r Role) String() string {
	switch r {
	case Solo:
		return "solo"
	case Leader:
		return "leader"
	case Follower, noRole: // no role yet: this tab holds no stream
		return "follower"
	}
	return fmt.Sprintf("Role(%d)", int(r))
}

// ParseRole reads a role's name, as String writes it; anything else is Solo.
func ParseRole(name string) Role {
	for _, r := range []Role{Leader, Follower} {
		if r.String() == name {
			return r
		}
	}
	return Solo
}

// LeaderStatus is what the leader tells the other tabs of itself.
type LeaderStatus struct {
	Open      bool          // its stream is open
	Heartbeat time.Duration // the origin's heartbeat period; 0: none promised
	Retry     time.Duration // the origin's retry:
	Hidden    bool          // its page is in the background
	Position  string        // the last id it got: where a follower that has none stands
	Gap       string        // a follower's last id the leader cannot serve (it must take over)
}

func (s LeaderStatus) String() string {
	out := "closed"
	if s.Open {
		out = "open"
	}
	if s.Hidden {
		out += " hidden"
	}
	if s.Gap != "" {
		out += " gap " + s.Gap
	}
	return out
}

// TabKind names what tabs tell each other.
type TabKind int

// The tab messages.
const (
	TabEvent  TabKind = iota // Msg: an event of the leader's stream
	TabStatus                // Status: the leader's status
	TabJoin                  // LastID, Names: a follower's position and the events it listens to
	TabLogin                 // log in every tab
	TabLogout                // log out every tab
)

// TabMessage is one message between tabs of one stream URL.
type TabMessage struct {
	Kind   TabKind
	From   string // the sending tab, set by the Tabs port
	To     string // the one tab it is for (the port drops it elsewhere); empty: every tab
	Msg    Message
	Status LeaderStatus
	LastID string
	Names  []string
}

// TabEvents are what a Tabs port reports; they may be called from any
// goroutine, never from inside a Tabs method.
type TabEvents struct {
	// Role is the election's answer: Leader when this tab holds the lock,
	// Follower when another does (first while in line, again when the
	// lock was stolen; the port then stays in line).
	Role func(Role)
	// Message is a message from another tab, for every tab or this one.
	Message func(TabMessage)
}

// Tabs is the browser's other tabs of the same stream URL: a lock that
// elects one leader (Web Locks) and a channel between the tabs
// (BroadcastChannel).
type Tabs interface {
	// Bind starts taking part under key (the stream URL) and opens the
	// channel. Called once, before any other method.
	Bind(key string, on TabEvents)
	// Campaign gets in line for leadership, or takes it from the leader
	// at once when steal is set. The answer comes to TabEvents.Role.
	Campaign(steal bool)
	// Resign gives leadership up, or leaves the line.
	Resign()
	// Post sends m to the other tabs.
	Post(m TabMessage)
	// Detach closes the channel and Attach opens it again: an open
	// BroadcastChannel keeps a page out of the back/forward cache.
	Detach()
	Attach()
}

// recentEvents keeps the last events that carried an id, so that a leader
// can give a follower what it missed (it was frozen, or had just joined).
// A hello stands in it for the position its stream started at.
type recentEvents struct {
	list  []Message
	bytes int
}

// The bounds of recentEvents.
const (
	recentMax      = 256
	recentMaxBytes = 1 << 20
)

func (r *recentEvents) add(msg Message) {
	msg.Raw, msg.Instance = nil, 0
	r.list = append(r.list, msg)
	r.bytes += len(msg.Data)
	for len(r.list) > recentMax || r.bytes > recentMaxBytes {
		r.bytes -= len(r.list[0].Data)
		r.list = slices.Delete(r.list, 0, 1)
	}
}

// after is what followed id, or false if id is not kept.
func (r *recentEvents) after(id string) ([]Message, bool) {
	for i := len(r.list) - 1; i >= 0; i-- {
		if r.list[i].ID == id {
			return r.list[i+1:], true
		}
	}
	return nil, false
}

// The machine's part in sharing: who holds the stream is lifecycle
// policy, so it is decided here, beside the rest of it.

// connect creates the source once the machine knows its role: a
// follower's source is the leader's relay and needs no token.
func (m *machine) connect(now time.Time) {
	if m.cfg.tokens && m.role != Follower {
		m.enter(Authorizing)
		m.emit(Effect{Kind: FetchToken, Gen: m.gen})
		return
	}
	m.createSource(now)
}

// elect reports whether the machine may connect now; if not, it has got
// in line for leadership and waits for the answer in Electing.
func (m *machine) elect() bool {
	if m.role != noRole {
		return true
	}
	if !m.campaigning {
		m.campaigning = true
		m.emit(Effect{Kind: Campaign})
	}
	m.enter(Electing)
	return false
}

// resign leaves the line for leadership as the tab stops wanting a stream;
// a leader first tells the others its stream is gone.
func (m *machine) resign() {
	if !m.campaigning {
		return
	}
	m.campaigning, m.role = false, noRole
	m.emit(Effect{Kind: Resign})
}

// roleIs takes the election's answer.
func (m *machine) roleIs(r Role, now time.Time) {
	if m.role == Solo || (r != Leader && r != Follower) {
		return
	}
	if !m.campaigning || !m.phase.wantsConnection() {
		m.emit(Effect{Kind: Resign}) // an answer to a request withdrawn since
		return
	}
	if r == m.role {
		return
	}
	m.role = r
	m.leaderHidden = false
	if r != Leader {
		m.remote = make(map[string]bool) // the new leader's followers will tell it
		m.followed = false
	}
	if m.phase == Electing {
		m.connect(now)
	} else {
		m.attempt = 0
		m.dial(now) // a new leader connects; a deposed one follows
	}
	if r == Leader {
		m.announce("")
	}
}

// announce tells the other tabs how the leader stands.
func (m *machine) announce(gap string) {
	if m.role != Leader {
		return
	}
	m.emit(Effect{Kind: Announce, Leader: LeaderStatus{
		Open: m.phase == Open, Heartbeat: m.heartbeat, Retry: m.floor, Hidden: m.hidden, Position: m.lastID, Gap: gap}})
}

// join serves the follower from: it listens to the follower's events from
// now on and hands it (only it) what it missed, or says it cannot.
func (m *machine) join(from, lastID string, names []string) {
	if m.role != Leader {
		return
	}
	m.followed = true
	for _, name := range names {
		if m.names[name] || m.remote[name] || slices.Contains(internalNames, name) {
			continue
		}
		m.remote[name] = true
		if m.phase.hasSource() {
			m.emit(Effect{Kind: Listen, Name: name})
		}
	}
	gap := ""
	if lastID != "" && lastID != m.lastID {
		if missed, ok := m.recent.after(lastID); ok {
			for _, msg := range missed {
				if msg.Name != eventHello { // a position, not an event
					m.emit(Effect{Kind: Relay, Msg: msg, To: from})
				}
			}
		} else {
			gap = lastID
		}
	}
	m.announce(gap)
}

// leaderSaid takes the leader's status. A follower the leader cannot
// serve takes over and resumes from the origin.
func (m *machine) leaderSaid(s LeaderStatus, now time.Time) {
	if m.role != Follower {
		return
	}
	if s.Hidden && !m.leaderHidden {
		m.leaderHiddenAt = now
	}
	m.leaderHidden = s.Hidden
	// A tab that has had the leader's last id stands ahead of it: the
	// leader's resume brings what lies between (and the repeats are
	// dropped). Only a tab behind takes over, so two tabs never take the
	// stream from each other in turn.
	ahead := s.Position != "" && (s.Position == m.lastID || m.seen.has(s.Position))
	if s.Gap != "" && s.Gap == m.lastID && !ahead {
		m.steal()
	}
}

// leaderAway reports whether the leader has been in the background past
// the threshold, where iOS may have frozen it.
func (m *machine) leaderAway(now time.Time) bool {
	return m.role == Follower && m.leaderHidden && (m.cfg.threshold < 0 || now.Sub(m.leaderHiddenAt) > m.cfg.threshold)
}

func (m *machine) steal() {
	m.stats.Steals++
	m.emit(Effect{Kind: Campaign, Steal: true})
}

// relay hands an event of the leader's stream to the other tabs.
func (m *machine) relay(msg Message) {
	// Every follower joins the leader it hears, and a late one is brought
	// up to date from m.recent: until one joins, relaying costs a
	// postMessage per event for no one.
	if m.role == Leader && m.followed {
		msg.Raw, msg.Instance = nil, 0
		m.emit(Effect{Kind: Relay, Msg: msg})
	}
}

// relaySource is a follower's source: the leader's stream as relayed over
// the tabs' channel. It opens when the leader says its stream is open, and
// its hello carries the leader's heartbeat (so the watchdog hears a frozen
// leader) and no disconnect token (the stream is not this tab's to end).
type relaySource struct {
	on   SourceEvents
	post func(TabMessage)

	// Owned by the Manager, under its lock.
	open   bool
	closed bool
	leader string
	status LeaderStatus
}

var _ Source = (*relaySource)(nil)

func (r *relaySource) ReadyState() ReadyState {
	switch {
	case r.closed:
		return ReadyClosed
	case r.open:
		return ReadyOpen
	}
	return ReadyConnecting
}

func (r *relaySource) Listen(name string) { r.post(TabMessage{Kind: TabJoin, Names: []string{name}}) }

// Unlisten keeps the leader listening: other tabs may want the name too.
func (r *relaySource) Unlisten(string) {}

func (r *relaySource) Close() { r.closed = true }

// heard takes the leader's status and returns what it means for this
// source, as calls for after the lock: open, a hello, or a lost stream.
// A status from a leader other than the one that answered this source's
// join asks to join it. The
// hello of a tab that has no last id yet carries the leader's.
func (r *relaySource) heard(from string, s LeaderStatus, join TabMessage) (calls []func()) {
	if r.closed {
		return nil
	}
	if from != r.leader {
		if r.leader != "" { // the first status answers this source's own join
			calls = append(calls, func() { r.post(join) })
		}
		r.leader = from
	}
	was := r.status
	r.status = s
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
