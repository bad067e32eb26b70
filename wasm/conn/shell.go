package conn

import "sync"

// feed runs one input: the machine decides under the lock, then the
// call-outs run with the lock released.
func (m *Manager) feed(in Input) {
	m.mu.Lock()
	calls := m.apply(in)
	m.mu.Unlock()
	run(calls)
}

// feedMessages runs a batch of the source's events (SourceEvents.Messages)
// as feed runs each, in order, under one lock and one reading of the
// clock; the call-outs wait for the batch's end while they are
// deliveries and relays, and run at once otherwise.
func (m *Manager) feedMessages(gen uint64, msgs []Message) {
	var calls []func()
	m.mu.Lock()
	now := m.clock.Now()
	for i := range msgs {
		var plain bool
		calls, plain = m.applyAt(Input{Kind: InMessage, Gen: gen, Msg: msgs[i]}, now, calls)
		if !plain {
			m.mu.Unlock()
			run(calls)
			calls = calls[:0]
			m.mu.Lock()
			now = m.clock.Now()
		}
	}
	m.mu.Unlock()
	run(calls)
}

func run(calls []func()) {
	for _, call := range calls {
		call()
	}
}

// apply steps the machine and runs the effects that touch the source and
// the timers at once; it returns the call-outs, in order, for after the
// lock. Call it with mu held.
func (m *Manager) apply(in Input) []func() {
	calls, _ := m.applyAt(in, m.clock.Now(), nil)
	return calls
}

// applyAt is apply at now, appending to calls; plain says the effects
// were only deliveries and relays.
func (m *Manager) applyAt(in Input, now Instant, calls []func()) (_ []func(), plain bool) {
	effects := m.mach.step(in, now)
	plain = true
	// A port call that fails under the lock is counted at once, as an
	// input: the machine's effects go on.
	fault := func(err error) {
		if err != nil {
			effects = append(effects, m.mach.step(Input{Kind: InFault, Err: err.Error()}, now)...)
		}
	}
	for i := 0; i < len(effects); i++ {
		e := &effects[i]
		plain = plain && (e.Kind == Deliver || e.Kind == Relay)
		switch e.Kind {
		case Dial:
			if e.Relay {
				m.src = &relaySource{on: m.sourceEvents(e.Gen), post: m.tabs.Post, fault: m.faulted, term: e.Term}
				join := TabMessage{Kind: TabJoin, LastID: e.LastID, Names: e.Names, Term: e.Term}
				calls = append(calls, m.post(join))
				continue
			}
			src, err := m.dial.Dial(e.URL, e.Names, m.sourceEvents(e.Gen))
			if err != nil {
				effects = append(effects, m.mach.step(Input{Kind: InDialFailed, Gen: e.Gen, Err: err.Error()}, now)...)
				continue
			}
			m.src = src
		case CloseSource:
			fault(m.src.Close())
			m.src = nil
		case Listen:
			fault(m.src.Listen(e.Name))
		case Unlisten:
			fault(m.src.Unlisten(e.Name))
		case Arm:
			in := Input{Kind: InTimer, Timer: e.Timer, Gen: e.Gen}
			m.timers[e.Timer] = m.clock.AfterFunc(e.After, func() { m.feed(in) })
		case Disarm:
			if t := m.timers[e.Timer]; t != nil {
				t.Stop()
				m.timers[e.Timer] = nil
			}
		case RelayStatus:
			if relay, ok := m.src.(*relaySource); ok {
				join := TabMessage{Kind: TabJoin, LastID: e.LastID, Names: e.Names}
				calls = append(calls, relay.status(e.Term, e.Leader, join)...)
			}
		default:
			calls = m.callouts(calls, e)
		}
	}
	m.mach.recycle(effects)
	return calls, plain
}

