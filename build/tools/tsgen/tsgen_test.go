package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/tether-sse/tether/build/testing/testenv"
	"github.com/tether-sse/tether/server/catalog"
	"github.com/tether-sse/tether/wasm/conn"
	"github.com/tether-sse/tether/wasm/loader"
)

// TestEventsDTSIsFresh fails when server/catalog changed and nobody ran
// go generate ./server/catalog.
func TestEventsDTSIsFresh(t *testing.T) {
	got, err := os.ReadFile("../../../web/events.d.ts")
	if err != nil {
		t.Fatal(err)
	}
	if want := Generate(); !bytes.Equal(got, want) {
		t.Errorf("web/events.d.ts is stale: run go generate ./server/catalog\n--- want\n%s", want)
	}
}

// TestLoaderProtocolIsFresh fails when the Go side of the loader's
// protocol block changed and nobody ran go generate ./server/catalog (or
// when someone edited the block by hand).
func TestLoaderProtocolIsFresh(t *testing.T) {
	js, err := os.ReadFile("../../../web/tether.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := WithProtocol(js)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(js, want) {
		t.Errorf("web/tether.js's protocol block is not the Go side's: run go generate ./server/catalog\n--- want\n%s", Protocol())
	}
	// The boot object is made only by the generated bootObject and
	// earlyObject, and its global named only by bootGlobal.
	_, rest, _ := strings.Cut(string(js), protocolEnd)
	for _, hand := range []string{loader.BootGlobal, "__tetherEarly", "__tetherBoot"} {
		if strings.Contains(rest, hand) {
			t.Errorf("web/tether.js names %s outside its protocol block: use bootGlobal, bootObject and earlyObject", hand)
		}
	}
	for _, made := range []string{"bootObject(", "earlyObject("} {
		if !strings.Contains(rest, made) {
			t.Errorf("web/tether.js does not make its boot object with %s", made)
		}
	}
}

// TestTypingsNameEveryOption: TetherConfig in web/tether.d.ts declares
// exactly the loader's options.
func TestTypingsNameEveryOption(t *testing.T) {
	dts, err := os.ReadFile("../../../web/tether.d.ts")
	if err != nil {
		t.Fatal(err)
	}
	body, ok := strings.CutPrefix(string(dts[bytes.Index(dts, []byte("export interface TetherConfig {")):]), "export interface TetherConfig {")
	if !ok {
		t.Fatal("web/tether.d.ts declares no TetherConfig")
	}
	body = body[:strings.Index(body, "\n}")]
	var got []string
	for _, m := range regexp.MustCompile(`(?m)^  (\w+)\??:`).FindAllStringSubmatch(body, -1) {
		got = append(got, m[1])
	}
	want := slices.Clone(loader.OptionNames)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("TetherConfig declares %v, the loader's options are %v", got, want)
	}
}

// TestLoaderEncodesQueriesAsTheRuntime runs the loader's encodeQuery in
// node beside the runtime's StreamURL: the early stream is adopted only
// when its URL is the one the runtime would open.
func TestLoaderEncodesQueriesAsTheRuntime(t *testing.T) {
	node, err := exec.LookPath("node")
	testenv.Require(t, "node", err)
	js, err := os.ReadFile("../../../web/tether.js")
	if err != nil {
		t.Fatal(err)
	}
	fn := regexp.MustCompile(`(?ms)^function encodeQuery\(.*?^}`).Find(js)
	if fn == nil {
		t.Fatal("web/tether.js has no function encodeQuery")
	}
	queries := []string{"", "?a=1", "b=2&a=1", "x=a b", "x=a+b", "k=%C3%A9", "k=é", "q=%20%2B", "z=!'()*~-._", "a=2&a=1", "e=", "=v",
		"topics=tasks,ops", "intervalMs=1000&topics=a.b", "u=%E2%82%AC&t=/x?y", "flag"}
	q, _ := json.Marshal(queries)
	out, err := exec.Command(node, "-e", string(fn)+"\nconsole.log(JSON.stringify(JSON.parse(process.argv[1]).map(encodeQuery)))", string(q)).Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var got []string
	if err := json.Unmarshal(out, &got); err != nil || len(got) != len(queries) {
		t.Fatalf("node said %s (%v)", out, err)
	}
	for i, query := range queries {
		want, err := conn.StreamURL(conn.Config{QueryString: query})
		if err != nil {
			t.Errorf("%q: the runtime refuses it: %v", query, err)
			continue
		}
		if got := catalog.StreamPath + got[i]; got != want {
			t.Errorf("%q: the loader opens %s, the runtime %s", query, got, want)
		}
	}
}
