package tetherapp_test

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/tether-sse/tether/wasm/conn"
	"github.com/tether-sse/tether/wasm/conn/conntest"
	"github.com/tether-sse/tether/wasm/tetherapp"
)

// taskCount is a widget: it counts task events and shows the connection.
type taskCount struct {
	app.Compo
	n    int
	conn tetherapp.Conn
}

func (c *taskCount) OnMount(ctx app.Context)     { c.wire(ctx) }
func (c *taskCount) OnPreRender(ctx app.Context) { c.wire(ctx) } // go-app's native test engine

func (c *taskCount) wire(ctx app.Context) {
	tetherapp.ObserveConn(ctx, &c.conn)
	tetherapp.Subscribe(ctx, "task", func(ctx app.Context, e tetherapp.Event) {
		var task struct{ TaskID string }
		if e.Decode(&task) == nil && task.TaskID != "" {
			c.n++
		}
	})
}

func (c *taskCount) Render() app.UI {
	return app.P().Text(fmt.Sprintf("%d tasks, %s on instance %d", c.n, c.conn.State, c.conn.Instance))
}

// A component subscribes through its context; the runtime here is the
// in-memory one, as in a test.
func ExampleSubscribe() {
	rt := conntest.NewRuntime()
	tetherapp.Use(rt)
	defer tetherapp.Use(nil)

	c := &taskCount{}
	e := app.NewTestEngine()
	e.Load(c)
	e.ConsumeAll()
	rt.SetState(conn.Connected, false, "")
	rt.Emit("task", "e-1", `{"taskId":"a"}`)
	rt.Emit("task", "e-2", `{"taskId":"b"}`)
	e.ConsumeAll()
	fmt.Println(c.n, c.conn.State, c.conn.Instance)
	// Output: 2 Connected 1
}
