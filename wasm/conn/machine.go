package conn

import (
	"fmt"
	"slices"
	"time"
)

// machineConfig is what the machine needs of Config, resolved.
type machineConfig struct {
	url        func(lastID, token string) string // the stream URL resuming after lastID, with the access token
	tokens     bool                              // a token source exists: fetch a token before each source
	beaconURL  string
	threshold  time.Duration // < 0: always reconnect on return
	minBackoff time.Duration
	maxBackoff time.Duration
	canProbe   bool   // an Env exists to probe with
	shared     bool   // tabs share one stream: elect a leader before connecting
	self       string // this tab's id among the tabs (Tabs.ID)
	rand       func() float64
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
	lastSeen   time.Time
	hidden     bool // visibility is a fact of the page, not a phase
	hiddenAt   time.Time
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
	leaderHiddenAt time.Time
	stealSlack     time.Duration // this tab's share of a second more before it steals
	recent         recentEvents

	out []Effect
}

func newMachine(cfg machineConfig, loggedIn bool) *machine {
	m := &machine{cfg: cfg, phase: LoggedOut, names: make(map[string]bool), remote: make(map[string]bool), seen: newIDSet(idMemory)}
	if cfg.shared {
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

// step applies in at now and returns the effects, in order.
func (m *machine) step(in Input, now time.Time) []Effect {
	m.out = nil
	switch in.Kind {
	case InStart:
		if m.phase == Idle {
			m.dial(now)
		}
	case InOpen:
		if m.current(in) && (m.phase == Dialing || m.phase == Retrying) {
			m.attempt, m.opened, m.prevID, m.lastSeen, m.refreshed = 0, true, "", now, false
			m.enter(Open)
		}
	case InMessage:
		if m.current(in) && m.phase.hasSource() {
			m.message(in.Msg, now, false)
		}
	case InRelayed:
		m.relayed(in, now)
	case InError:
		if m.current(in) && m.phase.hasSource() {
			m.sourceError(in.ReadyState)
		}
	case InDialFailed:
		if m.current(in) && m.phase == Dialing {
			m.fail(in.Err)
		}
	case InProbe:
		if m.current(in) && m.phase == Probing {
			m.probed(in.Status, now)
		}
	case InToken:
		if m.current(in) && m.phase == Authorizing {
			if in.Err != "" {
				m.tokenFails++
				if m.tokenFails < 2 { // once more, after a backoff: it may have been the network
					m.stats.LastError = "token: " + in.Err
					m.backOff()
					return m.out
				}
				// The token option failed twice running: the user is not
				// signed in as far as the page can tell. An auth error, not
				// an endless Reconnecting.
				m.tokenFails = 0
				m.fail(fmt.Sprintf("%v: the token option failed twice: %s", ErrAuthFailed, in.Err))
				m.emit(Effect{Kind: NotifyAuth, Status: 0})
				return m.out
			}
			m.tokenFails = 0
			m.access = in.Token
			m.createSource(now)
		}
	case InRole:
		m.roleIs(in.Role, now)
	case InJoin:
		m.join(in, now)
	case InLeader:
		m.leaderSaid(in.Leader, in.Term, now)
	case InTimer:
		if m.current(in) && m.armed[in.Timer] {
			m.armed[in.Timer] = false
			m.timer(in.Timer, now)
		}
	case InListen:
		m.names[in.Name] = true
		if m.phase.hasSource() {
			m.emit(Effect{Kind: Listen, Name: in.Name})
		}
	case InUnlisten:
		delete(m.names, in.Name)
		if m.phase.hasSource() && !slices.Contains(internalNames, in.Name) && !m.remote[in.Name] {
			m.emit(Effect{Kind: Unlisten, Name: in.Name})
		}
	case InLogin:
		switch m.phase {
		case Idle, LoggedOut, Closed, Failed, Probing, BackingOff, Authorizing, Electing:
			m.attempt, m.refreshed = 0, false
			m.dial(now)
		}
		m.share(in)
	case InLogout:
		m.opened = false
		m.dropSource()
		m.lastID, m.prevID, m.seen = "", "", newIDSet(idMemory)
		m.enter(LoggedOut)
		m.share(in)
	case InClose:
		if m.phase != LoggedOut && m.phase != Closed {
			m.dropSource()
			m.enter(Closed)
		}
	case InReconnect:
		if m.phase != LoggedOut && m.phase != Suspended {
			m.attempt, m.refreshed = 0, false
			m.dial(now)
		}
	case InHidden:
		m.hidden, m.hiddenAt = true, now
		m.announce("")
	case InVisible:
		wasHidden := m.hidden
		m.hidden = false
		m.announce("")
		if m.phase.wantsConnection() && m.leaderAway(now) {
			m.steal()
		}
		switch {
		case !m.phase.wantsConnection():
		case !m.phase.hasSource() || in.SourceClosed:
			m.attempt = 0
			m.dial(now)
		case wasHidden && (m.cfg.threshold < 0 || now.Sub(m.hiddenAt) > m.cfg.threshold):
			m.dial(now)
		}
	case InOnline:
		if m.phase.wantsConnection() {
			m.attempt = 0
			m.dial(now)
		}
	case InPageHide:
		if m.phase.wantsConnection() {
			if m.token != "" && m.cfg.beaconURL != "" {
				m.stats.Beacons++
				m.emit(Effect{Kind: Beacon, URL: m.cfg.beaconURL, Body: m.token})
			}
			m.dropSource()
			m.enter(Suspended)
		}
	case InPageShow:
		if m.phase == Suspended {
			m.attempt = 0
			m.dial(now)
		}
	}
	return m.out
}

// refusal is why Reconnect cannot run in the current phase, or nil.
func (m *machine) refusal() error {
	switch m.phase {
	case LoggedOut:
		return ErrLoggedOut
	case Suspended:
		return ErrPageLeft
	}
	return nil
}

func (m *machine) current(in Input) bool { return in.Gen == m.gen }

// share tells the other tabs to log in or out too.
func (m *machine) share(in Input) {
	if m.cfg.shared && !in.Remote {
		m.emit(Effect{Kind: Share, Then: in.Kind})
	}
}

func (m *machine) emit(e Effect) { m.out = append(m.out, e) }

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
func (m *machine) dial(now time.Time) {
	m.dropSource()
	if m.cfg.shared && !m.elect() {
		return
	}
	m.connect(now)
}

// createSource makes the new source. The instance number moves the moment
// it exists.
func (m *machine) createSource(now time.Time) {
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

// dropSource closes the source, if any, stops the timers and moves to a
// new generation: late inputs of the old source are ignored.
func (m *machine) dropSource() {
	for k, on := range m.armed {
		if on {
			m.armed[k] = false
			m.emit(Effect{Kind: Stop, Timer: TimerKind(k)})
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
		m.emit(Effect{Kind: Stop, Timer: k})
	}
	m.armed[k] = true
	m.emit(Effect{Kind: Arm, Timer: k, After: after, Gen: m.gen})
}

func (m *machine) fail(reason string) {
	m.stats.LastError = reason
	m.dropSource()
	m.enter(Failed)
}

// message takes an event of the current source; relayed says it came
// over the tabs' channel from the leader.
func (m *machine) message(msg Message, now time.Time, relayed bool) {
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
	// came before it.
	own := msg.ID != "" && (relayed || msg.ID != m.prevID)
	if relayed && msg.ID == "" {
		msg.ID = m.lastID // what EventSource's lastEventId would say
	}
	before := m.lastID
	if own {
		if m.seen.has(msg.ID) {
			m.stats.Duplicates++
			m.prevID = msg.ID
			return
		}
		m.seen.add(msg.ID)
		m.lastID = msg.ID
		m.stats.LastEventID = msg.ID
	}
	m.prevID = msg.ID
	m.stats.Events++
	m.stats.LastEventAt = now
	if own && m.cfg.shared {
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
func (m *machine) hello(msg Message, now time.Time) {
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
		if m.cfg.shared {
			m.recent.add(Message{Name: eventHello, ID: msg.ID})
		}
	}
	m.armWatchdog(now)
	m.announce("")
}

func (m *machine) sourceError(rs ReadyState) {
	if rs != ReadyClosed {
		// EventSource retries by itself, sending Last-Event-ID.
		m.stats.NativeRetries++
		m.enter(Retrying)
		return
	}
	// EventSource gave up (an HTTP error status, a wrong type, CORS) and
	// hides why: ask the URL for its status before deciding.
	m.dropSource()
	if !m.cfg.canProbe {
		m.backOff()
		return
	}
	m.enter(Probing)
	m.emit(Effect{Kind: Probe, URL: m.cfg.url(m.lastID, m.access), Gen: m.gen})
}

func (m *machine) probed(status int, now time.Time) {
	where := m.cfg.url(m.lastID, "") // the URL tried, never its access token
	switch {
	case (status == 401 || status == 403) && m.cfg.tokens && m.role != Follower && !m.refreshed:
		m.refreshed = true // the token may have expired: one fresh one before giving up
		m.dial(now)
	case status == 401 || status == 403:
		m.fail(fmt.Sprintf("%v: HTTP %d from %s", ErrAuthFailed, status, where))
		m.emit(Effect{Kind: NotifyAuth, Status: status})
	case status >= 400 && status < 500 && status != 408 && status != 429:
		m.fail(fmt.Sprintf("conn: the origin rejects the stream request: HTTP %d from %s", status, where))
	default:
		if status == 0 {
			m.stats.LastError = "network error reaching " + where
		} else {
			m.stats.LastError = fmt.Sprintf("HTTP %d from %s", status, where)
		}
		m.backOff()
	}
}

func (m *machine) backOff() {
	d := Backoff(m.attempt, max(m.cfg.minBackoff, m.floor), m.cfg.maxBackoff, m.cfg.rand())
	m.attempt++
	m.stats.Retries++
	m.enter(BackingOff)
	m.arm(RetryTimer, d)
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
func (m *machine) armWatchdog(now time.Time) {
	if m.heartbeat <= 0 {
		if m.armed[WatchdogTimer] {
			m.armed[WatchdogTimer] = false
			m.emit(Effect{Kind: Stop, Timer: WatchdogTimer})
		}
		return
	}
	m.arm(WatchdogTimer, m.lastSeen.Add(m.stallLimit()).Sub(now))
}

func (m *machine) timer(k TimerKind, now time.Time) {
	switch {
	case k == RetryTimer && m.phase == BackingOff:
		m.dial(now)
	case k == WatchdogTimer && m.phase == Open && now.Sub(m.lastSeen) >= m.stallLimit() && m.role == Follower:
		// The leading tab went silent (iOS froze it, or it hangs): a
		// visible tab takes the stream over; a hidden one keeps waiting.
		m.stats.Stalls++
		m.stats.LastError = "stalled: the leading tab is silent"
		if !m.hidden {
			m.steal()
		}
		m.arm(WatchdogTimer, m.stallLimit())
	case k == WatchdogTimer && m.phase == Open && now.Sub(m.lastSeen) >= m.stallLimit():
		m.stats.Stalls++
		m.stats.LastError = "stalled: no heartbeat"
		m.dial(now)
	case k == WatchdogTimer && m.phase == Open:
		m.armWatchdog(now) // something arrived since: the limit moved
	case k == WatchdogTimer && m.phase.hasSource() && m.heartbeat > 0:
		m.arm(WatchdogTimer, m.stallLimit()) // not open yet: look again later
	}
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
