package hub

import (
	"context"
	"fmt"
)

// Publish checks an event against the hub's Rules (a *RuleError says which
// it breaks) and appends it to the log. It reaches
// subscribers, here and on every hub that follows the same log, from there.
func (h *Hub) Publish(name, data string, to Audience) (Event, error) {
	if err := h.cfg.Rules.Check(name, data, to); err != nil {
		return Event{}, err // a *RuleError
	}
	ctx, cancel := context.WithTimeout(context.Background(), h.cfg.Timeout)
	defer cancel()
	seq, err := h.log.Append(ctx, name, data, to)
	if err != nil {
		return Event{}, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	h.published.Add(1)
	return Event{Seq: seq, ID: h.id(seq), Name: name, Data: data, To: to}, nil
}
