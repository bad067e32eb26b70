package park_test

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/tether-sse/tether/build/testing/testenv"
)

// A client that vanished without a FIN (a phone out of coverage, a NAT
// that lost its state) acknowledges nothing: its stream ends once it has
// been silent for NotTaking with bytes in flight, long before its
// write deadline, and the kernel stops retransmitting to it.
func TestAClientThatVanishedEndsBeforeItsDeadline(t *testing.T) {
	server, vanish := vanishingPair(t)
	vanish()
	endsBeforeItsDeadline(t, server)
}

// vanishingPair is a connection whose client sits in a network namespace
// of its own behind a veth pair; vanish takes the client's side of the
// link down, so nothing the server sends is seen and nothing comes back.
// It needs root and iproute2 (CI has both; elsewhere it skips), and a
// machine that allows network namespaces (a container may not: it skips).
func vanishingPair(t *testing.T) (server net.Conn, vanish func()) {
	t.Helper()
	if os.Geteuid() != 0 {
		testenv.Require(t, "root (for a network namespace)", errors.New("not root"))
	}
	_, err := exec.LookPath("ip")
	testenv.Require(t, "ip (iproute2, for a network namespace)", err)
	id := strconv.Itoa(os.Getpid()%10000) + strconv.Itoa(int(time.Now().UnixNano()%1000))
	name, host, peer := "tpark"+id, "tph"+id, "tpc"+id
	ip := func(args ...string) {
		t.Helper()
		if out, err := exec.Command("ip", args...).CombinedOutput(); err != nil {
			t.Fatalf("ip %s: %v: %s", strings.Join(args, " "), err, out)
		}
	}
	if out, err := exec.Command("ip", "netns", "add", name).CombinedOutput(); err != nil {
		// Not a missing install: a container may not allow namespaces.
		t.Skipf("this machine does not make network namespaces: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("ip", "link", "del", host).Run(); exec.Command("ip", "netns", "del", name).Run() })
	ip("link", "add", host, "type", "veth", "peer", "name", peer)
	ip("link", "set", peer, "netns", name)
	ip("addr", "add", "10.232.0.1/24", "dev", host)
	ip("link", "set", host, "up")
	ip("-n", name, "addr", "add", "10.232.0.2/24", "dev", peer)
	ip("-n", name, "link", "set", peer, "up")

	ln, err := net.Listen("tcp", "10.232.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	accepted := make(chan net.Conn, 1)
	go func() {
		c, _ := ln.Accept()
		accepted <- c
	}()
	client, err := dialIn(name, ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	server = <-accepted
	t.Cleanup(func() { client.Close(); server.Close() })
	return server, func() { ip("-n", name, "link", "set", peer, "down") }
}

// dialIn dials addr from the network namespace name: the socket is made
// on a thread that joined it, and stays there.
func dialIn(name, addr string) (net.Conn, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	self, err := os.Open("/proc/thread-self/ns/net")
	if err != nil {
		return nil, err
	}
	defer self.Close()
	ns, err := os.Open("/var/run/netns/" + name)
	if err != nil {
		return nil, err
	}
	defer ns.Close()
	if err := unix.Setns(int(ns.Fd()), unix.CLONE_NEWNET); err != nil {
		return nil, fmt.Errorf("joining %s: %w", name, err)
	}
	c, err := net.Dial("tcp", addr)
	if err := unix.Setns(int(self.Fd()), unix.CLONE_NEWNET); err != nil {
		panic("park test: could not leave the network namespace: " + err.Error()) // the thread is not fit to return
	}
	return c, err
}
