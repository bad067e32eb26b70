package hub

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tether-sse/tether/server/catalog"
)

// Rules are what an event must be, wherever it comes from: the publish
// endpoint, Hub.Publish, or a message another process put on the log. One
// set, configured once (Config.Rules), read by all three. Zero fields
// mean the defaults.
type Rules struct {
	MaxEventName int // bytes in an event name; zero means 64
	MaxTopicLen  int // bytes in a topic; zero means 64
	MaxUserLen   int // bytes in a user id; zero means 128
	MaxData      int // bytes of data; zero means 64 KiB
}

// RuleError is a rule an event breaks: the field at fault and why.
type RuleError struct {
	Field, Msg string
	TooLarge   bool // the data is over MaxData (413 rather than 400)
}

// Error says the field and the rule.
func (e *RuleError) Error() string { return "hub: " + e.Field + ": " + e.Msg }

func (r Rules) withDefaults() Rules {
	for _, f := range []struct {
		v   *int
		def int
	}{{&r.MaxEventName, 64}, {&r.MaxTopicLen, 64}, {&r.MaxUserLen, 128}, {&r.MaxData, 64 << 10}} {
		if *f.v <= 0 {
			*f.v = f.def
		}
	}
	return r
}

func broke(field, format string, args ...any) *RuleError {
	return &RuleError{Field: field, Msg: fmt.Sprintf(format, args...)}
}

// Check returns nil, or the first rule the event breaks: its name
// (CheckName), its audience (at most one of user and topic, each within
// its rules), its data (at most MaxData bytes). That data is JSON is the
// publish endpoint's to check (it compacts it) and the log reader's (a
// message published straight to NATS): the hub carries what it is given.
func (r Rules) Check(name, data string, to Audience) error {
	r = r.withDefaults()
	if err := r.CheckName(name); err != nil {
		return err
	}
	switch {
	case len(to.User) > r.MaxUserLen:
		return broke("user", "a user id is at most %d bytes", r.MaxUserLen)
	case to.User != "" && to.Topic != "":
		return broke("topic", "set at most one of user and topic")
	}
	if to.Topic != "" {
		if err := r.CheckTopic(to.Topic); err != nil {
			return err
		}
	}
	if len(data) > r.MaxData {
		return &RuleError{Field: "data", Msg: fmt.Sprintf("data exceeds the limit of %d bytes", r.MaxData), TooLarge: true}
	}
	return nil
}

// CheckName allows what the store keeps byte for byte: printable UTF-8
// without leading or trailing spaces (NATS trims header values), no
// control characters, at most MaxEventName bytes, and not one of the
// origin's own names.
func (r Rules) CheckName(name string) error {
	r = r.withDefaults()
	switch {
	case name == "":
		return broke("event", "an event name is required")
	case len(name) > r.MaxEventName:
		return broke("event", "an event name is at most %d bytes", r.MaxEventName)
	case !utf8.ValidString(name) || strings.ContainsFunc(name, unicode.IsControl):
		return broke("event", "an event name is UTF-8 text without control characters (CR, LF, NUL, tab…)")
	case strings.TrimSpace(name) != name:
		return broke("event", "an event name may not start or end with a space")
	case catalog.Reserved(name):
		return broke("event", "%q is reserved for the origin", name)
	}
	return nil
}

// CheckTopic allows names of letters, digits and "-_.:/@", at most
// MaxTopicLen bytes: nothing that could need escaping anywhere. A dot
// separates non-empty segments (NATS subjects).
func (r Rules) CheckTopic(t string) error {
	r = r.withDefaults()
	if len(t) > r.MaxTopicLen {
		return broke("topic", "a topic name is at most %d bytes", r.MaxTopicLen)
	}
	for _, c := range []byte(t) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-_.:/@", c) >= 0) {
			return broke("topic", "topic %.64q may hold only letters, digits and -_.:/@", t)
		}
	}
	if t == "" || t[0] == '.' || t[len(t)-1] == '.' || strings.Contains(t, "..") {
		return broke("topic", "topic %.64q has an empty segment: dots separate non-empty segments", t)
	}
	return nil
}
