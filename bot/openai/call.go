package openai

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/retry"
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

// ErrTruncated means the model stopped at its length limit (finish_reason "length") and asking
// it to continue did not finish the answer either: a cut-off section must never be posted as if
// it were complete, so the caller falls back.
var ErrTruncated = errors.New("model answer cut off at its length limit")

// ErrFiltered means the provider's content filter stopped the answer (finish_reason
// "content_filter"): what arrived is partial and asking again gives the same.
var ErrFiltered = errors.New("model answer stopped by the provider's content filter")

// continuePrompt asks for the rest of an answer that stopped at the length limit. It is sent
// after the partial answer, so the model sees exactly where it stopped.
const continuePrompt = "Your answer above was cut off at the length limit. Continue it exactly where it stopped, " +
	"mid-word if need be: do not repeat anything, do not add a preamble, and keep the same format."

// complete runs c and returns the whole answer's text. An answer that stops at the model's length
// limit is continued (up to MaxContinuations times, each continuation a call of its own with its
// own retries) and joined, so a long section arrives whole; if it still is not finished the call
// fails with ErrTruncated and the engine's fallback writes that part.
func (d *Designer) complete(ctx context.Context, c call) (string, error) {
	var whole strings.Builder
	cur := c
	for n := 0; ; n++ {
		text, finish, err := d.completeOnce(ctx, cur)
		if err != nil {
			return "", err
		}
		whole.WriteString(text)
		switch finish {
		case goopenai.FinishReasonLength:
		case goopenai.FinishReasonContentFilter:
			return "", fmt.Errorf("model call %s: %w", c.step, ErrFiltered)
		default:
			return d.scrubber.scrub(whole.String()), nil
		}
		if n >= d.cfg.MaxContinuations {
			return "", fmt.Errorf("model call %s: %w (%d bytes after %d continuations)", c.step, ErrTruncated, whole.Len(), n)
		}
		d.log.WarnContext(ctx, "model answer cut off at its length limit; asking it to continue",
			"step", c.step, "bytes", whole.Len(), "continuation", n+1)
		cur.step = fmt.Sprintf("%s continuation %d", c.step, n+1)
		cur.messages = append(slices.Clip(c.messages),
			goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleAssistant, Content: whole.String()},
			goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleUser, Content: continuePrompt})
	}
}

// completeOnce makes one logical request with retries and returns its text and finish reason.
// Every attempt that gets an answer reports its tokens to the turn's meter. retry.Do runs the
// attempts; each one decides its own pause, because the server's Retry-After, the call's
// RetryBudget and ctx's deadline all bound it.
func (d *Designer) completeOnce(ctx context.Context, c call) (string, goopenai.FinishReason, error) {
	pauses := retry.NewPauses(d.cfg.BackoffBase, d.cfg.BackoffMax)
	var (
		lastErr error
		waited  time.Duration // between this call's attempts, against RetryBudget
		attempt int
		text    string
		info    attemptInfo
	)
	err := retry.Do(ctx, func() error {
		attempt++
		done, err := d.breaker.allow()
		if err != nil {
			if lastErr != nil {
				err = fmt.Errorf("%w (last error: %v)", err, lastErr)
			}
			return err
		}
		text, info, err = d.attempt(ctx, c)
		if info.status == http.StatusBadRequest && c.json && d.jsonMode.Load() &&
			strings.Contains(strings.ToLower(err.Error()), "response_format") {
			// Some compatible servers reject response_format; JSON is validated anyway.
			d.jsonMode.Store(false)
			d.log.WarnContext(ctx, "model API rejected JSON mode; continuing without it", "step", c.step, "err", err)
			text, info, err = d.attempt(ctx, c)
		}
		o, again := classify(ctx, err)
		if err != nil && info.retryAfter > d.cfg.RetryBudget-waited {
			// The server asked for a longer pause than this call may wait: every other call
			// would get the same answer, so the breaker holds them all off for that long and
			// the fallback writes them now rather than after the wait.
			d.breaker.pause(info.retryAfter)
			done(failed)
			return fmt.Errorf("%w: asked to wait %s, more than the %s allowed: %v",
				ErrRateLimited, info.retryAfter, d.cfg.RetryBudget-waited, err)
		}
		done(o)
		if err == nil {
			return nil
		}
		lastErr = err
		if !again || attempt > d.cfg.MaxRetries {
			return fmt.Errorf("attempt %d: %w", attempt, err)
		}
		pause := pauses.Next(info.retryAfter)
		if waited+pause > d.cfg.RetryBudget {
			return fmt.Errorf("retries would wait longer than the %s allowed: %w", d.cfg.RetryBudget, err)
		}
		waited += pause
		return retry.Again(err, pause)
	}, func(err error, pause time.Duration) {
		d.log.WarnContext(ctx, "model call failed; retrying", "step", c.step, "attempt", attempt,
			"status", info.status, "wait", pause, "err", err)
	})
	if err != nil {
		return "", "", fmt.Errorf("model call %s: %w", c.step, err)
	}
	return text, info.finish, nil
}

