package conn

import (
	"fmt"
	"time"
)

// Phase is where the connection stands. It replaces the booleans the
// manager once kept (logged in, closed, suspended, connected, failed): a
// page is in exactly one phase, and the State it shows derives from it.
type Phase int

// The phases. Dialing, Open and Retrying hold a source; no other does.
const (
	Idle        Phase = iota // logged in, not started yet
	LoggedOut                // no user: waits for Login
	Closed                   // Close was called: waits for Reconnect or Login
	Suspended                // the page went into the back/forward cache: waits for PageShow
	Failed                   // the origin refused the stream (401/403/4xx): waits for Reconnect or Login
	Dialing                  // a source exists and has not opened
	Open                     // the source is open; events flow
	Retrying                 // the source lost its connection and EventSource retries by itself
	Probing                  // the source gave up; asking the stream URL for its status
	BackingOff               // waiting for the retry timer
	Authorizing              // waiting for a fresh token before a new source
	Electing                 // waiting to learn whether this tab leads or follows (sharing across tabs)
)

var phaseNames = [...]string{"Idle", "LoggedOut", "Closed", "Suspended", "Failed", "Dialing", "Open", "Retrying", "Probing", "BackingOff", "Authorizing", "Electing"}

func (p Phase) String() string {
	if p < 0 || int(p) >= len(phaseNames) {
		return fmt.Sprintf("Phase(%d)", int(p))
	}
	return phaseNames[p]
}

// hasSource reports whether a source exists in phase p.
func (p Phase) hasSource() bool { return p == Dialing || p == Open || p == Retrying }

// wantsConnection reports whether the page should be connected in phase p.
func (p Phase) wantsConnection() bool { return p == Idle || p >= Dialing }

// phases counts the phases.
const phases = Electing + 1

// InputKind names what happened.
type InputKind int

// The inputs. Source, probe and timer inputs carry the generation they
// belong to; one from an older generation is ignored.
const (
	InStart InputKind = iota
	InOpen
	InMessage
	InError      // ReadyState: what EventSource says after the error
	InDialFailed // Err: the source could not be created
	InProbe      // Status: what the stream URL answered (0: network)
	InTimer      // Timer: which one fired
	InListen     // Name: its first subscriber arrived
	InUnlisten   // Name: its last subscriber left
	InLogin
	InLogout
	InClose
	InReconnect
	InHidden
	InVisible // SourceClosed: the shell found the source CLOSED
	InOnline
	InPageHide
	InPageShow
	InToken   // Token, or Err: what the token source answered
	InRole    // Role: the election's answer (Follower also when the lock was stolen)
	InJoin    // From, LastID, Names, Term: a follower asks the leader for what it missed and listens to Names
	InLeader  // Leader, Term: what the leader says of itself
	InRelayed // Msg, Term, LastID: an event the leader relayed, and the id before it in the leader's stream
	InPanic   // Name: a handler of this event panicked (the shell isolated it)
	InFault   // Err: a call to a port failed; the shell went on without it
	inputKinds
)

var inputNames = [...]string{"Start", "Open", "Message", "Error", "DialFailed", "Probe", "Timer", "Listen", "Unlisten",
	"Login", "Logout", "Close", "Reconnect", "Hidden", "Visible", "Online", "PageHide", "PageShow", "Token",
	"Role", "Join", "Leader", "Relayed", "Panic", "Fault"}

func (k InputKind) String() string { return inputNames[k] }

// Input is one thing that happened, with what the machine needs to know of it.
type Input struct {
	Kind         InputKind
	Gen          uint64
	Msg          Message
	ReadyState   ReadyState
	Status       int
	Timer        TimerKind
	Name         string
	Token        string
	Err          string
	SourceClosed bool
	Remote       bool // Login, Logout: another tab did it; do not tell the others again
	Role         Role
	LastID       string
	Names        []string
	From         string // Join: the follower's tab
	Leader       LeaderStatus
	Term         Term // Join, Leader, Relayed: the leadership the message carries
}

