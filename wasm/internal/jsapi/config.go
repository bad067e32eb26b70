//go:build js && wasm

package jsapi

import (
	"fmt"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
	"github.com/tether-sse/tether/wasm/internal/jsbridge"
	"github.com/tether-sse/tether/wasm/loader"
)

// Options are the loader's options beyond conn.Config.
type Options struct {
	// WithCredentials sends cookies to a cross-origin notificationsHost.
	WithCredentials bool
	// Token fetches the access token before every new source: the token
	// option (a JS function returning it or a promise of it), or a Go
	// one. Nil means none.
	Token conn.TokenSource
	// ShareAcrossTabs shares one stream among the tabs of the same stream
	// URL where the browser can (the default); false keeps this tab's own.
	ShareAcrossTabs bool
}

// DefaultOptions are the options of a page that sets none.
var DefaultOptions = Options{ShareAcrossTabs: true}

// ReadConfigOnto reads the loader's options (loader.OptionNames) from a JS
// object over cfg and opt: each option the object sets replaces theirs;
// the others keep theirs (undefined keeps them all). Wrong types are
// errors, not defaults.
func ReadConfigOnto(cfg conn.Config, opt Options, v safejs.Value) (conn.Config, Options, error) {
	if v.IsUndefined() || v.IsNull() {
		return cfg, opt, nil
	}
	var err error
	get := func(name string, want safejs.Type) (safejs.Value, bool) {
		p, e := v.Get(name)
		if e != nil || p.IsUndefined() || p.IsNull() {
			return p, false
		}
		if p.Type() != want {
			err = fmt.Errorf("tether: option %s must be a %s, got a %s", name, want, p.Type())
			return p, false
		}
		return p, true
	}
	if p, ok := get(loader.OptNotificationsHost, safejs.TypeString); ok {
		cfg.NotificationsHost = jsbridge.String(p)
	}
	if p, ok := get(loader.OptPath, safejs.TypeString); ok {
		cfg.Path = jsbridge.String(p)
	}
	if p, ok := get(loader.OptQueryString, safejs.TypeString); ok {
		cfg.QueryString = jsbridge.String(p)
	}
	if p, ok := get(loader.OptBackgroundThresholdMs, safejs.TypeNumber); ok {
		ms := jsbridge.Float(p)
		switch {
		case ms < 0 || ms != ms:
			err = fmt.Errorf("tether: option backgroundThresholdMs must be ≥ 0 (0 = always reconnect on return), got %v", ms)
		case ms == 0:
			cfg.BackgroundThreshold = -1
		default:
			cfg.BackgroundThreshold = time.Duration(ms * float64(time.Millisecond))
		}
	}
	if p, ok := get(loader.OptWithCredentials, safejs.TypeBoolean); ok {
		opt.WithCredentials = jsbridge.Bool(p)
	}
	if p, ok := get(loader.OptToken, safejs.TypeFunction); ok {
		opt.Token = jsbridge.TokenFunc{Fn: p}
	}
	if p, ok := get(loader.OptShareAcrossTabs, safejs.TypeBoolean); ok {
		opt.ShareAcrossTabs = jsbridge.Bool(p)
	}
	if p, ok := get(loader.OptLoggedIn, safejs.TypeBoolean); ok {
		cfg.LoggedOut = !jsbridge.Bool(p)
	}
	return cfg, opt, err
}
