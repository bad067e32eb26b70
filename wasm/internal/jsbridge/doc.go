//go:build js && wasm

// Package jsbridge is the only package that touches the browser, through
// github.com/hack-pad/safejs: EventSource, the page's lifecycle events,
// navigator.sendBeacon and fetch. It implements the ports of package conn.
//
// # Errors and callbacks
//
// JS exceptions become Go errors at this boundary. Callbacks never block,
// and every js.Func is released when its source or watcher is closed.
package jsbridge
