// Package tetherapp is the Go API over the Tether runtime for go-app
// components. Components reach it only through their app.Context: events
// arrive as go-app actions and the connection as go-app state, both on the
// UI goroutine. They never touch syscall/js or an EventSource.
//
// # Events
//
// Subscribe in OnMount (and in OnPreRender, which go-app calls instead
// of OnMount natively, in its test engine); the handler runs for every event of that name until
// the component dismounts. The subscription belongs to the runtime, not to
// an EventSource, so a component mounted after a reconnect, or mounted
// again, gets its events with no instanceId bookkeeping of its own.
//
// # Connection
//
// ObserveConn keeps a Conn field up to date: state, instance number,
// reconnects, last error and the last auth refusal.
//
// # One runtime per page
//
// main calls Start once, before app.RunWhenOnBrowser: in the browser it
// starts the page's runtime (or joins the one another module started,
// plain JS or go-app); natively it does nothing, so one main.go builds for
// both targets. Options carry the loader's options in Go (QueryString,
// Path under a prefix, a Token function); a module loaded by the page's
// loadWidgets takes the page's config over them. Tests hand components an
// in-memory runtime with Use (wasm/conn/conntest).
//
// # A whole component
//
//	type tasks struct {
//		app.Compo
//		conn tetherapp.Conn
//		rows []string
//	}
//
//	func (t *tasks) OnMount(ctx app.Context) {
//		tetherapp.ObserveConn(ctx, &t.conn) // State, Reconnects, LastError…
//		tetherapp.Subscribe(ctx, "task", func(ctx app.Context, e tetherapp.Event) {
//			var task struct{ TaskID, Status string }
//			if e.Decode(&task) == nil {
//				t.rows = append(t.rows, task.TaskID+": "+task.Status)
//			}
//		})
//	}
//
//	func (t *tasks) Render() app.UI {
//		return app.Div().Body(
//			app.P().Text("Stream: "+t.conn.State),
//			app.Ul().Body(app.Range(t.rows).Slice(func(i int) app.UI { return app.Li().Text(t.rows[i]) })),
//		)
//	}
//
//	func main() {
//		app.Route("/", func() app.Composer { return &tasks{} })
//		tetherapp.Start(tetherapp.Options{QueryString: "topics=tasks"})
//		app.RunWhenOnBrowser()
//	}
//
// build/examples/goapp is such an app, served by app.Handler with the
// origin mounted beside it; ExampleSubscribe runs one against the
// in-memory runtime.
package tetherapp
