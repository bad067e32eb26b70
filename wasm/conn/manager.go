package conn

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/tether-sse/tether/server/catalog"
)

// Errors of this package.
var (
	ErrNoDialer   = errors.New("conn: Deps.Dialer is required")
	ErrBadHost    = errors.New("conn: notificationsHost must be an absolute http(s) URL without a path")
	ErrBadPath    = errors.New("conn: path must start with /")
	ErrBadQuery   = errors.New("conn: queryString does not parse")
	ErrBadName    = errors.New("conn: event name must be non-empty")
	ErrLoggedOut  = errors.New("conn: logged out: call Login first")
	ErrPageLeft   = errors.New("conn: the page was hidden for the back/forward cache")
	ErrAuthFailed = errors.New("conn: the origin refused the session")
)

// Event names the manager handles itself, as the origin names them.
const (
	eventHello       = catalog.Hello
	eventHeartbeat   = catalog.Heartbeat
	eventReset       = catalog.Reset
	eventForceLogout = catalog.ForceLogout
)

var internalNames = []string{eventHello, eventHeartbeat, eventReset, eventForceLogout}

// Config keeps the seed's option names.
type Config struct {
	// NotificationsHost is the origin, e.g. "http://localhost:3001". Empty
	// means the page's own origin (a relative URL).
	NotificationsHost string
	// Path is the stream's path. Empty means "/v1/sse/connect". The page-exit
	// beacon goes to the same path with its last segment "disconnect".
	Path string
	// QueryString is appended to the stream URL, e.g. "intervalMs=1000".
	// A leading "?" is ignored. Empty means none.
	QueryString string
	// BackgroundThreshold: hidden longer than this, the page reconnects on
	// return. Zero means 10s; negative means always reconnect on return
	// (the JS option's 0).
	BackgroundThreshold time.Duration
	// MinBackoff and MaxBackoff bound the reconnect delay. Zero means 1s
	// and 30s. The server's retry: raises the minimum.
	MinBackoff, MaxBackoff time.Duration
	// LoggedOut starts the manager logged out: it connects on Login. False
	// (the default) connects on Start.
	LoggedOut bool
	// OnHandlerPanic hears of a handler that panicked (it was isolated).
	// Nil means the panic is only counted.
	OnHandlerPanic func(event string, v any)
}

// Deps are the ports. Dialer is required; nil Clock means SystemClock,
// nil Env means no beacons and no status probes, nil Rand means
// a generator seeded from the clock (see jitter), nil Token means streams carry no access token, nil Tabs
// means this tab holds its own stream (role solo).
type Deps struct {
	Dialer Dialer
	Env    Env
	Clock  Clock
	Rand   func() float64
	Token  TokenSource
	Tabs   Tabs
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

// New validates cfg and returns a manager that has not connected yet.
func New(cfg Config, deps Deps) (*Manager, error) {
	if deps.Dialer == nil {
		return nil, ErrNoDialer
	}
	if cfg.NotificationsHost != "" {
		if !validHost(cfg.NotificationsHost) {
			return nil, fmt.Errorf("%w, got %q", ErrBadHost, cfg.NotificationsHost)
		}
	}
	if cfg.Path == "" {
		cfg.Path = catalog.StreamPath
	}
	if !strings.HasPrefix(cfg.Path, "/") {
		return nil, fmt.Errorf("%w, got %q", ErrBadPath, cfg.Path)
	}
	query, err := parseQuery(strings.TrimPrefix(cfg.QueryString, "?"))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadQuery, err)
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
		deps.Rand = jitter(uint64(deps.Clock.Now().UnixNano()))
	}
	host := strings.TrimSuffix(cfg.NotificationsHost, "/")
	base := host + cfg.Path
	mc := machineConfig{
		url:        func(lastID, token string) string { return streamURL(base, query, lastID, token) },
		tokens:     deps.Token != nil,
		threshold:  cfg.BackgroundThreshold,
		minBackoff: cfg.MinBackoff,
		maxBackoff: cfg.MaxBackoff,
		canProbe:   deps.Env != nil,
		shared:     deps.Tabs != nil,
		rand:       deps.Rand,
	}
	if deps.Env != nil {
		mc.beaconURL = host + beaconPath(cfg.Path)
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
		m.tabs.Bind("tether "+streamURL(base, query, "", ""), TabEvents{
			Role:    func(r Role) { m.feed(Input{Kind: InRole, Role: r}) },
			Message: m.fromTab,
		})
	}
	return m, nil
}

