package conn

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
	// Raw is the browser's own event (a MessageEvent, or where it sits in
	// its batch), so that JS consumers get it without copying its data
	// through Go; nil in tests.
	Raw any
}
