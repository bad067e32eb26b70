package hub

import (
	"context"
	"fmt"
)

// Publish validates an event and appends it to the log. It reaches
// subscribers, here and on every hub that follows the same log, from there.
func (h *Hub) Publish(name, data string, to Audience) (Event, error) {
	if len(data) > h.cfg.MaxData {
		return Event{}, ErrTooLarge
	}
	if to.User != "" && to.Topic != "" {
		return Event{}, ErrBadAudience
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
