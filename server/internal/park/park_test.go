package park_test

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http/httputil"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/internal/park"
)

// fake is a stream that writes what it was given, and checks the park's
// promises: Fill and Ended never overlap, Ended comes once, after the
// last Fill.
type fake struct {
	t       *testing.T
	mu      sync.Mutex
	pending []string
	last    bool // the next Fill ends the stream
	beats   atomic.Int32
	busy    atomic.Bool
	ended   chan error
	endings atomic.Int32
}

func newFake(t *testing.T) *fake { return &fake{t: t, ended: make(chan error, 4)} }

func (f *fake) Fill(b []byte, beat bool) ([]byte, bool) {
	if !f.busy.CompareAndSwap(false, true) {
		f.t.Error("two Fills at once")
	}
	defer f.busy.Store(false)
	if f.endings.Load() > 0 {
		f.t.Error("Fill after Ended")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, s := range f.pending {
		b = append(b, s...)
	}
	f.pending = nil
	if beat {
		f.beats.Add(1)
		b = append(b, "beat\n"...)
	}
	return b, f.last
}

func (f *fake) Ended(err error) {
	if f.busy.Load() {
		f.t.Error("Ended during a Fill")
	}
	if f.endings.Add(1) > 1 {
		f.t.Error("Ended twice")
	}
	f.ended <- err
}

func (f *fake) queue(s string, last bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pending = append(f.pending, s)
	f.last = last
}

// waiting says some of what was queued has not been given to Fill yet.
func (f *fake) waiting() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.pending) > 0
}

func (f *fake) waitEnded(t *testing.T) error {
	t.Helper()
	select {
	case err := <-f.ended:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("the stream never ended")
		return nil
	}
}

// pair is a connection over loopback: the server's end (to hold) and the
// client's.
func pair(t *testing.T) (server, client net.Conn) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	accepted := make(chan net.Conn)
	go func() {
		c, _ := ln.Accept()
		accepted <- c
	}()
	client, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	server = <-accepted
	t.Cleanup(func() { client.Close(); server.Close() })
	return server, client
}

// smallBuffers makes a socket fill with a few hundred KiB, so that tests
// of full sockets move little data.
func smallBuffers(server, client net.Conn) {
	server.(*net.TCPConn).SetWriteBuffer(32 << 10)
	client.(*net.TCPConn).SetReadBuffer(32 << 10)
}

func TestWritesAreChunksEndingWithTheLastOne(t *testing.T) {
	t.Parallel()
	p := park.New(park.Config{Tick: 10 * time.Millisecond})
	server, client := pair(t)
	f := newFake(t)
	h := p.Hold(server, f, park.Options{Heartbeat: 50 * time.Millisecond, Chunked: true})
	body := bufio.NewReader(httputil.NewChunkedReader(client))
	for _, want := range []string{"one\n", "two\n"} {
		f.queue(want, false)
		h.Wake()
		for {
			line, err := body.ReadString('\n')
			if err != nil {
				t.Fatal(err)
			}
			if line == want {
				break
			}
			if line != "beat\n" {
				t.Fatalf("read %q, want %q or a heartbeat", line, want)
			}
		}
	}
	for f.beats.Load() < 2 { // heartbeats keep coming while it is idle
		if line, err := body.ReadString('\n'); err != nil || line != "beat\n" {
			t.Fatalf("read %q, %v; want heartbeats", line, err)
		}
	}
	f.queue("bye\n", true)
	h.Wake()
	rest, err := io.ReadAll(body) // the last chunk ends the body: EOF, not an error
	if err != nil || !strings.HasSuffix(string(rest), "bye\n") {
		t.Fatalf("read %q, %v; want the body to end after bye", rest, err)
	}
	if err := f.waitEnded(t); err != nil {
		t.Errorf("ended by its last write with %v", err)
	}
	if n, err := client.Read(make([]byte, 1)); err != io.EOF {
		t.Errorf("after the last chunk the connection gave %d bytes, %v; want EOF", n, err)
	}
}