// callouts appends to calls an effect's calls for after the lock: the
// probe and the beacon, deliveries and notifications, the other tabs, the
// token. Each call keeps only the fields it needs: the effects are reused
// once the lock is released, and a closure over all of e would cost an
// Effect's worth of memory per event.
func (m *Manager) callouts(calls []func(), e *Effect) []func() {
	switch e.Kind {
	case Probe:
		url, in := e.URL, Input{Kind: InProbe, Gen: e.Gen}
		calls = append(calls, func() {
			m.env.Probe(url, func(status int) { in.Status = status; m.feed(in) })
		})
	case Beacon:
		url, body := e.URL, e.Body
		calls = append(calls, func() { m.env.Beacon(url, body) })
	case Deliver:
		msg := e.Msg
		for _, s := range m.subs[msg.Name] {
			calls = append(calls, func() { m.call(s, msg) })
		}
	case NotifyState:
		state := e.State
		for _, fn := range m.listeners.state.all() {
			calls = append(calls, func() { fn(state) })
		}
	case NotifyInstance:
		inst := e.Instance
		for _, fn := range m.listeners.instance.all() {
			calls = append(calls, func() { fn(inst) })
		}
	case NotifyAuth:
		status := e.Status
		for _, fn := range m.listeners.auth.all() {
			calls = append(calls, func() { fn(status) })
		}
	case Then:
		in := Input{Kind: e.Then}
		calls = append(calls, func() { m.feed(in) })
	case Campaign:
		steal := e.Steal
		calls = append(calls, func() { m.faulted(m.tabs.Campaign(steal)) })
	case Resign:
		calls = append(calls, func() { m.faulted(m.tabs.Resign()) })
	case Confirm:
		calls = append(calls, func() { m.faulted(m.tabs.Confirm()) })
	case Relay:
		calls = append(calls, m.post(TabMessage{Kind: TabEvent, Msg: e.Msg, To: e.To, Term: e.Term, LastID: e.LastID}))
	case Rejoin:
		calls = append(calls, m.post(TabMessage{Kind: TabJoin, LastID: e.LastID, Names: e.Names, Term: e.Term}))
	case Announce:
		calls = append(calls, m.post(TabMessage{Kind: TabStatus, Status: e.Leader, Term: e.Term}))
	case Share:
		kind := TabLogin
		if e.Then == InLogout {
			kind = TabLogout
		}
		calls = append(calls, m.post(TabMessage{Kind: kind}))
	case FetchToken:
		gen := e.Gen
		calls = append(calls, func() {
			m.tokens.Token(func(token string, err error) {
				in := Input{Kind: InToken, Gen: gen, Token: token}
				if err != nil {
					in.Err = err.Error()
				}
				m.feed(in)
			})
		})
	}
	return calls
}

// post is a call-out that sends tm to the other tabs.
func (m *Manager) post(tm TabMessage) func() {
	return func() { m.faulted(m.tabs.Post(tm)) }
}

// faulted counts a port call that failed after the lock (Stats.Faults).
func (m *Manager) faulted(err error) {
	if err != nil {
		m.feed(Input{Kind: InFault, Err: err.Error()})
	}
}

// sourceEvents are the callbacks of the source of generation gen.
func (m *Manager) sourceEvents(gen uint64) SourceEvents {
	return SourceEvents{
		Open:     func() { m.feed(Input{Kind: InOpen, Gen: gen}) },
		Message:  func(msg Message) { m.feed(Input{Kind: InMessage, Gen: gen, Msg: msg}) },
		Messages: func(msgs []Message) { m.feedMessages(gen, msgs) },
		Error:    func(rs ReadyState) { m.feed(Input{Kind: InError, Gen: gen, ReadyState: rs}) },
	}
}

// fromTab takes a message from another tab of the stream.
func (m *Manager) fromTab(tm TabMessage) {
	switch tm.Kind {
	case TabEvent:
		m.feed(Input{Kind: InRelayed, Msg: tm.Msg, Term: tm.Term, LastID: tm.LastID})
	case TabStatus:
		m.feed(Input{Kind: InLeader, Leader: tm.Status, Term: tm.Term})
	case TabJoin:
		m.feed(Input{Kind: InJoin, From: tm.From, LastID: tm.LastID, Names: tm.Names, Term: tm.Term})
	case TabLogin:
		m.feed(Input{Kind: InLogin, Remote: true})
	case TabLogout:
		m.feed(Input{Kind: InLogout, Remote: true})
	}
}

// call runs one handler, isolating a panic.
func (m *Manager) call(s *subscription, msg Message) {
	defer func() {
		if v := recover(); v != nil {
			m.feed(Input{Kind: InPanic, Name: s.name})
			if m.cfg.OnHandlerPanic != nil {
				m.cfg.OnHandlerPanic(s.name, v)
			}
		}
	}()
	s.fn(msg)
}

// Manager owns the page's one connection. It is the shell around the
// machine: it holds the lock, feeds the machine inputs, and runs the
// effects it returns (see machine.go).
type Manager struct {
	cfg    Config
	dial   Dialer
	env    Env
	clock  Clock
	tokens TokenSource
	tabs   Tabs

	mu        sync.Mutex
	mach      *machine
	src       Source
	timers    [2]Timer // by TimerKind
	subs      map[string][]*subscription
	subCount  int
	listeners listeners
}

type subscription struct {
	name string
	fn   func(Message)
}
