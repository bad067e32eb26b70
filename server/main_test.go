package main

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/natslog"
	"github.com/tether-sse/tether/server/origin"
)

// TestSecondOriginOnOneStoreRefusesToStart: two origins on one -data
// would give out the same ids for different events; the second one does
// not start, and says why.
func TestSecondOriginOnOneStoreRefusesToStart(t *testing.T) {
	dir := t.TempDir()
	quiet := slog.New(slog.DiscardHandler)
	opt := logOptions{store: "jetstream", dataDir: dir, replicas: 1, keepEvents: 100, keepBytes: 1 << 20, keepAge: 3600e9}
	var first origin.Config
	closeFirst, err := openLog(&first, hub.Config{}, opt, quiet)
	if err != nil {
		t.Fatal(err)
	}
	var second origin.Config
	if _, err := openLog(&second, hub.Config{}, opt, quiet); !errors.Is(err, natslog.ErrStoreInUse) {
		t.Fatalf("a second origin on %s: %v, want ErrStoreInUse", dir, err)
	}
	closeFirst()
	closeAgain, err := openLog(&second, hub.Config{}, opt, quiet)
	if err != nil {
		t.Fatalf("after the first stopped: %v", err)
	}
	closeAgain()
}

// TestWarnings: an unset session secret with a shared store, and the
// localhost allow-list outside demo mode, are logged at start.
func TestWarnings(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	warnMisconfigured(log, false, true, false, defaultOrigins)
	for _, want := range []string{"-session-secret is unset", "-allow-origins is the localhost default"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("no warning %q in %s", want, buf.String())
		}
	}
	buf.Reset()
	warnMisconfigured(log, true, true, true, defaultOrigins)
	if buf.Len() != 0 {
		t.Errorf("warnings for a sound configuration: %s", buf.String())
	}
}

// TestDemoListensOnLoopback: demo mode signs anyone in as anyone; unless
// -addr is given it listens on this machine only.
func TestDemoListensOnLoopback(t *testing.T) {
	for _, c := range []struct {
		given, demo bool
		want        string
	}{{false, true, demoAddr}, {true, true, ":3001"}, {false, false, ":3001"}} {
		if got := listenAddr(":3001", c.given, c.demo); got != c.want {
			t.Errorf("-addr given %v, -demo %v: %s, want %s", c.given, c.demo, got, c.want)
		}
	}
}