func TestAClientThatLeavesIsFreed(t *testing.T) {
	t.Parallel()
	p := park.New(park.Config{Tick: 10 * time.Millisecond})
	server, client := pair(t)
	f := newFake(t)
	p.Hold(server, f, park.Options{Heartbeat: time.Hour}) // no write would find out
	if p.Len() != 1 {
		t.Fatalf("Len %d, want 1", p.Len())
	}
	client.Close()
	if err := f.waitEnded(t); !errors.Is(err, park.ErrGone) {
		t.Errorf("ended with %v, want ErrGone", err)
	}
	if p.Len() != 0 {
		t.Errorf("Len %d after the client left, want 0", p.Len())
	}
}

// TestWithoutADescriptor: a connection the watcher cannot see into is
// read on a goroutine of its own instead.
func TestWithoutADescriptor(t *testing.T) {
	t.Parallel()
	p := park.New(park.Config{Tick: 10 * time.Millisecond})
	server, client := net.Pipe()
	f := newFake(t)
	h := p.Hold(server, f, park.Options{})
	f.queue("hello\n", false)
	h.Wake()
	b := make([]byte, 6)
	if _, err := io.ReadFull(client, b); err != nil || string(b) != "hello\n" {
		t.Fatalf("read %q, %v", b, err)
	}
	client.Close()
	if err := f.waitEnded(t); !errors.Is(err, park.ErrGone) {
		t.Errorf("ended with %v, want ErrGone", err)
	}
}

// holdUnread holds a stream whose client never reads.
func holdUnread(t *testing.T, writeTimeout time.Duration) (*park.Held, *fake) {
	server, client := pair(t)
	smallBuffers(server, client)
	f := newFake(t)
	p := park.New(park.Config{Tick: 10 * time.Millisecond})
	return p.Hold(server, f, park.Options{WriteTimeout: writeTimeout}), f
}

// TestAStalledClientEndsAtItsWriteDeadline: a client that stops reading
// fills its socket; the write that blocks fails at its deadline and ends
// the stream.
func TestAStalledClientEndsAtItsWriteDeadline(t *testing.T) {
	t.Parallel()
	h, f := holdUnread(t, 100*time.Millisecond)
	chunk := strings.Repeat("x", 64<<10)
	go func() {
		for f.endings.Load() == 0 {
			f.queue(chunk, false)
			h.Wake()
			time.Sleep(time.Millisecond)
		}
	}()
	if err := f.waitEnded(t); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("ended with %v, want a write past its deadline", err)
	}
}

// TestEndCutsABlockedWrite: End does not wait for a write that blocks.
func TestEndCutsABlockedWrite(t *testing.T) {
	t.Parallel()
	h, f := holdUnread(t, time.Hour)
	f.queue(strings.Repeat("x", 1<<20), false) // more than the socket's buffers
	h.Wake()
	time.Sleep(50 * time.Millisecond) // the writer is blocked by now
	done := make(chan struct{})
	go func() { h.End(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("End blocked on the write")
	}
	f.waitEnded(t)
}

// TestIdleStreamsHoldNoGoroutine: a thousand idle streams cost the
// ticker, and no writer once nothing is left to write.
func TestIdleStreamsHoldNoGoroutine(t *testing.T) {
	p := park.New(park.Config{Tick: 10 * time.Millisecond})
	before := runtime.NumGoroutine()
	var clients []net.Conn
	for range 1000 {
		server, client := pair(t)
		clients = append(clients, client)
		h := p.Hold(server, newFake(t), park.Options{Heartbeat: 20 * time.Millisecond})
		h.Wake()
	}
	time.Sleep(100 * time.Millisecond) // heartbeats were written: writers came and went
	extra := runtime.NumGoroutine() - before
	for deadline := time.Now().Add(5 * time.Second); extra > 1 && time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		extra = runtime.NumGoroutine() - before
	}
	if extra > 1 {
		t.Errorf("1,000 idle streams hold %d goroutines, want the ticker alone", extra)
	}
	for _, c := range clients {
		c.Close()
	}
	for deadline := time.Now().Add(10 * time.Second); p.Len() > 0 && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
	}
	if p.Len() != 0 {
		t.Errorf("%d streams still held after every client left", p.Len())
	}
}

