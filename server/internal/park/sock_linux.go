package park

import (
	"errors"
	"net"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// watcher sees clients leave and full sockets gain room: one epoll set
// for every held connection, asked for a peer's FIN or RST (EPOLLRDHUP;
// HUP and ERR always come) and, while a stream owes bytes, for room to
// write (EPOLLOUT); polled without blocking at each tick of the wheel.
// The runtime's own poller keeps the same descriptors.
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
	if err = w.ctl(rc, syscall.EPOLL_CTL_ADD, h, false); err != nil {
		w.mu.Lock()
		delete(w.byID, h.id)
		w.mu.Unlock()
	}
	return err
}

// ctl adds or changes h's interest. The event carries the stream's id,
// not its descriptor: a descriptor is reused by the next connection, an
// id never.
func (w *watcher) ctl(rc syscall.RawConn, op int, h *Held, writable bool) error {
	ev := syscall.EpollEvent{Events: syscall.EPOLLRDHUP, Fd: int32(h.id), Pad: int32(h.id >> 32)}
	if writable {
		ev.Events |= syscall.EPOLLOUT
	}
	var ctlErr error
	err := rc.Control(func(fd uintptr) { ctlErr = syscall.EpollCtl(w.epfd, op, int(fd), &ev) })
	if err == nil {
		err = ctlErr
	}
	return err
}

// wantWritable asks poll to report h when its socket has room (level
// triggered: only while h owes bytes).
func (w *watcher) wantWritable(h *Held, on bool) {
	w.mu.Lock()
	_, ok := w.byID[h.id]
	w.mu.Unlock()
	if !ok {
		return // no epoll for it: the write's deadline still ends a stall
	}
	if rc, err := rawConn(h.conn); err == nil {
		w.ctl(rc, syscall.EPOLL_CTL_MOD, h, on) // fails only once closed
	}
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
// last poll, and writable for each that owes bytes and has room. It
// never blocks.
func (w *watcher) poll(gone, writable func(*Held)) {
	if w.epfd < 0 {
		return
	}
	type seen struct {
		h    *Held
		left bool
	}
	for {
		n, err := syscall.EpollWait(w.epfd, w.evs, 0)
		if errors.Is(err, syscall.EINTR) {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		found := make([]seen, 0, n)
		w.mu.Lock()
		for _, ev := range w.evs[:n] {
			if h := w.byID[uint64(uint32(ev.Fd))|uint64(uint32(ev.Pad))<<32]; h != nil {
				left := ev.Events&(syscall.EPOLLRDHUP|syscall.EPOLLHUP|syscall.EPOLLERR) != 0
				found = append(found, seen{h, left})
			}
		}
		w.mu.Unlock()
		for _, s := range found {
			if s.left {
				gone(s.h)
			} else {
				writable(s.h)
			}
		}
		if n < len(w.evs) {
			return
		}
	}
}

var errNoEpoll = errors.New("park: epoll is not available")

// rawConn finds the descriptor under c, through wrappers that expose the
// connection they wrap (NetConn, as crypto/tls does): enough to watch it.
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

// socket writes to a connection's descriptor without blocking.
type socket struct{ rc syscall.RawConn }

// socketOf returns c's socket, or nil when c is not itself one: bytes
// written under a wrapper (TLS) would skip what it adds.
func socketOf(c net.Conn) *socket {
	sc, ok := c.(syscall.Conn)
	if !ok {
		return nil
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return nil
	}
	return &socket{rc}
}

// writeNow writes what the socket takes now, and says how much.
func (s *socket) writeNow(b []byte) (n int, err error) {
	var werr error
	err = s.rc.Write(func(fd uintptr) bool {
		for n < len(b) {
			m, e := syscall.Write(int(fd), b[n:])
			switch {
			case e == syscall.EINTR:
				continue
			case e == syscall.EAGAIN:
				return true
			case e != nil:
				werr = e
				return true
			}
			n += m
		}
		return true // never wait: the watcher says when there is room
	})
	if err == nil {
		err = werr
	}
	return n, err
}

// acked is how many bytes the client has acknowledged so far (TCP_INFO),
// and false if the kernel does not say.
func (s *socket) acked() (uint64, bool) {
	var info *unix.TCPInfo
	var ierr error
	err := s.rc.Control(func(fd uintptr) { info, ierr = unix.GetsockoptTCPInfo(int(fd), unix.IPPROTO_TCP, unix.TCP_INFO) })
	if err != nil || ierr != nil {
		return 0, false
	}
	return info.Bytes_acked, true
}