// attemptInfo is what one attempt learned besides its answer.
type attemptInfo struct {
	status     int                   // HTTP status of a failed attempt, 0 when unknown
	retryAfter time.Duration         // the server's Retry-After, 0 when absent
	finish     goopenai.FinishReason // why the model stopped; empty when the server did not say
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
		text   string
		usage  *goopenai.Usage
		finish goopenai.FinishReason
		err    error
	)
	if c.stream {
		if d.streamUsage {
			req.StreamOptions = &goopenai.StreamOptions{IncludeUsage: true}
		}
		text, usage, finish, err = d.streamAttempt(actx, req)
	} else {
		var resp goopenai.ChatCompletionResponse
		resp, err = d.client.CreateChatCompletion(actx, req)
		if err == nil {
			u := resp.Usage
			usage = &u
			if len(resp.Choices) > 0 {
				text, finish = resp.Choices[0].Message.Content, resp.Choices[0].FinishReason
			}
		}
	}
	info := attemptInfo{retryAfter: hdr.retryAfter, finish: finish}
	if err != nil {
		info.status = statusOf(err)
		if actx.Err() != nil && ctx.Err() == nil {
			err = fmt.Errorf("attempt timed out after %s: %w", d.cfg.Timeout, err)
		}
		return "", info, err
	}
	d.recordUsage(ctx, req, text, usage)
	if strings.TrimSpace(text) == "" && finish != goopenai.FinishReasonContentFilter {
		return "", info, errEmpty
	}
	return text, info, nil
}

// streamAttempt reads a streamed answer whole and says why the model stopped. A stream that ends
// without a finish reason was cut off, and is an error rather than a silently truncated section.
func (d *Designer) streamAttempt(ctx context.Context, req goopenai.ChatCompletionRequest) (string, *goopenai.Usage, goopenai.FinishReason, error) {
	stream, err := d.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return "", nil, "", err
	}
	defer stream.Close()
	var (
		b      strings.Builder
		usage  *goopenai.Usage
		finish goopenai.FinishReason
	)
	for {
		chunk, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", nil, "", fmt.Errorf("read stream: %w", err)
		}
		if chunk.Usage != nil {
			usage = chunk.Usage
		}
		for _, ch := range chunk.Choices {
			b.WriteString(ch.Delta.Content)
			if ch.FinishReason != "" {
				finish = ch.FinishReason
			}
		}
	}
	if finish == "" {
		return "", nil, "", fmt.Errorf("read stream: ended before the answer was finished (%d bytes in)", b.Len())
	}
	return b.String(), usage, finish, nil
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
		// Azure OpenAI also sends retry-after-ms, the finer of the two (OpenAI's own SDKs read
		// it first).
		if ms, err := strconv.ParseFloat(strings.TrimSpace(resp.Header.Get("Retry-After-Ms")), 64); err == nil && ms > 0 && ms <= 24*3600*1000 {
			h.retryAfter = time.Duration(ms * float64(time.Millisecond))
		} else {
			h.retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		}
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
