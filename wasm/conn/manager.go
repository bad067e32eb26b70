package conn

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"
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

// Event names the manager handles itself (see server/catalog).
const (
	eventHello       = "hello"
	eventHeartbeat   = "heartbeat"
	eventReset       = "reset"
	eventForceLogout = "force_logout"
)

var internalNames = []string{eventHello, eventHeartbeat, eventReset, eventForceLogout}

// Config keeps the seed's option names.
type Config struct {
	// NotificationsHost is the origin, e.g. "http://localhost:3001". Empty
	// means the page's own origin (a relative URL).
	NotificationsHost string
	// Path is the stream's path. Empty means "/v1/sse/connect".
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
// math/rand/v2.
type Deps struct {
	Dialer Dialer
	Env    Env
	Clock  Clock
	Rand   func() float64
}

// Stats is what the manager has counted.
type Stats struct {
	State         State
	Instance      int
	Subscriptions int
	Listeners     int // event names the current source listens to
	Events        uint64
	Duplicates    uint64 // events dropped because their id was delivered
	Resets        uint64
	NativeRetries uint64 // errors after which EventSource retried itself
	Retries       uint64 // backoff reconnects scheduled by the manager
	Stalls        uint64 // sockets found dead by the watchdog
	Beacons       uint64
	HandlerPanics uint64
	LastEventID   string
	LastError     string
	LastEventAt   time.Time
}

// Manager owns the page's one connection.
type Manager struct {
	cfg     Config
	baseURL string
	query   []param
	dial    Dialer
	env     Env
	clock   Clock
	rand    func() float64

	mu        sync.Mutex
	pending   []func() // calls to make once mu is released
	state     State
	src       Source
	gen       uint64 // bumps with every source; callbacks of older ones are ignored
	lastID    string
	prevID    string // id of the previous message of this open period
	seen      idSet
	subs      map[string][]*subscription
	listeners listeners
	loggedIn  bool
	closed    bool // Close was called
	suspended bool // the page went into the back/forward cache
	connected bool // a source opened since login: later attempts are Reconnecting
	hiddenAt  time.Time
	hidden    bool
	attempt   int
	retry     Timer
	watchdog  Timer
	lastSeen  time.Time
	token     string // the current stream's disconnect token
	floor     time.Duration
	heartbeat time.Duration
	stats     Stats
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
		cfg.Path = "/v1/sse/connect"
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
		deps.Rand = rand.Float64
	}
	return &Manager{
		cfg:      cfg,
		baseURL:  strings.TrimSuffix(cfg.NotificationsHost, "/") + cfg.Path,
		query:    query,
		dial:     deps.Dialer,
		env:      deps.Env,
		clock:    deps.Clock,
		rand:     deps.Rand,
		subs:     make(map[string][]*subscription),
		loggedIn: !cfg.LoggedOut,
		seen:     newIDSet(4096),
	}, nil
}

// unlock releases mu and then makes the calls queued while it was held.
func (m *Manager) unlock() {
	calls := m.pending
	m.pending = nil
	m.mu.Unlock()
	for _, call := range calls {
		call()
	}
}

func (m *Manager) later(f func()) { m.pending = append(m.pending, f) }

// Start opens the connection if the manager is logged in.
func (m *Manager) Start() {
	m.mu.Lock()
	defer m.unlock()
	if m.wantLocked() && m.src == nil {
		m.connectLocked()
	}
}

// wantLocked: should a connection exist now?
func (m *Manager) wantLocked() bool {
	return m.loggedIn && !m.closed && !m.suspended && m.state != Error
}

func (m *Manager) urlLocked() string {
	q := m.query
	if m.lastID != "" {
		q = slices.DeleteFunc(slices.Clone(q), func(p param) bool { return p.key == "lastEventId" })
		q = append(q, param{"lastEventId", m.lastID})
	}
	if len(q) == 0 {
		return m.baseURL
	}
	return m.baseURL + "?" + encodeQuery(q)
}

