package main

import (
	"bytes"
	"os"
	"testing"
)

// TestEventsDTSIsFresh fails when server/catalog changed and nobody ran
// go generate ./server/catalog.
func TestEventsDTSIsFresh(t *testing.T) {
	got, err := os.ReadFile("../../web/events.d.ts")
	if err != nil {
		t.Fatal(err)
	}
	if want := Generate(); !bytes.Equal(got, want) {
		t.Errorf("web/events.d.ts is stale: run go generate ./server/catalog\n--- want\n%s", want)
	}
}