// TestWakesAndEndsRace: Wake, End and clients leaving from many
// goroutines at once; the fake checks Fill and Ended never overlap and
// Ended comes once.
func TestWakesAndEndsRace(t *testing.T) {
	t.Parallel()
	p := park.New(park.Config{Tick: time.Millisecond, Writers: 4})
	var wg sync.WaitGroup
	for i := range 50 {
		server, client := pair(t)
		f := newFake(t)
		h := p.Hold(server, f, park.Options{Heartbeat: time.Millisecond, Chunked: i%2 == 0})
		go io.Copy(io.Discard, client)
		wg.Add(3)
		go func() {
			defer wg.Done()
			for range 100 {
				f.queue("e\n", false)
				h.Wake()
			}
		}()
		go func() { defer wg.Done(); time.Sleep(time.Duration(i) * time.Millisecond); h.End() }()
		go func() { defer wg.Done(); time.Sleep(time.Duration(50-i) * time.Millisecond); client.Close() }()
		t.Cleanup(func() { f.waitEnded(t) })
	}
	wg.Wait()
}

// Clients that misbehave at the socket, each beside a healthy stream on a
// park of two writers: the healthy stream's events still arrive at once.
// Each bad client's socket is full and stays full: its bytes are owed.

// stall makes h's socket full: its client reads nothing, or what read
// lets it.
func stall(t *testing.T, p *park.Park, client net.Conn, server net.Conn, read func(net.Conn)) (*park.Held, *fake) {
	t.Helper()
	smallBuffers(server, client)
	f := newFake(t)
	h := p.Hold(server, f, park.Options{WriteTimeout: time.Hour, Heartbeat: 10 * time.Millisecond, Chunked: true})
	if read != nil {
		go read(client)
	}
	big := strings.Repeat("x", 1<<20) // more than the socket's buffers
	f.queue(big, false)
	h.Wake()
	// Wakes and heartbeats keep coming, as a broadcast would bring them.
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
				f.queue("e\n", false)
				h.Wake()
			}
		}
	}()
	return h, f
}

// healthyGets checks that a stream whose client reads gets an event
// within a second, while others stall.
func healthyGets(t *testing.T, p *park.Park) {
	t.Helper()
	server, client := pair(t)
	f := newFake(t)
	h := p.Hold(server, f, park.Options{Chunked: true, WriteTimeout: time.Hour})
	body := bufio.NewReader(httputil.NewChunkedReader(client))
	for i := range 20 {
		want := "event " + strings.Repeat("!", i) + "\n"
		f.queue(want, false)
		start := time.Now()
		h.Wake()
		client.SetReadDeadline(time.Now().Add(2 * time.Second))
		line, err := body.ReadString('\n')
		if err != nil || line != want {
			t.Fatalf("the healthy stream read %q, %v after %v beside stalled ones; want %q", line, err, time.Since(start), want)
		}
	}
}

func TestAStalledClientCostsNoWriter(t *testing.T) {
	t.Parallel()
	cases := map[string]func(net.Conn){
		"never reads": nil,
		"reads a byte a second": func(c net.Conn) {
			b := make([]byte, 1)
			for {
				if _, err := c.Read(b); err != nil {
					return
				}
				time.Sleep(time.Second)
			}
		},
		// A client that vanished without a FIN (NAT state lost, a phone out
		// of coverage) is the same at this end: nothing ever comes back.
		"vanished without a FIN": func(c net.Conn) {},
	}
	for name, read := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			p := park.New(park.Config{Tick: 10 * time.Millisecond, Writers: 2})
			for range 4 {
				server, client := pair(t)
				stall(t, p, client, server, read)
			}
			time.Sleep(100 * time.Millisecond) // the bad streams have had their turns
			healthyGets(t, p)
		})
	}
}

// blackHole is a connection with no descriptor (as TLS served in process
// is to the park) whose writes block until it is closed, and whose Close
// is slow, as tls.Conn's close_notify is on a full socket.
type blackHole struct {
	net.Conn
	closed chan struct{}
	once   sync.Once
}

func newBlackHole(t *testing.T) *blackHole {
	server, client := net.Pipe()
	t.Cleanup(func() { client.Close() })
	return &blackHole{Conn: server, closed: make(chan struct{})}
}

