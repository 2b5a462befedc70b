package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/archbot/archbot/bot/retry"
)

// Retry pacing for calls that fail transiently. Rate limits wait what Discord says instead.
const (
	retryFirst    = 250 * time.Millisecond
	retryMax      = 8 * time.Second
	retryAttempts = 8 // 5xx, timeouts and resets
	// limitAttempts bounds 429s for a call without a deadline (a notice on a detached context);
	// with one, the deadline decides.
	limitAttempts = 30
)

// rest runs one Discord REST call, retrying what can succeed on a second try within ctx's
// deadline: 429 (after retry_after), 5xx, timeouts and connection resets; a retry whose pause
// would outlast the deadline is not tried (retry.ErrNoTime). do must pass opts to discordgo;
// they carry ctx and turn discordgo's own retries off, because its 429 retry sleeps past any
// deadline and loops without end, and its 502 retry does not back off. A call whose effect may
// have happened before it failed (a post that timed out) must be safe to repeat: message posts
// carry an enforced nonce (see createMessage).
func (a *Adapter) rest(ctx context.Context, what string, do func(opts ...discordgo.RequestOption) error) error {
	opts := []discordgo.RequestOption{
		discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false), discordgo.WithRestRetries(0),
	}
	pauses := retry.NewPauses(retryFirst, retryMax)
	failures, limited := 0, 0
	return retry.Do(ctx, func() error {
		err := do(opts...)
		if err == nil {
			return nil
		}
		after, ok := retryAfter(err)
		if ok {
			if limited++; limited >= limitAttempts {
				return err
			}
		} else if failures++; !transient(err) || failures >= retryAttempts {
			return err
		}
		return retry.Again(err, pauses.Next(after))
	}, func(err error, pause time.Duration) {
		a.log.InfoContext(ctx, "discord call failed; retrying", "call", what, "in", pause, "err", errSummary(err))
	})
}

// retryAfter returns how long a rate-limited call must wait, when err is a 429.
func retryAfter(err error) (time.Duration, bool) {
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil {
		// A floor, so a 429 with retry_after 0 does not spin.
		return max(rl.RetryAfter, 50*time.Millisecond), true
	}
	return 0, false
}

// transient reports whether err may go away on its own: a 5xx, a timeout or a dropped
// connection, or a 429 whose body was not Discord's JSON (an edge proxy's page).
func transient(err error) bool {
	var re *discordgo.RESTError
	if errors.As(err, &re) {
		return re.Response != nil && (re.Response.StatusCode >= 500 || re.Response.StatusCode == http.StatusTooManyRequests)
	}
	// discordgo answers a 502 with a plain error once its own retries (off here) are used up.
	if strings.HasPrefix(err.Error(), "Exceeded Max retries HTTP 5") {
		return true
	}
	if errors.Is(err, context.Canceled) {
		return false
	}
	// A client timeout wraps context.DeadlineExceeded too; rest stops when ctx itself is done.
	if retry.Dropped(err) {
		return true
	}
	// discordgo returns the decoding error itself, not wrapped in ErrJSONUnmarshal, only when a
	// 429's body is not JSON; a success it cannot decode is wrapped, and must not be repeated.
	var se *json.SyntaxError
	return errors.As(err, &se) && !errors.Is(err, discordgo.ErrJSONUnmarshal)
}

// errSummary shortens a discordgo error for the log: status and Discord's code and message,
// without the request (whose URL can carry an interaction token).
func errSummary(err error) string {
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil {
		return fmt.Sprintf("HTTP 429, retry after %v", rl.RetryAfter)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Op + ": " + ue.Err.Error()
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		if re.Message != nil {
			return fmt.Sprintf("HTTP %d, code %d: %s", re.Response.StatusCode, re.Message.Code, re.Message.Message)
		}
		return fmt.Sprintf("HTTP %d", re.Response.StatusCode)
	}
	return err.Error()
}
