package discordtest

import (
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"time"
)

// Routes the server serves, as Call.Route names them; Inject takes these.
const (
	RouteCreateMessage = "POST /channels/{ch}/messages" // with or without files
	RouteEditChannel   = "PATCH /channels/{ch}"
	RouteGetMessages   = "GET /channels/{ch}/messages"
	RouteStartThread   = "POST /channels/{ch}/threads"
	RouteThreadFromMsg = "POST /channels/{ch}/messages/{msg}/threads"
	RouteEditOriginal  = "PATCH /webhooks/{app}/{token}/messages/{msg}"
	RouteActiveThreads = "GET /guilds/{guild}/threads/active"
	RouteTyping        = "POST /channels/{ch}/typing"
)

// Fault is how the server misbehaves on one request instead of serving it.
type Fault struct {
	// Status, Header and Body make up the answer; Body is encoded as JSON unless it is a string
	// or []byte (an HTML error page from Discord's edge, say).
	Status int
	Header http.Header
	Body   any
	// Commit serves the request first, so its effect (a message stored, a thread opened) takes
	// place, and then answers with the fault instead: the client cannot tell it happened.
	Commit bool
	// Hang withholds the answer until the client gives up or the server closes: a timeout.
	Hang bool
	// Reset closes the connection without an answer: a connection reset.
	Reset bool
}

// Rule says which requests of a route fail, and how.
type Rule struct {
	Route string // one of the Route* constants
	// Only, when set, picks the calls of the route the rule counts (Uploads, say); the others
	// pass untouched.
	Only func(Call) bool
	// Every faults every Every-th counted call; Nth faults only the Nth (from 1). One of them.
	Every, Nth int
	Fault      Fault
}

type injection struct {
	Rule
	seen int
}

// Inject adds a fault rule. Rules are checked in the order added; the first that fires answers.
// Counting is per rule, over the calls it sees after it was added.
func (s *Server) Inject(r Rule) {
	if r.Every <= 0 && r.Nth <= 0 {
		panic("discordtest: a Rule needs Every or Nth")
	}
	s.mu.Lock()
	s.injections = append(s.injections, &injection{Rule: r})
	s.mu.Unlock()
}

// ClearFaults removes every fault rule.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	s.injections = nil
	s.mu.Unlock()
}

// Uploads picks message posts that carry files.
func Uploads(c Call) bool { return len(c.Files) > 0 }

// Texts picks message posts without files.
func Texts(c Call) bool { return len(c.Files) == 0 }

// pickFault returns the fault the rules choose for c, if any.
func (s *Server) pickFault(c *Call) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, in := range s.injections {
		if in.Route != c.Route || (in.Only != nil && !in.Only(*c)) {
			continue
		}
		in.seen++
		if (in.Every > 0 && in.seen%in.Every == 0) || (in.Nth > 0 && in.seen == in.Nth) {
			f := in.Fault
			return &f
		}
	}
	return nil
}

// serveFault answers r with f, after serving it with h when f.Commit says so.
func (s *Server) serveFault(w http.ResponseWriter, r *http.Request, c *Call, f *Fault, h func(http.ResponseWriter, *http.Request, *Call)) {
	if f.Commit {
		h(httptest.NewRecorder(), r, c)
	}
	switch {
	case f.Reset:
		panic(http.ErrAbortHandler) // net/http closes the connection, answering nothing
	case f.Hang:
		select {
		case <-r.Context().Done():
		case <-s.closing:
		}
		return
	}
	for k, v := range f.Header {
		w.Header()[k] = v
	}
	switch b := f.Body.(type) {
	case string:
		w.WriteHeader(f.Status)
		_, _ = w.Write([]byte(b))
	case []byte:
		w.WriteHeader(f.Status)
		_, _ = w.Write(b)
	default:
		writeJSON(w, f.Status, b)
	}
}

