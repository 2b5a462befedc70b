package slack

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/archbot/archbot/bot/retry"
)

// failure is what a failed Slack call calls for.
type failure int

const (
	// permanent: the same call would fail again (not_in_channel, invalid_auth…).
	permanent failure = iota
	// throttled: Slack refused the call without acting on it (429, ratelimited); repeat it.
	throttled
	// inDoubt: Slack may or may not have acted (5xx, a timeout, a reset connection). Repeat what
	// is idempotent; check first whether what is not (a post, a completed upload) went through.
	inDoubt
	// refused: Slack refused the message's size or blocks; post it in smaller pieces.
	refused
)

// refusals are the error codes Slack answers a message with when its text or blocks are too
// long or too many. invalid_blocks also covers blocks that are malformed, which smaller pieces
// do not cure, but a short note in their place still beats losing the rest of the design.
var refusals = map[string]bool{
	"msg_too_long": true, "msg_blocks_too_long": true, "invalid_blocks": true,
	"invalid_blocks_format": true, "too_many_blocks": true,
}

// serverErrors are Web API error codes Slack documents as transient ("try again").
var serverErrors = map[string]bool{
	"internal_error": true, "fatal_error": true, "service_unavailable": true, "request_timeout": true,
}

// classify sorts a Slack call's error, and returns how long Slack asked to wait, if it did.
func classify(err error) (failure, time.Duration) {
	var rl *slack.RateLimitedError
	var sc slack.StatusCodeError
	var se slack.SlackErrorResponse
	var ue *url.Error
	switch {
	case err == nil, errors.Is(err, context.Canceled):
		return permanent, 0
	case errors.As(err, &rl):
		return throttled, rl.RetryAfter
	case errors.As(err, &sc):
		switch {
		case sc.Code == http.StatusTooManyRequests:
			return throttled, 0
		case sc.Code >= 500:
			return inDoubt, 0
		}
		return permanent, 0
	case errors.As(err, &se):
		switch {
		case se.Err == "ratelimited" || se.Err == "rate_limited":
			return throttled, 0
		case serverErrors[se.Err]:
			return inDoubt, 0
		case refusals[se.Err]:
			return refused, 0
		}
		return permanent, 0
	case retry.Dropped(err):
		return inDoubt, 0
	case errors.As(err, &ue) && !certificateError(err):
		// The request got no answer (a dropped connection, a proxy hiccup): Slack may have
		// acted. A bad certificate stays bad, however often it is tried.
		return inDoubt, 0
	case strings.Contains(err.Error(), "connection reset"), strings.Contains(err.Error(), "EOF"):
		// Some transports only say so in words (slack-go wraps a few errors as strings).
		return inDoubt, 0
	}
	return permanent, 0
}

func certificateError(err error) bool {
	var unknown x509.UnknownAuthorityError
	var invalid x509.CertificateInvalidError
	var host x509.HostnameError
	var verify *tls.CertificateVerificationError
	return errors.As(err, &unknown) || errors.As(err, &invalid) || errors.As(err, &host) || errors.As(err, &verify)
}

// slackCode is the Web API error code of err ("not_in_channel"), or "".
func slackCode(err error) string {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		return se.Err
	}
	return ""
}

// retrier repeats one Slack call while it fails transiently: after Slack's Retry-After when it
// gives one, else with exponential backoff and jitter (retry.Pauses), until the call succeeds,
// fails for good, or the retry budget (RetryFor, and ctx's deadline if sooner) would be overrun
// by the next pause.
type retrier struct {
	a    *Adapter
	what string // the Slack method, for the log
	// settled, when set, is asked after an in-doubt failure whether the call went through after
	// all, before the call is repeated: a post or a completed upload must not happen twice.
	settled func(ctx context.Context) (bool, error)
}

// do runs call until it succeeds or may not be retried, and returns its last error.
func (r retrier) do(ctx context.Context, call func(ctx context.Context) error) error {
	deadline := time.Now().Add(r.a.cfg.RetryFor)
	pauses := retry.NewPauses(r.a.cfg.RetryBackoff, 30*time.Second)
	check := false // the last attempt was in doubt: find out whether it went through first
	var last error
	attempt := 0
	return retry.Do(ctx, func() error {
		attempt++
		var err error
		if check {
			// The check's reads retry on their own; bounded by this call's deadline, the two
			// loops together keep to one retry budget.
			sctx, cancel := context.WithDeadline(ctx, deadline)
			var done bool
			done, err = r.settled(sctx)
			cancel()
			if err == nil && done {
				r.a.log.InfoContext(ctx, "slack call went through despite the error", "method", r.what, "err", last)
				return nil
			}
			if c, _ := classify(err); err == nil || c == permanent {
				if err != nil {
					// Repeating may post twice, but giving up would surely lose the post.
					r.a.log.WarnContext(ctx, "cannot tell whether a slack call went through; repeating it", "method", r.what, "err", err)
				}
				check = false
			}
		}
		if !check {
			actx, cancel := context.WithTimeout(ctx, r.a.cfg.CallTimeout)
			err = call(actx)
			cancel()
			if err == nil {
				return nil
			}
			last = err
		}
		class, after := classify(err)
		if ctx.Err() != nil || (class != throttled && class != inDoubt) {
			return last
		}
		check = check || (class == inDoubt && r.settled != nil)
		pause := pauses.Next(after)
		if time.Now().Add(pause).After(deadline) {
			return last
		}
		r.a.log.WarnContext(ctx, "slack call failed, retrying", "method", r.what, "attempt", attempt, "wait", pause, "err", err)
		return retry.Again(last, pause)
	}, nil)
}
