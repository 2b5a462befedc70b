package retry

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"syscall"
	"time"

	"github.com/cenkalti/backoff/v5"
)

// ErrNoTime means a call was not tried again because the pause before it would have ended
// after the context's deadline: waiting would only end in the deadline.
var ErrNoTime = errors.New("no time left to retry")

// Pauses decides how long one call pauses before each of its retries.
type Pauses struct {
	first time.Duration
	exp   backoff.ExponentialBackOff
}

// NewPauses starts the pauses of one call: the first one without a Retry-After about first,
// each next one about twice as long, up to max, jittered by half either way so that replicas
// that failed together do not retry together.
func NewPauses(first, max time.Duration) *Pauses {
	return &Pauses{first: first, exp: backoff.ExponentialBackOff{
		InitialInterval: first, RandomizationFactor: 0.5, Multiplier: 2, MaxInterval: max}}
}

// Next returns the pause before the next attempt. retryAfter is what the server asked for, 0
// when it did not say: the pause is never shorter than that, but up to half of the first pause
// longer, so that the callers it held back do not all come back at once.
func (p *Pauses) Next(retryAfter time.Duration) time.Duration {
	if retryAfter > 0 {
		return retryAfter + rand.N(p.first/2+1)
	}
	return min(p.exp.NextBackOff(), p.exp.MaxInterval) // jitter goes either way; the cap holds
}

// again is an attempt's error that calls for another attempt after pause.
type again struct {
	err   error
	pause time.Duration
}

func (a *again) Error() string { return a.err.Error() }
func (a *again) Unwrap() error { return a.err }

// Again is what an operation given to Do returns to be run again after pause (from Pauses.Next).
func Again(err error, pause time.Duration) error {
	return &again{err: err, pause: pause}
}

// Do runs op until it returns nil, or an error that is not Again's, which Do returns. After an
// Again it pauses as asked, calling notify first (to log the retry) when notify is set. It takes
// no pause that would outlast ctx's deadline: it returns op's last error wrapped in ErrNoTime
// instead; and when ctx ends first, it returns ctx's cause wrapped around op's last error.
func Do(ctx context.Context, op func() error, notify func(err error, pause time.Duration)) error {
	var last error
	final := false
	_, err := backoff.Retry(ctx, func() (struct{}, error) {
		err := op()
		var a *again
		if !errors.As(err, &a) {
			final = true
			return struct{}{}, backoff.Permanent(err)
		}
		last = a.err
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < a.pause {
			final = true
			return struct{}{}, backoff.Permanent(fmt.Errorf("%w (the next pause would be %v): %w", ErrNoTime, a.pause, a.err))
		}
		return struct{}{}, &backoff.RetryAfterError{Duration: a.pause}
	},
		// Every pause is op's (RetryAfterError); the deadline is ctx's.
		backoff.WithBackOff(&backoff.ZeroBackOff{}), backoff.WithMaxElapsedTime(0),
		backoff.WithNotify(func(_ error, pause time.Duration) {
			if notify != nil {
				notify(last, pause)
			}
		}))
	if err != nil && !final {
		return fmt.Errorf("%w (last error: %w)", err, last)
	}
	return err
}

// Dropped reports whether err is a request the network lost rather than one the server
// answered: a timeout (context.DeadlineExceeded included), or a connection refused, reset or
// closed before the answer was read. A second try may succeed, but the server may have acted on
// the first: a call that is not safe to repeat must find out before it is retried.
func Dropped(err error) bool {
	var ne net.Error
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EPIPE) ||
		errors.As(err, &ne) && ne.Timeout()
}
