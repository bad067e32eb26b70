package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"log"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// stallCase is a crowd of clients that take no bytes beside one healthy
// stream.
type stallCase struct {
	name    string
	n       int
	sources int  // loopback addresses they come from
	vanish  bool // in a network namespace whose link then goes down: no FIN, no ACK, nothing
}

// stallRepeats is how many times each row runs, interleaved with the
// others: a p99 of 100 samples is one of its two slowest, and a shared
// machine's hiccup lands in any one run; the table gives the median.
const stallRepeats = 3

// stallBench measures a healthy stream's publish → delivery beside
// clients that never read (an attacker's, or clients that vanished
// without a FIN), against the same stream alone: no client may stall
// another.
func stallBench(t *table, originBin, loadgenBin string, rounds int) error {
	cases := []stallCase{
		{name: "none"},
		{name: "32 streams that never read, from one address", n: 32, sources: 1},
		{name: "1,000 streams that never read, from 1,000 addresses", n: 1000, sources: 1000},
		{name: "5,000 streams that never read, from 5,000 addresses", n: 5000, sources: 5000},
		{name: "1,000 clients that vanished without a FIN", n: 1000, vanish: true},
	}
	rounds = max(rounds, 100)                       // a p99 of fewer is the max
	runs := make([][2][]loadgenSummary, len(cases)) // by case, then park and goroutine-per-stream
	unmeasured := make([]error, len(cases))
	for r := range stallRepeats {
		for ci, c := range cases {
			for i, shape := range []string{"park", "goroutine-per-stream"} {
				if c.n == 0 && i > 0 || unmeasured[ci] != nil {
					break
				}
				log.Printf("origin: a healthy stream beside %s (memory store, %d broadcasts, %s, run %d of %d)", c.name, rounds, shape, r+1, stallRepeats)
				sum, err := beside(originBin, loadgenBin, c, rounds, i > 0)
				if err != nil && c.vanish { // needs root and veth: report, do not fail
					log.Printf("origin: not measured: %v", err)
					unmeasured[ci] = err
					break
				}
				if err != nil {
					return err
				}
				runs[ci][i] = append(runs[ci][i], sum)
			}
		}
	}
	// Each figure: the median p99, and beside it the median of the runs'
	// slowest delivery (a p99 of 100 leaves one out).
	medianOf := func(ci, i int, field func(loadgenSummary) float64) float64 {
		xs := make([]float64, len(runs[ci][i]))
		for k, s := range runs[ci][i] {
			xs[k] = field(s)
		}
		return median(xs)
	}
	p99 := func(ci, i int) float64 { return medianOf(ci, i, func(s loadgenSummary) float64 { return s.P99Ms }) }
	withMax := func(ci, i int) string {
		return fmt.Sprintf("%s (max %s)", ms(p99(ci, i)), ms(medianOf(ci, i, func(s loadgenSummary) float64 { return s.MaxMs })))
	}
	alone := p99(0, 0)
	for ci := 1; ci < len(cases); ci++ {
		c := cases[ci]
		if err := unmeasured[ci]; err != nil {
			t.add("origin: healthy stream's p99 beside "+c.name, "not measured: "+err.Error(), "", 0)
			continue
		}
		park, perStream := p99(ci, 0), p99(ci, 1)
		t.add(fmt.Sprintf("origin: healthy stream's publish → delivery p99 beside %s (baseline: alone; median of %d runs)", c.name, stallRepeats),
			withMax(ci, 0), withMax(0, 0), park/alone)
		t.add("origin: same, with -goroutine-per-stream", withMax(ci, 1), withMax(0, 0), perStream/alone)
	}
	return nil
}

// stallOnly is stallBench on its own (-only stall).
func stallOnly(t *table, rounds int) error {
	if _, err := raiseFileLimit(20000); err != nil {
		return err
	}
	dir, originBin, loadgenBin, err := tools()
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	return stallBench(t, originBin, loadgenBin, rounds)
}

