package widgets

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Page is the Go micro-frontend's root: it replaces the first <div> of
// the host page's <body> and leaves the rest of the page alone.
type Page struct {
	app.Compo
	indicator     *Indicator
	tasks         app.Composer
	notifications app.Composer
	payments      app.Composer
	debug         *DebugPanel
}

// NewPage builds the page with its widgets, created once so that the
// page re-rendering never replaces them.
func NewPage() *Page {
	return &Page{
		indicator:     &Indicator{},
		tasks:         NewTasks(),
		notifications: NewNotifications(),
		payments:      NewPayments(),
		debug:         &DebugPanel{},
	}
}

func (p *Page) Render() app.UI {
	return app.Div().ID("go-widgets").Class("go-widgets").Body(
		app.Header().Body(
			app.H2().Text("Go widgets (go-app)"),
			p.indicator,
		),
		app.Div().Class("grid").Body(p.tasks, p.notifications, p.payments, p.debug),
	)
}