// RateLimited is Discord's 429: the JSON body with retry_after (seconds) and global, and the
// X-RateLimit-* headers, global or per route (scope "user").
func RateLimited(retryAfter time.Duration, global bool) Fault {
	secs := retryAfter.Seconds()
	h := http.Header{}
	h.Set("Retry-After", strconv.Itoa(int(math.Ceil(secs)))) // whole seconds, rounded up
	h.Set("X-RateLimit-Scope", "user")
	if global {
		h.Set("X-RateLimit-Global", "true")
		h.Set("X-RateLimit-Scope", "global")
	} else {
		h.Set("X-RateLimit-Limit", "5")
		h.Set("X-RateLimit-Remaining", "0")
		h.Set("X-RateLimit-Bucket", "fa1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c")
		reset := float64(time.Now().Add(retryAfter).UnixMilli()) / 1000
		h.Set("X-RateLimit-Reset", strconv.FormatFloat(reset, 'f', 3, 64))
	}
	h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(secs, 'f', 3, 64))
	return Fault{Status: http.StatusTooManyRequests, Header: h, Body: map[string]any{
		"message": "You are being rate limited.", "retry_after": secs, "global": global,
	}}
}

// ServerError is a 5xx as Discord's API answers it (500 and 503 with a JSON body); 502 and 504
// come from the edge as an HTML page.
func ServerError(status int) Fault {
	if status == http.StatusBadGateway || status == http.StatusGatewayTimeout {
		return Fault{Status: status, Header: http.Header{"Content-Type": {"text/html"}},
			Body: fmt.Sprintf("<html><head><title>%d %s</title></head><body><center><h1>%d %s</h1></center><hr><center>cloudflare</center></body></html>",
				status, http.StatusText(status), status, http.StatusText(status))}
	}
	return Fault{Status: status, Body: map[string]any{"message": fmt.Sprintf("%d: %s", status, http.StatusText(status)), "code": 0}}
}

// FieldError is one entry of an Invalid Form Body error: the field's path (as Discord nests it,
// "content" or "embeds.0.description") with an error code and message.
type FieldError struct {
	Path    []string
	Code    string // BASE_TYPE_MAX_LENGTH, say
	Message string
}

// InvalidFormBody is Discord's 50035 with its nested errors object.
func InvalidFormBody(fields ...FieldError) Fault {
	return Fault{Status: http.StatusBadRequest, Body: invalidFormBody(fields...)}
}

func invalidFormBody(fields ...FieldError) map[string]any {
	errs := map[string]any{}
	for _, f := range fields {
		m := errs
		for _, p := range f.Path {
			next, ok := m[p].(map[string]any)
			if !ok {
				next = map[string]any{}
				m[p] = next
			}
			m = next
		}
		list, _ := m["_errors"].([]any)
		m["_errors"] = append(list, map[string]any{"code": f.Code, "message": f.Message})
	}
	return map[string]any{"code": 50035, "errors": errs, "message": "Invalid Form Body"}
}

// ContentTooLong is the 50035 Discord answers for content over its limit.
func ContentTooLong() Fault {
	return InvalidFormBody(FieldError{Path: []string{"content"}, Code: "BASE_TYPE_MAX_LENGTH", Message: "Must be 2000 or fewer in length."})
}

// APIError is a JSON error with a Discord error code: 403 with 50013 Missing Permissions or
// 50001 Missing Access, 404 with 10003 Unknown Channel, 413 with 40005 Request entity too large.
func APIError(status, code int, message string) Fault {
	return Fault{Status: status, Body: map[string]any{"message": message, "code": code}}
}

// Errors Discord answers that a bot meets in a channel it may not use, or with a file too big.
var (
	MissingAccess      = APIError(http.StatusForbidden, 50001, "Missing Access")
	MissingPermissions = APIError(http.StatusForbidden, 50013, "Missing Permissions")
	UnknownChannel     = APIError(http.StatusNotFound, 10003, "Unknown Channel")
	EntityTooLarge     = APIError(http.StatusRequestEntityTooLarge, 40005, "Request entity too large")
)
