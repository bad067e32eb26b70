package conn

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

var updateDoc = flag.Bool("update-doc", false, "rewrite doc.go's transition table from the code's")

// transitionTable is doc.go's table, written from transitions: for each
// input, the phases it leaves grouped by where they may go.
func transitionTable() string {
	name := func(to []Phase) string {
		switch {
		case slices.Equal(to, fresh):
			return "fresh"
		case slices.Equal(to, newSource):
			return "new"
		}
		var s []string
		for _, p := range to {
			s = append(s, p.String())
		}
		return strings.Join(s, ", ")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "//\t%-10s %s\n", "input", "from → to")
	for k := InputKind(0); k < inputKinds; k++ {
		byTo := map[string][]string{}
		var order []string
		for p := Phase(0); p < phases; p++ {
			to, ok := transitions[k][p]
			if !ok {
				continue
			}
			n := name(to)
			if byTo[n] == nil {
				order = append(order, n)
			}
			byTo[n] = append(byTo[n], p.String())
		}
		for i, to := range order {
			input := k.String()
			if i > 0 {
				input = ""
			}
			fmt.Fprintf(&b, "//\t%-10s %s → %s\n", input, strings.Join(byTo[to], ", "), to)
		}
	}
	return b.String()
}

// TestDocTableIsTheCodes: the table in doc.go is the transitions table
// the machine is tested against, written out; go test -run TestDoc
// -update-doc rewrites it after a change.
func TestDocTableIsTheCodes(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	const head = "//\tinput"
	start := strings.Index(text, head)
	end := strings.Index(text[max(start, 0):], "//\n")
	if start < 0 || end < 0 {
		t.Fatal("doc.go has no transition table (a line starting //<tab>input, ended by an empty //)")
	}
	table, want := text[start:start+end], transitionTable()
	if table == want {
		return
	}
	if *updateDoc {
		if err := os.WriteFile("doc.go", []byte(text[:start]+want+text[start+end:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("doc.go's transition table is not the code's (go test -run TestDoc -update-doc rewrites it):\n%s\nwant:\n%s", table, want)
}
