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

// Term is one leadership. Its number grows with every election or steal:
// a tab that is granted the lock leads in the highest term it has heard
// plus one. The leading tab's id breaks a tie between two tabs that took
// the lock at once. A tab obeys only the highest term it has heard, so a
// leader frozen with its lock (iOS), still answering the channel when it
// wakes, is not heard once another tab has taken the lock.
type Term struct {
	N   uint64
	Tab string // the tab that leads in it
}

// Less orders terms: by number, then by tab.
func (t Term) Less(u Term) bool { return t.N < u.N || t.N == u.N && t.Tab < u.Tab }

func (t Term) String() string { return strconv.FormatUint(t.N, 10) + "/" + t.Tab }

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
	TabEvent  TabKind = iota // Msg, LastID: an event of the leader's stream, and the id before it
	TabStatus                // Status: the leader's status
	TabJoin                  // LastID, Names: a follower's position and the events it listens to
	TabLogin                 // log in every tab
	TabLogout                // log out every tab
)

// TabMessage is one message between tabs of one stream URL.
type TabMessage struct {
	Kind TabKind
	From string // the sending tab, set by the Tabs port
	To   string // the one tab it is for (the port drops it elsewhere); empty: every tab
	// Term is the sender's leadership for an event or a status, and the
	// highest term the sender has heard for a join.
	Term   Term
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
	// ID is this tab's name on the channel (TabMessage.From), unique in
	// the browser.
	ID() string
	// Campaign gets in line for leadership, or takes it from the leader
	// at once when steal is set. The answer comes to TabEvents.Role.
	Campaign(steal bool)
	// Confirm asks whether this tab still holds the lock, and answers on
	// TabEvents.Role: Leader if it does, Follower if not. A tab frozen
	// while another stole its lock hears the steal and this answer only
	// when it thaws, so a leader asks before each stream it opens after
	// the first.
	Confirm()
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

// elect reports whether the machine may connect now; if not, it waits in
// Electing for the port's answer: it has got in line for leadership, or,
// leading, asked whether the lock is still its own. A leader asks before
// every stream after the first of its term, because a tab frozen while
// another stole its lock learns of the steal only when it thaws, and may
// run its overdue timers before that.
func (m *machine) elect() bool {
	switch {
	case m.role == Leader && !m.confirmed:
		m.emit(Effect{Kind: Confirm})
	case m.role != noRole:
		return true
	case !m.campaigning:
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

// roleIs takes the port's answer: an election's, a steal's, or a
// confirmation's.
func (m *machine) roleIs(r Role, now time.Time) {
	if m.role == Solo || (r != Leader && r != Follower) {
		return
	}
	if !m.campaigning || !m.phase.wantsConnection() {
		m.emit(Effect{Kind: Resign}) // an answer to a request withdrawn since
		return
	}
	if r == m.role {
		if r == Leader && m.phase == Electing { // confirmed: the lock is still this tab's
			m.confirmed = true
			m.connect(now)
		}
		return
	}
	m.role = r
	m.leaderHidden = false
	if r == Leader {
		m.term = Term{N: m.term.N + 1, Tab: m.cfg.self}
		m.confirmed = true
	} else {
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

// heard takes the term a tab's message carries and reports whether to
// obey it. A lower term than one heard before is a deposed leader's (or
// a join from a tab that has not heard the new one yet). A higher one is
// obeyed from now on, and a leader that hears it stands down.
func (m *machine) heard(t Term, now time.Time) bool {
	if t.Less(m.term) {
		return false
	}
	if m.term.Less(t) {
		m.term = t
		if m.role == Leader {
			m.standDown(now)
		}
	}
	return true
}

// standDown: another tab leads in a higher term, so this tab's lock was
// stolen while it was frozen (or two tabs took it at once). It follows at
// once and opens no stream of its own; it gives back a lock it may still
// hold and gets in line again, so the line never waits behind a follower.
func (m *machine) standDown(now time.Time) {
	m.stats.StoodDown++
	m.role, m.followed, m.leaderHidden = Follower, false, false
	m.remote = make(map[string]bool)
	m.emit(Effect{Kind: Resign})
	m.emit(Effect{Kind: Campaign})
	m.attempt = 0
	m.dial(now)
}

// announce tells the other tabs how the leader stands.
func (m *machine) announce(gap string) {
	if m.role != Leader {
		return
	}
	m.emit(Effect{Kind: Announce, Term: m.term, Leader: LeaderStatus{
		Open: m.phase == Open, Heartbeat: m.heartbeat, Retry: m.floor, Hidden: m.hidden, Position: m.lastID, Gap: gap}})
}

// join serves the follower from: it listens to the follower's events from
// now on and hands it (only it) what it missed, or says it cannot. A join
// from a tab that has heard a higher term deposes this leader; one that
// has not heard this leader's term yet is served (the answer carries it).
func (m *machine) join(in Input, now time.Time) {
	m.heard(in.Term, now)
	if m.role != Leader {
		return
	}
	m.followed = true
	for _, name := range in.Names {
		if m.names[name] || m.remote[name] || slices.Contains(internalNames, name) {
			continue
		}
		m.remote[name] = true
		if m.phase.hasSource() {
			m.emit(Effect{Kind: Listen, Name: name})
		}
	}
	gap := ""
	if in.LastID != "" && in.LastID != m.lastID {
		if missed, ok := m.recent.after(in.LastID); ok {
			before := in.LastID
			for _, msg := range missed {
				if msg.Name != eventHello && msg.ID != before { // a hello is a position, not an event
					m.emit(Effect{Kind: Relay, Msg: msg, To: in.From, Term: m.term, LastID: before})
				}
				before = msg.ID
			}
		} else {
			gap = in.LastID
		}
	}
	m.announce(gap)
}

// leaderSaid takes the leader's status. A follower the leader cannot
// serve takes over and resumes from the origin.
func (m *machine) leaderSaid(s LeaderStatus, t Term, now time.Time) {
	if !m.heard(t, now) || m.role != Follower {
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

// relayed takes an event the leader relayed, if it comes from the term
// this tab obeys and this tab follows. An event that does not follow this
// tab's last id (in.LastID is the one before it in the leader's stream)
// means the tab missed some: it asks the leader again for what follows
// its last id, once per position, and takes this event from the answer,
// so a tab's events stay whole and in order.
func (m *machine) relayed(in Input, now time.Time) {
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

// leaderAway reports whether the leader has been in the background past
// the threshold, where iOS may have frozen it.
func (m *machine) leaderAway(now time.Time) bool {
	return m.role == Follower && m.leaderHidden && (m.cfg.threshold < 0 || now.Sub(m.leaderHiddenAt) > m.cfg.threshold)
}

func (m *machine) steal() {
	m.stats.Steals++
	m.emit(Effect{Kind: Campaign, Steal: true})
}

// relay hands an event of the leader's stream to the other tabs. An event
// without an id of its own goes without one: the follower must not take
// EventSource's lastEventId for an id it already has.
// before is the id that came before it (in the leader's stream).
func (m *machine) relay(msg Message, own bool, before string) {
	// Every follower joins the leader it hears, and a late one is brought
	// up to date from m.recent: until one joins, relaying costs a
	// postMessage per event for no one.
	if m.role == Leader && m.followed {
		msg.Raw, msg.Instance = nil, 0
		if !own {
			msg.ID, before = "", ""
		}
		m.emit(Effect{Kind: Relay, Msg: msg, Term: m.term, LastID: before})
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
	term   Term // the leadership it follows; its joins carry it
	last   LeaderStatus
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

func (r *relaySource) Listen(name string) {
	r.post(TabMessage{Kind: TabJoin, Names: []string{name}, Term: r.term})
}

// Unlisten keeps the leader listening: other tabs may want the name too.
func (r *relaySource) Unlisten(string) {}

func (r *relaySource) Close() { r.closed = true }

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
		calls = append(calls, func() { r.post(join) })
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
