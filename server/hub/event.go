package hub

import (
	"errors"
)

// Errors of this package.
var (
	ErrUnavailable = errors.New("hub: the event log is unavailable")
	// ErrBusy: this node reads the log for MaxLogReads resumes already.
	ErrBusy = errors.New("hub: this node is reading the log for as many resumes as it may")
	// ErrClientBusy: this client has MaxClientLogReads resumes reading the log.
	ErrClientBusy = errors.New("hub: this client is reading the log for as many resumes as it may")
)

// Audience says who receives an event: everyone when both fields are
// empty, else the streams of one user or the streams subscribed to a topic.
type Audience struct {
	User  string `json:"user,omitempty"`
	Topic string `json:"topic,omitempty"`
}

// Event is a published event.
type Event struct {
	Seq  uint64
	ID   string
	Name string
	Data string
	To   Audience
}

// Filter says what one subscriber may see besides events for everyone.
type Filter struct {
	User   string          // "" for an anonymous stream: it gets no user events
	Topics map[string]bool // topics it asked for
	// Client names who subscribes, for the per-client limit on resumes
	// that read the log; "" is not limited per client.
	Client string
}

func (f Filter) match(to Audience) bool {
	switch {
	case to.User != "":
		return f.User != "" && to.User == f.User
	case to.Topic != "":
		return f.Topics[to.Topic]
	}
	return true
}
