package sse

import (
	"errors"
	"strconv"
	"strings"
)

// Errors returned by Validate.
var (
	ErrBadID   = errors.New("sse: id contains CR, LF or NUL")
	ErrBadName = errors.New("sse: event name contains CR, LF or NUL")
)

// Event is one server-sent event. Empty fields are not written.
type Event struct {
	ID   string
	Name string // the event: field; empty means "message"
	Data string
}

// Validate reports whether e can be written without corrupting the stream.
func (e Event) Validate() error {
	if strings.ContainsAny(e.ID, "\r\n\x00") {
		return ErrBadID
	}
	if strings.ContainsAny(e.Name, "\r\n\x00") {
		return ErrBadName
	}
	return nil
}

// AppendTo appends the wire form of e, terminated by a blank line.
// Data is split on CRLF, CR and LF into one data: line each, which is how a
// reader joins them again with LF. Call Validate first.
func (e Event) AppendTo(b []byte) []byte {
	if e.ID != "" {
		b = appendField(b, "id", e.ID)
	}
	if e.Name != "" {
		b = appendField(b, "event", e.Name)
	}
	data := e.Data
	for {
		i := strings.IndexAny(data, "\r\n")
		if i < 0 {
			b = appendField(b, "data", data)
			break
		}
		b = appendField(b, "data", data[:i])
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			i++
		}
		data = data[i+1:]
	}
	return append(b, '\n')
}

func appendField(b []byte, name, value string) []byte {
	b = append(b, name...)
	b = append(b, ':', ' ')
	b = append(b, value...)
	return append(b, '\n')
}

// AppendComment appends a comment line block (ignored by readers, kept by
// proxies as traffic). The text must not contain line breaks.
func AppendComment(b []byte, text string) []byte {
	b = append(b, ':')
	if text != "" {
		b = append(b, ' ')
		b = append(b, text...)
	}
	return append(b, '\n', '\n')
}

// AppendRetry appends a retry: field block telling clients how long to wait
// before reconnecting.
func AppendRetry(b []byte, ms int) []byte {
	b = append(b, "retry: "...)
	b = strconv.AppendInt(b, int64(ms), 10)
	return append(b, '\n', '\n')
}
