package conn

import (
	"fmt"
	"slices"
	"sync"
	"time"
)

// Start opens the connection if the manager is logged in.
func (m *Manager) Start() { m.feed(Input{Kind: InStart}) }

// Subscribe calls fn with every event named name, from every connection,
// until the returned function is called.
func (m *Manager) Subscribe(name string, fn func(Message)) (unsubscribe func(), err error) {
	if name == "" || fn == nil {
		return nil, ErrBadName
	}
	s := &subscription{name: name, fn: fn}
	m.mu.Lock()
	m.subs[name] = append(m.subs[name], s)
	m.subCount++
	var calls []func()
	if len(m.subs[name]) == 1 {
		calls = m.apply(Input{Kind: InListen, Name: name})
	}
	m.mu.Unlock()
	run(calls)
	var once sync.Once
	return func() { once.Do(func() { m.unsubscribe(s) }) }, nil
}

func (m *Manager) unsubscribe(s *subscription) {
	m.mu.Lock()
	list := slices.DeleteFunc(m.subs[s.name], func(x *subscription) bool { return x == s })
	m.subCount--
	var calls []func()
	if len(list) > 0 {
		m.subs[s.name] = list
	} else {
		delete(m.subs, s.name)
		calls = m.apply(Input{Kind: InUnlisten, Name: s.name})
	}
	m.mu.Unlock()
	run(calls)
}

// State is the current state.
func (m *Manager) State() State {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.mach.state
}

// Phase is where the connection stands, in more detail than State.
func (m *Manager) Phase() Phase {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.mach.phase
}

// Instance is the number of sources created so far; it moves the moment a
// new one exists.
func (m *Manager) Instance() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.mach.stats.Instance
}

// Source is the current source, or nil while there is none.
func (m *Manager) Source() Source {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.src
}

// Stats returns a snapshot of the counters.
func (m *Manager) Stats() Stats {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.mach.snapshot()
	s.Subscriptions = m.subCount
	if m.env != nil { // the bridge's own, where no port call could say
		n, last := m.env.Faults()
		s.Faults += uint64(n)
		if s.LastFault == "" {
			s.LastFault = last
		}
	}
	return s
}

// OnState calls fn after every state change until off is called.
func (m *Manager) OnState(fn func(State)) (off func()) { return m.listeners.state.add(&m.mu, fn) }

// OnInstance calls fn with the new instance number each time a source is
// created, before any of its events can arrive.
func (m *Manager) OnInstance(fn func(int)) (off func()) { return m.listeners.instance.add(&m.mu, fn) }

// OnAuthError calls fn with 401 or 403 when the origin refuses the session.
func (m *Manager) OnAuthError(fn func(status int)) (off func()) {
	return m.listeners.auth.add(&m.mu, fn)
}

// Reconnect replaces the connection now, resuming from the last id. It
// also leaves the Error and closed states.
func (m *Manager) Reconnect() error {
	m.mu.Lock()
	if err := m.mach.refusal(); err != nil {
		m.mu.Unlock()
		return err
	}
	calls := m.apply(Input{Kind: InReconnect})
	m.mu.Unlock()
	run(calls)
	return nil
}

// Close closes the connection and stays closed until Reconnect or Login.
func (m *Manager) Close() { m.feed(Input{Kind: InClose}) }

// Login connects (the origin identifies the user by its cookie).
func (m *Manager) Login() { m.feed(Input{Kind: InLogin}) }

// Logout closes the connection, forgets the user's place in the stream and
// does not reconnect until Login.
func (m *Manager) Logout() { m.feed(Input{Kind: InLogout}) }

var (
	_ Lifecycle = (*Manager)(nil)
	_ Runtime   = (*Manager)(nil)
)

// Hidden records when the page went to the background.
func (m *Manager) Hidden() { m.feed(Input{Kind: InHidden}) }

// Visible reconnects at once if the connection is gone or the page was
// hidden longer than the threshold (its socket may have been killed
// silently); a short absence keeps the connection.
func (m *Manager) Visible() {
	m.mu.Lock()
	closed := m.src != nil && m.src.ReadyState() == ReadyClosed
	calls := m.apply(Input{Kind: InVisible, SourceClosed: closed})
	m.mu.Unlock()
	run(calls)
}

// Online reconnects at once: a network change kills the old socket.
func (m *Manager) Online() { m.feed(Input{Kind: InOnline}) }

// PageHide sends the origin one beacon so it frees the stream at once,
// and closes the source, which keeps the page eligible for the
// back/forward cache.
// A tab that shares its stream hands it over first and closes its channel
// to the other tabs.
func (m *Manager) PageHide(persisted bool) {
	m.feed(Input{Kind: InPageHide})
	if m.tabs != nil {
		m.faulted(m.tabs.Detach())
	}
}

// PageShow reconnects a page restored from the back/forward cache.
func (m *Manager) PageShow(persisted bool) {
	if m.tabs != nil {
		m.faulted(m.tabs.Attach())
	}
	m.feed(Input{Kind: InPageShow})
}

// New validates cfg and returns a manager that has not connected yet.
func New(cfg Config, deps Deps) (*Manager, error) {
	if deps.Dialer == nil {
		return nil, ErrNoDialer
	}
	at, err := endpointOf(cfg)
	if err != nil {
		return nil, err
	}
	if cfg.BackgroundThreshold == 0 {
		cfg.BackgroundThreshold = 10 * time.Second
	}
	if cfg.MinBackoff <= 0 {
		cfg.MinBackoff = time.Second
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = 30 * time.Second
	}
	if deps.Clock == nil {
		deps.Clock = SystemClock{}
	}
	if deps.Rand == nil {
		deps.Rand = jitter(uint64(deps.Clock.Now()))
	}
	mc := machineConfig{
		url:             at.stream,
		tokens:          deps.Token != nil,
		threshold:       cfg.BackgroundThreshold,
		minBackoff:      cfg.MinBackoff,
		maxBackoff:      cfg.MaxBackoff,
		canProbe:        deps.Env != nil,
		shareAcrossTabs: deps.Tabs != nil,
		rand:            deps.Rand,
	}
	if deps.Env != nil {
		mc.beaconURL = at.beacon()
	}
	if deps.Tabs != nil {
		mc.self = deps.Tabs.ID()
	}
	m := &Manager{
		cfg:    cfg,
		dial:   deps.Dialer,
		env:    deps.Env,
		clock:  deps.Clock,
		tokens: deps.Token,
		tabs:   deps.Tabs,
		mach:   newMachine(mc, !cfg.LoggedOut),
		subs:   make(map[string][]*subscription),
	}
	if m.tabs != nil {
		// Tabs share a stream only when its URL is the same: host, path
		// and query (and so the user, whose cookie the tabs share).
		if err := m.tabs.Bind(TabsKeyPrefix+at.stream("", ""), TabEvents{
			Role:    func(r Role) { m.feed(Input{Kind: InRole, Role: r}) },
			Message: m.fromTab,
		}); err != nil {
			return nil, fmt.Errorf("conn: sharing the stream across tabs: %w", err)
		}
	}
	return m, nil
}
