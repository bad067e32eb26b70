package origin_test

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/origin"
)

// TestHeadHoldsNothing: HEAD of the stream gets the headers a GET gets
// and no body; nothing is written on the connection afterwards (a proxy's
// pool hands it to the next request), that next request is served, and
// no stream slot is held.
func TestHeadHoldsNothing(t *testing.T) {
	t.Parallel()
	o, srv := newOrigin(t, origin.Config{Heartbeat: 100 * time.Millisecond})
	c, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	br := bufio.NewReader(c)
	io.WriteString(c, "HEAD /v1/sse/connect HTTP/1.1\r\nHost: x\r\nOrigin: "+testOrigin+"\r\n\r\n")
	req, _ := http.NewRequest("HEAD", "/v1/sse/connect", nil)
	resp, err := http.ReadResponse(br, req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream; charset=utf-8" ||
		resp.Header.Get("Access-Control-Allow-Origin") != testOrigin {
		t.Errorf("HEAD: %d %v; want a GET's headers", resp.StatusCode, resp.Header)
	}
	if n := o.OpenStreams(); n != 0 {
		t.Errorf("HEAD holds %d streams", n)
	}
	c.SetReadDeadline(time.Now().Add(500 * time.Millisecond)) // five heartbeats
	if b, err := br.ReadByte(); err == nil {
		rest, _ := br.Peek(br.Buffered())
		t.Fatalf("after HEAD's headers the connection carried %q", string(b)+string(rest))
	}
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
	next, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("the request after HEAD on its connection: %v", err)
	}
	body, _ := io.ReadAll(next.Body)
	if next.StatusCode != 200 || !strings.HasPrefix(string(body), "ok") {
		t.Errorf("the request after HEAD: %d %q", next.StatusCode, body)
	}
}
