package sse_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/tether-sse/tether/server/sse"
)

func TestAppendTo(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		ev   sse.Event
		want string
	}{
		{"full", sse.Event{ID: "k1-7", Name: "task", Data: `{"a":1}`}, "id: k1-7\nevent: task\ndata: {\"a\":1}\n\n"},
		{"data only", sse.Event{Data: "x"}, "data: x\n\n"},
		{"empty data", sse.Event{Name: "ping"}, "event: ping\ndata: \n\n"},
		{"lf split", sse.Event{Data: "a\nb"}, "data: a\ndata: b\n\n"},
		{"crlf split", sse.Event{Data: "a\r\nb"}, "data: a\ndata: b\n\n"},
		{"cr split", sse.Event{Data: "a\rb"}, "data: a\ndata: b\n\n"},
		{"trailing newline", sse.Event{Data: "a\n"}, "data: a\ndata: \n\n"},
		{"injection stays data", sse.Event{Data: "x\n\nevent: evil\nid: 9"}, "data: x\ndata: \ndata: event: evil\ndata: id: 9\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.ev.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			if got := string(tt.ev.AppendTo(nil)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestValidateRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		ev   sse.Event
		want error
	}{
		{"lf in id", sse.Event{ID: "1\n2"}, sse.ErrBadID},
		{"cr in id", sse.Event{ID: "1\r"}, sse.ErrBadID},
		{"nul in id", sse.Event{ID: "1\x00"}, sse.ErrBadID},
		{"lf in name", sse.Event{Name: "a\nb"}, sse.ErrBadName},
		{"cr in name", sse.Event{Name: "a\r"}, sse.ErrBadName},
		{"nul in name", sse.Event{Name: "a\x00"}, sse.ErrBadName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.ev.Validate(); !errors.Is(err, tt.want) {
				t.Errorf("Validate() = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestCommentAndRetry(t *testing.T) {
	t.Parallel()
	if got := string(sse.AppendComment(nil, "ping 1")); got != ": ping 1\n\n" {
		t.Errorf("comment = %q", got)
	}
	if got := string(sse.AppendRetry(nil, 3000)); got != "retry: 3000\n\n" {
		t.Errorf("retry = %q", got)
	}
}

func TestReaderKeepsLastID(t *testing.T) {
	t.Parallel()
	r := sse.NewReader(strings.NewReader(": pad\n\nretry: 3000\n\nid: 1\nevent: a\ndata: x\n\nevent: b\ndata: y\r\n\r\nid\ndata: z\n\n"))
	want := []sse.Event{{ID: "1", Name: "a", Data: "x"}, {ID: "1", Name: "b", Data: "y"}, {ID: "", Data: "z"}}
	for i, w := range want {
		got, err := r.Next()
		if err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		if got != w {
			t.Errorf("event %d = %+v, want %+v", i, got, w)
		}
	}
	if r.Retry() != 3000 {
		t.Errorf("retry = %d", r.Retry())
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("end: %v, want EOF", err)
	}
}

// FuzzRoundTrip checks that whatever passes Validate reads back unchanged
// (up to the line-ending normalisation readers apply to data).
func FuzzRoundTrip(f *testing.F) {
	f.Add("1", "task", `{"a":1}`)
	f.Add("", "", "a\r\nb\rc\nd")
	f.Add("x y", "ev:name", ": not a comment")
	f.Fuzz(func(t *testing.T, id, name, data string) {
		ev := sse.Event{ID: id, Name: name, Data: data}
		if ev.Validate() != nil {
			return
		}
		got, err := sse.NewReader(strings.NewReader(string(ev.AppendTo(nil)))).Next()
		if err != nil {
			t.Fatalf("read back %q: %v", ev.AppendTo(nil), err)
		}
		want := ev
		want.Data = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(data)
		if got != want {
			t.Fatalf("round trip of %+v = %+v", want, got)
		}
	})
}
