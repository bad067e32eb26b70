// Command tasksapp is a go-app app of its own that shows live task events
// from Tether. One main.go, as go-app apps are written, built twice:
//
//	GOOS=js GOARCH=wasm go build -o web/app.wasm .   # the browser half
//	go build -o tasksapp . && ./tasksapp              # the server half
//
// The server serves the page with go-app's app.Handler and Tether's origin
// under /tether/ in the same server; the browser half starts the page's
// runtime from Go with the stream's path under that prefix.
package main

import (
	"encoding/json"
	"flag"
	"log"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/tether-sse/tether/server/origin"
	"github.com/tether-sse/tether/wasm/tetherapp"
)

// task is the part of a task event this app shows.
type task struct {
	TaskID string `json:"taskId"`
	Status string `json:"status"`
}

type tasks struct {
	app.Compo
	conn tetherapp.Conn
	ids  []string // the events' ids, in arrival order
	rows []string
}

func (t *tasks) OnMount(ctx app.Context) {
	tetherapp.ObserveConn(ctx, &t.conn)
	tetherapp.Subscribe(ctx, "task", func(ctx app.Context, e tetherapp.Event) {
		var tk task
		if json.Unmarshal([]byte(e.Data), &tk) == nil {
			t.ids = append(t.ids, e.ID)
			t.rows = append(t.rows, tk.TaskID+": "+tk.Status)
		}
	})
}

func (t *tasks) Render() app.UI {
	return app.Div().Body(
		app.P().Body(app.Text("Stream: "), app.Span().ID("state").Text(t.conn.State),
			app.Text(", reconnects: "), app.Span().ID("reconnects").Text(strconv.Itoa(t.conn.Reconnects))),
		app.If(t.conn.LastError != "", func() app.UI { return app.P().ID("error").Text(t.conn.LastError) }),
		app.Ul().ID("tasks").Body(app.Range(t.rows).Slice(func(i int) app.UI {
			return app.Li().DataSet("id", t.ids[i]).Text(t.rows[i])
		})),
	)
}

func main() {
	app.Route("/", func() app.Composer { return &tasks{} })
	// In the browser: start the page's runtime (or join the one another
	// module started). On the server: nothing.
	tetherapp.Start(tetherapp.Options{Path: "/tether/v1/sse/connect"})
	app.RunWhenOnBrowser()

	if app.IsServer { // a constant: the browser's build leaves the server out
		serve()
	}
}

// serve is the server half: the page and its wasm by go-app's
// app.Handler, Tether's origin under /tether/.
func serve() {
	addr := flag.String("addr", "127.0.0.1:8000", "listen address")
	flag.Parse()
	o := origin.New(origin.Config{
		PublishToken: os.Getenv("TETHER_PUBLISH_TOKEN"), // your back end's: POST /tether/v1/publish
		Retry:        500 * time.Millisecond,            // a restart is short here
	})
	mux := http.NewServeMux()
	mux.Handle("/tether/", http.StripPrefix("/tether", o.API()))
	mux.Handle("/", &app.Handler{Name: "Tasks", Title: "Tasks", Description: "Live tasks over Tether"})
	srv := o.Server(mux) // the origin's limits on headers and idle connections
	srv.Addr = *addr
	log.Printf("serving on http://%s", *addr)
	log.Fatal(srv.ListenAndServe())
}
