package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"golang.org/x/sync/semaphore"
)

// Bounds on what a request may cost before its signature is known. Slack documents no maximum
// payload size, so these follow what its payloads carry: an event is one message (at most 40,000
// characters of text, which its rich_text blocks repeat); a slash command is a form with the
// typed text (archbot takes 8,000 characters, up to 9 bytes each once UTF-8 and percent-encoded);
// an interaction is a form holding the JSON of the clicked message, and archbot's closing message
// is small.
const (
	maxEventBody       = 512 << 10
	maxCommandBody     = 128 << 10
	maxInteractionBody = 256 << 10
	// unverifiedBudget is how many bytes of bodies whose signature is not yet checked archbot
	// holds at once. Each such request reserves its body's size (its route's limit when it is
	// sent without a length) plus requestOverhead, so this also caps how many are read at once.
	unverifiedBudget = 8 << 20
	requestOverhead  = 32 << 10
	// unverifiedWait is how long a request waits for its share of the budget before it is
	// turned away with 503 (Slack retries events); a flood cannot queue up unboundedly.
	unverifiedWait = 2 * time.Second
	// maxSkew is how far a request's timestamp may be from now: Slack's replay window.
	maxSkew = 5 * time.Minute
)

// Routes registers Slack's HTTP endpoints: the Events API, slash commands and interactivity.
// Every request must carry a v0 signature made with the signing secret and a timestamp within
// five minutes. The headers are checked before the body is read, and bodies are read within a
// size limit and a cap on how many at once, so that unauthenticated callers cannot make archbot
// hold much memory; anything unverified gets 401 and its connection closed.
func (a *Adapter) Routes(mux *http.ServeMux) {
	g := &gate{a: a, budget: semaphore.NewWeighted(unverifiedBudget)}
	mux.HandleFunc("POST /slack/events", g.verify(maxEventBody, a.serveEvents))
	mux.HandleFunc("POST /slack/commands", g.verify(maxCommandBody, a.form(a.serveCommands)))
	mux.HandleFunc("POST /slack/interactions", g.verify(maxInteractionBody, a.form(a.serveInteractions)))
}

// gate lets through the requests that are Slack's, within the bounds above.
type gate struct {
	a      *Adapter
	budget *semaphore.Weighted

	mu      sync.Mutex
	logged  time.Time // when a refusal was last logged
	unsaid  int       // refusals since then not logged
	refusal string    // the reason of the last one not logged
}

// refusalLogEvery spaces the log lines about refused requests: a flood must not become one of log
// lines. The metric counts every one.
const refusalLogEvery = 10 * time.Second