// connectLocked replaces the source with a new one that resumes from the
// last id. The instance number moves the moment the new source exists.
func (m *Manager) connectLocked() {
	m.dropSourceLocked() // bumps gen: late callbacks of the old source are ignored
	gen := m.gen
	names := append([]string(nil), internalNames...)
	for name := range m.subs {
		names = append(names, name)
	}
	u := m.urlLocked()
	src, err := m.dial.Dial(u, names, SourceEvents{
		Open:    func() { m.onOpen(gen) },
		Message: func(msg Message) { m.onMessage(gen, msg) },
		Error:   func(rs ReadyState) { m.onError(gen, rs) },
	})
	if err != nil {
		m.failLocked(err.Error())
		return
	}
	m.src = src
	m.stats.Instance++
	m.lastSeen = m.clock.Now()
	if m.connected {
		m.setStateLocked(Reconnecting)
	} else {
		m.setStateLocked(Connecting)
	}
	instance := m.stats.Instance
	for _, fn := range m.listeners.instance.all() {
		m.later(func() { fn(instance) })
	}
	m.armWatchdogLocked(gen)
}

// dropSourceLocked closes the source and cancels its timers.
func (m *Manager) dropSourceLocked() {
	if m.retry != nil {
		m.retry.Stop()
		m.retry = nil
	}
	if m.watchdog != nil {
		m.watchdog.Stop()
		m.watchdog = nil
	}
	if m.src != nil {
		m.src.Close()
		m.src = nil
	}
	m.gen++ // late callbacks of the old source are ignored
	m.token = ""
}

func (m *Manager) setStateLocked(s State) {
	if m.state == s {
		return
	}
	m.state = s
	for _, fn := range m.listeners.state.all() {
		m.later(func() { fn(s) })
	}
}

func (m *Manager) failLocked(reason string) {
	m.stats.LastError = reason
	m.dropSourceLocked()
	m.setStateLocked(Error)
}

func (m *Manager) onOpen(gen uint64) {
	m.mu.Lock()
	defer m.unlock()
	if gen != m.gen {
		return
	}
	m.attempt = 0
	m.connected = true
	m.prevID = ""
	m.lastSeen = m.clock.Now()
	m.setStateLocked(Connected)
}

func (m *Manager) onMessage(gen uint64, msg Message) {
	m.mu.Lock()
	defer m.unlock()
	if gen != m.gen {
		return
	}
	m.lastSeen = m.clock.Now()
	switch msg.Name {
	case eventHello:
		m.helloLocked(msg)
		return
	case eventHeartbeat:
		return
	}
	// EventSource reports the last id even for an event that had none, so
	// an id equal to the previous message's is not a duplicate.
	if msg.ID != "" && msg.ID != m.prevID {
		if m.seen.has(msg.ID) {
			m.stats.Duplicates++
			return
		}
		m.seen.add(msg.ID)
		m.lastID = msg.ID
		m.stats.LastEventID = msg.ID
	}
	m.prevID = msg.ID
	m.stats.Events++
	m.stats.LastEventAt = m.lastSeen
	msg.Instance = m.stats.Instance
	for _, s := range m.subs[msg.Name] {
		m.later(func() { m.call(s, msg) })
	}
	switch msg.Name {
	case eventReset:
		m.stats.Resets++
	case eventForceLogout:
		m.later(m.Logout)
	}
}

// helloLocked reads the stream's hello: its disconnect token, retry and
// heartbeat, and where it stands (its id).
func (m *Manager) helloLocked(msg Message) {
	h, ok := parseHello(msg.Data)
	if !ok {
		return
	}
	m.token = h.Token
	m.floor = time.Duration(h.RetryMs) * time.Millisecond
	m.heartbeat = time.Duration(h.HeartbeatMs) * time.Millisecond
	if msg.ID != "" {
		m.lastID = msg.ID
		m.prevID = msg.ID
	}
	m.armWatchdogLocked(m.gen)
}

// call runs one handler, isolating a panic.
func (m *Manager) call(s *subscription, msg Message) {
	defer func() {
		if v := recover(); v != nil {
			m.mu.Lock()
			m.stats.HandlerPanics++
			m.mu.Unlock()
			if m.cfg.OnHandlerPanic != nil {
				m.cfg.OnHandlerPanic(s.name, v)
			}
		}
	}()
	s.fn(msg)
}

