package origin

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Publisher publishes events to an origin over HTTP (POST /v1/publish
// with its bearer token): what a back end in another process uses. In the
// origin's own process, Origin.Publish does the same without the network.
type Publisher struct {
	// URL is the origin's base, e.g. "https://events.example.com" (with
	// the prefix it is mounted under, if any).
	URL string
	// Token is the origin's publish token (-publish-token).
	Token string
	// Client sends the requests. Nil means http.DefaultClient.
	Client *http.Client
}

// PublishError is an origin's refusal: its status and what it said (the
// field at fault, when it named one).
type PublishError struct {
	Status         int
	Field, Message string
}

// Error says the status, the field at fault and the origin's words.
func (e *PublishError) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("origin: publish refused (HTTP %d, %s): %s", e.Status, e.Field, e.Message)
	}
	return fmt.Sprintf("origin: publish refused (HTTP %d): %s", e.Status, e.Message)
}

// Publish sends req and returns the event's id. At most one of req.User
// and req.Topic may be set (neither: every stream).
func (p Publisher) Publish(ctx context.Context, req PublishRequest) (id string, err error) {
	if req.User != "" && req.Topic != "" {
		return "", &PublishError{Status: http.StatusBadRequest, Field: "topic", Message: "set at most one of user and topic"}
	}
	body, err := json.Marshal(req)
	if err != nil {
		return "", err
	}
	hr, err := http.NewRequestWithContext(ctx, "POST", strings.TrimSuffix(p.URL, "/")+"/v1/publish", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	hr.Header.Set("Content-Type", "application/json")
	hr.Header.Set("Authorization", "Bearer "+p.Token)
	client := p.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(hr)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var answer struct{ ID, Error, Field string }
	json.NewDecoder(io.LimitReader(resp.Body, 64<<10)).Decode(&answer)
	if resp.StatusCode != http.StatusAccepted {
		if answer.Error == "" {
			answer.Error = http.StatusText(resp.StatusCode)
		}
		return "", &PublishError{Status: resp.StatusCode, Field: answer.Field, Message: answer.Error}
	}
	return answer.ID, nil
}
