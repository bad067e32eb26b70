package conn

import "slices"

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
