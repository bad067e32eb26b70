package conn

import "time"

// State is the connection state a page shows.
type State int

// The five states.
const (
	Disconnected State = iota // not connected and not trying: logged out, closed, or the page left
	Connecting                // opening the first connection
	Connected                 // open; events flow
	Reconnecting              // lost or failed; trying again (native retry or backoff)
	Error                     // gave up: auth refused (401/403) or a request the origin rejects
)

var stateNames = [...]string{"Disconnected", "Connecting", "Connected", "Reconnecting", "Error"}

func (s State) String() string {
	if s < 0 || int(s) >= len(stateNames) {
		return "State(?)"
	}
	return stateNames[s]
}

// Backoff is the delay before reconnect attempt n (0-based): "equal jitter"
// between half and all of floor·2^(n+1), capped at ceiling, and never less
// than floor (the server's retry: or the configured minimum). r in [0,1)
// is the random draw.
func Backoff(n int, floor, ceiling time.Duration, r float64) time.Duration {
	hi := ceiling
	if n < 30 && floor<<(n+1) < ceiling {
		hi = floor << (n + 1)
	}
	d := hi/2 + time.Duration(r*float64(hi/2))
	return max(d, floor)
}

// ParseState reads a state's name, as String writes it.
func ParseState(name string) (State, bool) {
	for i, n := range stateNames {
		if n == name {
			return State(i), true
		}
	}
	return Disconnected, false
}
