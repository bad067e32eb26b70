package conn

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestStatsSchemaMatchesDTS: the fields of TetherStats in web/tether.d.ts
// are statsSchema's, in order, with the same types.
func TestStatsSchemaMatchesDTS(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../../web/tether.d.ts")
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile(`(?s)export interface TetherStats \{(.*?)\n\}`).FindSubmatch(b)
	if block == nil {
		t.Fatal("no TetherStats in web/tether.d.ts")
	}
	var dts, ours []string
	for _, m := range regexp.MustCompile(`(?m)^\s*(\w+)\??:\s*(\w+);`).FindAllSubmatch(block[1], -1) {
		typ := string(m[2])
		if typ != "number" {
			typ = "string" // TetherState is a union of strings
		}
		dts = append(dts, string(m[1])+":"+typ)
	}
	for _, f := range statsSchema {
		typ := "number"
		if f.text {
			typ = "string"
		}
		ours = append(ours, f.name+":"+typ)
	}
	if !slices.Equal(dts, ours) {
		t.Errorf("web/tether.d.ts TetherStats\n %s\nconn's schema\n %s", strings.Join(dts, " "), strings.Join(ours, " "))
	}
}

func TestStatsRoundTrip(t *testing.T) {
	t.Parallel()
	in := Stats{State: Reconnecting, Instance: 3, Subscriptions: 2, Listeners: 5, Callbacks: 7, Events: 11,
		Duplicates: 1, Resets: 1, NativeRetries: 2, Retries: 4, Stalls: 1, Beacons: 1, HandlerPanics: 1, Steals: 1, Role: Follower,
		LastEventID: "e-9", LastError: "HTTP 503", LastEventAt: InstantOf(time.UnixMilli(1763776800123))}
	js := in.ToJS()
	out := StatsFromJS(func(name string, text bool) (string, float64) {
		if text {
			return js[name].(string), 0
		}
		return "", js[name].(float64)
	})
	if out != in {
		t.Errorf("round trip\n got %+v\nwant %+v", out, in)
	}
}
