package conn

import (
	"slices"
	"time"
)

// machineConfig is what the machine needs of Config, resolved.
type machineConfig struct {
	url             func(lastID, token string) string // the stream URL resuming after lastID, with the access token
	tokens          bool                              // a token source exists: fetch a token before each source
	beaconURL       string
	threshold       time.Duration // < 0: always reconnect on return
	minBackoff      time.Duration
	maxBackoff      time.Duration
	canProbe        bool   // an Env exists to probe with
	shareAcrossTabs bool   // the shareAcrossTabs option, where the browser can (Deps.Tabs): elect a leader before connecting
	self            string // this tab's id among the tabs (Tabs.ID)
	rand            func() float64
}

// machine decides. It holds no lock, calls no port and starts no
// goroutine: step takes an input and the time and returns effects.
type machine struct {
	cfg   machineConfig
	phase Phase
	state State // what the page was last told
	gen   uint64
	names map[string]bool // names with subscribers

	opened     bool   // a source opened since login: later dials show Reconnecting
	lastID     string // where the page stands in the stream
	prevID     string // id of the previous message of this source
	seen       idSet
	token      string        // the current stream's disconnect token
	access     string        // the access token of the current source
	refreshed  bool          // a 401/403 has fetched a fresh token since the last open
	tokenFails int           // token fetches that failed in a row
	floor      time.Duration // the origin's retry:
	heartbeat  time.Duration // the origin's heartbeat period; 0: none promised
	attempt    int
	lastSeen   Instant
	hidden     bool // visibility is a fact of the page, not a phase
	hiddenAt   Instant
	armed      [2]bool // by TimerKind
	stats      Stats

	// Sharing across tabs (tabs.go).
	role           Role
	campaigning    bool            // in line for leadership
	term           Term            // the highest leadership heard; this tab's own while it leads
	confirmed      bool            // leading, and the port said so since this tab's last stream
	asked          string          // the last id a follower asked the leader to continue from
	remote         map[string]bool // names the followers listen to (a leader's)
	followed       bool            // a follower has joined this leader: relay
	leaderHidden   bool            // the leader's page is in the background (a follower's view)
	leaderHiddenAt Instant
	stealSlack     time.Duration // this tab's share of a second more before it steals
	recent         recentEvents

	out   []Effect
	spare []Effect // the effects of a step the shell is done with (recycle)
}

func newMachine(cfg machineConfig, loggedIn bool) *machine {
	m := &machine{cfg: cfg, phase: LoggedOut, names: make(map[string]bool), remote: make(map[string]bool), seen: newIDSet(idMemory)}
	if cfg.shareAcrossTabs {
		m.role = noRole
		m.stealSlack = time.Duration(cfg.rand() * float64(time.Second))
	}
	if loggedIn {
		m.phase = Idle
	}
	return m
}

// idMemory is how many delivered ids the machine remembers to drop repeats.
const idMemory = 4096

func (m *machine) emit(e Effect) { m.out = append(m.out, e) }

// recycle takes back a step's effects once the shell is done with them:
// the next step appends to them instead of allocating (an event's one
// Deliver would else cost an allocation the size of an Effect). A step
// taken while the shell still holds them allocates its own.
func (m *machine) recycle(effects []Effect) {
	clear(effects)
	m.spare = effects[:0]
}

// enter moves to phase p and tells the page if the State it shows changed.
// A leader tells the other tabs when its stream opens or goes; a tab that
// stops wanting a stream leaves the line for leadership.
func (m *machine) enter(p Phase) {
	old := m.phase
	m.phase = p
	if s := m.shown(); s != m.state {
		m.state = s
		m.emit(Effect{Kind: NotifyState, State: s})
	}
	if (old == Open) != (p == Open) {
		m.announce("")
	}
	if !p.wantsConnection() {
		m.resign()
	}
}

