//go:build js && wasm

package tetherapp

import (
	"github.com/tether-sse/tether/wasm/conn"
	"github.com/tether-sse/tether/wasm/internal/jsapi"
)

// Start starts the page's runtime with opt, or joins the one another
// module started, and makes it the runtime every component reaches (Use).
// Call it before app.RunWhenOnBrowser, in a module loaded by go-app's
// app.js (app.Handler) or by the loader's loadWidgets. On a server it does
// nothing, so one main.go builds for both.
func Start(opt Options) error {
	c := conn.Config{
		NotificationsHost:   opt.NotificationsHost,
		Path:                opt.Path,
		QueryString:         opt.QueryString,
		BackgroundThreshold: opt.BackgroundThreshold,
		LoggedOut:           opt.LoggedOut,
	}
	jo := jsapi.Options{WithCredentials: opt.WithCredentials, ShareAcrossTabs: !opt.OwnStream}
	if opt.Token != nil {
		jo.Token = tokenFunc(opt.Token)
	}
	rt, _, err := jsapi.StartWith(c, jo)
	if err != nil {
		current.fail(err)
		return err
	}
	Use(rt)
	return nil
}
