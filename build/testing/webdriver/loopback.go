package webdriver

import (
	"fmt"
	"io"
	"net"
	"os"
	"runtime"

	"golang.org/x/sys/unix"
)

// Loopback makes the host address target (host:port) reachable from the
// browser at a loopback address, and returns it. A page on a loopback
// address is a secure context (Web Locks need one); the isolated
// browser's own loopback is inside its namespace, so a forwarder listens
// there. Not isolated, target is already reachable and is returned as is.
// Connections through it do not see SetOffline.
func (w *WebKit) Loopback(target string) (string, error) {
	if w.ns == nil {
		return target, nil
	}
	ln, err := w.ns.listen("127.0.0.1:0")
	if err != nil {
		return "", err
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go forward(c, target)
		}
	}()
	return ln.Addr().String(), nil
}

func forward(c net.Conn, target string) {
	defer c.Close()
	up, err := net.Dial("tcp", target)
	if err != nil {
		return
	}
	defer up.Close()
	go func() {
		io.Copy(up, c)
		up.(*net.TCPConn).CloseWrite()
	}()
	io.Copy(c, up)
}

// listen opens a listener inside the namespace: a socket belongs to the
// namespace of the thread that creates it, so a thread joins it for that,
// and dies with it (it stays locked).
func (n *netns) listen(addr string) (net.Listener, error) {
	type result struct {
		ln  net.Listener
		err error
	}
	done := make(chan result, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread is not reused
		f, err := os.Open(fmt.Sprintf("/proc/%d/ns/net", n.pid()))
		if err != nil {
			done <- result{err: err}
			return
		}
		defer f.Close()
		if err := unix.Setns(int(f.Fd()), unix.CLONE_NEWNET); err != nil {
			done <- result{err: fmt.Errorf("webdriver: joining the browser's network: %w", err)}
			return
		}
		ln, err := net.Listen("tcp", addr)
		done <- result{ln, err}
	}()
	r := <-done
	return r.ln, r.err
}
