package widgets

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/tether-sse/tether/server/catalog"
	"github.com/tether-sse/tether/server/demo/events"
	"github.com/tether-sse/tether/wasm/tetherapp"
)

const maxLogLines = 8

// DebugPanel shows the last events (name, id, instance, never payloads),
// reconnects, the last error and the time since the last event.
type DebugPanel struct {
	app.Compo
	conn    tetherapp.Conn
	log     []logLine // newest last
	lastAt  time.Time
	now     time.Time
	stop    chan struct{}
	renders int
}

type logLine struct {
	at       time.Time
	name, id string
	instance int
}

// debugEvents are the events the panel logs.
var debugEvents = []string{events.Task, events.Notification, events.Payment, catalog.ForceLogout, catalog.Reset}

// OnMount wires the panel and starts its clock, which only the browser
// needs.
func (d *DebugPanel) OnMount(ctx app.Context) {
	d.wire(ctx)
	d.stop = make(chan struct{})
	go d.clock(ctx, d.stop)
}

func (d *DebugPanel) OnPreRender(ctx app.Context) { d.wire(ctx) }

func (d *DebugPanel) OnDismount() {
	if d.stop != nil {
		close(d.stop)
		d.stop = nil
	}
}

func (d *DebugPanel) wire(ctx app.Context) {
	d.now = time.Now()
	tetherapp.ObserveConn(ctx, &d.conn)
	for _, name := range debugEvents {
		tetherapp.Subscribe(ctx, name, d.record)
	}
}

func (d *DebugPanel) record(ctx app.Context, e tetherapp.Event) {
	d.now = time.Now()
	d.lastAt = d.now
	d.log = append(d.log, logLine{at: d.now, name: e.Name, id: e.ID, instance: e.Instance})
	if len(d.log) > maxLogLines {
		d.log = d.log[len(d.log)-maxLogLines:]
	}
}

// clock refreshes "since the last event" once a second until stop.
func (d *DebugPanel) clock(ctx app.Context, stop <-chan struct{}) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			ctx.Dispatch(func(app.Context) {
				d.now = time.Now()
				if at := tetherapp.Stats().LastEventAt; at != 0 {
					if t := time.Unix(0, int64(at)); t.After(d.lastAt) {
						d.lastAt = t // events the panel does not log count too
					}
				}
			})
		}
	}
}

func (d *DebugPanel) since() string {
	if d.lastAt.IsZero() {
		return "no event yet"
	}
	return fmt.Sprintf("%.0f s ago", d.now.Sub(d.lastAt).Seconds())
}

func (d *DebugPanel) Render() app.UI {
	d.renders++
	lastError := d.conn.LastError
	if lastError == "" {
		lastError = "none"
	}
	return app.Section().ID("go-debug").Class("widget debug").DataSet("renders", d.renders).Body(
		app.H2().Text("Event log"),
		app.Dl().Body(
			app.Dt().Text("Reconnects"), app.Dd().Class("reconnects").Text(d.conn.Reconnects),
			app.Dt().Text("Last error"), app.Dd().Class("last-error").Text(lastError),
			app.Dt().Text("Last event"), app.Dd().Class("since").Text(d.since()),
		),
		app.Ol().Class("log").Body(app.Range(d.log).Slice(func(i int) app.UI {
			l := d.log[len(d.log)-1-i]
			return app.Li().Text(fmt.Sprintf("%s  #%d  %s  %s", l.at.Format("15:04:05"), l.instance, l.id, l.name))
		})),
		app.Button().Text("Reconnect now").OnClick(func(ctx app.Context, e app.Event) {
			if err := tetherapp.Reconnect(); err != nil {
				app.Logf("tether: %v", err)
			}
		}),
	)
}
