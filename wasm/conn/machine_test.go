package conn

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

var t0 = InstantOf(time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC))

func testMachine(loggedIn, canProbe bool, tokens ...bool) *machine {
	return testMachineShared(loggedIn, canProbe, len(tokens) > 0 && tokens[0], false)
}

// testMachineShared is a test machine that shares its stream across tabs
// when shared is set.
func testMachineShared(loggedIn, canProbe, tokens, shared bool) *machine {
	return newMachine(machineConfig{
		url:             func(lastID, token string) string { return streamURL("/s", nil, lastID, token) },
		tokens:          tokens,
		shareAcrossTabs: shared,
		beaconURL:       "/d",
		threshold:       10 * time.Second,
		minBackoff:      time.Second,
		maxBackoff:      30 * time.Second,
		canProbe:        canProbe,
		rand:            func() float64 { return 0 },
	}, loggedIn)
}

const helloData = `{"token":"tok","retryMs":1000,"heartbeatMs":20000}`

// inPhase drives a new machine into p through real inputs, and returns
// it with the time it stands at.
func inPhase(tb testing.TB, p Phase, canProbe bool, tokens ...bool) (*machine, Instant) {
	tb.Helper()
	return inPhaseAs(tb, p, canProbe, len(tokens) > 0 && tokens[0], Solo)
}

// inPhaseAs is inPhase for a machine in role: Solo, or the role a machine
// that shares across tabs is elected to (none yet for Electing).
func inPhaseAs(tb testing.TB, p Phase, canProbe, tokens bool, role Role) (*machine, Instant) {
	tb.Helper()
	now := t0
	m := testMachineShared(p != LoggedOut, canProbe, tokens, role != Solo)
	do := func(in Input) {
		in.Gen = m.gen
		m.step(in, now)
	}
	start := func() {
		do(Input{Kind: InStart})
		if m.phase == Electing && p != Electing {
			do(Input{Kind: InRole, Role: role})
		}
		if m.phase == Authorizing {
			do(Input{Kind: InToken, Token: "tk"})
		}
	}
	open := func() {
		start()
		do(Input{Kind: InOpen})
		do(Input{Kind: InMessage, Msg: Message{Name: eventHello, ID: "e-0", Data: helloData}})
	}
	switch p {
	case Authorizing, Electing:
		do(Input{Kind: InStart})
		if p == Authorizing && m.phase == Electing {
			do(Input{Kind: InRole, Role: role})
		}
		if p == Electing && role == Leader { // a leader asking whether the lock is still its own
			do(Input{Kind: InRole, Role: Leader})
			if m.phase == Authorizing {
				do(Input{Kind: InToken, Token: "tk"})
			}
			do(Input{Kind: InReconnect})
		}
	case Dialing:
		start()
	case Open:
		open()
	case Retrying:
		open()
		do(Input{Kind: InError, ReadyState: ReadyConnecting})
	case Probing, BackingOff, Failed:
		open()
		do(Input{Kind: InError, ReadyState: ReadyClosed})
		switch p {
		case BackingOff:
			do(Input{Kind: InProbe, Status: 503})
		case Failed:
			do(Input{Kind: InProbe, Status: 401})
			if m.phase == Authorizing { // a fresh token first, refused again
				do(Input{Kind: InToken, Token: "tk2"})
				do(Input{Kind: InError, ReadyState: ReadyClosed})
				do(Input{Kind: InProbe, Status: 401})
			}
		}
	case Closed:
		open()
		do(Input{Kind: InClose})
	case Suspended:
		open()
		do(Input{Kind: InPageHide})
	}
	if m.phase != p {
		tb.Fatalf("setup reached %v, want %v", m.phase, p)
	}
	return m, now
}

