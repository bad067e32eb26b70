package park

import (
	"errors"
	"net"
	"sync"
	"syscall"
)

// watcher sees clients leave: one epoll set for every held connection,
// asked only for a peer's FIN or RST (EPOLLRDHUP; HUP and ERR always
// come), and polled without blocking at each tick of the wheel. The
// runtime's own poller keeps the same descriptors for the writes.
type watcher struct {
	epfd int // -1: epoll is not available, every add fails
	mu   sync.Mutex
	byID map[uint64]*Held
	evs  []syscall.EpollEvent // used by poll only, on the ticker
}

func newWatcher() *watcher {
	fd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
	if err != nil {
		fd = -1
	}
	return &watcher{epfd: fd, byID: make(map[uint64]*Held), evs: make([]syscall.EpollEvent, 256)}
}

func (w *watcher) add(h *Held) error {
	if w.epfd < 0 {
		return errNoEpoll
	}
	rc, err := rawConn(h.conn)
	if err != nil {
		return err
	}
	w.mu.Lock()
	w.byID[h.id] = h
	w.mu.Unlock()
	// The event carries the stream's id, not its descriptor: a descriptor
	// is reused by the next connection, an id never.
	ev := syscall.EpollEvent{Events: syscall.EPOLLRDHUP, Fd: int32(h.id), Pad: int32(h.id >> 32)}
	var ctlErr error
	if err = rc.Control(func(fd uintptr) { ctlErr = syscall.EpollCtl(w.epfd, syscall.EPOLL_CTL_ADD, int(fd), &ev) }); err == nil {
		err = ctlErr
	}
	if err != nil {
		w.mu.Lock()
		delete(w.byID, h.id)
		w.mu.Unlock()
	}
	return err
}

// remove forgets h; call it before closing the connection.
func (w *watcher) remove(h *Held) {
	w.mu.Lock()
	_, ok := w.byID[h.id]
	delete(w.byID, h.id)
	w.mu.Unlock()
	if !ok {
		return
	}
	if rc, err := rawConn(h.conn); err == nil {
		// Fails only when the descriptor is closed, which removed it too.
		rc.Control(func(fd uintptr) { syscall.EpollCtl(w.epfd, syscall.EPOLL_CTL_DEL, int(fd), nil) })
	}
}

// poll calls gone for each held connection whose client left since the
// last poll. It never blocks.
func (w *watcher) poll(gone func(*Held)) {
	if w.epfd < 0 {
		return
	}
	for {
		n, err := syscall.EpollWait(w.epfd, w.evs, 0)
		if errors.Is(err, syscall.EINTR) {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		left := make([]*Held, 0, n)
		w.mu.Lock()
		for _, ev := range w.evs[:n] {
			if h := w.byID[uint64(uint32(ev.Fd))|uint64(uint32(ev.Pad))<<32]; h != nil {
				left = append(left, h)
			}
		}
		w.mu.Unlock()
		for _, h := range left {
			gone(h)
		}
		if n < len(w.evs) {
			return
		}
	}
}

var errNoEpoll = errors.New("park: epoll is not available")

// rawConn finds the descriptor under c, through wrappers that expose the
// connection they wrap (NetConn, as crypto/tls does).
func rawConn(c net.Conn) (syscall.RawConn, error) {
	for {
		switch v := c.(type) {
		case syscall.Conn:
			return v.SyscallConn()
		case interface{ NetConn() net.Conn }:
			c = v.NetConn()
		default:
			return nil, errors.New("park: the connection has no file descriptor")
		}
	}
}
