// Command bench measures Tether against the plain-JS way, side by side in
// one run, and prints one Markdown table: medians over repeated runs, with
// the ratio to each baseline. Progress goes to stderr.
//
//	go run ./build/bench [-runs 5] [-profile] [-only sizes,startup,dispatch,reconnect,memory,origin|stall]
//
// Run it from the repository root after make wasm (make bench does both).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"
)

func main() {
	runs := flag.Int("runs", 5, "repetitions of each browser measure (the table shows medians)")
	only := flag.String("only", "sizes,startup,dispatch,reconnect,memory,origin", "measures to run, comma-separated")
	burst := flag.Int("burst", 2000, "events per dispatch burst")
	drops := flag.Int("drops", 100, "forced reconnects")
	streams := flag.String("streams", "1000,10000,50000", "origin stream counts")
	rounds := flag.Int("rounds", 30, "broadcasts per origin stream count")
	prof := flag.Bool("profile", false, "log where Tether's page spent its CPU in each dispatch measure (V8's sampling profiler)")
	flag.Parse()
	log.SetFlags(log.Ltime)
	if *runs < 1 || *burst < 2 || *drops < 1 || *rounds < 1 {
		log.Fatal("bench: -runs, -drops and -rounds must be ≥ 1, -burst ≥ 2")
	}
	var sizes []int
	for _, s := range strings.Split(*streams, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			log.Fatalf("bench: -streams %q: want counts like 1000,10000", *streams)
		}
		sizes = append(sizes, n)
	}
	want := map[string]bool{}
	for _, m := range strings.Split(*only, ",") {
		want[strings.TrimSpace(m)] = true
	}

	t := &table{}
	if want["sizes"] {
		log.Printf("sizes: building the floors (a syscall/js hello world, EventSource through safejs) with the same Go")
		if err := measureSizes(t, []string{"web/tether.wasm", "web/widgets.wasm"}); err != nil {
			log.Fatal("bench: ", err)
		}
	}
	if want["startup"] || want["dispatch"] || want["reconnect"] || want["memory"] {
		l, err := newLab()
		if err != nil {
			log.Fatal("bench: ", err)
		}
		l.profile = *prof
		steps := []struct {
			name string
			run  func() error
		}{
			{"startup", func() error { return l.startup(t, *runs) }},
			{"dispatch", func() error {
				if err := l.dispatch(t, *runs, *burst); err != nil {
					return err
				}
				return l.dispatchReplay(t, *runs, *burst)
			}},
			{"reconnect", func() error { return l.reconnect(t, *drops) }},
			{"memory", func() error { return l.memory(t) }},
		}
		for _, s := range steps {
			if want[s.name] {
				if err := s.run(); err != nil {
					l.stop()
					log.Fatalf("bench: %s: %v", s.name, err)
				}
			}
		}
		l.stop()
	}
	if want["origin"] {
		if err := originBench(t, sizes, *rounds); err != nil {
			log.Fatal("bench: origin: ", err)
		}
	} else if want["stall"] { // origin runs it too
		if err := stallOnly(t, *rounds); err != nil {
			log.Fatal("bench: stall: ", err)
		}
	}

	fmt.Printf("Measured %s on %s. Ratio: Tether ÷ baseline.\n\n", time.Now().Format("2006-01-02"), machine())
	t.write(os.Stdout)
}

// machine names what the figures were measured on.
func machine() string {
	parts := []string{fmt.Sprintf("%d cores", runtime.NumCPU())}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int
		fmt.Sscanf(strings.TrimPrefix(strings.SplitN(string(b), "\n", 2)[0], "MemTotal:"), "%d", &kb)
		parts = append(parts, fmt.Sprintf("%.0f GiB", float64(kb)/(1<<20)))
	}
	parts = append(parts, runtime.GOOS+"/"+runtime.GOARCH, runtime.Version())
	if out, err := exec.Command("chromium", "--version").Output(); err == nil {
		parts = append(parts, strings.TrimSpace(string(out)))
	}
	return strings.Join(parts, ", ")
}
