//go:build !linux

package park

import (
	"errors"
	"net"
)

// watcher: without epoll, Hold reads each connection on a goroutine of
// its own to see its client leave.
type watcher struct{}

func newWatcher() *watcher                { return &watcher{} }
func (*watcher) add(*Held) error          { return errors.New("park: no shared watcher on this system") }
func (*watcher) remove(*Held)             {}
func (*watcher) wantWritable(*Held, bool) {}
func (*watcher) poll(_, _ func(*Held))    {}

// socket: without epoll every write is blocking, on a goroutine of its
// own (see Held.writeBlocking).
type socket struct{}

func socketOf(net.Conn) *socket       { return nil }
func (*socket) acked() (uint64, bool) { return 0, false }
func (*socket) writeNow(b []byte) (int, error) {
	return 0, errors.New("park: no non-blocking writes here")
}
