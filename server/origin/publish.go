package origin

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/tether-sse/tether/server/hub"
)

// PublishRequest is the body of POST /v1/publish. Data is any JSON value;
// at most one of User and Topic may be set (neither: everyone).
type PublishRequest struct {
	Event string          `json:"event"`
	Data  json.RawMessage `json:"data,omitempty"`
	User  string          `json:"user,omitempty"`
	Topic string          `json:"topic,omitempty"`
}

// publish is POST /v1/publish: the back end's door, behind the bearer token.
func (o *Origin) publish(w http.ResponseWriter, r *http.Request) {
	if o.cfg.PublishToken == "" {
		writeError(w, http.StatusServiceUnavailable, "", "publishing is off: start the origin with -publish-token")
		return
	}
	if !o.bearer(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="tether"`)
		writeError(w, http.StatusUnauthorized, "Authorization", "missing or wrong bearer token")
		return
	}
	o.ServePublish(w, r)
}

// ServePublish reads a PublishRequest from r's body and publishes it,
// without the bearer check: for a handler wrapped around the origin that
// has authorised the request itself (the demo's control panel).
func (o *Origin) ServePublish(w http.ResponseWriter, r *http.Request) {
	http.NewResponseController(w).SetReadDeadline(time.Now().Add(o.lim.BodyTimeout))
	var req PublishRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, int64(o.lim.MaxBody)))
	dec.DisallowUnknownFields()
	err := dec.Decode(&req)
	if err == nil && dec.Decode(&struct{}{}) != io.EOF {
		err = errors.New("one JSON value and nothing after it")
	}
	if err != nil {
		if tooBig := (*http.MaxBytesError)(nil); errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "body", "the body exceeds the limit of "+strconv.Itoa(o.lim.MaxBody)+" bytes")
			return
		}
		writeError(w, http.StatusBadRequest, "body", "body must be JSON {event, data, user?, topic?}: "+err.Error())
		return
	}
	ev, err := o.Publish(req)
	if bad := (*InputError)(nil); errors.As(err, &bad) {
		writeError(w, bad.Status, bad.Field, bad.Msg)
		return
	}
	WriteJSON(w, http.StatusAccepted, map[string]string{"id": ev.ID})
}

// Publish checks req against the event rules and hands it to the hub. Its
// error names the field at fault and carries the HTTP status.
func (o *Origin) Publish(req PublishRequest) (hub.Event, error) {
	data := []byte("null")
	if len(req.Data) > 0 {
		var buf bytes.Buffer
		if err := json.Compact(&buf, req.Data); err != nil {
			return hub.Event{}, badInput("data", "data must be JSON: %v", err)
		}
		data = buf.Bytes()
	}
	ev, err := o.hub.Publish(req.Event, string(data), hub.Audience{User: req.User, Topic: req.Topic})
	var broke *hub.RuleError
	switch {
	case errors.As(err, &broke) && broke.TooLarge:
		return ev, &InputError{http.StatusRequestEntityTooLarge, broke.Field, broke.Msg}
	case errors.As(err, &broke):
		return ev, badInput(broke.Field, "%s", broke.Msg)
	case errors.Is(err, hub.ErrUnavailable):
		o.log.Warn("publish refused: the event log is unavailable", "err", err)
		return ev, &InputError{http.StatusServiceUnavailable, "", "the event log is unavailable: retry later"}
	case err != nil:
		return ev, badInput("", "%v", err)
	}
	return ev, nil
}