// jitter is the default Rand: xorshift64 from seed. Backoff jitter needs
// spread, not secrecy, and math/rand/v2 is bytes the lean module need not
// carry (a test keeps it out). The manager calls it under its lock.
func jitter(seed uint64) func() float64 {
	s := seed | 1
	return func() float64 {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		return float64(s>>11) / (1 << 53)
	}
}

// streamURL is base with the configured query and, once the page has seen
// an event, lastEventId in place of any the query had; the same for the
// access token when there is one.
func streamURL(base string, query []param, lastID, token string) string {
	q := query
	for _, p := range []param{{"lastEventId", lastID}, {"access_token", token}} {
		if p.value != "" {
			q = slices.DeleteFunc(slices.Clone(q), func(x param) bool { return x.key == p.key })
			q = append(q, p)
		}
	}
	if len(q) == 0 {
		return base
	}
	return base + "?" + encodeQuery(q)
}

// beaconPath is the stream's path with its last segment "disconnect", as
// the origin serves it beside the stream (catalog.DisconnectPath).
func beaconPath(stream string) string {
	return stream[:strings.LastIndexByte(stream, '/')+1] + "disconnect"
}

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
	for i := 0; i < len(effects); i++ {
		e := effects[i]
		switch e.Kind {
		case Dial:
			if e.Relay {
				m.src = &relaySource{on: m.sourceEvents(e.Gen), post: m.tabs.Post, term: e.Term}
				join := TabMessage{Kind: TabJoin, LastID: e.LastID, Names: e.Names, Term: e.Term}
				calls = append(calls, func() { m.tabs.Post(join) })
				continue
			}
			src, err := m.dial.Dial(e.URL, e.Names, m.sourceEvents(e.Gen))
			if err != nil {
				effects = append(effects, m.mach.step(Input{Kind: InDialFailed, Gen: e.Gen, Err: err.Error()}, now)...)
				continue
			}
			m.src = src
		case CloseSource:
			m.src.Close()
			m.src = nil
		case Listen:
			m.src.Listen(e.Name)
		case Unlisten:
			m.src.Unlisten(e.Name)
		case Arm:
			m.timers[e.Timer] = m.clock.AfterFunc(e.After, func() { m.feed(Input{Kind: InTimer, Timer: e.Timer, Gen: e.Gen}) })
		case Stop:
			if t := m.timers[e.Timer]; t != nil {
				t.Stop()
				m.timers[e.Timer] = nil
			}
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
			calls = append(calls, func() { m.tabs.Campaign(e.Steal) })
		case Resign:
			calls = append(calls, m.tabs.Resign)
		case Confirm:
			calls = append(calls, m.tabs.Confirm)
		case Relay:
			calls = append(calls, func() {
				m.tabs.Post(TabMessage{Kind: TabEvent, Msg: e.Msg, To: e.To, Term: e.Term, LastID: e.LastID})
			})
		case Rejoin:
			calls = append(calls, func() { m.tabs.Post(TabMessage{Kind: TabJoin, LastID: e.LastID, Names: e.Names, Term: e.Term}) })
		case Announce:
			calls = append(calls, func() { m.tabs.Post(TabMessage{Kind: TabStatus, Status: e.Leader, Term: e.Term}) })
		case Share:
			kind := TabLogin
			if e.Then == InLogout {
				kind = TabLogout
			}
			calls = append(calls, func() { m.tabs.Post(TabMessage{Kind: kind}) })
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
	}
	return calls
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
		m.mu.Lock()
		calls := m.apply(Input{Kind: InLeader, Leader: tm.Status, Term: tm.Term})
		// The machine obeys the status's term (it heard none higher): the
		// relay, a new one if this tab just stood down, takes it too.
		if relay, ok := m.src.(*relaySource); ok && !tm.Term.Less(m.mach.term) {
			join := TabMessage{Kind: TabJoin, LastID: m.mach.lastID, Names: m.mach.sourceNames()}
			calls = append(calls, relay.status(tm.Term, tm.Status, join)...)
		}
		m.mu.Unlock()
		run(calls)
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
			m.mu.Lock()
			m.mach.stats.HandlerPanics++
			m.mu.Unlock()
			if m.cfg.OnHandlerPanic != nil {
				m.cfg.OnHandlerPanic(s.name, v)
			}
		}
	}()
	s.fn(msg)
}

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
	s := m.mach.stats
	s.State = m.mach.state
	s.Subscriptions = m.subCount
	s.Listeners = m.mach.listeners()
	s.Role = m.mach.role
	s.Term = m.mach.term.N
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
		m.tabs.Detach()
	}
}

// PageShow reconnects a page restored from the back/forward cache.
func (m *Manager) PageShow(persisted bool) {
	if m.tabs != nil {
		m.tabs.Attach()
	}
	m.feed(Input{Kind: InPageShow})
}
