package tetherapp

import (
	"encoding/json"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/tether-sse/tether/wasm/conn"
)

// ConnState is the go-app state that holds the connection's Conn.
const ConnState = "tether.conn"

// Event is one event as a component receives it.
type Event struct {
	Name     string
	ID       string
	Data     string // the raw payload; see Decode
	Instance int    // the instance number of the EventSource it came from
}

// Decode unmarshals the JSON payload into v.
func (e Event) Decode(v any) error { return json.Unmarshal([]byte(e.Data), v) }

// Conn is the connection as components observe it.
type Conn struct {
	State      string // one of the five conn.State names
	Instance   int    // EventSources created so far
	Reconnects int    // Instance - 1, never negative
	LastError  string // why the last connection failed, if it did
	AuthError  int    // 401 or 403 once the origin refused the session, else 0
	Role       string // "leader", "follower" or "solo": this tab's part in the browser's one stream
}

// binding is the runtime and what has been wired to the go-app engine.
type binding struct {
	mu        sync.Mutex
	rt        conn.Runtime
	forwarded map[string]bool // event names the runtime posts as actions
	feeding   bool            // ConnState is being kept up to date
	authError int
	failed    error // the runtime could not start (Start)
	offs      []func()
}

var current binding

// Use makes rt the runtime every component reaches. A second call (tests)
// detaches the previous one.
func Use(rt conn.Runtime) {
	current.mu.Lock()
	offs := current.offs
	current.rt, current.forwarded, current.feeding, current.authError, current.failed, current.offs = rt, map[string]bool{}, false, 0, nil, nil
	current.mu.Unlock()
	for _, off := range offs {
		off()
	}
}

// ActionName is the go-app action that carries events named event.
func ActionName(event string) string { return "tether:" + event }

// Subscribe calls h on the UI goroutine with every event named event
// while the component behind ctx is mounted. Call it from OnMount. A
// component holds one handler per event name: a second Subscribe for the
// same name replaces the first.
func Subscribe(ctx app.Context, event string, h func(app.Context, Event)) {
	ctx.Handle(ActionName(event), func(ctx app.Context, a app.Action) {
		if e, ok := a.Value.(Event); ok {
			h(ctx, e)
		}
	})
	current.forward(ctx, event)
}

// forward has the runtime post every event named event as an action, once
// per name for the life of the page; go-app drops handlers of components
// that are gone.
func (b *binding) forward(ctx app.Context, event string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.rt == nil || b.forwarded[event] {
		return
	}
	off, err := b.rt.Subscribe(event, func(m conn.Message) {
		ctx.NewActionWithValue(ActionName(event), Event{Name: m.Name, ID: m.ID, Data: m.Data, Instance: m.Instance})
	})
	if err != nil {
		app.Logf("tether: subscribing to %q: %v", event, err)
		return
	}
	b.forwarded[event] = true
	b.offs = append(b.offs, off)
}

// ObserveConn stores the connection in *recv now and after every change,
// updating the component behind ctx. Call it from OnMount.
func ObserveConn(ctx app.Context, recv *Conn) app.Observer {
	current.feed(ctx)
	return ctx.ObserveState(ConnState, recv)
}

// feed keeps ConnState up to date from the runtime's listeners.
func (b *binding) feed(ctx app.Context) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.rt == nil || b.feeding {
		ctx.SetState(ConnState, b.snapshotLocked()) // Disconnected, or Error when Start failed
		return
	}
	b.feeding = true
	rt := b.rt
	publish := func() { ctx.SetState(ConnState, b.snapshot()) }
	b.offs = append(b.offs,
		rt.OnState(func(conn.State) { publish() }),
		rt.OnInstance(func(int) { publish() }),
		rt.OnAuthError(func(status int) {
			b.mu.Lock()
			b.authError = status
			b.mu.Unlock()
			publish()
		}),
	)
	ctx.SetState(ConnState, b.snapshotLocked())
}

func (b *binding) snapshot() Conn {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.snapshotLocked()
}

// fail records why the runtime could not start: components see Error.
func (b *binding) fail(err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.failed = err
}

func (b *binding) snapshotLocked() Conn {
	switch {
	case b.failed != nil:
		return Conn{State: conn.Error.String(), LastError: b.failed.Error()}
	case b.rt == nil:
		return Conn{State: conn.Disconnected.String()}
	}
	s := b.rt.Stats()
	c := Conn{State: s.State.String(), Instance: s.Instance, LastError: s.LastError, AuthError: b.authError, Role: s.Role.String()}
	if s.Instance > 1 {
		c.Reconnects = s.Instance - 1
	}
	return c
}

func runtime() conn.Runtime {
	current.mu.Lock()
	defer current.mu.Unlock()
	return current.rt
}

// Stats is a snapshot of the runtime's counters (zero before Start, or Use
// in tests).
func Stats() conn.Stats {
	if rt := runtime(); rt != nil {
		return rt.Stats()
	}
	return conn.Stats{}
}

// Reconnect replaces the connection now, resuming from the last id.
func Reconnect() error {
	if rt := runtime(); rt != nil {
		return rt.Reconnect()
	}
	return conn.ErrLoggedOut
}

// Login connects; Logout closes and forgets the user's place in the
// stream; Close closes until Reconnect or Login. They act on the page's
// one connection, for every widget.
func Login() {
	if rt := runtime(); rt != nil {
		rt.Login()
	}
}

// Logout: see Login.
func Logout() {
	if rt := runtime(); rt != nil {
		rt.Logout()
	}
}

// Close: see Login.
func Close() {
	if rt := runtime(); rt != nil {
		rt.Close()
	}
}
