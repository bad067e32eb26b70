package conn

// Stats is what the runtime has counted.
type Stats struct {
	State         State
	Instance      int
	Subscriptions int
	Listeners     int // event names the current source listens to
	Callbacks     int // JS functions the JS API holds (set by package jsapi)
	Events        uint64
	Duplicates    uint64 // events dropped because their id was delivered
	Resets        uint64
	NativeRetries uint64 // errors after which EventSource retried itself
	Retries       uint64 // backoff reconnects scheduled by the manager
	Stalls        uint64 // sockets found dead by the watchdog
	Beacons       uint64
	HandlerPanics uint64
	Steals        uint64 // leaderships taken from a silent or frozen leading tab
	StoodDown     uint64 // leaderships given up on hearing a higher term
	Term          uint64 // the highest leadership term heard
	Role          Role
	LastEventID   string
	LastError     string
	LastEventAt   Instant // 0: none yet
	Faults        uint64  // JS calls that failed where the runtime went on without them
	LastFault     string
}

// statField is one field of Stats as JavaScript sees it: a string or a
// number under its JS name.
type statField struct {
	name string
	text bool
	get  func(*Stats) any // string or float64
	set  func(s *Stats, text string, num float64)
}

func numStat[T int | uint64](name string, p func(*Stats) *T) statField {
	return statField{name: name,
		get: func(s *Stats) any { return float64(*p(s)) },
		set: func(s *Stats, _ string, f float64) { *p(s) = T(f) }}
}

func textStat(name string, p func(*Stats) *string) statField {
	return statField{name: name, text: true,
		get: func(s *Stats) any { return *p(s) },
		set: func(s *Stats, v string, _ float64) { *p(s) = v }}
}

// statsSchema is TetherStats in web/tether.d.ts, field for field and in
// its order, written once here for every side that converts (a test holds
// the two together).
var statsSchema = []statField{
	{name: "state", text: true,
		get: func(s *Stats) any { return s.State.String() },
		set: func(s *Stats, v string, _ float64) { s.State, _ = ParseState(v) }},
	numStat("instanceId", func(s *Stats) *int { return &s.Instance }),
	numStat("subscriptions", func(s *Stats) *int { return &s.Subscriptions }),
	numStat("listeners", func(s *Stats) *int { return &s.Listeners }),
	numStat("callbacks", func(s *Stats) *int { return &s.Callbacks }),
	numStat("events", func(s *Stats) *uint64 { return &s.Events }),
	numStat("duplicates", func(s *Stats) *uint64 { return &s.Duplicates }),
	numStat("resets", func(s *Stats) *uint64 { return &s.Resets }),
	numStat("nativeRetries", func(s *Stats) *uint64 { return &s.NativeRetries }),
	numStat("retries", func(s *Stats) *uint64 { return &s.Retries }),
	numStat("stalls", func(s *Stats) *uint64 { return &s.Stalls }),
	numStat("beacons", func(s *Stats) *uint64 { return &s.Beacons }),
	numStat("handlerPanics", func(s *Stats) *uint64 { return &s.HandlerPanics }),
	numStat("steals", func(s *Stats) *uint64 { return &s.Steals }),
	numStat("stoodDown", func(s *Stats) *uint64 { return &s.StoodDown }),
	numStat("term", func(s *Stats) *uint64 { return &s.Term }),
	textStat("lastEventId", func(s *Stats) *string { return &s.LastEventID }),
	textStat("lastError", func(s *Stats) *string { return &s.LastError }),
	{name: "lastEventAt", // Unix ms, 0 if none
		get: func(s *Stats) any {
			return float64(s.LastEventAt.UnixMilli())
		},
		set: func(s *Stats, _ string, ms float64) {
			if ms > 0 {
				s.LastEventAt = Instant(int64(ms) * 1e6)
			}
		}},
	{name: "role", text: true,
		get: func(s *Stats) any { return s.Role.String() },
		set: func(s *Stats, v string, _ float64) { s.Role = ParseRole(v) }},
	numStat("faults", func(s *Stats) *uint64 { return &s.Faults }),
	textStat("lastFault", func(s *Stats) *string { return &s.LastFault }),
}

// ToJS is s under the names and types of TetherStats.
func (s Stats) ToJS() map[string]any {
	out := make(map[string]any, len(statsSchema))
	for _, f := range statsSchema {
		out[f.name] = f.get(&s)
	}
	return out
}

// StatsFromJS reads what ToJS wrote; get returns one property, as text
// when asked for text.
func StatsFromJS(get func(name string, text bool) (string, float64)) Stats {
	var s Stats
	for _, f := range statsSchema {
		text, num := get(f.name, f.text)
		f.set(&s, text, num)
	}
	return s
}
