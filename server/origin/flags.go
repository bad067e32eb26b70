package origin

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// streamFlags are the per-stream query parameters (seed §10.2).
type streamFlags struct {
	interval   time.Duration // demo events; 0 = none
	closeAfter int           // end the stream after this many events; 0 = never
	heartbeat  time.Duration // 0 = no heartbeats
	topics     map[string]bool
	lastID     string
}

// flagError is a bad query parameter; it becomes a 400 naming the flag.
type flagError struct {
	Flag, Msg string
}

func (e *flagError) Error() string { return e.Flag + ": " + e.Msg }

const (
	minInterval  = 50 * time.Millisecond
	minHeartbeat = 100 * time.Millisecond
	maxMillis    = 3_600_000
)

func parseStreamFlags(q url.Values, defaults streamFlags) (streamFlags, error) {
	f := defaults
	var err error
	if v, ok := lookup(q, "intervalMs"); ok {
		if f.interval, err = millis("intervalMs", v, minInterval, true); err != nil {
			return f, err
		}
	}
	if v, ok := lookup(q, "heartbeat"); ok {
		if f.heartbeat, err = millis("heartbeat", v, minHeartbeat, true); err != nil {
			return f, err
		}
	}
	if v, ok := lookup(q, "closeAfter"); ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return f, &flagError{"closeAfter", fmt.Sprintf("must be a whole number of events ≥ 1, got %q", v)}
		}
		f.closeAfter = n
	}
	if v, ok := lookup(q, "topics"); ok {
		f.topics = map[string]bool{}
		for _, t := range strings.Split(v, ",") {
			if t = strings.TrimSpace(t); t != "" {
				f.topics[t] = true
			}
		}
	}
	f.lastID = q.Get("lastEventId")
	return f, nil
}

func lookup(q url.Values, name string) (string, bool) {
	vs, ok := q[name]
	if !ok || len(vs) == 0 {
		return "", false
	}
	return vs[len(vs)-1], true
}

// millis parses a millisecond count; 0 is allowed when zeroOff (it turns
// the feature off), anything else must lie in [floor, 1h].
func millis(flag, v string, floor time.Duration, zeroOff bool) (time.Duration, error) {
	n, err := strconv.Atoi(v)
	if err == nil && n == 0 && zeroOff {
		return 0, nil
	}
	if err != nil || n < int(floor/time.Millisecond) || n > maxMillis {
		return 0, &flagError{flag, fmt.Sprintf("must be 0 (off) or milliseconds between %d and %d, got %q",
			floor/time.Millisecond, maxMillis, v)}
	}
	return time.Duration(n) * time.Millisecond, nil
}