// inputFor is an input of kind that takes a machine in from to to.
func inputFor(kind InputKind, from, to Phase, m *machine, now Instant) (Input, Instant, bool) {
	in := Input{Kind: kind, Gen: m.gen}
	switch kind {
	case InMessage:
		in.Msg = Message{Name: "task", ID: "e-1", Data: "{}"}
	case InError:
		in.ReadyState = ReadyClosed
		if to == Retrying {
			in.ReadyState = ReadyConnecting
		}
	case InProbe:
		in.Status = 503
		if to == Failed || to == Authorizing || to == Electing {
			in.Status = 401
		}
	case InToken:
		in.Token = "tk"
		if to == BackingOff || to == Failed {
			in.Err = "no token"
		}
	case InTimer:
		if from == Open {
			in.Timer = WatchdogTimer
			return in, now.Add(41 * time.Second), true
		}
		in.Timer = RetryTimer
		return in, now.Add(time.Minute), true
	case InVisible:
		in.SourceClosed = from.hasSource()
	case InDialFailed:
		in.Err = "boom"
	case InRole:
		in.Role = Follower
		if to == Authorizing {
			in.Role = Leader
		}
	case InJoin, InLeader, InRelayed: // another tab leads in a higher term
		in.Term = Term{N: m.term.N + 1, Tab: "other"}
	}
	// BackingOff after an error is what a page without an Env does.
	canProbe := !(kind == InError && to == BackingOff)
	return in, now, canProbe
}

// TestTransitionTable: every row of the table, from a machine really in
// the row's phase, lands in the row's phase, with effects that fit it.
func TestTransitionTable(t *testing.T) {
	t.Parallel()
	for kind, rows := range transitions {
		for from, tos := range rows {
			for _, to := range tos {
				t.Run(fmt.Sprintf("%v/%v→%v", kind, from, to), func(t *testing.T) {
					_, _, canProbe := inputFor(kind, from, to, testMachine(true, true), t0)
					tokens := from == Authorizing || to == Authorizing || kind == InProbe && to == Electing
					role := Solo // a tab that shares its stream when the row is about sharing
					switch {
					case kind == InRole && to == Authorizing:
						role = Follower // becomes the leader
					case kind == InRole || from == Electing || to == Electing || kind == InJoin || kind == InLeader || kind == InRelayed:
						role = Leader
					}
					m, now := inPhaseAs(t, from, canProbe, tokens, role)
					if kind == InToken && to == Failed { // the second failure in a row
						m.step(Input{Kind: InToken, Gen: m.gen, Err: "no token"}, now)
						now = now.Add(time.Minute)
						m.step(Input{Kind: InTimer, Timer: RetryTimer, Gen: m.gen}, now)
					}
					in, at, _ := inputFor(kind, from, to, m, now)
					if kind == InTimer && from == BackingOff {
						at = now.Add(m.out[len(m.out)-1].After) // exactly when the retry timer was armed for
					}
					effects := m.step(in, at)
					if m.phase != to {
						t.Fatalf("landed in %v (effects %v)", m.phase, effects)
					}
					checkEffects(t, kind, from, to, effects, m)
				})
			}
		}
	}
}

// checkEffects asserts what any transition into to must do.
func checkEffects(t *testing.T, kind InputKind, from, to Phase, effects []Effect, m *machine) {
	t.Helper()
	count := func(k EffectKind) int {
		return len(slices.DeleteFunc(slices.Clone(effects), func(e Effect) bool { return e.Kind != k }))
	}
	closes := count(CloseSource)
	if from.hasSource() && from != to && !to.hasSource() && closes != 1 {
		t.Errorf("left a phase with a source for one without, closing it %d times: %v", closes, effects)
	}
	if !from.hasSource() && closes != 0 {
		t.Errorf("closed a source that did not exist: %v", effects)
	}
	switch to {
	case Dialing:
		if kind == InMessage {
			break // events of a source that has not opened yet
		}
		if count(Dial) != 1 || count(NotifyInstance) != 1 {
			t.Errorf("dialing without exactly one dial and one instance: %v", effects)
		}
		if from.hasSource() && closes != 1 {
			t.Errorf("replaced a source without closing it: %v", effects)
		}
	case Authorizing:
		if count(FetchToken) != 1 || count(Dial) != 0 {
			t.Errorf("authorizing without exactly one token fetch and no dial: %v", effects)
		}
		if from.hasSource() && closes != 1 {
			t.Errorf("left a source open while authorizing: %v", effects)
		}
	case LoggedOut, Closed, Suspended, Failed:
		if m.armed != [2]bool{} {
			t.Errorf("timers armed in %v: %v", to, m.armed)
		}
	case BackingOff:
		if !m.armed[RetryTimer] {
			t.Errorf("backing off with no retry timer: %v", effects)
		}
	}
	if want := m.shown(); m.state != want {
		t.Errorf("shows %v in %v, want %v", m.state, to, want)
	}
}

