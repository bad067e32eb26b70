//go:build js && wasm

// Command tasksapp is a go-app widget in its own module: it shows the
// latest task events from the page's Tether runtime.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/tether-sse/tether/server/catalog"
	"github.com/tether-sse/tether/wasm/jsapi"
	"github.com/tether-sse/tether/wasm/tetherapp"
)

type tasks struct {
	app.Compo
	conn  tetherapp.Conn
	items map[string]catalog.TaskData
}

func (t *tasks) OnMount(ctx app.Context) {
	tetherapp.ObserveConn(ctx, &t.conn)
	tetherapp.Subscribe(ctx, catalog.Task, func(ctx app.Context, e tetherapp.Event) {
		var task catalog.TaskData
		if e.Decode(&task) == nil {
			t.items[task.TaskID] = task
		}
	})
}

func (t *tasks) Render() app.UI {
	return app.Div().Body(
		app.P().Text(t.conn.State),
		app.Range(t.items).Map(func(id string) app.UI { return app.Li().Text(id + ": " + t.items[id].Status) }),
	)
}

func main() {
	rt, _, err := jsapi.Start()
	if err != nil {
		return // the loader's promise says why
	}
	tetherapp.Use(rt)
	app.Route("/", func() app.Composer { return &tasks{items: map[string]catalog.TaskData{}} })
	app.RunWhenOnBrowser()
}