func (b *blackHole) Write(p []byte) (int, error) {
	<-b.closed
	return 0, net.ErrClosed
}

func (b *blackHole) Read(p []byte) (int, error) {
	<-b.closed
	return 0, net.ErrClosed
}

func (b *blackHole) Close() error {
	b.once.Do(func() { close(b.closed) })
	time.Sleep(2 * time.Second) // close_notify waiting for room
	return nil
}

// TestWithoutADescriptorAStalledClientCostsNoWriter: where the park
// cannot write without blocking, a stalled write costs its own goroutine,
// never one of the writers, and End does not wait for a slow Close.
func TestWithoutADescriptorAStalledClientCostsNoWriter(t *testing.T) {
	t.Parallel()
	p := park.New(park.Config{Tick: 10 * time.Millisecond, Writers: 2})
	var stalled []*park.Held
	for range 4 {
		f := newFake(t)
		h := p.Hold(newBlackHole(t), f, park.Options{WriteTimeout: time.Hour, Heartbeat: 10 * time.Millisecond})
		f.queue("x", false)
		h.Wake()
		stalled = append(stalled, h)
	}
	time.Sleep(50 * time.Millisecond)
	healthyGets(t, p)
	start := time.Now()
	for _, h := range stalled {
		h.End()
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("End took %v: it waited for a slow Close", took)
	}
}

// TestTheLastBytesOutliveAFullSocket: a stream whose last write finds the
// socket full (a drain's retry behind a burst) still gets every byte and
// the last chunk once its client reads, then the connection closes.
func TestTheLastBytesOutliveAFullSocket(t *testing.T) {
	t.Parallel()
	p := park.New(park.Config{Tick: 10 * time.Millisecond})
	server, client := pair(t)
	smallBuffers(server, client)
	f := newFake(t)
	h := p.Hold(server, f, park.Options{Chunked: true, WriteTimeout: 10 * time.Second})
	big := strings.Repeat("x", 1<<20)
	f.queue(big, false)
	h.Wake()
	time.Sleep(50 * time.Millisecond) // the socket is full
	f.queue("retry: 1234\n", true)
	h.Wake()
	time.Sleep(50 * time.Millisecond)
	body, err := io.ReadAll(httputil.NewChunkedReader(client))
	if err != nil || len(body) != len(big)+len("retry: 1234\n") || !strings.HasSuffix(string(body), "retry: 1234\n") {
		t.Fatalf("read %d bytes ending %q, %v; want all %d and the retry", len(body), body[max(0, len(body)-20):], err, len(big)+12)
	}
	if err := f.waitEnded(t); err != nil {
		t.Errorf("ended with %v after its last write", err)
	}
}

// slowEnding is a stream whose Ended takes a while (an unsubscribe and a
// log line, under load).
type slowEnding struct{ *fake }

func (s slowEnding) Ended(err error) {
	time.Sleep(2 * time.Millisecond)
	s.fake.Ended(err)
}

// A crowd's ending (thousands past their deadline at once) waits behind
// a healthy stream's bytes, never the other way round.
func TestEndingsWaitBehindLiveStreams(t *testing.T) {
	t.Parallel()
	p := park.New(park.Config{Writers: 1, Tick: 10 * time.Millisecond})
	crowd := make([]*park.Held, 300) // 600 ms of endings on the one writer
	for i := range crowd {
		server, client := net.Pipe()
		t.Cleanup(func() { client.Close() })
		crowd[i] = p.Hold(server, slowEnding{newFake(t)}, park.Options{})
	}
	server, client := pair(t)
	f := newFake(t)
	h := p.Hold(server, f, park.Options{})
	for _, c := range crowd {
		c.End()
	}
	start := time.Now()
	f.queue("hello\n", false)
	h.Wake()
	client.SetReadDeadline(time.Now().Add(5 * time.Second))
	if line, err := bufio.NewReader(client).ReadString('\n'); line != "hello\n" {
		t.Fatalf("read %q, %v", line, err)
	}
	if took := time.Since(start); took > 300*time.Millisecond {
		t.Errorf("the healthy stream's bytes waited %v behind 300 endings", took)
	}
}
