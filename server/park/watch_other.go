//go:build !linux

package park

import "errors"

// watcher: without epoll, Hold reads each connection on a goroutine of
// its own to see its client leave.
type watcher struct{}

func newWatcher() *watcher        { return &watcher{} }
func (*watcher) add(*Held) error  { return errors.New("park: no shared watcher on this system") }
func (*watcher) remove(*Held)     {}
func (*watcher) poll(func(*Held)) {}