// TimerKind names the machine's timers.
type TimerKind int

// The timers: the reconnect delay and the stall watchdog.
const (
	RetryTimer TimerKind = iota
	WatchdogTimer
)

func (k TimerKind) String() string { return [...]string{"retry", "watchdog"}[k] }

// EffectKind names what the shell must do.
type EffectKind int

// The effects. Dial, CloseSource, Listen, Unlisten, Arm and Disarm touch the
// source and timers: the shell runs them before it releases its lock, so
// the source the machine believes in is the one that exists. The others
// call out of the runtime and run after the lock is released, in order.
const (
	Dial           EffectKind = iota // URL, Names, Gen: create the source
	CloseSource                      // close the source
	Listen                           // Name: the source listens to it too
	Unlisten                         // Name
	Arm                              // Timer, After, Gen
	Disarm                           // Timer: stop it
	Probe                            // URL, Gen: ask the stream URL for its status
	Beacon                           // URL, Body: navigator.sendBeacon
	Deliver                          // Msg: to the event's subscribers
	NotifyState                      // State
	NotifyInstance                   // Instance
	NotifyAuth                       // Status
	Then                             // Input: feed it once the effects before it have run
	FetchToken                       // Gen: ask the token source for a fresh token
	Campaign                         // Steal: stand for leadership across tabs (or take it)
	Resign                           // give leadership up, or leave the line for it
	Relay                            // Msg: the leader hands an event to the other tabs
	Announce                         // Leader: the leader tells the other tabs how it stands
	Share                            // Then: tell the other tabs to log in or out too
	Confirm                          // ask the port whether this tab still holds the lock
	Rejoin                           // LastID, Names, Term: a follower asks the leader again for what follows LastID
	RelayStatus                      // Leader, Term, LastID, Names: a follower's relay source takes the leader's status
)

// Effect is one thing the shell must do.
type Effect struct {
	Kind     EffectKind
	URL      string
	Names    []string
	Name     string
	Gen      uint64
	Timer    TimerKind
	After    time.Duration
	Body     string
	Msg      Message
	State    State
	Instance int
	Status   int
	Then     InputKind
	Relay    bool   // Dial: a follower's source, fed by the leader's relay
	LastID   string // Dial: where the new source resumes; Relay: the id before Msg; Rejoin: the follower's last id
	To       string // Relay: the one tab it is for; empty: every tab
	Steal    bool
	Leader   LeaderStatus
	Term     Term // Relay, Announce: the leader's; Dial of a relay: the one its join carries; RelayStatus: the status's
}

// String is the effect in a test's words: "dial", "arm retry 1s", ...
func (e Effect) String() string {
	switch e.Kind {
	case Dial:
		if e.Relay {
			return "follow " + e.LastID
		}
		return "dial " + e.URL
	case CloseSource:
		return "close"
	case Listen, Unlisten:
		return [...]string{Listen: "listen", Unlisten: "unlisten"}[e.Kind] + " " + e.Name
	case Arm:
		return "arm " + e.Timer.String() + " " + e.After.String()
	case Disarm:
		return "stop " + e.Timer.String()
	case Probe:
		return "probe"
	case Beacon:
		return "beacon " + e.Body
	case Deliver:
		return "deliver " + e.Msg.Name + " " + e.Msg.ID
	case NotifyState:
		return "state " + e.State.String()
	case NotifyInstance:
		return fmt.Sprintf("instance %d", e.Instance)
	case NotifyAuth:
		return fmt.Sprintf("auth %d", e.Status)
	case Then:
		return "then " + e.Then.String()
	case FetchToken:
		return "fetch token"
	case Campaign:
		if e.Steal {
			return "steal"
		}
		return "campaign"
	case Resign:
		return "resign"
	case Relay:
		return "relay " + e.Msg.Name + " " + e.Msg.ID
	case Announce:
		return "announce " + e.Leader.String()
	case Share:
		return "share " + e.Then.String()
	case Confirm:
		return "confirm"
	case Rejoin:
		return "rejoin " + e.LastID
	case RelayStatus:
		return "relay status " + e.Leader.String()
	}
	return fmt.Sprintf("Effect(%d)", int(e.Kind))
}

