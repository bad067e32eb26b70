package natslog_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"github.com/tether-sse/tether/server/natslog"
	"github.com/tether-sse/tether/server/origin"
)

// Events that survive restarts, in one call: a NATS server with
// JetStream embedded in this process, its store under Dir.
func ExampleOpenStore() {
	dir, _ := os.MkdirTemp("", "tether-example-")
	defer os.RemoveAll(dir)
	st, err := natslog.OpenStore(context.Background(), natslog.StoreConfig{Dir: dir})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	o := origin.New(origin.Config{Hub: st.Hub, Healthy: st.Healthy, Logger: slog.New(slog.DiscardHandler)})
	defer o.Drain()

	ev, err := o.Publish(origin.PublishRequest{Event: "task", Data: []byte(`{"taskId":"t-1"}`)})
	fmt.Println(ev.Seq, err, st.Healthy())
	b, _ := st.Bounds(context.Background())
	fmt.Println("the log keeps", b.First, "to", b.Last)
	// Output:
	// 1 <nil> <nil>
	// the log keeps 1 to 1
}