func (m *Manager) onError(gen uint64, rs ReadyState) {
	m.mu.Lock()
	defer m.unlock()
	if gen != m.gen {
		return
	}
	if rs != ReadyClosed {
		// EventSource retries by itself, sending Last-Event-ID.
		m.stats.NativeRetries++
		m.setStateLocked(Reconnecting)
		return
	}
	// EventSource gave up (an HTTP error status, a wrong type, CORS) and
	// hides why: ask the URL for its status before deciding.
	u := m.urlLocked()
	m.dropSourceLocked()
	m.setStateLocked(Reconnecting)
	if m.env == nil {
		m.scheduleRetryLocked()
		return
	}
	probeGen := m.gen
	m.later(func() { m.env.Probe(u, func(status int) { m.onProbe(probeGen, status) }) })
}

func (m *Manager) onProbe(gen uint64, status int) {
	m.mu.Lock()
	defer m.unlock()
	if gen != m.gen || !m.wantLocked() {
		return
	}
	switch {
	case status == 401 || status == 403:
		m.failLocked(fmt.Sprintf("%v: HTTP %d", ErrAuthFailed, status))
		for _, fn := range m.listeners.auth.all() {
			m.later(func() { fn(status) })
		}
	case status >= 400 && status < 500 && status != 408 && status != 429:
		m.failLocked(fmt.Sprintf("conn: the origin rejects the stream request: HTTP %d", status))
	default:
		if status == 0 {
			m.stats.LastError = "network error"
		} else {
			m.stats.LastError = fmt.Sprintf("HTTP %d", status)
		}
		m.scheduleRetryLocked()
	}
}

func (m *Manager) scheduleRetryLocked() {
	d := Backoff(m.attempt, max(m.cfg.MinBackoff, m.floor), m.cfg.MaxBackoff, m.rand())
	m.attempt++
	m.stats.Retries++
	gen := m.gen
	m.retry = m.clock.AfterFunc(d, func() {
		m.mu.Lock()
		defer m.unlock()
		if gen == m.gen && m.wantLocked() && m.src == nil {
			m.connectLocked()
		}
	})
}

// armWatchdogLocked checks, while heartbeats are promised, that something
// arrives: a socket that died silently keeps readyState OPEN (Safari).
func (m *Manager) armWatchdogLocked(gen uint64) {
	if m.watchdog != nil {
		m.watchdog.Stop()
		m.watchdog = nil
	}
	if m.heartbeat <= 0 {
		return
	}
	limit := 2*m.heartbeat + time.Second
	m.watchdog = m.clock.AfterFunc(limit/2, func() {
		m.mu.Lock()
		defer m.unlock()
		if gen != m.gen || m.src == nil {
			return
		}
		if m.src.ReadyState() == ReadyOpen && m.clock.Now().Sub(m.lastSeen) > limit {
			m.stats.Stalls++
			m.stats.LastError = "stalled: no heartbeat"
			m.connectLocked()
			return
		}
		m.armWatchdogLocked(gen)
	})
}

// Subscribe calls fn with every event named name, from every connection,
// until the returned function is called.
func (m *Manager) Subscribe(name string, fn func(Message)) (unsubscribe func(), err error) {
	if name == "" || fn == nil {
		return nil, ErrBadName
	}
	s := &subscription{name: name, fn: fn}
	m.mu.Lock()
	defer m.unlock()
	m.subs[name] = append(m.subs[name], s)
	if len(m.subs[name]) == 1 && m.src != nil {
		m.src.Listen(name)
	}
	m.stats.Subscriptions++
	var once sync.Once
	return func() { once.Do(func() { m.unsubscribe(s) }) }, nil
}

func (m *Manager) unsubscribe(s *subscription) {
	m.mu.Lock()
	defer m.unlock()
	list := m.subs[s.name]
	for i, x := range list {
		if x == s {
			list = append(list[:i:i], list[i+1:]...)
			break
		}
	}
	m.stats.Subscriptions--
	if len(list) > 0 {
		m.subs[s.name] = list
		return
	}
	delete(m.subs, s.name)
	if m.src != nil && !isInternal(s.name) {
		m.src.Unlisten(s.name)
	}
}