// shown is the State the page shows in the current phase.
func (m *machine) shown() State {
	switch m.phase {
	case Failed:
		return Error
	case Dialing:
		if m.opened {
			return Reconnecting
		}
		return Connecting
	case Open:
		return Connected
	case Retrying, Probing, BackingOff:
		return Reconnecting
	case Authorizing, Electing:
		if m.opened {
			return Reconnecting
		}
		return Connecting
	}
	return Disconnected
}

// dial replaces the source with a new one that resumes from the last id,
// once the tab knows its role when tabs share, and after fetching a fresh
// token when a token source is set.
func (m *machine) dial(now Instant) {
	m.dropSource()
	if m.cfg.shareAcrossTabs && !m.elect() {
		return
	}
	m.connect(now)
}

// createSource makes the new source. The instance number moves the moment
// it exists.
func (m *machine) createSource(now Instant) {
	m.emit(Effect{Kind: Dial, URL: m.cfg.url(m.lastID, m.access), Names: m.sourceNames(), Gen: m.gen, Relay: m.role == Follower, LastID: m.lastID, Term: m.term})
	if m.role == Leader {
		m.confirmed = false // the next stream asks again
	}
	m.stats.Instance++
	m.lastSeen, m.prevID = now, "" // a new source has no last id of its own yet
	m.enter(Dialing)
	m.emit(Effect{Kind: NotifyInstance, Instance: m.stats.Instance})
	m.armWatchdog(now)
}

// dropSource closes the source, if any, stops the timers and moves to a
// new generation: late inputs of the old source are ignored.
func (m *machine) dropSource() {
	for k, on := range m.armed {
		if on {
			m.armed[k] = false
			m.emit(Effect{Kind: Disarm, Timer: TimerKind(k)})
		}
	}
	if m.phase.hasSource() {
		m.emit(Effect{Kind: CloseSource})
	}
	m.gen++
	m.token = ""
}

func (m *machine) arm(k TimerKind, after time.Duration) {
	if m.armed[k] {
		m.emit(Effect{Kind: Disarm, Timer: k})
	}
	m.armed[k] = true
	m.emit(Effect{Kind: Arm, Timer: k, After: after, Gen: m.gen})
}

func (m *machine) fail(reason string) {
	m.stats.LastError = reason
	m.dropSource()
	m.enter(Failed)
}

// connect creates the source once the machine knows its role: a
// follower's source is the leader's relay and needs no token.
func (m *machine) connect(now Instant) {
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

// announce tells the other tabs how the leader stands.
func (m *machine) announce(gap string) {
	if m.role != Leader {
		return
	}
	m.emit(Effect{Kind: Announce, Term: m.term, Leader: LeaderStatus{
		Open: m.phase == Open, Heartbeat: m.heartbeat, Retry: m.floor, Hidden: m.hidden, Position: m.lastID, Gap: gap}})
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

// stallLimit is how long an open stream may say nothing while heartbeats
// are promised: two of them and a second. A follower waits a second more,
// so that a leader that notices its own stall first is not robbed, and a
// random share of another second drawn once per tab, so that two visible
// followers seldom steal at the same moment: the first one's new term
// reaches the other before its own limit passes.
func (m *machine) stallLimit() time.Duration {
	if m.role == Follower {
		return 2*m.heartbeat + 2*time.Second + m.stealSlack
	}
	return 2*m.heartbeat + time.Second
}

// armWatchdog arms the watchdog for the moment the stall limit passes
// since the last thing heard: a socket that died silently keeps
// readyState OPEN (Safari).
func (m *machine) armWatchdog(now Instant) {
	if m.heartbeat <= 0 {
		if m.armed[WatchdogTimer] {
			m.armed[WatchdogTimer] = false
			m.emit(Effect{Kind: Disarm, Timer: WatchdogTimer})
		}
		return
	}
	m.arm(WatchdogTimer, m.lastSeen.Add(m.stallLimit()).Sub(now))
}

// sourceNames are the names a new source listens to: the runtime's own,
// its subscribers', and a leader's followers'.
func (m *machine) sourceNames() []string {
	names := slices.Clone(internalNames)
	for _, set := range []map[string]bool{m.names, m.remote} {
		for name := range set {
			if !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
	}
	return names
}