// TestUnlistedPairsKeepThePhase: an input the table does not list for a
// phase leaves the machine in it.
func TestUnlistedPairsKeepThePhase(t *testing.T) {
	t.Parallel()
	for p := range phases {
		for kind := range inputKinds {
			if _, listed := transitions[kind][p]; listed {
				continue
			}
			role := Solo
			if p == Electing {
				role = Leader
			}
			m, now := inPhaseAs(t, p, true, p == Authorizing, role)
			in := Input{Kind: kind, Gen: m.gen, Name: "task", ReadyState: ReadyClosed, Status: 401, Msg: Message{Name: "task", ID: "x"}}
			if effects := m.step(in, now.Add(time.Minute)); m.phase != p {
				t.Errorf("%v in %v moved to %v (%v)", kind, p, m.phase, effects)
			}
		}
	}
}

// TestExactEffects: the effects of the transitions that matter most, in order.
func TestExactEffects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		from Phase
		in   Input
		at   time.Duration
		want string
	}{
		{"start", Idle, Input{Kind: InStart}, 0, "dial /s; state Connecting; instance 1"},
		{"login", LoggedOut, Input{Kind: InLogin}, 0, "dial /s; state Connecting; instance 1"},
		{"open", Dialing, Input{Kind: InOpen}, 0, "state Connected"},
		{"event", Open, Input{Kind: InMessage, Msg: Message{Name: "task", ID: "e-1"}}, 0, "deliver task e-1"},
		{"repeat of hello's id", Open, Input{Kind: InMessage, Msg: Message{Name: "task", ID: "e-0"}}, 0, "deliver task e-0"},
		{"force_logout", Open, Input{Kind: InMessage, Msg: Message{Name: eventForceLogout, ID: "e-1"}}, 0, "deliver force_logout e-1; then Logout"},
		{"native retry", Open, Input{Kind: InError, ReadyState: ReadyConnecting}, 0, "state Reconnecting"},
		{"gave up", Open, Input{Kind: InError, ReadyState: ReadyClosed}, 0, "stop watchdog; close; state Reconnecting; probe"},
		{"401", Probing, Input{Kind: InProbe, Status: 401}, 0, "state Error; auth 401"},
		{"503", Probing, Input{Kind: InProbe, Status: 503}, 0, "arm retry 1s"},
		{"stall", Open, Input{Kind: InTimer, Timer: WatchdogTimer}, 41 * time.Second,
			"close; dial /s?lastEventId=e-0; state Reconnecting; instance 2; arm watchdog 41s"},
		{"watchdog early", Open, Input{Kind: InTimer, Timer: WatchdogTimer}, 40 * time.Second, "arm watchdog 1s"},
		{"pagehide", Open, Input{Kind: InPageHide}, 0, "beacon tok; stop watchdog; close; state Disconnected"},
		{"pageshow", Suspended, Input{Kind: InPageShow}, 0, "dial /s?lastEventId=e-0; state Reconnecting; instance 2; arm watchdog 41s"},
		{"logout", Open, Input{Kind: InLogout}, 0, "stop watchdog; close; state Disconnected"},
		{"close while backing off", BackingOff, Input{Kind: InClose}, 0, "stop retry; state Disconnected"},
		{"short absence", Open, Input{Kind: InVisible}, 0, ""},
		{"stale source", Open, Input{Kind: InOpen, Gen: 99}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, now := inPhase(t, tt.from, true)
			if tt.in.Gen == 0 {
				tt.in.Gen = m.gen
			}
			var got []string
			for _, e := range m.step(tt.in, now.Add(tt.at)) {
				got = append(got, e.String())
			}
			if s := strings.Join(got, "; "); s != tt.want {
				t.Errorf("effects\n got: %s\nwant: %s", s, tt.want)
			}
		})
	}
}