// verify wraps next, which gets the body of a request verified as Slack's.
func (g *gate) verify(limit int64, next func(w http.ResponseWriter, r *http.Request, body []byte)) http.HandlerFunc {
	a, budget := g.a, g.budget
	return func(w http.ResponseWriter, r *http.Request) {
		if reason := checkHeaders(r.Header, time.Now()); reason != "" {
			g.refuse(w, r, http.StatusUnauthorized, reason)
			return
		}
		if r.ContentLength > limit {
			g.refuse(w, r, http.StatusRequestEntityTooLarge, "body too large")
			return
		}
		size := limit
		if r.ContentLength >= 0 {
			size = r.ContentLength
		}
		ctx, cancel := context.WithTimeout(r.Context(), unverifiedWait)
		err := budget.Acquire(ctx, size+requestOverhead)
		cancel()
		if err != nil {
			g.refuse(w, r, http.StatusServiceUnavailable, "too many unverified requests")
			return
		}
		body, status, reason := a.readVerified(r, size, limit)
		budget.Release(size + requestOverhead)
		if reason != "" {
			g.refuse(w, r, status, reason)
			return
		}
		if !a.accepting() {
			// Let Slack redeliver to a replica that is not shutting down.
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
		next(w, r, body)
	}
}

// checkHeaders returns why the request's signature headers cannot be Slack's, or "": a v0
// signature of the right shape and a timestamp within maxSkew of now.
func checkHeaders(h http.Header, now time.Time) string {
	sig := h.Get("X-Slack-Signature")
	if len(sig) != len("v0=")+64 || sig[:3] != "v0=" {
		return "missing or malformed signature"
	}
	ts, err := strconv.ParseInt(h.Get("X-Slack-Request-Timestamp"), 10, 64)
	if err != nil {
		return "missing timestamp"
	}
	if d := now.Sub(time.Unix(ts, 0)); d > maxSkew || d < -maxSkew {
		return "stale timestamp"
	}
	return ""
}

// readVerified reads the body, expected to be size bytes and at most limit, and checks its
// signature. It returns the status and reason to refuse with when either fails.
//
// The body is read into a pooled buffer and copied out only once its signature holds: a flood of
// forged requests reuses the same few buffers the budget lets it hold, instead of leaving a
// buffer a request for the collector to find (600 of them left 200 MiB of garbage, and resident
// memory rose by 40 MiB before the collector ran).
func (a *Adapter) readVerified(r *http.Request, size, limit int64) ([]byte, int, string) {
	pooled := bodyBuffers.Get().(*[]byte)
	defer bodyBuffers.Put(pooled)
	body, err := readBody(r.Body, *pooled, size, limit)
	if errors.Is(err, errTooLarge) {
		return nil, http.StatusRequestEntityTooLarge, "body too large"
	}
	if err != nil {
		return nil, http.StatusBadRequest, "body not read"
	}
	sv, err := slack.NewSecretsVerifier(r.Header, a.cfg.SigningSecret)
	if err == nil {
		_, _ = sv.Write(body)
		err = sv.Ensure()
	}
	if err != nil {
		return nil, http.StatusUnauthorized, "bad signature"
	}
	return bytes.Clone(body), 0, ""
}

// bodyBuffers holds buffers for reading unverified bodies, each with room for the largest body
// any route takes and the one byte that shows a body is longer.
var bodyBuffers = sync.Pool{New: func() any {
	b := make([]byte, 0, maxEventBody+1)
	return &b
}}

var errTooLarge = errors.New("body too large")

// readBody reads r into buf, which has room for min(size, limit) bytes and one more (size is the
// Content-Length, or limit for a body sent without one), so reading costs what the budget
// reserved and leaves no trail of regrown buffers for the collector. The extra byte shows a body
// that goes on past limit: errTooLarge.
func readBody(r io.Reader, buf []byte, size, limit int64) ([]byte, error) {
	if want := int(min(size, limit) + 1); cap(buf) < want {
		buf = make([]byte, 0, want)
	}
	buf = buf[:0:int(min(size, limit)+1)]
	for {
		if len(buf) == cap(buf) {
			// The server ends a body at its Content-Length, so only one sent without a length
			// can get here: it is longer than limit.
			return nil, errTooLarge
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read request body: %w", err)
		}
	}
}

// refuse answers a request that is not Slack's, closing its connection so that a caller
// cannot keep it for more.
func (g *gate) refuse(w http.ResponseWriter, r *http.Request, status int, reason string) {
	g.a.engine.Metrics().Event("slack", "refused")
	g.mu.Lock()
	now, unsaid, last := time.Now(), g.unsaid, g.refusal
	say := now.Sub(g.logged) >= refusalLogEvery
	if say {
		g.logged, g.unsaid, g.refusal = now, 0, ""
	} else {
		g.unsaid, g.refusal = g.unsaid+1, reason
	}
	g.mu.Unlock()
	if say {
		g.a.log.WarnContext(r.Context(), "refused slack request", "path", r.URL.Path, "reason", reason,
			"remote", r.RemoteAddr, "status", status, "refused_since_last_line", unsaid, "their_last_reason", last)
	}
	w.Header().Set("Connection", "close")
	http.Error(w, "unverified request", status)
}

func (a *Adapter) serveEvents(w http.ResponseWriter, r *http.Request, body []byte) {
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		// An event type slack-go does not know: acknowledge so Slack does not retry it forever.
		a.log.DebugContext(r.Context(), "unparsed slack event", "err", err)
		w.WriteHeader(http.StatusOK)
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		var ch slackevents.ChallengeResponse
		if err := json.Unmarshal(body, &ch); err != nil {
			http.Error(w, "bad challenge", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, ch.Challenge)
	case slackevents.CallbackEvent:
		if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
			a.log.InfoContext(r.Context(), "slack redelivered an event", "retry", n, "reason", r.Header.Get("X-Slack-Retry-Reason"))
		}
		if err := a.onEvent(r.Context(), ev); err != nil {
			// Not queued: Slack retries an event that was not acknowledged with 200.
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// form parses a verified form-encoded body (slash commands and interactions) for next.
func (a *Adapter) form(next func(w http.ResponseWriter, r *http.Request, form url.Values)) func(http.ResponseWriter, *http.Request, []byte) {
	return func(w http.ResponseWriter, r *http.Request, body []byte) {
		form, err := url.ParseQuery(string(body))
		if err != nil {
			http.Error(w, "bad form", http.StatusBadRequest)
			return
		}
		next(w, r, form)
	}
}

func (a *Adapter) serveCommands(w http.ResponseWriter, r *http.Request, form url.Values) {
	cmd := slack.SlashCommand{
		TeamID: form.Get("team_id"), ChannelID: form.Get("channel_id"), ChannelName: form.Get("channel_name"),
		UserID: form.Get("user_id"), UserName: form.Get("user_name"), Command: form.Get("command"),
		Text: form.Get("text"), ResponseURL: form.Get("response_url"), TriggerID: form.Get("trigger_id"),
		APIAppID: form.Get("api_app_id"),
	}
	if payload := a.onCommand(r.Context(), cmd); payload != nil {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(payload)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (a *Adapter) serveInteractions(w http.ResponseWriter, r *http.Request, form url.Values) {
	var cb slack.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &cb); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if err := a.onInteraction(r.Context(), cb); err != nil {
		// Not queued: Slack shows the user that the click failed.
		http.Error(w, "try again", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}
