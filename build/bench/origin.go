package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const publishToken = "bench-token"

// raiseFileLimit lifts this process's open-file limit to want (past the
// hard limit when it may: as root), else to the hard limit; the origin
// and the load generator inherit it.
func raiseFileLimit(want uint64) (uint64, error) {
	var r syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &r); err != nil {
		return 0, err
	}
	if r.Max < want && syscall.Setrlimit(syscall.RLIMIT_NOFILE, &syscall.Rlimit{Cur: want, Max: want}) == nil {
		return want, nil
	}
	r.Cur = r.Max
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &r); err != nil {
		return 0, err
	}
	return r.Cur, nil
}

// tools builds the origin and the load generator into a new temporary
// directory, for the caller to remove.
func tools() (dir, originBin, loadgenBin string, err error) {
	if dir, err = os.MkdirTemp("", "tether-bench-"); err != nil {
		return "", "", "", err
	}
	originBin, loadgenBin, err = binaries(dir)
	if err != nil {
		os.RemoveAll(dir)
	}
	return dir, originBin, loadgenBin, err
}

// binaries builds the origin and the load generator into dir.
func binaries(dir string) (originBin, loadgenBin string, err error) {
	originBin, loadgenBin = filepath.Join(dir, "origin"), filepath.Join(dir, "loadgen")
	for pkg, out := range map[string]string{"./server": originBin, "./build/bench/loadgen": loadgenBin} {
		if b, err := exec.Command("go", "build", "-o", out, pkg).CombinedOutput(); err != nil {
			return "", "", fmt.Errorf("go build %s: %v\n%s", pkg, err, b)
		}
	}
	return originBin, loadgenBin, nil
}

// originProc is the origin running as its own process.
type originProc struct {
	cmd  *exec.Cmd
	base string
}

// startOrigin runs the origin on a free port with store's flags
// ("-store", "memory" or "-store", "jetstream", "-data", dir).
func startOrigin(bin string, store ...string) (*originProc, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	return startOriginOn(bin, ln.Addr().String(), ln.Close, store...)
}

func startOriginOn(bin, addr string, free func() error, store ...string) (*originProc, error) {
	free()
	// The load generator's streams come from a few IPs: lift the per-client cap.
	args := append([]string{"-addr", addr, "-root", ".", "-publish-token", publishToken,
		"-max-streams", "100000", "-max-client-streams", "100000"}, store...)
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	p := &originProc{cmd: cmd, base: "http://" + addr}
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if resp, err := http.Get(p.base + "/healthz"); err == nil {
			resp.Body.Close()
			return p, nil
		}
	}
	p.stop()
	return nil, fmt.Errorf("the origin did not answer /healthz on %s", addr)
}

func (p *originProc) stop() {
	p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		p.cmd.Process.Kill()
		<-done
	}
}

// rss is the origin's resident memory in bytes.
func (p *originProc) rss() (int, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p.cmd.Process.Pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, err := strconv.Atoi(f[1])
			return kb * 1024, err
		}
	}
	return 0, fmt.Errorf("no VmRSS for the origin")
}

// metric reads one unlabelled value from /metrics.
func (p *originProc) metric(name string) (float64, error) {
	resp, err := http.Get(p.base + "/metrics")
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 2 && f[0] == name {
			return strconv.ParseFloat(f[1], 64)
		}
	}
	return 0, fmt.Errorf("no %s in /metrics", name)
}

func (p *originProc) broadcast() error {
	return p.publish("bench", fmt.Sprintf(`{"t":%d}`, time.Now().UnixNano()))
}

// publish sends one event to every stream.
func (p *originProc) publish(name, data string) error {
	body := `{"event":"` + name + `","data":` + data + `}`
	req, _ := http.NewRequest("POST", p.base+"/v1/publish", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+publishToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		return fmt.Errorf("publish: %d", resp.StatusCode)
	}
	return nil
}

// loadgenSummary mirrors loadgen.Summary.
type loadgenSummary struct {
	Open, Failed, Deliveries int
	Drops, Lost, Repeated    int
	P50Ms, P99Ms, MaxMs      float64
}

// fanout holds n idle streams from a separate load-generator process,
// reads the origin's memory and goroutines, then broadcasts rounds events
// and has the load generator time their arrival on every stream.
type fanoutResult struct {
	held          int
	bytesPerStr   float64
	goroutinesPer float64
	sum           loadgenSummary
}