// TestTokenEffects: with a token source, every new source waits for a
// fresh token; a refusal fetches one more before it is an auth error.
func TestTokenEffects(t *testing.T) {
	t.Parallel()
	m := testMachine(true, true, true)
	step := func(in Input, want string) {
		t.Helper()
		in.Gen = m.gen
		var got []string
		for _, e := range m.step(in, t0) {
			got = append(got, e.String())
		}
		if s := strings.Join(got, "; "); s != want {
			t.Errorf("%v\n got: %s\nwant: %s", in.Kind, s, want)
		}
	}
	step(Input{Kind: InStart}, "state Connecting; fetch token")
	step(Input{Kind: InToken, Token: "t1"}, "dial /s?access_token=t1; instance 1")
	step(Input{Kind: InOpen}, "state Connected")
	step(Input{Kind: InMessage, Msg: Message{Name: "task", ID: "e-1"}}, "deliver task e-1")
	step(Input{Kind: InError, ReadyState: ReadyClosed}, "close; state Reconnecting; probe")
	step(Input{Kind: InProbe, Status: 401}, "fetch token")
	step(Input{Kind: InToken, Token: "t2"}, "dial /s?access_token=t2&lastEventId=e-1; instance 2")
	step(Input{Kind: InError, ReadyState: ReadyClosed}, "close; probe")
	step(Input{Kind: InProbe, Status: 401}, "state Error; auth 401")
	m2 := testMachine(true, true, true)
	m2.step(Input{Kind: InStart, Gen: m2.gen}, t0)
	if effects := m2.step(Input{Kind: InToken, Gen: m2.gen, Err: "offline"}, t0); m2.phase != BackingOff || len(effects) != 2 {
		t.Errorf("a failed token fetch: %v %v, want a backoff", m2.phase, effects)
	}
	m2.step(Input{Kind: InTimer, Timer: RetryTimer, Gen: m2.gen}, t0.Add(time.Minute))
	var got []string
	for _, e := range m2.step(Input{Kind: InToken, Gen: m2.gen, Err: "401 from the back end"}, t0.Add(time.Minute)) {
		got = append(got, e.String())
	}
	if s := strings.Join(got, "; "); m2.phase != Failed || s != "state Error; auth 0" {
		t.Errorf("a second failed token fetch in a row: %v, effects %s; want Error and an auth error", m2.phase, s)
	}
}

// world applies a machine's effects as a shell would and checks, after
// every step, what must always hold.
type world struct {
	m         *machine
	sources   int
	armed     map[TimerKind]uint64 // gen each timer was armed in
	delivered map[string]bool      // since the last logout
	esLast    string               // the current source's lastEventId, as EventSource keeps it
	idless    bool                 // the input is an event without an id of its own
}

func (w *world) apply(tb testing.TB, in Input, now Instant) {
	tb.Helper()
	from, role := w.m.phase, w.m.role
	effects := w.m.step(in, now)
	if w.m.phase != from && !slices.Contains(transitions[in.Kind][from], w.m.phase) {
		tb.Fatalf("%v took %v to %v: not in the table", in.Kind, from, w.m.phase)
	}
	var then []InputKind
	for _, e := range effects {
		switch e.Kind {
		case Dial:
			w.sources++
			w.esLast = ""
		case CloseSource:
			w.sources--
		case Arm:
			w.armed[e.Timer] = e.Gen
		case Disarm:
			delete(w.armed, e.Timer)
		case Deliver:
			if id := e.Msg.ID; id != "" && !w.idless {
				if w.delivered[id] {
					tb.Fatalf("id %s delivered twice", id)
				}
				w.delivered[id] = true
			}
		case Then:
			then = append(then, e.Then)
		case Beacon:
			if role != Solo && role != Leader {
				tb.Fatalf("a %v sent a beacon: the stream is not its own", role)
			}
		case Relay:
			if role != Leader && w.m.role != Leader {
				tb.Fatalf("a %v relayed %v", role, e.Msg)
			}
		}
	}
	if w.m.cfg.shareAcrossTabs && w.m.phase != Idle && w.m.campaigning != w.m.phase.wantsConnection() {
		tb.Fatalf("in line for leadership: %v, in %v", w.m.campaigning, w.m.phase)
	}
	if in.Kind == InLogout {
		w.delivered = map[string]bool{} // a new user may see the same ids
	}
	if w.sources < 0 || w.sources > 1 {
		tb.Fatalf("%d sources open after %v", w.sources, in.Kind)
	}
	if (w.sources == 1) != w.m.phase.hasSource() {
		tb.Fatalf("%d sources open in %v", w.sources, w.m.phase)
	}
	switch w.m.phase {
	case LoggedOut, Closed, Suspended, Failed:
		if len(w.armed) > 0 {
			tb.Fatalf("timers %v armed in %v", w.armed, w.m.phase)
		}
	}
	for _, k := range then {
		w.apply(tb, Input{Kind: k, Gen: w.m.gen}, now)
	}
}

