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

func run(calls []func()) {
	for _, call := range calls {
		call()
	}
}

// apply steps the machine and runs the effects that touch the source and
// the timers at once; it returns the call-outs, in order, for after the
// lock. Call it with mu held.
func (m *Manager) apply(in Input) (calls []func()) {
	now := m.clock.Now()
	effects := m.mach.step(in, now)
	// A port call that fails under the lock is counted at once, as an
	// input: the machine's effects go on.
	fault := func(err error) {
		if err != nil {
			effects = append(effects, m.mach.step(Input{Kind: InFault, Err: err.Error()}, now)...)
		}
	}
	for i := 0; i < len(effects); i++ {
		e := effects[i]
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
			m.timers[e.Timer] = m.clock.AfterFunc(e.After, func() { m.feed(Input{Kind: InTimer, Timer: e.Timer, Gen: e.Gen}) })
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
			calls = append(calls, m.callouts(e)...)
		}
	}
	return calls
}

// callouts are an effect's calls for after the lock: the probe and the
// beacon, deliveries and notifications, the other tabs, the token.
func (m *Manager) callouts(e Effect) (calls []func()) {
	switch e.Kind {
	case Probe:
		calls = append(calls, func() {
			m.env.Probe(e.URL, func(status int) { m.feed(Input{Kind: InProbe, Gen: e.Gen, Status: status}) })
		})
	case Beacon:
		calls = append(calls, func() { m.env.Beacon(e.URL, e.Body) })
	case Deliver:
		for _, s := range m.subs[e.Msg.Name] {
			calls = append(calls, func() { m.call(s, e.Msg) })
		}
	case NotifyState:
		for _, fn := range m.listeners.state.all() {
			calls = append(calls, func() { fn(e.State) })
		}
	case NotifyInstance:
		for _, fn := range m.listeners.instance.all() {
			calls = append(calls, func() { fn(e.Instance) })
		}
	case NotifyAuth:
		for _, fn := range m.listeners.auth.all() {
			calls = append(calls, func() { fn(e.Status) })
		}
	case Then:
		calls = append(calls, func() { m.feed(Input{Kind: e.Then}) })
	case Campaign:
		calls = append(calls, func() { m.faulted(m.tabs.Campaign(e.Steal)) })
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
		calls = append(calls, func() {
			m.tokens.Token(func(token string, err error) {
				in := Input{Kind: InToken, Gen: e.Gen, Token: token}
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
		Open:    func() { m.feed(Input{Kind: InOpen, Gen: gen}) },
		Message: func(msg Message) { m.feed(Input{Kind: InMessage, Gen: gen, Msg: msg}) },
		Error:   func(rs ReadyState) { m.feed(Input{Kind: InError, Gen: gen, ReadyState: rs}) },
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