func isInternal(name string) bool {
	for _, n := range internalNames {
		if n == name {
			return true
		}
	}
	return false
}

// State is the current state.
func (m *Manager) State() State {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.state
}

// Instance is the number of sources created so far; it moves the moment a
// new one exists.
func (m *Manager) Instance() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.stats.Instance
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
	s := m.stats
	s.State = m.state
	s.Listeners = len(internalNames)
	for name := range m.subs {
		if !isInternal(name) {
			s.Listeners++
		}
	}
	if m.src == nil {
		s.Listeners = 0
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
	defer m.unlock()
	if !m.loggedIn {
		return ErrLoggedOut
	}
	if m.suspended {
		return ErrPageLeft
	}
	m.closed = false
	m.attempt = 0
	m.state = Disconnected // leave Error without announcing it twice
	m.connectLocked()
	return nil
}

// Close closes the connection and stays closed until Reconnect or Login.
func (m *Manager) Close() {
	m.mu.Lock()
	defer m.unlock()
	m.closed = true
	m.dropSourceLocked()
	m.setStateLocked(Disconnected)
}

// Login connects (the origin identifies the user by its cookie).
func (m *Manager) Login() {
	m.mu.Lock()
	defer m.unlock()
	m.loggedIn, m.closed = true, false
	if m.state == Error {
		m.state = Disconnected
	}
	if m.src == nil && !m.suspended {
		m.attempt = 0
		m.connectLocked()
	}
}

// Logout closes the connection, forgets the user's place in the stream and
// does not reconnect until Login.
func (m *Manager) Logout() {
	m.mu.Lock()
	defer m.unlock()
	m.loggedIn = false
	m.connected = false
	m.dropSourceLocked()
	m.lastID, m.prevID = "", ""
	m.seen = newIDSet(4096)
	m.setStateLocked(Disconnected)
}

var (
	_ Lifecycle = (*Manager)(nil)
	_ Runtime   = (*Manager)(nil)
)

// Hidden records when the page went to the background.
func (m *Manager) Hidden() {
	m.mu.Lock()
	defer m.unlock()
	m.hidden, m.hiddenAt = true, m.clock.Now()
}

// Visible reconnects at once if the connection is gone or the page was
// hidden longer than the threshold (its socket may have been killed
// silently); a short absence keeps the connection.
func (m *Manager) Visible() {
	m.mu.Lock()
	defer m.unlock()
	wasHidden := m.hidden
	m.hidden = false
	if !m.wantLocked() {
		return
	}
	switch {
	case m.src == nil || m.src.ReadyState() == ReadyClosed:
		m.attempt = 0
		m.connectLocked()
	case wasHidden && (m.cfg.BackgroundThreshold < 0 || m.clock.Now().Sub(m.hiddenAt) > m.cfg.BackgroundThreshold):
		m.connectLocked()
	}
}

// Online reconnects at once: a network change kills the old socket.
func (m *Manager) Online() {
	m.mu.Lock()
	defer m.unlock()
	if m.wantLocked() {
		m.attempt = 0
		m.connectLocked()
	}
}

// PageHide sends the origin one beacon so it frees the stream at once,
// and closes the source, which keeps the page eligible for the
// back/forward cache.
func (m *Manager) PageHide(persisted bool) {
	m.mu.Lock()
	defer m.unlock()
	if m.suspended {
		return
	}
	m.suspended = true
	if m.token != "" && m.env != nil {
		beacon := strings.TrimSuffix(m.cfg.NotificationsHost, "/") + "/v1/sse/disconnect"
		token := m.token
		m.stats.Beacons++
		m.later(func() { m.env.Beacon(beacon, token) })
	}
	m.dropSourceLocked()
	m.setStateLocked(Disconnected)
}

// PageShow reconnects a page restored from the back/forward cache.
func (m *Manager) PageShow(persisted bool) {
	m.mu.Lock()
	defer m.unlock()
	if !m.suspended {
		return
	}
	m.suspended = false
	if m.wantLocked() {
		m.attempt = 0
		m.connectLocked()
	}
}