// transitions are the phase changes the machine may make, by input. A
// pair not listed leaves the phase as it is. Checked by the tests; the
// same table is in doc.go.
// "new" stands for Dialing, or Authorizing when a token source is set;
// "fresh" adds Electing, where a tab that shares its stream across tabs
// gets back in the line for leadership, or, leading, asks whether the
// lock is still its own before a new stream. A leader that hears a higher
// term (a join, a status or a relayed event of another leader) stands
// down: it follows, so its new source is the relay (Dialing).
var transitions = map[InputKind]map[Phase][]Phase{
	InStart:      {Idle: fresh},
	InOpen:       {Dialing: {Open}, Retrying: {Open}},
	InMessage:    {Open: {Open}, Retrying: {Retrying}, Dialing: {Dialing}},
	InError:      {Dialing: {Retrying, Probing, BackingOff}, Open: {Retrying, Probing, BackingOff}, Retrying: {Retrying, Probing, BackingOff}},
	InDialFailed: {Dialing: {Failed}},
	InProbe:      {Probing: {Failed, BackingOff, Authorizing, Electing}}, // Authorizing: one fresh token after a 401/403
	InTimer:      {BackingOff: fresh, Open: fresh},
	InToken:      {Authorizing: {Dialing, BackingOff, Failed}}, // Failed: the token option failed twice running
	InRole:       {Electing: newSource, Dialing: newSource, Open: newSource, Retrying: newSource, Probing: newSource, BackingOff: newSource, Authorizing: {Dialing}},
	InLogin:      {Idle: fresh, LoggedOut: fresh, Closed: fresh, Failed: fresh, Probing: fresh, BackingOff: fresh, Authorizing: {Authorizing}, Electing: {Electing}},
	InLogout:     {Idle: {LoggedOut}, Closed: {LoggedOut}, Suspended: {LoggedOut}, Failed: {LoggedOut}, Dialing: {LoggedOut}, Open: {LoggedOut}, Retrying: {LoggedOut}, Probing: {LoggedOut}, BackingOff: {LoggedOut}, Authorizing: {LoggedOut}, Electing: {LoggedOut}},
	InClose:      {Idle: {Closed}, Suspended: {Closed}, Failed: {Closed}, Dialing: {Closed}, Open: {Closed}, Retrying: {Closed}, Probing: {Closed}, BackingOff: {Closed}, Authorizing: {Closed}, Electing: {Closed}},
	InReconnect:  {Idle: fresh, Closed: fresh, Failed: fresh, Dialing: fresh, Open: fresh, Retrying: fresh, Probing: fresh, BackingOff: fresh, Authorizing: {Authorizing}, Electing: {Electing}},
	InVisible:    {Idle: fresh, Dialing: fresh, Open: fresh, Retrying: fresh, Probing: fresh, BackingOff: fresh, Authorizing: {Authorizing}, Electing: {Electing}},
	InOnline:     {Idle: fresh, Dialing: fresh, Open: fresh, Retrying: fresh, Probing: fresh, BackingOff: fresh, Authorizing: {Authorizing}, Electing: {Electing}},
	InPageHide:   {Idle: {Suspended}, Dialing: {Suspended}, Open: {Suspended}, Retrying: {Suspended}, Probing: {Suspended}, BackingOff: {Suspended}, Authorizing: {Suspended}, Electing: {Suspended}},
	InPageShow:   {Suspended: fresh},
	InJoin:       standDown,
	InLeader:     standDown,
	InRelayed:    standDown,
}

var (
	newSource = []Phase{Dialing, Authorizing}
	fresh     = []Phase{Dialing, Authorizing, Electing}
	standDown = map[Phase][]Phase{Dialing: {Dialing}, Open: {Dialing}, Retrying: {Dialing}, Probing: {Dialing}, BackingOff: {Dialing}, Authorizing: {Dialing}, Electing: {Dialing}}
)

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
