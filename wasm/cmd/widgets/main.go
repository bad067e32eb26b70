//go:build js && wasm

// Command widgets is the go-app micro-frontend: the Go widgets of
// wasm/widgets on the page's one runtime. It owns the runtime if it starts
// first and joins it otherwise (jsapi.Start). Load it with loadWidgets in
// web/tether.js; it mounts into the first <div> of <body>.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/tether-sse/tether/wasm/internal/jsapi"
	"github.com/tether-sse/tether/wasm/tetherapp"
	"github.com/tether-sse/tether/wasm/widgets"
)

func main() {
	rt, _, err := jsapi.Start()
	if err != nil {
		return // the loader's promise says why
	}
	tetherapp.Use(rt)
	page := widgets.NewPage()
	app.RouteWithRegexp("^/", func() app.Composer { return page })
	app.RunWhenOnBrowser()
}
