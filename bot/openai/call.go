package openai

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// call is one logical model call; complete makes it, retrying failed attempts.
type call struct {
	step     string // "requirements", "section api", ... for logs and errors
	messages []goopenai.ChatCompletionMessage
	json     bool // the answer must be a JSON object
	stream   bool // stream the answer over SSE
}

// errEmpty means the API answered without any text; another attempt usually fixes it.
var errEmpty = errors.New("model returned an empty answer")

// complete runs c with retries and returns the answer's text. Every attempt that gets an answer
// reports its tokens to the turn's meter.
func (d *Designer) complete(ctx context.Context, c call) (string, error) {
	var lastErr error
	for attempt := 0; ; attempt++ {
		probe, err := d.breaker.allow()
		if err != nil {
			if lastErr != nil {
				err = fmt.Errorf("%w (last error: %v)", err, lastErr)
			}
			return "", fmt.Errorf("model call %s: %w", c.step, err)
		}
		text, info, err := d.attempt(ctx, c)
		o, retry := classify(ctx, err)
		d.breaker.done(probe, o)
		if err == nil {
			return d.scrubber.scrub(text), nil
		}
		lastErr = err
		if info.status == http.StatusBadRequest && c.json && d.jsonMode.Load() &&
			strings.Contains(strings.ToLower(err.Error()), "response_format") {
			// Some compatible servers reject response_format; JSON is validated anyway.
			d.jsonMode.Store(false)
			d.log.WarnContext(ctx, "model API rejected JSON mode; continuing without it", "step", c.step, "err", err)
			attempt--
			continue
		}
		if !retry || attempt >= d.cfg.MaxRetries {
			return "", fmt.Errorf("model call %s (attempt %d): %w", c.step, attempt+1, err)
		}
		wait := d.backoff(attempt, info.retryAfter)
		if info.retryAfter > d.cfg.BackoffMax {
			return "", fmt.Errorf("model call %s: rate limited for %s, longer than the %s allowed: %w",
				c.step, info.retryAfter, d.cfg.BackoffMax, err)
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return "", fmt.Errorf("model call %s: no time left to retry: %w", c.step, err)
		}
		d.log.WarnContext(ctx, "model call failed; retrying", "step", c.step, "attempt", attempt+1,
			"status", info.status, "wait", wait, "err", err)
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return "", fmt.Errorf("model call %s: %w", c.step, ctx.Err())
		}
	}
}

// backoff is the wait before retry number attempt+1: the server's Retry-After when it gave one,
// else exponential from BackoffBase; jittered so that concurrent calls do not retry in lockstep.
func (d *Designer) backoff(attempt int, retryAfter time.Duration) time.Duration {
	base := d.cfg.BackoffBase
	if retryAfter > 0 {
		// Never earlier than the server asked; a little later so waiters spread out.
		return retryAfter + rand.N(base/2+1)
	}
	exp := base << min(attempt, 16)
	if exp > d.cfg.BackoffMax || exp <= 0 {
		exp = d.cfg.BackoffMax
	}
	return exp/2 + rand.N(exp/2+1)
}

// attemptInfo is what one attempt learned besides its answer.
type attemptInfo struct {
	status     int           // HTTP status of a failed attempt, 0 when unknown
	retryAfter time.Duration // the server's Retry-After, 0 when absent
}

// attempt makes one request under the per-attempt timeout.
func (d *Designer) attempt(ctx context.Context, c call) (string, attemptInfo, error) {
	actx, cancel := context.WithTimeout(ctx, d.cfg.Timeout)
	defer cancel()
	hdr := &responseHeaders{}
	actx = context.WithValue(actx, headersKey{}, hdr)

	req := goopenai.ChatCompletionRequest{
		Model:       d.cfg.Model,
		Messages:    c.messages,
		Temperature: d.cfg.Temperature,
	}
	if c.json && d.jsonMode.Load() {
		req.ResponseFormat = &goopenai.ChatCompletionResponseFormat{Type: goopenai.ChatCompletionResponseFormatTypeJSONObject}
	}
	var (
		text  string
		usage *goopenai.Usage
		err   error
	)
	if c.stream {
		req.StreamOptions = &goopenai.StreamOptions{IncludeUsage: true}
		text, usage, err = d.streamAttempt(actx, req)
	} else {
		var resp goopenai.ChatCompletionResponse
		resp, err = d.client.CreateChatCompletion(actx, req)
		if err == nil {
			u := resp.Usage
			usage = &u
			if len(resp.Choices) > 0 {
				text = resp.Choices[0].Message.Content
			}
		}
	}
	info := attemptInfo{retryAfter: hdr.retryAfter}
	if err != nil {
		info.status = statusOf(err)
		if actx.Err() != nil && ctx.Err() == nil {
			err = fmt.Errorf("attempt timed out after %s: %w", d.cfg.Timeout, err)
		}
		return "", info, err
	}
	d.recordUsage(ctx, req, text, usage)
	if strings.TrimSpace(text) == "" {
		return "", info, errEmpty
	}
	return text, info, nil
}

