// Package tetherapp is the Go API over the Tether runtime for go-app
// components. Components reach it only through their app.Context: events
// arrive as go-app actions and the connection as go-app state, both on the
// UI goroutine. They never touch syscall/js or an EventSource.
//
// # Events
//
// Subscribe in OnMount (and in OnPreRender, which go-app calls instead
// of OnMount natively, in its test engine); the handler runs for every event of that name until
// the component dismounts. The subscription belongs to the runtime, not to
// an EventSource, so a component mounted after a reconnect, or mounted
// again, gets its events with no instanceId bookkeeping of its own.
//
// # Connection
//
// ObserveConn keeps a Conn field up to date: state, instance number,
// reconnects, last error and the last auth refusal.
//
// # One runtime per page
//
// main calls Use once with the page's runtime (jsapi.Start gives it,
// owned or joined) before app.RunWhenOnBrowser.
package tetherapp
