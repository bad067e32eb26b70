package natslog

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/tether-sse/tether/server/hub"
)

// EventHeader carries the event name of a message.
const EventHeader = "Tether-Event"

// Config configures a Log. Zero values are usable defaults.
type Config struct {
	// Stream is the JetStream stream's name. Empty means "TETHER".
	Stream string
	// Prefix is the subjects' first token. Empty means "tether".
	Prefix string
	// MaxMsgs, MaxAge and MaxBytes bound what the stream keeps; the oldest
	// events go first. Zero means 100000 events, 24h, 1 GiB.
	MaxMsgs  int64
	MaxAge   time.Duration
	MaxBytes int64
	// Replicas is how many NATS servers keep a copy. Zero means 1 (no
	// replication: the data is on one server's disk).
	Replicas int
	// Rules are the event rules a message published straight to NATS
	// must keep, as a publish through the origin does (the hub's, set once
	// for both); one that breaks them comes to the hub as a hole. Zero
	// fields mean hub.Rules' defaults.
	Rules hub.Rules
}

// Log is a hub.Log on a JetStream stream.
type Log struct {
	cfg    Config
	nc     *nats.Conn
	js     jetstream.JetStream
	stream jetstream.Stream

	// Dropped counts messages that broke the publish rules.
	Dropped atomic.Uint64
}

var _ hub.Log = (*Log)(nil)

// Open creates the stream, or updates its limits, and returns the log.
func Open(ctx context.Context, nc *nats.Conn, cfg Config) (*Log, error) {
	if cfg.Stream == "" {
		cfg.Stream = "TETHER"
	}
	if cfg.Prefix == "" {
		cfg.Prefix = "tether"
	}
	if cfg.MaxMsgs <= 0 {
		cfg.MaxMsgs = 100_000
	}
	if cfg.MaxAge <= 0 {
		cfg.MaxAge = 24 * time.Hour
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = 1 << 30
	}
	if cfg.Replicas <= 0 {
		cfg.Replicas = 1
	}
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("natslog: %w", err)
	}
	stream, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:     cfg.Stream,
		Subjects: []string{cfg.Prefix + ".>"},
		Storage:  jetstream.FileStorage,
		MaxMsgs:  cfg.MaxMsgs,
		MaxAge:   cfg.MaxAge,
		MaxBytes: cfg.MaxBytes,
		Replicas: cfg.Replicas,
		Discard:  jetstream.DiscardOld,
	})
	if err != nil {
		return nil, fmt.Errorf("natslog: creating stream %s: %w", cfg.Stream, err)
	}
	return &Log{cfg: cfg, nc: nc, js: js, stream: stream}, nil
}

// Subject is where an event for to is published.
func (l *Log) Subject(to hub.Audience) string {
	switch {
	case to.User != "":
		return l.cfg.Prefix + ".user." + base64.RawURLEncoding.EncodeToString([]byte(to.User))
	case to.Topic != "":
		return l.cfg.Prefix + ".topic." + to.Topic
	}
	return l.cfg.Prefix + ".all"
}

func (l *Log) audience(subject string) (hub.Audience, bool) {
	rest, ok := strings.CutPrefix(subject, l.cfg.Prefix+".")
	if !ok {
		return hub.Audience{}, false
	}
	switch {
	case rest == "all":
		return hub.Audience{}, true
	case strings.HasPrefix(rest, "topic."):
		t := strings.TrimPrefix(rest, "topic.")
		return hub.Audience{Topic: t}, t != ""
	case strings.HasPrefix(rest, "user."):
		u, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(rest, "user."))
		return hub.Audience{User: string(u)}, err == nil && len(u) > 0
	}
	return hub.Audience{}, false
}

// Append publishes the event to JetStream and waits for it to be stored.
func (l *Log) Append(ctx context.Context, name, data string, to hub.Audience) (uint64, error) {
	msg := nats.NewMsg(l.Subject(to))
	msg.Header.Set(EventHeader, name)
	msg.Data = []byte(data)
	ack, err := l.js.PublishMsg(ctx, msg)
	if err != nil {
		return 0, err
	}
	return ack.Sequence, nil
}

