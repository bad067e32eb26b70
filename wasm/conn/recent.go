package conn

// recentEvents keeps the last events that carried an id, so that a leader
// can give a follower what it missed (it was frozen, or had just joined).
// A hello stands in it for the position its stream started at.
type recentEvents struct {
	list  []Message // kept from head on
	head  int
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
	for len(r.list)-r.head > recentMax || r.bytes > recentMaxBytes {
		r.bytes -= len(r.list[r.head].Data)
		r.list[r.head] = Message{}
		r.head++
	}
	if r.head >= recentMax { // move the kept ones down once per recentMax events, not once per event
		n := copy(r.list, r.list[r.head:])
		clear(r.list[n:])
		r.list, r.head = r.list[:n], 0
	}
}

// after is what followed id, or false if id is not kept.
func (r *recentEvents) after(id string) ([]Message, bool) {
	for i := len(r.list) - 1; i >= r.head; i-- {
		if r.list[i].ID == id {
			return r.list[i+1:], true
		}
	}
	return nil, false
}
