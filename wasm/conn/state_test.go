package conn_test

import (
	"testing"

	"github.com/tether-sse/tether/wasm/conn"
)

func TestParseStateRoundTrip(t *testing.T) {
	t.Parallel()
	for s := conn.Disconnected; s <= conn.Error; s++ {
		got, ok := conn.ParseState(s.String())
		if !ok || got != s {
			t.Errorf("ParseState(%q) = %v, %v", s.String(), got, ok)
		}
	}
	if _, ok := conn.ParseState("Open"); ok {
		t.Error(`ParseState("Open") accepted a name that is not a state`)
	}
}
