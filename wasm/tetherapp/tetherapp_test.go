package tetherapp_test

import (
	"slices"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/tether-sse/tether/wasm/conn"
	"github.com/tether-sse/tether/wasm/conn/conntest"
	"github.com/tether-sse/tether/wasm/tetherapp"
)

// probe is a component that records what it receives.
type probe struct {
	app.Compo
	ids  []string
	inst []int
	conn tetherapp.Conn
}

// go-app calls OnMount in the browser and OnPreRender natively (its test
// engine), so the probe wires itself in both.
func (p *probe) OnMount(ctx app.Context)     { p.wire(ctx) }
func (p *probe) OnPreRender(ctx app.Context) { p.wire(ctx) }

func (p *probe) wire(ctx app.Context) {
	tetherapp.Subscribe(ctx, "task", func(ctx app.Context, e tetherapp.Event) {
		p.ids = append(p.ids, e.ID)
		p.inst = append(p.inst, e.Instance)
	})
	tetherapp.ObserveConn(ctx, &p.conn)
}

func (p *probe) Render() app.UI {
	return app.Ul().Body(app.Range(p.ids).Slice(func(i int) app.UI { return app.Li().Text(p.ids[i]) }))
}

type other struct{ app.Compo }

func (o *other) Render() app.UI { return app.P().Text("elsewhere") }

func setup(t *testing.T) (*conntest.Runtime, app.TestEngine) {
	t.Helper()
	rt := conntest.NewRuntime()
	tetherapp.Use(rt)
	t.Cleanup(func() { tetherapp.Use(nil) })
	return rt, app.NewTestEngine()
}

func TestSubscribeDeliversInOrderAndRenders(t *testing.T) {
	rt, e := setup(t)
	p := &probe{}
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	for _, id := range []string{"e-1", "e-2", "e-3"} {
		rt.Emit("task", id, `{}`)
	}
	rt.Emit("payment", "e-4", `{}`) // not subscribed
	e.ConsumeAll()
	if want := []string{"e-1", "e-2", "e-3"}; !slices.Equal(p.ids, want) {
		t.Fatalf("ids %v, want %v", p.ids, want)
	}
	if err := app.Match(app.Li().Text("e-3"), p, 0, 2); err != nil {
		t.Error(err)
	}
}

func TestRemountAfterReconnectNeedsNoBookkeeping(t *testing.T) {
	rt, e := setup(t)
	first := &probe{}
	if err := e.Load(first); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	rt.Emit("task", "e-1", `{}`)
	e.ConsumeAll()

	if err := e.Load(&other{}); err != nil { // dismounts first
		t.Fatal(err)
	}
	e.ConsumeAll()
	rt.SetState(conn.Reconnecting, false, "network")
	rt.SetState(conn.Connected, true, "")
	rt.Emit("task", "e-2", `{}`) // nobody mounted wants it
	e.ConsumeAll()

	second := &probe{}
	if err := e.Load(second); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	rt.Emit("task", "e-3", `{}`)
	e.ConsumeAll()

	if !slices.Equal(first.ids, []string{"e-1"}) {
		t.Errorf("dismounted component got %v, want only e-1", first.ids)
	}
	if !slices.Equal(second.ids, []string{"e-3"}) || !slices.Equal(second.inst, []int{2}) {
		t.Errorf("remounted component got %v on instances %v, want e-3 on 2", second.ids, second.inst)
	}
	if n := rt.Subscribers("task"); n != 1 {
		t.Errorf("runtime holds %d task subscriptions, want 1 for the page", n)
	}
}

func TestObserveConnFollowsTheRuntime(t *testing.T) {
	rt, e := setup(t)
	p := &probe{}
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if p.conn.State != "Connecting" || p.conn.Instance != 1 {
		t.Fatalf("initial conn %+v, want Connecting on instance 1", p.conn)
	}
	steps := []struct {
		name string
		do   func()
		want tetherapp.Conn
	}{
		{"open", func() { rt.SetState(conn.Connected, false, "") }, tetherapp.Conn{State: "Connected", Instance: 1, Role: "solo"}},
		{"drop", func() { rt.SetState(conn.Reconnecting, false, "stream dropped") }, tetherapp.Conn{State: "Reconnecting", Instance: 1, LastError: "stream dropped", Role: "solo"}},
		{"reopen", func() { rt.SetState(conn.Connected, true, "") }, tetherapp.Conn{State: "Connected", Instance: 2, Reconnects: 1, Role: "solo"}},
		{"refused", func() { rt.Refuse(401) }, tetherapp.Conn{State: "Error", Instance: 2, Reconnects: 1, LastError: "refused", AuthError: 401, Role: "solo"}},
	}
	for _, s := range steps {
		s.do()
		e.ConsumeAll()
		if p.conn != s.want {
			t.Errorf("%s: conn %+v, want %+v", s.name, p.conn, s.want)
		}
	}
}

func TestEventDecode(t *testing.T) {
	var v struct{ N int }
	if err := (tetherapp.Event{Data: `{"N":7}`}).Decode(&v); err != nil || v.N != 7 {
		t.Errorf("Decode = %v, N %d", err, v.N)
	}
	if err := (tetherapp.Event{Data: `{"N":`}).Decode(&v); err == nil {
		t.Error("Decode accepted a truncated payload")
	}
}

func TestControlsReachTheRuntime(t *testing.T) {
	rt, _ := setup(t)
	if err := tetherapp.Reconnect(); err != nil || rt.Reconnects() != 1 {
		t.Errorf("Reconnect = %v, runtime saw %d", err, rt.Reconnects())
	}
	rt.Emit("task", "e-9", `{}`)
	if s := tetherapp.Stats(); s.Events != 1 || s.LastEventID != "e-9" {
		t.Errorf("Stats = %+v", s)
	}
	tetherapp.Logout()
	if s := rt.State(); s != conn.Disconnected {
		t.Errorf("after Logout: %v", s)
	}
	tetherapp.Login()
	if s, n := rt.State(), rt.Instance(); s != conn.Connected || n != 2 {
		t.Errorf("after Login: %v on instance %d", s, n)
	}
	tetherapp.Close()
	if s := rt.State(); s != conn.Disconnected {
		t.Errorf("after Close: %v", s)
	}
	tetherapp.Use(nil)
	tetherapp.Login() // no runtime: nothing to do, no panic
	if err := tetherapp.Reconnect(); err == nil {
		t.Error("Reconnect with no runtime succeeded")
	}
}
