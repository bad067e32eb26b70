package widgets

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/tether-sse/tether/server/catalog"
	"github.com/tether-sse/tether/wasm/tetherapp"
)

// Indicator shows the connection's state, instance number and this tab's
// role among the tabs that share one stream, and the
// force_logout signal when the origin sends it.
type Indicator struct {
	app.Compo
	conn    tetherapp.Conn
	signal  string
	renders int
}

func (i *Indicator) OnMount(ctx app.Context)     { i.wire(ctx) }
func (i *Indicator) OnPreRender(ctx app.Context) { i.wire(ctx) }

func (i *Indicator) wire(ctx app.Context) {
	tetherapp.ObserveConn(ctx, &i.conn).OnChange(func() {
		if i.conn.State == "Connected" {
			i.signal = "" // signed in again
		}
	})
	tetherapp.Subscribe(ctx, catalog.ForceLogout, func(ctx app.Context, e tetherapp.Event) {
		i.signal = "Signed out by the server (force_logout)"
	})
}

func (i *Indicator) Render() app.UI {
	i.renders++
	note := i.signal
	if i.conn.AuthError != 0 {
		note = fmt.Sprintf("Session refused (HTTP %d)", i.conn.AuthError)
	}
	return app.Div().ID("go-indicator").Class("indicator").
		DataSet("state", i.conn.State).
		DataSet("renders", i.renders).
		Aria("live", "polite").
		Body(
			app.Span().Class("dot"),
			app.Span().Class("state").Text(i.conn.State),
			app.Span().Class("instance").Body(app.Text("instance "), app.B().Text(i.conn.Instance)),
			app.Span().Class("role").Body(app.Text("role "), app.B().Text(i.conn.Role)),
			app.If(note != "", func() app.UI { return app.Span().Class("signal").Text(note) }),
		)
}
