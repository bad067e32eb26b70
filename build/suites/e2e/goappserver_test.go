package e2e

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/origin"
)

// goAppExample builds build/examples/goapp, a go-app app in a module of
// its own, as its main.go says: the browser half into web/app.wasm, the
// server half beside it, with nothing but the app's go.mod and go.sum.
var goAppExample = sync.OnceValues(func() (dir string, err error) {
	if dir, err = os.MkdirTemp("", "tether-goapp-"); err != nil {
		return "", err
	}
	src := filepath.Join(repoRoot, "build", "examples", "goapp")
	for _, b := range []struct {
		out string
		env []string
	}{
		{filepath.Join(dir, "web", "app.wasm"), []string{"GOOS=js", "GOARCH=wasm"}},
		{filepath.Join(dir, "tasksapp"), nil},
	} {
		cmd := exec.Command("go", "build", "-o", b.out, ".")
		cmd.Dir = src
		cmd.Env = append(append(os.Environ(), "GOFLAGS=-mod=readonly"), b.env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("building build/examples/goapp (%v): %v\n%s", b.env, err, out)
		}
	}
	return dir, nil
})

// TestGoAppServedByAppHandler: a go-app app with one main.go, served by
// go-app's app.Handler with the origin mounted under /tether/ in the same
// server, its runtime started from Go (tetherapp.Start) on a page that
// go-app's app.js loads: the page shows the stream Connected and every
// task event once, in order, across a restart of the server.
func TestGoAppServedByAppHandler(t *testing.T) {
	forEachEngine(t, func(t *testing.T, eng engine) {
		dir, err := goAppExample()
		if err != nil {
			t.Fatal(err)
		}
		drv := openDriver(t, eng)
		t.Cleanup(drv.close)
		ln, err := net.Listen("tcp", drv.pageHost()+":0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		var cmd *exec.Cmd
		start := func() {
			cmd = exec.Command(filepath.Join(dir, "tasksapp"), "-addr", addr)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "TETHER_PUBLISH_TOKEN="+publishToken)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
				resp, err := http.Get("http://" + addr + "/tether/healthz")
				if err == nil {
					resp.Body.Close()
					return
				}
				if time.Now().After(deadline) {
					t.Fatalf("the app's server did not answer on %s: %v", addr, err)
				}
			}
		}
		stop := func() { cmd.Process.Kill(); cmd.Wait() }
		start()
		t.Cleanup(stop)
		r := &rig{t: t, eng: eng, drv: drv, addr: addr}
		pub := origin.Publisher{URL: "http://" + addr + "/tether", Token: publishToken}
		var ids []string
		publish := func(n int) {
			for range n {
				var id string
				var err error
				for try := 0; try < 50; try++ { // the server may be starting
					if id, err = pub.Publish(context.Background(), origin.PublishRequest{Event: "task",
						Data: []byte(fmt.Sprintf(`{"taskId":"t%d","status":"open"}`, len(ids)))}); err == nil {
						break
					}
					time.Sleep(100 * time.Millisecond)
				}
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, id)
			}
		}
		shown := func() []string {
			return eval[[]string](r, "[...document.querySelectorAll('#tasks li')].map((li) => li.dataset.id)")
		}
		check := func(when string) {
			t.Helper()
			r.wait(fmt.Sprintf("document.querySelectorAll('#tasks li').length >= %d", len(ids)), 20*time.Second)
			time.Sleep(150 * time.Millisecond) // let a duplicate show itself
			if got := shown(); !slices.Equal(got, ids) {
				t.Errorf("%s: the page shows %v, want %v", when, got, ids)
			}
		}

		r.navigate("http://" + addr + "/")
		r.wait("document.querySelector('#state')?.textContent === 'Connected'", 60*time.Second)
		publish(3)
		check("first stream")

		stop() // a deploy: the server goes, and comes back
		time.Sleep(500 * time.Millisecond)
		start()
		// The new process has a new epoch: the stream comes back (a native
		// retry in WebKit, a new EventSource in Chromium) with a reset.
		r.wait("tether.stats().resets >= 1 && document.querySelector('#state')?.textContent === 'Connected'", 30*time.Second)
		publish(3)
		check("after the server's restart")
	})
}
