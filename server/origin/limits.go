package origin

import (
	"net/http"
	"time"

	"github.com/tether-sse/tether/server/hub"
)

// Limits bound what one request may ask of the origin. Every input from the
// network has one; a request over a limit gets a JSON error naming the
// field, never a crash. A zero field means the default in its comment.
type Limits struct {
	// MaxStreams is how many streams this node holds at once; one more is
	// answered 503 with Retry-After. Default 10000.
	MaxStreams int
	// MaxClientStreams is how many streams one client holds at once: per
	// user when signed in, per remote IP otherwise; one more is 429.
	// Default 32.
	MaxClientStreams int
	// MaxTopics is how many topics one stream may name. Default 32.
	MaxTopics int
	// MaxTopicLen bounds a topic name in bytes. Default 64.
	MaxTopicLen int
	// MaxIDLen bounds lastEventId and Last-Event-ID in bytes. Default 128.
	MaxIDLen int
	// MaxQuery bounds a request's raw query string in bytes. Default 4096.
	MaxQuery int
	// MaxHeaderBytes bounds the request line plus headers (431 beyond it).
	// Default 16384.
	MaxHeaderBytes int
	// MaxEventName bounds a published event name in bytes. Default 64.
	MaxEventName int
	// MaxUserLen bounds a user id, in a session or a publish. Default 128.
	MaxUserLen int
	// MaxData bounds one event's data in bytes (413 beyond it). Default 64 KiB.
	MaxData int
	// MaxBody bounds a publish request's body in bytes (413). Default 1 MiB.
	MaxBody int
	// HeaderTimeout is how long a client may take to send its headers (a
	// slowloris gets its connection closed), and BodyTimeout its body.
	// Default 10s each.
	HeaderTimeout, BodyTimeout time.Duration
}

// DefaultLimits are the limits a zero Limits field stands for.
var DefaultLimits = Limits{
	MaxStreams: 10000, MaxClientStreams: 32,
	MaxTopics: 32, MaxTopicLen: 64, MaxIDLen: 128, MaxQuery: 4096, MaxHeaderBytes: 16 << 10,
	MaxEventName: 64, MaxUserLen: 128, MaxData: 64 << 10, MaxBody: 1 << 20,
	HeaderTimeout: 10 * time.Second, BodyTimeout: 10 * time.Second,
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	orDefault(&l.MaxStreams, d.MaxStreams)
	orDefault(&l.MaxClientStreams, d.MaxClientStreams)
	orDefault(&l.MaxTopics, d.MaxTopics)
	orDefault(&l.MaxTopicLen, d.MaxTopicLen)
	orDefault(&l.MaxIDLen, d.MaxIDLen)
	orDefault(&l.MaxQuery, d.MaxQuery)
	orDefault(&l.MaxHeaderBytes, d.MaxHeaderBytes)
	orDefault(&l.MaxEventName, d.MaxEventName)
	orDefault(&l.MaxUserLen, d.MaxUserLen)
	orDefault(&l.MaxData, d.MaxData)
	orDefault(&l.MaxBody, d.MaxBody)
	orDefault(&l.HeaderTimeout, d.HeaderTimeout)
	orDefault(&l.BodyTimeout, d.BodyTimeout)
	return l
}

func orDefault[T int | time.Duration](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// Server returns an http.Server for h (the origin, or a handler wrapped
// around it) with the origin's connection limits: a header deadline
// against slowloris and a header size cap. It sets no WriteTimeout: streams
// are long, and every stream write has its own deadline.
func (o *Origin) Server(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: o.lim.HeaderTimeout,
		IdleTimeout:       2 * time.Minute,
		// Requests up to 4× the limit get the origin's JSON error; this
		// backstop (Go's own plain 431) keeps larger ones from being read.
		MaxHeaderBytes: 4 * o.lim.MaxHeaderBytes,
	}
}

// headerSize is the request line plus headers as they came on the wire,
// near enough to enforce a limit.
func headerSize(r *http.Request) int {
	n := len(r.Method) + len(r.RequestURI) + len(r.Proto) + 4
	for k, vs := range r.Header {
		for _, v := range vs {
			n += len(k) + len(v) + 4
		}
	}
	return n
}

// Rules are the event rules these limits set, for the hub (and the log
// reader) that the origin publishes through: one set, configured once.
func (l Limits) Rules() hub.Rules {
	return hub.Rules{MaxEventName: l.MaxEventName, MaxTopicLen: l.MaxTopicLen, MaxUserLen: l.MaxUserLen, MaxData: l.MaxData}
}
