package origin

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"

	"tether/server/catalog"
	"tether/server/hub"
	"tether/server/sse"
)

// PublishRequest is the body of POST /v1/publish. Data is any JSON value;
// at most one of User and Topic may be set (neither: everyone).
type PublishRequest struct {
	Event string          `json:"event"`
	Data  json.RawMessage `json:"data,omitempty"`
	User  string          `json:"user,omitempty"`
	Topic string          `json:"topic,omitempty"`
}

// publish returns the publish handler; needBearer is false only for the
// demo page's own copy of it.
func (o *Origin) publish(needBearer bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if needBearer {
			if o.cfg.PublishToken == "" {
				writeError(w, http.StatusServiceUnavailable, "", "publishing is off: start the origin with -publish-token")
				return
			}
			if !o.bearer(r) {
				w.Header().Set("WWW-Authenticate", `Bearer realm="tether"`)
				writeError(w, http.StatusUnauthorized, "", "missing or wrong bearer token")
				return
			}
		}
		var req PublishRequest
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			writeError(w, http.StatusBadRequest, "", "body must be JSON {event, data, user?, topic?}: "+err.Error())
			return
		}
		ev, status, err := o.Publish(req)
		if err != nil {
			writeError(w, status, "", err.Error())
			return
		}
		writeJSON(w, http.StatusAccepted, map[string]string{"id": ev.ID})
	}
}

// Errors returned by Publish.
var (
	ErrNoEvent  = errors.New("origin: event name is required")
	ErrReserved = errors.New("origin: event name is reserved for the origin")
)

// Publish validates req and hands it to the hub. The status is the HTTP
// status that fits the error.
func (o *Origin) Publish(req PublishRequest) (hub.Event, int, error) {
	if req.Event == "" {
		return hub.Event{}, http.StatusBadRequest, ErrNoEvent
	}
	if catalog.Reserved(req.Event) {
		return hub.Event{}, http.StatusBadRequest, ErrReserved
	}
	if err := (sse.Event{Name: req.Event}).Validate(); err != nil {
		return hub.Event{}, http.StatusBadRequest, err
	}
	data := []byte("null")
	if len(req.Data) > 0 {
		var buf bytes.Buffer
		if err := json.Compact(&buf, req.Data); err != nil {
			return hub.Event{}, http.StatusBadRequest, err
		}
		data = buf.Bytes()
	}
	ev, err := o.hub.Publish(req.Event, string(data), hub.Audience{User: req.User, Topic: req.Topic})
	switch {
	case errors.Is(err, hub.ErrTooLarge):
		return ev, http.StatusRequestEntityTooLarge, err
	case err != nil:
		return ev, http.StatusBadRequest, err
	}
	return ev, http.StatusAccepted, nil
}