func fanout(originBin, loadgenBin string, n, rounds int, args []string) (fanoutResult, error) {
	var res fanoutResult
	p, err := startOrigin(originBin, args...)
	if err != nil {
		return res, err
	}
	defer p.stop()
	time.Sleep(300 * time.Millisecond)
	before, err := p.rss()
	if err != nil {
		return res, err
	}
	goroutinesBefore, err := p.metric("tether_goroutines")
	if err != nil {
		return res, err
	}
	lg := exec.Command(loadgenBin, "-url", p.base+"/v1/sse/connect", "-n", strconv.Itoa(n), "-expect", strconv.Itoa(rounds))
	stdin, _ := lg.StdinPipe()
	stdout, _ := lg.StdoutPipe()
	lg.Stderr = os.Stderr
	if err := lg.Start(); err != nil {
		return res, err
	}
	defer lg.Process.Kill()
	out := bufio.NewScanner(stdout)
	if !out.Scan() || !strings.HasPrefix(out.Text(), "open ") {
		return res, fmt.Errorf("loadgen: %q", out.Text())
	}
	time.Sleep(3 * time.Second) // let the origin settle: its garbage collected, freed memory returned
	held, err := p.metric("tether_streams_open")
	if err != nil {
		return res, err
	}
	goroutines, err := p.metric("tether_goroutines")
	if err != nil {
		return res, err
	}
	res.held = int(held)
	after, err := p.rss()
	if err != nil {
		return res, err
	}
	res.bytesPerStr = float64(after-before) / held
	res.goroutinesPer = (goroutines - goroutinesBefore) / held
	log.Printf("origin: %d idle streams held, RSS %s → %s, goroutines %.0f → %.0f", res.held, bytes(before), bytes(after), goroutinesBefore, goroutines)
	for range rounds {
		if err := p.broadcast(); err != nil {
			return res, err
		}
		time.Sleep(spacing(n))
	}
	time.Sleep(time.Second)
	stdin.Close()
	if !out.Scan() {
		return res, fmt.Errorf("loadgen gave no summary")
	}
	if err := json.Unmarshal(out.Bytes(), &res.sum); err != nil {
		return res, err
	}
	lg.Wait()
	// Slow clients dropped by the origin resume by id: the machine was
	// slow, not the code wrong. Only an event never delivered, or one
	// delivered twice, is a failure.
	log.Printf("origin: %d streams, %d deliveries, %d slow-client drops (each resumed), p50 %.1f ms, p99 %.1f ms",
		res.sum.Open, res.sum.Deliveries, res.sum.Drops, res.sum.P50Ms, res.sum.P99Ms)
	if res.sum.Lost != 0 || res.sum.Repeated != 0 {
		return res, fmt.Errorf("fan-out: %d events lost and %d repeated across %d streams after %d drops and their resumes",
			res.sum.Lost, res.sum.Repeated, res.sum.Open, res.sum.Drops)
	}
	return res, nil
}

// spacing is the time between broadcasts: long enough for one to reach
// every stream before the next, so that the figures are latencies, not a
// queue of broadcasts the machine cannot keep up with.
func spacing(streams int) time.Duration {
	return 100*time.Millisecond + time.Duration(streams)*20*time.Microsecond
}

// originBench measures, for each stream count and each store, the origin
// as it runs (HTTP/1 streams in the park) against today's other shape
// (-goroutine-per-stream: each stream on its net/http goroutine), side by
// side in one run.
func originBench(t *table, sizes []int, rounds int) error {
	most := slices.Max(sizes)
	limit, err := raiseFileLimit(uint64(most)*2 + 4096)
	if err != nil {
		return err
	}
	log.Printf("origin: open-file limit %d", limit)
	dir, originBin, loadgenBin, err := tools()
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	for _, asked := range sizes {
		// The origin holds a descriptor per stream, and so does the load
		// generator: past the hard limit (where the bench may not raise
		// it), measure the most this machine allows and say so.
		n, note := asked, ""
		if most := (int(limit) - 1500) / 1000 * 1000; n > most {
			n, note = most, fmt.Sprintf(" (asked %s: the open-file limit, %s, allows %s)", bytes(asked), bytes(int(limit)), bytes(most))
			log.Printf("origin: %d streams asked, %d measured: the open-file limit is %d and may not be raised here", asked, n, limit)
		}
		for _, store := range []struct {
			name string
			args []string
		}{
			{"JetStream", []string{"-store", "jetstream", "-data", filepath.Join(dir, fmt.Sprint("fanout-", n))}},
			{"memory", []string{"-store", "memory"}},
		} {
			log.Printf("origin: %d streams from a separate load generator, %d broadcasts, %s store: park, then a goroutine per stream", n, rounds, store.name)
			parked, err := fanout(originBin, loadgenBin, n, rounds, store.args)
			if err != nil {
				return err
			}
			os.RemoveAll(filepath.Join(dir, fmt.Sprint("fanout-", n)))
			perStream, err := fanout(originBin, loadgenBin, n, rounds, append(store.args, "-goroutine-per-stream"))
			if err != nil {
				return err
			}
			at := fmt.Sprintf("at %s streams%s, %s store", bytes(n), note, store.name)
			t.add("origin: RSS per idle stream "+at+" (baseline: a goroutine per stream)",
				bytes(int(parked.bytesPerStr))+" B", bytes(int(perStream.bytesPerStr))+" B", parked.bytesPerStr/perStream.bytesPerStr)
			t.add("origin: goroutines per idle stream "+at,
				fmt.Sprintf("%.2f", parked.goroutinesPer), fmt.Sprintf("%.2f", perStream.goroutinesPer), 0)
			t.add(fmt.Sprintf("origin: publish → delivery p50 %s (%d broadcasts, %v apart)", at, rounds, spacing(n)),
				ms(parked.sum.P50Ms), ms(perStream.sum.P50Ms), parked.sum.P50Ms/perStream.sum.P50Ms)
			t.add(fmt.Sprintf("origin: publish → delivery p99 %s (%d broadcasts, %v apart)", at, rounds, spacing(n)),
				ms(parked.sum.P99Ms), ms(perStream.sum.P99Ms), parked.sum.P99Ms/perStream.sum.P99Ms)
			t.add("origin: slow-client drops "+at+", each resumed by id (lost, repeated: 0 or the bench fails)",
				fmt.Sprint(parked.sum.Drops), fmt.Sprint(perStream.sum.Drops), 0)
		}
	}
	if err := stallBench(t, originBin, loadgenBin, rounds); err != nil {
		return err
	}
	return storeBench(t, originBin, dir)
}
