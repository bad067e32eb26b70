//go:build js && wasm

// Command widgets is the go-app micro-frontend: the Go widgets of
// wasm/widgets on the page's one runtime. It owns the runtime if it starts
// first and joins it otherwise (jsapi.Share). Load it with loadWidgets in
// web/tether.js; it mounts into the first <div> of <body>.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/tether-sse/tether/wasm/jsapi"
	"github.com/tether-sse/tether/wasm/tetherapp"
	"github.com/tether-sse/tether/wasm/widgets"
)

func main() {
	boot := jsapi.ReadBoot()
	rt, _, err := jsapi.Share(boot.Config())
	if err != nil {
		boot.Reject(err)
		return
	}
	tetherapp.Use(rt)
	page := widgets.NewPage()
	app.RouteWithRegexp("^/", func() app.Composer { return page })
	boot.Resolve()
	app.RunWhenOnBrowser()
}