// streamAttempt reads a streamed answer whole. A stream that ends without a finish reason was cut
// off, and is an error rather than a silently truncated section.
func (d *Designer) streamAttempt(ctx context.Context, req goopenai.ChatCompletionRequest) (string, *goopenai.Usage, error) {
	stream, err := d.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return "", nil, err
	}
	defer stream.Close()
	var (
		b        strings.Builder
		usage    *goopenai.Usage
		finished bool
	)
	for {
		chunk, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", nil, fmt.Errorf("read stream: %w", err)
		}
		if chunk.Usage != nil {
			usage = chunk.Usage
		}
		for _, ch := range chunk.Choices {
			b.WriteString(ch.Delta.Content)
			if ch.FinishReason != "" {
				finished = true
			}
		}
	}
	if !finished {
		return "", nil, fmt.Errorf("read stream: ended before the answer was finished (%d bytes in)", b.Len())
	}
	return b.String(), usage, nil
}

// recordUsage reports an answer's tokens, estimating them (4 bytes a token) when the server did
// not say, so per-thread budgets still move.
func (d *Designer) recordUsage(ctx context.Context, req goopenai.ChatCompletionRequest, text string, u *goopenai.Usage) {
	tu := conversation.TokenUsage{Calls: 1}
	if u != nil && u.PromptTokens+u.CompletionTokens > 0 {
		tu.PromptTokens, tu.CompletionTokens = u.PromptTokens, u.CompletionTokens
	} else {
		in := 0
		for _, m := range req.Messages {
			in += len(m.Content)
		}
		tu.PromptTokens, tu.CompletionTokens = (in+3)/4, (len(text)+3)/4
	}
	bot.RecordUsage(ctx, tu)
}

// classify says what a failed attempt means for the breaker and whether to retry it.
func classify(ctx context.Context, err error) (outcome, bool) {
	switch {
	case err == nil:
		return healthy, false
	case ctx.Err() != nil: // the caller gave up; the API may be fine
		return neutral, false
	case errors.Is(err, errEmpty):
		return neutral, true
	}
	switch s := statusOf(err); {
	case s == http.StatusTooManyRequests:
		return neutral, true
	case s == http.StatusRequestTimeout || s >= 500:
		return failed, true
	case s >= 400:
		// Our request is wrong (or our key is): retrying cannot help.
		return neutral, false
	}
	// Network errors, attempt timeouts, malformed bodies and cut streams.
	return failed, true
}

func statusOf(err error) int {
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode
	}
	var reqErr *goopenai.RequestError
	if errors.As(err, &reqErr) {
		return reqErr.HTTPStatusCode
	}
	return 0
}

// go-openai's errors do not carry response headers, so the HTTP client wrapper below stores the
// Retry-After of each failed attempt in a holder the attempt put in the request's context.
type headersKey struct{}

type responseHeaders struct{ retryAfter time.Duration }

type retryAfterDoer struct{ c *http.Client }

func (d retryAfterDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.c.Do(req)
	if err != nil || resp.StatusCode < 400 {
		return resp, err
	}
	if h, ok := req.Context().Value(headersKey{}).(*responseHeaders); ok {
		h.retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
	}
	return resp, nil
}

// parseRetryAfter reads a Retry-After value: seconds (fractions accepted, as some gateways send
// them) or an HTTP date. It returns 0 when absent or unreadable.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseFloat(v, 64); err == nil {
		if secs <= 0 || secs > 24*3600 {
			return 0
		}
		return time.Duration(secs * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
