package main

import "testing"

func TestPercentileIsNearestRank(t *testing.T) {
	hundred := make([]float64, 100)
	for i := range hundred {
		hundred[i] = float64(i + 1)
	}
	for _, c := range []struct {
		xs   []float64
		p    int
		want float64
	}{
		{hundred, 99, 99}, // not the largest
		{hundred, 50, 50},
		{hundred, 100, 100},
		{hundred[:10], 99, 10},
		{hundred[:1], 99, 1},
	} {
		if got := percentile(c.xs, c.p); got != c.want {
			t.Errorf("p%d of %d samples: %v, want %v", c.p, len(c.xs), got, c.want)
		}
	}
}
