package hub_test

import (
	"testing"
	"time"

	"tether/server/hub"
	"tether/server/hub/logtest"
)

func TestMemoryLog(t *testing.T) {
	t.Parallel()
	logtest.Run(t, func(t *testing.T) hub.Log { return hub.NewMemoryLog(100, time.Now()) })
}
