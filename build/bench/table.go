package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// table is the one table make bench prints, as Markdown.
type table struct{ rows [][4]string }

// add appends a measure with Tether's figure, the baseline's and their
// ratio (empty when there is no baseline).
func (t *table) add(measure, tether, baseline string, ratio float64) {
	r := ""
	if baseline != "" && ratio > 0 {
		r = fmt.Sprintf("%.2f×", ratio)
	}
	t.rows = append(t.rows, [4]string{measure, tether, baseline, r})
}

func (t *table) write(w io.Writer) {
	fmt.Fprintln(w, "| measure | Tether | baseline | ratio |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: |")
	for _, r := range t.rows {
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", r[0], r[1], r[2], r[3])
	}
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// bytes formats n with thousands separators.
func bytes(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func ms(v float64) string { return fmt.Sprintf("%.1f ms", v) }
