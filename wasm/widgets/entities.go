package widgets

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/tether-sse/tether/server/catalog"
	"github.com/tether-sse/tether/server/demo/events"
	"github.com/tether-sse/tether/wasm/tetherapp"
)

const (
	maxRows = 8   // rows a widget shows
	maxIDs  = 100 // ids a widget keeps in data-ids
)

// entityList shows the latest state of each entity its event names: an
// update replaces that entity's row and leaves the others alone. Its
// fields are unexported, so a parent re-rendering never resets it.
type entityList struct {
	app.Compo
	id, title, event string
	describe         func(tetherapp.Event) (key, text string, err error)

	order   []string // entity keys, oldest first, so a new one shifts no row
	rows    map[string]entityRow
	ids     []string
	errors  int
	resets  int
	renders int
	// rowRenders counts renders per entity key, shared with the rows.
	rowRenders map[string]int
}

// entityRow is one entity as last updated.
type entityRow struct{ key, text, eventID string }

// rowView shows one entity; go-app re-renders it only when its exported
// fields change, that is, when an event names its entity.
type rowView struct {
	app.Compo
	Key, Text, EventID string
	renders            map[string]int // the list's rowRenders
}

func newEntityList(id, title, event string, describe func(tetherapp.Event) (string, string, error)) *entityList {
	return &entityList{id: id, title: title, event: event, describe: describe, rows: map[string]entityRow{}, rowRenders: map[string]int{}}
}

// NewTasks lists tasks by id: an update changes only its task's row.
func NewTasks() app.Composer {
	return newEntityList("go-tasks", "Tasks", events.Task, func(e tetherapp.Event) (string, string, error) {
		var t events.TaskData
		if err := e.Decode(&t); err != nil || t.TaskID == "" {
			return "", "", badPayload(e, err)
		}
		return t.TaskID, t.Title + " — " + t.Status, nil
	})
}

// NewNotifications lists notifications as they come.
func NewNotifications() app.Composer {
	return newEntityList("go-notifications", "Notifications", events.Notification, func(e tetherapp.Event) (string, string, error) {
		var n events.NotificationData
		if err := e.Decode(&n); err != nil || n.ID == "" {
			return "", "", badPayload(e, err)
		}
		return n.ID, n.Text, nil
	})
}

// NewPayments lists payments by id: an update changes only its row.
func NewPayments() app.Composer {
	return newEntityList("go-payments", "Payments", events.Payment, func(e tetherapp.Event) (string, string, error) {
		var p events.PaymentData
		if err := e.Decode(&p); err != nil || p.PaymentID == "" {
			return "", "", badPayload(e, err)
		}
		return p.PaymentID, fmt.Sprintf("%d.%02d %s — %s", p.Amount/100, p.Amount%100, p.Currency, p.Status), nil
	})
}

func badPayload(e tetherapp.Event, err error) error {
	if err == nil {
		err = fmt.Errorf("no entity key")
	}
	return fmt.Errorf("%q event %s: %w", e.Name, e.ID, err)
}

// go-app calls OnMount in the browser and OnPreRender natively (its test
// engine); both wire the widget.
func (l *entityList) OnMount(ctx app.Context)     { l.wire(ctx) }
func (l *entityList) OnPreRender(ctx app.Context) { l.wire(ctx) }

func (l *entityList) wire(ctx app.Context) {
	tetherapp.Subscribe(ctx, l.event, l.take)
	tetherapp.Subscribe(ctx, catalog.Reset, func(app.Context, tetherapp.Event) { l.resets++ })
}

func (l *entityList) take(ctx app.Context, e tetherapp.Event) {
	l.ids = append(l.ids, e.ID)
	if len(l.ids) > maxIDs {
		l.ids = l.ids[len(l.ids)-maxIDs:]
	}
	key, text, err := l.describe(e)
	if err != nil {
		l.errors++
		app.Logf("tether widget %s: %v", l.id, err) // names the event, never the payload
		return
	}
	if _, ok := l.rows[key]; !ok {
		l.order = append(l.order, key)
		if len(l.order) > maxRows {
			delete(l.rows, l.order[0])
			delete(l.rowRenders, l.order[0])
			l.order = l.order[1:]
		}
	}
	l.rows[key] = entityRow{key: key, text: text, eventID: e.ID}
}

func (l *entityList) Render() app.UI {
	l.renders++
	return app.Section().ID(l.id).Class("widget").
		DataSet("ids", strings.Join(l.ids, " ")).
		DataSet("errors", l.errors).
		DataSet("resets", l.resets).
		DataSet("renders", l.renders).
		Body(
			app.H2().Text(l.title),
			// CSS shows the list newest first (column-reverse).
			app.Ul().Body(app.Range(l.order).Slice(func(i int) app.UI {
				r := l.rows[l.order[i]]
				return &rowView{Key: r.key, Text: r.text, EventID: r.eventID, renders: l.rowRenders}
			})),
		)
}

func (r *rowView) Render() app.UI {
	r.renders[r.Key]++
	return app.Li().DataSet("key", r.Key).DataSet("id", r.EventID).DataSet("renders", r.renders[r.Key]).Text(r.Text)
}
