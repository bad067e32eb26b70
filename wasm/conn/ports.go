package conn

import "time"

// ReadyState mirrors EventSource.readyState.
type ReadyState int

// EventSource ready states.
const (
	ReadyConnecting ReadyState = 0
	ReadyOpen       ReadyState = 1
	ReadyClosed     ReadyState = 2
)

// Message is one event as a subscriber sees it.
type Message struct {
	Name     string // the event: name; "message" for unnamed events
	ID       string // its id (EventSource's lastEventId)
	Data     string // raw data; parsing is the subscriber's business
	Instance int    // the instance number of the source it came from
	// Raw is the browser's own event (a MessageEvent), so that JS
	// consumers get it without copying its data through Go; nil in tests.
	Raw any
}

// SourceEvents are the callbacks a Dialer wires to a new Source. They may be
// called from any goroutine, but never from inside Dial.
type SourceEvents struct {
	Open    func()
	Message func(Message)
	Error   func(ReadyState)
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
	Listen(name string)
	Unlisten(name string)
	// Close closes the source and releases what it holds. No callback runs
	// after Close returns.
	Close()
}

// Env is the rest of the page the manager needs.
type Env interface {
	// Beacon posts body to url with navigator.sendBeacon.
	Beacon(url, body string) bool
	// Probe learns the HTTP status the stream URL answers now (0 for a
	// network or CORS failure), because EventSource hides it. done may be
	// called from any goroutine.
	Probe(url string, done func(status int))
}

// TokenSource gives a fresh access token before each new source (the
// loader's token option). It travels as the access_token query parameter,
// because EventSource cannot set headers.
type TokenSource interface {
	// Token calls done once, from any goroutine but never inside Token,
	// with a token or why there is none.
	Token(done func(token string, err error))
}

// Clock is time, injected.
type Clock interface {
	Now() time.Time
	AfterFunc(d time.Duration, f func()) Timer
}

// Timer is a stoppable pending call.
type Timer interface{ Stop() bool }

// SystemClock is the real clock.
type SystemClock struct{}

// Now returns time.Now().
func (SystemClock) Now() time.Time { return time.Now() }

// AfterFunc calls time.AfterFunc.
func (SystemClock) AfterFunc(d time.Duration, f func()) Timer { return time.AfterFunc(d, f) }

// Lifecycle receives the page's lifecycle events (seed §7).
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
