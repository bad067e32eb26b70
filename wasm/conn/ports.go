package conn

// SourceEvents are the callbacks a Dialer wires to a new Source. They may be
// called from any goroutine, but never from inside Dial.
type SourceEvents struct {
	Open    func()
	Message func(Message)
	// Messages takes events that came together (a JS task's) as Message
	// would take them one by one, for less: the core's lock and clock
	// once, and their deliveries run after the batch unless an event's
	// effects are more than its deliveries (a force_logout's logout runs
	// before the next event, as one by one). A subscriber's own commands
	// take effect after the deliveries queued before them.
	Messages func([]Message)
	Error    func(ReadyState)
}

// Dialer opens event sources. Dial must attach listeners for every name
// before it returns, in the same JS task that creates the source.
type Dialer interface {
	Dial(url string, names []string, on SourceEvents) (Source, error)
}

// Source is one open EventSource.
type Source interface {
	ReadyState() ReadyState
	// Listen and Unlisten add and remove the dispatcher for a named event;
	// both are idempotent.
	Listen(name string) error
	Unlisten(name string) error
	// Close closes the source and releases what it holds. No callback runs
	// after Close returns, even when it reports an error.
	Close() error
}

// ProbeBlocked is a probe's status when the server was reached but the
// browser kept its answer from the page: a cross-origin refusal (CORS).
const ProbeBlocked = -1

// Env is the rest of the page the manager needs.
type Env interface {
	// Beacon posts body to url with navigator.sendBeacon.
	Beacon(url, body string) bool
	// Probe learns the HTTP status the stream URL answers now (0 for a
	// network failure, ProbeBlocked when the server answered but the
	// browser refused the page the response: CORS), because EventSource
	// hides it. done may be called from any goroutine.
	Probe(url string, done func(status int))
	// Faults counts the JS calls that failed where the page went on
	// without them (an event field it could not read, a listener it could
	// not remove), and says the last.
	Faults() (n int, last string)
}

// TokenSource gives a fresh access token before each new source (the
// loader's token option). It travels as the access_token query parameter,
// because EventSource cannot set headers.
type TokenSource interface {
	// Token calls done once, from any goroutine but never inside Token,
	// with a token or why there is none.
	Token(done func(token string, err error))
}

// Lifecycle receives the page's lifecycle events: visibilitychange,
// online, pagehide and pageshow (docs/architecture.md).
type Lifecycle interface {
	Hidden()
	Visible()
	Online()
	PageHide(persisted bool)
	PageShow(persisted bool)
}

// Runtime is the page's connection as a consumer sees it. The Manager is
// one; a module that joins a runtime another module owns gets another
// (jsapi.Join), so widgets never know which module holds the EventSource.
type Runtime interface {
	Subscribe(name string, fn func(Message)) (unsubscribe func(), err error)
	State() State
	Instance() int
	OnState(fn func(State)) (off func())
	OnInstance(fn func(int)) (off func())
	OnAuthError(fn func(status int)) (off func())
	Reconnect() error
	Close()
	Login()
	Logout()
	Stats() Stats
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
// (BroadcastChannel). Its methods report the JS calls that failed; the
// shell counts them (Stats.Faults).
type Tabs interface {
	// Bind starts taking part under key (the stream URL) and opens the
	// channel. Called once, before any other method.
	Bind(key string, on TabEvents) error
	// ID is this tab's name on the channel (TabMessage.From), unique in
	// the browser.
	ID() string
	// Campaign gets in line for leadership, or takes it from the leader
	// at once when steal is set. The answer comes to TabEvents.Role.
	Campaign(steal bool) error
	// Confirm asks whether this tab still holds the lock, and answers on
	// TabEvents.Role: Leader if it does, Follower if not. A tab frozen
	// while another stole its lock hears the steal and this answer only
	// when it thaws, so a leader asks before each stream it opens after
	// the first.
	Confirm() error
	// Resign gives leadership up, or leaves the line.
	Resign() error
	// Post sends m to the other tabs.
	Post(m TabMessage) error
	// Detach closes the channel and Attach opens it again: an open
	// BroadcastChannel keeps a page out of the back/forward cache.
	Detach() error
	Attach() error
}
