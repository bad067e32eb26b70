package hub_test

import (
	"testing"
	"time"

	"github.com/tether-sse/tether/server/hub"
	"github.com/tether-sse/tether/server/hub/logtest"
)

func TestMemoryLog(t *testing.T) {
	t.Parallel()
	logtest.Run(t, func(t *testing.T) hub.Log { return hub.NewMemoryLog(100, 0, time.Now()) })
}