// beside runs one case in a fresh origin: the crowd opens, every stream's
// socket fills with events, then the healthy stream is timed.
func beside(originBin, loadgenBin string, c stallCase, rounds int, perStream bool) (loadgenSummary, error) {
	var sum loadgenSummary
	addr, host := "127.0.0.1:0", "127.0.0.1"
	var ns *netns
	if c.vanish {
		var err error
		if ns, err = newNetns(); err != nil {
			return sum, err
		}
		defer ns.close()
		addr, host = "0.0.0.0:0", ns.hostIP
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return sum, err
	}
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	args := []string{"-store", "memory"}
	if perStream {
		args = append(args, "-goroutine-per-stream")
	}
	p, err := startOriginOn(originBin, ln.Addr().String(), ln.Close, args...)
	if err != nil {
		return sum, err
	}
	defer p.stop()
	if c.n > 0 {
		args := []string{loadgenBin, "-stall", "-url", "http://" + host + ":" + port + "/v1/sse/connect", "-n", strconv.Itoa(c.n), "-sources", strconv.Itoa(max(c.sources, 1))}
		if ns != nil {
			args = append([]string{"ip", "netns", "exec", ns.name}, args...)
		}
		crowd := exec.Command(args[0], args[1:]...)
		stdin, _ := crowd.StdinPipe()
		stdout, _ := crowd.StdoutPipe()
		crowd.Stderr = os.Stderr
		if err := crowd.Start(); err != nil {
			return sum, err
		}
		defer func() { stdin.Close(); crowd.Wait() }()
		if line, _ := bufio.NewReader(stdout).ReadString('\n'); line != fmt.Sprintf("open %d\n", c.n) {
			return sum, fmt.Errorf("the crowd: %q, want open %d", line, c.n)
		}
		if ns != nil {
			if err := ns.vanish(); err != nil {
				return sum, err
			}
		}
		for range 100 { // 800 KB each: more than the park's fixed buffers hold (a grown one holds ~4 MB)
			if err := p.publish("fill", `"`+strings.Repeat("x", 8<<10)+`"`); err != nil {
				return sum, err
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return healthy(p, loadgenBin, rounds)
}

// healthy times one reading stream over rounds broadcasts, 100 ms apart.
func healthy(p *originProc, loadgenBin string, rounds int) (loadgenSummary, error) {
	var sum loadgenSummary
	lg := exec.Command(loadgenBin, "-url", p.base+"/v1/sse/connect", "-n", "1", "-expect", strconv.Itoa(rounds))
	stdin, _ := lg.StdinPipe()
	stdout, _ := lg.StdoutPipe()
	lg.Stderr = os.Stderr
	if err := lg.Start(); err != nil {
		return sum, err
	}
	defer lg.Process.Kill()
	out := bufio.NewScanner(stdout)
	if !out.Scan() || out.Text() != "open 1" {
		return sum, fmt.Errorf("the healthy stream: %q", out.Text())
	}
	for range rounds {
		if err := p.broadcast(); err != nil {
			return sum, err
		}
		time.Sleep(100 * time.Millisecond)
	}
	stdin.Close()
	if !out.Scan() {
		return sum, fmt.Errorf("the healthy stream gave no summary")
	}
	if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
		return sum, err
	}
	lg.Wait()
	log.Printf("origin: the healthy stream: %d deliveries, p50 %.1f ms, p99 %.1f ms, max %.1f ms", sum.Deliveries, sum.P50Ms, sum.P99Ms, sum.MaxMs)
	if sum.Lost != 0 || sum.Repeated != 0 {
		return sum, fmt.Errorf("the healthy stream lost %d events and got %d twice", sum.Lost, sum.Repeated)
	}
	return sum, nil
}

// netns is a network namespace joined to this one by a veth pair: its
// clients vanish without a FIN when the link goes down.
type netns struct{ name, hostIP string }

func newNetns() (*netns, error) {
	n := &netns{name: "tb" + strconv.Itoa(os.Getpid()%100000), hostIP: "10.231.0.1"}
	steps := [][]string{
		{"netns", "add", n.name},
		{"link", "add", n.name + "h", "type", "veth", "peer", "name", n.name + "c"},
		{"link", "set", n.name + "c", "netns", n.name},
		{"addr", "add", n.hostIP + "/24", "dev", n.name + "h"},
		{"link", "set", n.name + "h", "up"},
		{"-n", n.name, "addr", "add", "10.231.0.2/24", "dev", n.name + "c"},
		{"-n", n.name, "link", "set", n.name + "c", "up"},
	}
	for _, s := range steps {
		if out, err := exec.Command("ip", s...).CombinedOutput(); err != nil {
			n.close()
			return nil, fmt.Errorf("ip %s: %v: %s", strings.Join(s, " "), err, strings.TrimSpace(string(out)))
		}
	}
	return n, nil
}

// vanish takes the clients' side of the link down: what the origin sends
// is never seen, and nothing comes back.
func (n *netns) vanish() error {
	out, err := exec.Command("ip", "-n", n.name, "link", "set", n.name+"c", "down").CombinedOutput()
	if err != nil {
		return fmt.Errorf("ip link set down: %v: %s", err, out)
	}
	return nil
}

func (n *netns) close() {
	exec.Command("ip", "link", "del", n.name+"h").Run()
	exec.Command("ip", "netns", "del", n.name).Run()
}
