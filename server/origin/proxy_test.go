package origin_test

import (
	"log/slog"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"testing"

	"github.com/tether-sse/tether/server/origin"
)

func status(t *testing.T, srv interface {
	Client() *http.Client
}, url string, header http.Header) int {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	req.Header = header
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// TestCapsBehindATrustedProxy: 40 visitors behind a proxy on this host,
// each from their own address, each get a stream; one of them still meets
// its cap; with no proxy trusted the header changes nothing.
func TestCapsBehindATrustedProxy(t *testing.T) {
	t.Parallel()
	const perClient = 2
	lim := origin.Limits{MaxClientStreams: perClient}
	_, trusting := newOrigin(t, origin.Config{Limits: lim, TrustedProxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}})
	for i := range 40 {
		open(t, trusting, "", http.Header{"X-Forwarded-For": {"203.0.113." + itoa(i+1)}})
	}
	one := http.Header{"X-Forwarded-For": {"198.51.100.1"}}
	for range perClient {
		open(t, trusting, "", one)
	}
	if got := status(t, trusting, trusting.URL+"/v1/sse/connect", one); got != 429 {
		t.Errorf("a client behind the proxy past its cap: %d, want 429", got)
	}
	// An IPv6 home: every address of its /64 is one client.
	for i := range perClient {
		open(t, trusting, "", http.Header{"X-Forwarded-For": {"2001:db8:0:7::" + itoa(i+1)}})
	}
	if got := status(t, trusting, trusting.URL+"/v1/sse/connect", http.Header{"X-Forwarded-For": {"2001:db8:0:7:ffff::9"}}); got != 429 {
		t.Errorf("a third address of the same /64: %d, want 429", got)
	}

	_, plain := newOrigin(t, origin.Config{Limits: lim})
	for i := range perClient {
		open(t, plain, "", http.Header{"X-Forwarded-For": {"203.0.113." + itoa(i+1)}})
	}
	if got := status(t, plain, plain.URL+"/v1/sse/connect", http.Header{"X-Forwarded-For": {"203.0.113.99"}}); got != 429 {
		t.Errorf("a forged X-Forwarded-For with no proxy trusted: %d, want 429 (counted by its own address)", got)
	}
}

// TestCrossSiteWithoutOrigin: a no-cors fetch or an iframe of another site
// sends no Origin, but the browser says Sec-Fetch-Site: refused before any
// cap counts, so it cannot lock a victim out of their own streams.
func TestCrossSiteWithoutOrigin(t *testing.T) {
	t.Parallel()
	o, srv := newOrigin(t, origin.Config{Limits: origin.Limits{MaxClientStreams: 1}})
	for _, site := range []string{"cross-site", "same-site"} {
		for range 3 {
			if got := status(t, srv, srv.URL+"/v1/sse/connect", http.Header{"Sec-Fetch-Site": {site}}); got != 403 {
				t.Fatalf("Sec-Fetch-Site: %s with no Origin: %d, want 403", site, got)
			}
		}
	}
	if n := o.OpenStreams(); n != 0 {
		t.Errorf("%d streams held by refused requests", n)
	}
	for _, site := range []string{"same-origin", "none", ""} {
		h := http.Header{}
		if site != "" {
			h.Set("Sec-Fetch-Site", site)
		}
		s := open(t, srv, "", h)
		s.resp.Body.Close()
		waitFor(t, func() bool { return o.OpenStreams() == 0 })
	}
	if !strings.Contains(metrics(t, srv), "tether_") {
		t.Error("no metrics")
	}
}

// TestMetricsBehindAProxyOnThisHost: a proxy on this host makes every
// request loopback; one that says it was forwarded gets no metrics.
func TestMetricsBehindAProxyOnThisHost(t *testing.T) {
	t.Parallel()
	_, srv := newOrigin(t, origin.Config{})
	if got := status(t, srv, srv.URL+"/metrics", http.Header{}); got != 200 {
		t.Errorf("/metrics from loopback: %d", got)
	}
	if got := status(t, srv, srv.URL+"/metrics", http.Header{"X-Forwarded-For": {"203.0.113.9"}}); got != 401 {
		t.Errorf("/metrics forwarded by a proxy on this host: %d, want 401", got)
	}
}

// TestARefusedOriginIsLogged: a page of an origin not on -allow-origins is
// refused, and the operator reads why and which flag allows it: once a
// minute per origin, however often the page retries.
func TestARefusedOriginIsLogged(t *testing.T) {
	t.Parallel()
	var logs syncBuffer
	_, srv := newOrigin(t, origin.Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	for range 3 {
		if got := status(t, srv, srv.URL+"/v1/sse/connect", http.Header{"Origin": {"https://shop.example"}}); got != 403 {
			t.Fatalf("a foreign Origin: %d, want 403", got)
		}
	}
	lines := strings.Count(logs.String(), "-allow-origins")
	if lines != 1 || !strings.Contains(logs.String(), `"origin":"https://shop.example"`) {
		t.Errorf("%d log lines naming -allow-origins for 3 refusals of one origin, want 1:\n%s", lines, logs.String())
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