// randomInput is any input, mostly for the current generation and
// sometimes late, from a source or timer of the one before.
func randomInput(r *rand.Rand, w *world) Input {
	return inputOf(r, w, InputKind(r.IntN(int(inputKinds))))
}

func inputOf(r *rand.Rand, w *world, kind InputKind) Input {
	in := Input{Kind: kind, Gen: w.m.gen}
	w.idless = false
	if r.IntN(8) == 0 && in.Gen > 0 {
		in.Gen--
	}
	switch in.Kind {
	case InMessage:
		names := []string{"task", "task", eventHeartbeat, eventHello, eventReset, eventForceLogout}
		in.Msg = Message{Name: names[r.IntN(len(names))], ID: fmt.Sprintf("e-%d", r.IntN(30))}
		for in.Msg.ID == w.esLast { // the origin never sends one id twice in a row
			in.Msg.ID = fmt.Sprintf("e-%d", r.IntN(30))
		}
		if in.Msg.Name == eventHello {
			in.Msg.Data = helloData
		}
		w.idless = r.IntN(4) == 0 || in.Msg.Name == eventHeartbeat // the origin's heartbeats carry no id
		if w.idless {
			in.Msg.ID = w.esLast // EventSource's lastEventId for an event without one
		} else if in.Gen == w.m.gen {
			w.esLast = in.Msg.ID
		}
	case InError:
		in.ReadyState = ReadyState(r.IntN(3))
	case InProbe:
		in.Status = []int{0, 401, 403, 404, 429, 503}[r.IntN(6)]
	case InTimer:
		in.Timer = TimerKind(r.IntN(2))
		if gen, ok := w.armed[in.Timer]; ok {
			in.Gen = gen
			delete(w.armed, in.Timer) // it fires once
		}
	case InListen, InUnlisten:
		in.Name = []string{"task", "payment", eventReset}[r.IntN(3)]
	case InVisible:
		in.SourceClosed = r.IntN(4) == 0
	case InToken:
		in.Token = "tk"
		if r.IntN(4) == 0 {
			in.Err = "no token"
		}
	case InRole:
		in.Role = []Role{Leader, Follower}[r.IntN(2)]
	case InRelayed:
		in.Msg = Message{Name: "task", ID: fmt.Sprintf("e-%d", r.IntN(30))}
		in.LastID = w.m.lastID // mostly the next event of the leader it follows
		if r.IntN(4) == 0 {
			in.LastID = fmt.Sprintf("e-%d", r.IntN(30))
		}
		w.idless = r.IntN(4) == 0
		if w.idless {
			in.Msg.ID, in.LastID = "", ""
		}
	case InJoin:
		in.LastID = fmt.Sprintf("e-%d", r.IntN(30))
		in.Names = []string{"task", "payment"}[:r.IntN(3)]
	case InLeader:
		in.Leader = LeaderStatus{Open: r.IntN(2) == 0, Hidden: r.IntN(2) == 0}
		if r.IntN(4) == 0 {
			in.Leader.Gap = fmt.Sprintf("e-%d", r.IntN(30))
		}
	case InLogin, InLogout:
		in.Remote = r.IntN(2) == 0
	}
	switch in.Kind {
	case InRelayed, InJoin, InLeader: // the term obeyed, an older one, or a newer leader's
		in.Term = w.m.term
		switch r.IntN(8) {
		case 0:
			in.Term.N++
		case 1:
			in.Term = Term{}
		}
	}
	return in
}