// event reads a stored message, or reports it breaks the publish rules.
func (l *Log) event(seq uint64, subject string, h nats.Header, data []byte) (hub.Event, bool) {
	name := h.Get(EventHeader)
	to, ok := l.audience(subject)
	if !ok || l.cfg.Rules.Check(name, string(data), to) != nil || !json.Valid(data) {
		l.Dropped.Add(1)
		return hub.Event{}, false
	}
	return hub.Event{Seq: seq, Name: name, Data: string(data), To: to}, true
}

// Read reads (after, upto] with a short-lived ordered consumer.
func (l *Log) Read(ctx context.Context, after, upto uint64, max int) (hub.Span, error) {
	var sp hub.Span
	if upto <= after || max <= 0 {
		return sp, nil
	}
	// One ordered consumer for this page, deleted as soon as it is read: a
	// resume holds nothing on the server between pages, and the hub bounds
	// how many pages are read at once.
	cons, err := l.stream.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{
		DeliverPolicy:     jetstream.DeliverByStartSequencePolicy,
		OptStartSeq:       after + 1,
		InactiveThreshold: 10 * time.Second, // a backstop: deleted below
	})
	if err != nil {
		return sp, err
	}
	defer func() {
		if info := cons.CachedInfo(); info != nil {
			del, cancel := context.WithTimeout(context.Background(), time.Second)
			l.stream.DeleteConsumer(del, info.Name)
			cancel()
		}
	}()
	batch, err := cons.Fetch(int(min(upto-after, uint64(max))), jetstream.FetchMaxWait(time.Second))
	if err != nil {
		return sp, err
	}
	for m := range batch.Messages() {
		meta, err := m.Metadata()
		if err != nil {
			continue
		}
		seq := meta.Sequence.Stream
		if seq > upto {
			break
		}
		if sp.Last == 0 && seq > after+1 {
			sp.Gap = true // the stream's first kept message is past the range's start
		}
		sp.Last = seq
		if ev, ok := l.event(seq, m.Subject(), m.Headers(), m.Data()); ok {
			sp.Events = append(sp.Events, ev)
		}
	}
	if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) {
		return sp, err
	}
	return sp, nil
}

// Follow consumes the stream from after+1 with one ordered consumer, which
// recreates itself after a lost connection from where it stood.
func (l *Log) Follow(after uint64, fn func(hub.Event)) (func(), error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cfg := jetstream.OrderedConsumerConfig{DeliverPolicy: jetstream.DeliverNewPolicy}
	if after > 0 {
		cfg = jetstream.OrderedConsumerConfig{DeliverPolicy: jetstream.DeliverByStartSequencePolicy, OptStartSeq: after + 1}
	}
	cons, err := l.stream.OrderedConsumer(ctx, cfg)
	if err != nil {
		return nil, err
	}
	cc, err := cons.Consume(func(m jetstream.Msg) {
		meta, err := m.Metadata()
		if err != nil {
			return
		}
		seq := meta.Sequence.Stream
		ev, ok := l.event(seq, m.Subject(), m.Headers(), m.Data())
		if !ok {
			ev = hub.Event{Seq: seq} // a hole: heard, never delivered
		}
		fn(ev)
	})
	if err != nil {
		return nil, err
	}
	return cc.Stop, nil
}

// Bounds reads the stream's state. The epoch is its creation time.
func (l *Log) Bounds(ctx context.Context) (hub.Bounds, error) {
	info, err := l.stream.Info(ctx)
	if err != nil {
		return hub.Bounds{}, err
	}
	first := info.State.FirstSeq
	if info.State.Msgs == 0 {
		first = info.State.LastSeq + 1
	}
	return hub.Bounds{
		Epoch: strconv.FormatInt(info.Created.UnixNano(), 36),
		First: first, Last: info.State.LastSeq,
	}, nil
}

// Healthy reports why the log cannot be used now, or nil.
func (l *Log) Healthy() error {
	if s := l.nc.Status(); s != nats.CONNECTED {
		return fmt.Errorf("natslog: NATS connection %s", s)
	}
	return nil
}
