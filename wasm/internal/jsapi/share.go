//go:build js && wasm

package jsapi

import (
	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
	"github.com/tether-sse/tether/wasm/internal/jsbridge"
)

// share returns the page's one runtime. If another module installed
// globalThis.tether, share joins it and api is nil; the loader in web/
// makes a module wait while another is still loading the runtime.
// Otherwise share builds a runtime from c and opt, installs it as
// globalThis.tether, starts it and returns its API: this module owns the
// connection. boot is the loader's: its early stream and queue.
//
// The check and the install happen in one JS task, so two modules can
// never both own a connection.
func share(c conn.Config, opt Options, boot Boot) (rt conn.Runtime, api *API, err error) {
	g := safejs.Global()
	early := boot.TakeEarly()
	defer func() {
		if err != nil || api == nil {
			early.Discard()
		}
	}()
	if v := jsbridge.Global("tether"); v.Type() == safejs.TypeObject {
		r, err := Join(v)
		return r, nil, err
	}
	out, err := newOutbox()
	if err != nil {
		return nil, nil, err
	}
	deps := conn.Deps{
		Dialer: jsbridge.Dialer{WithCredentials: opt.WithCredentials, Early: early,
			Queue: boot.Queue(), Listeners: out.fns, Batch: out.batch},
		Env:   jsbridge.Env{WithCredentials: opt.WithCredentials},
		Token: opt.Token,
	}
	if opt.ShareAcrossTabs {
		if tabs, err := jsbridge.NewTabs(); err == nil {
			deps.Tabs = tabs
		} // else each tab holds its own stream, as the option's doc says
	}
	m, err := conn.New(c, deps)
	if err != nil {
		return nil, nil, err
	}
	if _, err := jsbridge.WatchPage(m); err != nil {
		return nil, nil, err
	}
	if api, err = New(m, out); err != nil {
		return nil, nil, err
	}
	if err := g.Set("tether", api.Value()); err != nil {
		return nil, nil, err
	}
	// A tab that connects without dialing (a follower hears its leader)
	// has no use for the loader's early stream.
	var off func()
	off = m.OnState(func(s conn.State) {
		if s != conn.Connecting {
			early.Discard()
			off()
		}
	})
	m.Start()
	return m, api, nil
}