// TestRandomInputsKeepInvariants: 2,000 random sequences of 200 inputs
// never open two sources, never leave a timer armed in a phase without a
// connection, never deliver an id twice, and only make listed transitions;
// a tab that shares its stream is in line for leadership exactly while it
// wants a stream, and only a leader relays or ends its stream by beacon.
func TestRandomInputsKeepInvariants(t *testing.T) {
	t.Parallel()
	for seed := range uint64(2000) {
		r := rand.New(rand.NewPCG(seed, 7))
		w := &world{m: testMachineShared(r.IntN(2) == 0, r.IntN(2) == 0, r.IntN(2) == 0, r.IntN(2) == 0), armed: map[TimerKind]uint64{}, delivered: map[string]bool{}}
		now := t0
		for range 200 {
			now = now.Add(time.Duration(r.IntN(30_000)) * time.Millisecond)
			w.apply(t, randomInput(r, w), now)
		}
	}
}

// FuzzMachine runs the same invariants over inputs the fuzzer chooses.
func FuzzMachine(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17})
	f.Fuzz(func(t *testing.T, b []byte) {
		r := rand.New(rand.NewPCG(uint64(len(b)), 1))
		w := &world{m: testMachineShared(true, len(b)%2 == 0, len(b)%3 == 0, len(b)%5 < 2), armed: map[TimerKind]uint64{}, delivered: map[string]bool{}}
		now := t0
		for _, c := range b {
			in := inputOf(r, w, InputKind(int(c)%int(inputKinds)))
			now = now.Add(time.Duration(c) * 250 * time.Millisecond)
			w.apply(t, in, now)
		}
	})
}

// TestErrorsNameTheURL: a refusal or a failure names the stream URL it
// tried, and never its access token.
func TestErrorsNameTheURL(t *testing.T) {
	t.Parallel()
	for status, want := range map[int]string{404: "HTTP 404 from /s?lastEventId=e-0", 401: "HTTP 401 from /s?lastEventId=e-0",
		503: "HTTP 503 from /s?lastEventId=e-0", 0: "network error reaching /s?lastEventId=e-0",
		ProbeBlocked: "blocked cross-origin (CORS) at /s?lastEventId=e-0: the origin must list this page's origin in -allow-origins (TETHER_ALLOW_ORIGINS)"} {
		m, now := inPhase(t, Probing, true, true)
		m.access = "secret-token"
		m.step(Input{Kind: InProbe, Gen: m.gen, Status: status}, now)
		if status == 401 { // a fresh token first, refused again
			m.step(Input{Kind: InToken, Gen: m.gen, Token: "secret-token"}, now)
			m.step(Input{Kind: InError, Gen: m.gen, ReadyState: ReadyClosed}, now)
			m.step(Input{Kind: InProbe, Gen: m.gen, Status: status}, now)
		}
		if got := m.stats.LastError; !strings.Contains(got, want) || strings.Contains(got, "secret") {
			t.Errorf("%d: lastError %q, want it to say %q without the token", status, got, want)
		}
	}
}

// TestStoodDownOnARelayedEventTheSourceRepeatIsADuplicate: a leader that
// stands down on a relayed event of a higher term delivers it; the same
// id coming from a source after it is a repeat, dropped, not an event
// without an id (found by TestRandomInputsKeepInvariants: the relayed
// event had become the source's "previous message").
func TestStoodDownOnARelayedEventTheSourceRepeatIsADuplicate(t *testing.T) {
	t.Parallel()
	m, now := inPhaseAs(t, Open, true, false, Leader)
	higher := Term{N: m.term.N + 1, Tab: "other"}
	effects := m.step(Input{Kind: InRelayed, Msg: Message{Name: "task", ID: "e-20"}, Term: higher}, now)
	if m.role != Follower || !slices.ContainsFunc(effects, func(e Effect) bool { return e.Kind == Deliver && e.Msg.ID == "e-20" }) {
		t.Fatalf("after a relayed event of a higher term: role %v, effects %v; want a follower that delivered e-20", m.role, effects)
	}
	effects = m.step(Input{Kind: InMessage, Gen: m.gen, Msg: Message{Name: "task", ID: "e-20"}}, now)
	for _, e := range effects {
		if e.Kind == Deliver {
			t.Errorf("e-20 delivered again from the source: %v", effects)
		}
	}
	if m.stats.Duplicates != 1 {
		t.Errorf("duplicates %d, want 1", m.stats.Duplicates)
	}
}
