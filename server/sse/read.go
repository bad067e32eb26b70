package sse

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// Reader parses an event stream. It keeps the last event id across events,
// as EventSource does, so Next returns it even for events without an id:.
type Reader struct {
	br     *bufio.Reader
	lastID string
	retry  int
}

// NewReader returns a Reader on r.
func NewReader(r io.Reader) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10)}
}

// Retry is the last retry: value seen, in milliseconds (0 if none).
func (r *Reader) Retry() int { return r.retry }

// Next returns the next dispatched event. Blocks with no data: lines are
// skipped, as the WHATWG algorithm does; Event.ID is the last event id
// buffer at dispatch. It returns io.EOF at the end of the stream.
func (r *Reader) Next() (Event, error) {
	var (
		data    strings.Builder
		hasData bool
		name    string
	)
	for {
		line, err := r.readLine()
		if err != nil {
			return Event{}, err
		}
		if line == "" {
			if !hasData {
				name = ""
				continue
			}
			return Event{ID: r.lastID, Name: name, Data: data.String()}, nil
		}
		if line[0] == ':' {
			continue
		}
		field, value, _ := strings.Cut(line, ":")
		value = strings.TrimPrefix(value, " ")
		switch field {
		case "event":
			name = value
		case "data":
			if hasData {
				data.WriteByte('\n')
			}
			data.WriteString(value)
			hasData = true
		case "id":
			if !strings.ContainsRune(value, 0) {
				r.lastID = value
			}
		case "retry":
			if n, err := strconv.Atoi(value); err == nil && n >= 0 {
				r.retry = n
			}
		}
	}
}

// readLine returns one line without its terminator; CRLF, CR and LF all end
// a line.
func (r *Reader) readLine() (string, error) {
	var sb strings.Builder
	for {
		c, err := r.br.ReadByte()
		if err != nil {
			if err == io.EOF && sb.Len() > 0 {
				return "", io.ErrUnexpectedEOF
			}
			return "", err
		}
		switch c {
		case '\n':
			return sb.String(), nil
		case '\r':
			if next, err := r.br.Peek(1); err == nil && next[0] == '\n' {
				r.br.ReadByte()
			}
			return sb.String(), nil
		}
		sb.WriteByte(c)
	}
}
