package widgets

import (
	"fmt"
	"maps"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/tether-sse/tether/wasm/conn"
	"github.com/tether-sse/tether/wasm/conn/conntest"
	"github.com/tether-sse/tether/wasm/tetherapp"
)

func load(t *testing.T, c app.Composer) (*conntest.Runtime, app.TestEngine) {
	t.Helper()
	rt := conntest.NewRuntime()
	tetherapp.Use(rt)
	t.Cleanup(func() { tetherapp.Use(nil) })
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return rt, e
}

func task(id, status string) string {
	return fmt.Sprintf(`{"taskId":%q,"title":"Task %s","status":%q}`, id, id, status)
}

func TestEntityUpdateRerendersOnlyItsRow(t *testing.T) {
	page := NewPage()
	rt, e := load(t, page)
	tasks := page.tasks.(*entityList)
	notes := page.notifications.(*entityList)

	rt.Emit("task", "e-1", task("a", "todo"))
	rt.Emit("task", "e-2", task("b", "todo"))
	rt.Emit("notification", "e-3", `{"id":"n1","text":"hi"}`)
	e.ConsumeAll()
	rowsBefore := maps.Clone(tasks.rowRenders)
	notesBefore := notes.renders

	rt.Emit("task", "e-4", task("a", "done"))
	e.ConsumeAll()
	rowsAfter := tasks.rowRenders

	if got := tasks.ids; strings.Join(got, " ") != "e-1 e-2 e-4" {
		t.Errorf("tasks took %v", got)
	}
	if rowsAfter["a"] != rowsBefore["a"]+1 {
		t.Errorf("row a rendered %d times, was %d: want one more", rowsAfter["a"], rowsBefore["a"])
	}
	if rowsAfter["b"] != rowsBefore["b"] {
		t.Errorf("row b re-rendered (%d → %d) for an update of a", rowsBefore["b"], rowsAfter["b"])
	}
	if notes.renders != notesBefore {
		t.Errorf("notifications re-rendered (%d → %d) for a task update", notesBefore, notes.renders)
	}
	if err := app.Match(app.Li().DataSet("key", "a").DataSet("id", "e-4").DataSet("renders", rowsAfter["a"]).Text("Task a — done"), tasks, 0, 1, 0, 0); err != nil {
		t.Error(err)
	}
}

func TestMalformedPayloadIsCountedNotShown(t *testing.T) {
	page := NewPage()
	rt, e := load(t, page)
	pays := page.payments.(*entityList)
	rt.Emit("payment", "e-1", `{"paymentId":"p1","amountCents":1250,"currency":"EUR","status":"paid"}`)
	rt.Emit("payment", "e-2", `{"paymentId":`)
	rt.Emit("payment", "e-3", `{"amountCents":1}`) // names no entity
	e.ConsumeAll()
	if pays.errors != 2 || len(pays.order) != 1 || strings.Join(pays.ids, " ") != "e-1 e-2 e-3" {
		t.Errorf("errors %d, rows %v, ids %v", pays.errors, pays.order, pays.ids)
	}
	if err := app.Match(app.Li().DataSet("key", "p1").DataSet("id", "e-1").DataSet("renders", 1).Text("12.50 EUR — paid"), pays, 0, 1, 0, 0); err != nil {
		t.Error(err)
	}
}

func TestListKeepsTheNewestRows(t *testing.T) {
	notes := NewNotifications().(*entityList)
	rt, e := load(t, notes)
	for i := 1; i <= maxRows+3; i++ {
		rt.Emit("notification", fmt.Sprintf("e-%d", i), fmt.Sprintf(`{"id":"n%d","text":"t"}`, i))
	}
	e.ConsumeAll()
	if len(notes.order) != maxRows || notes.order[0] != "n4" || notes.order[maxRows-1] != "n11" || len(notes.rowRenders) != maxRows {
		t.Errorf("order %v, %d counters", notes.order, len(notes.rowRenders))
	}
}

func TestIndicatorShowsStatesAndTheSignal(t *testing.T) {
	ind := &Indicator{}
	rt, e := load(t, ind)
	steps := []struct {
		name        string
		do          func()
		state, note string
		instance    int
	}{
		{"start", func() {}, "Connecting", "", 1},
		{"open", func() { rt.SetState(conn.Connected, false, "") }, "Connected", "", 1},
		{"force_logout", func() {
			rt.Emit("force_logout", "e-1", `{}`)
			rt.SetState(conn.Disconnected, false, "")
		}, "Disconnected", "Signed out by the server (force_logout)", 1},
		{"login", func() { rt.SetState(conn.Connected, true, "") }, "Connected", "", 2},
		{"refused", func() { rt.Refuse(403) }, "Error", "Session refused (HTTP 403)", 2},
	}
	for _, s := range steps {
		s.do()
		e.ConsumeAll()
		body := []app.UI{
			app.Span().Class("dot"),
			app.Span().Class("state").Text(s.state),
			app.Span().Class("instance").Body(app.Text("instance "), app.B().Text(s.instance)),
		}
		if s.note != "" {
			body = append(body, app.Span().Class("signal").Text(s.note))
		}
		want := app.Div().ID("go-indicator").Class("indicator").DataSet("state", s.state).DataSet("renders", ind.renders).Aria("live", "polite").Body(body...)
		if err := app.Match(want, ind, 0); err != nil {
			t.Errorf("%s: %v", s.name, err)
		}
	}
}

func TestDebugPanelLogsEventsAndReconnects(t *testing.T) {
	d := &DebugPanel{}
	rt, e := load(t, d)
	rt.Emit("task", "e-1", task("a", "todo"))
	rt.SetState(conn.Reconnecting, false, "stream dropped")
	e.ConsumeAll()
	rt.SetState(conn.Connected, true, "")
	rt.Emit("payment", "e-2", `{}`)
	rt.Emit("heartbeat", "", ``) // not logged
	e.ConsumeAll()

	if len(d.log) != 2 || d.log[0].id != "e-1" || d.log[0].instance != 1 || d.log[1].id != "e-2" || d.log[1].instance != 2 {
		t.Errorf("log %+v", d.log)
	}
	if err := app.Match(app.Dd().Class("reconnects").Text(1), d, 0, 1, 1); err != nil {
		t.Error(err)
	}
	if d.conn.LastError != "" || d.since() != "0 s ago" {
		t.Errorf("last error %q, since %q", d.conn.LastError, d.since())
	}
}
