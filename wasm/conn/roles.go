package conn

import (
	"fmt"
	"strconv"
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
