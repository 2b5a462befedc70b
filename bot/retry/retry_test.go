package retry_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/archbot/archbot/bot/retry"
)

var errBusy = errors.New("busy")

func TestDoPausesAsAskedUntilSuccess(t *testing.T) {
	var pauses []time.Duration
	calls := 0
	start := time.Now()
	err := retry.Do(context.Background(), func() error {
		if calls++; calls < 3 {
			return retry.Again(errBusy, 20*time.Millisecond)
		}
		return nil
	}, func(err error, pause time.Duration) {
		if !errors.Is(err, errBusy) {
			t.Errorf("notified of %v, want the attempt's error", err)
		}
		pauses = append(pauses, pause)
	})
	if err != nil || calls != 3 {
		t.Fatalf("Do = %v after %d calls, want nil after 3", err, calls)
	}
	if len(pauses) != 2 || pauses[0] != 20*time.Millisecond || pauses[1] != 20*time.Millisecond {
		t.Errorf("notified of pauses %v, want two of 20ms", pauses)
	}
	if took := time.Since(start); took < 40*time.Millisecond {
		t.Errorf("Do returned after %v, before the two pauses it was asked for", took)
	}
}

func TestDoReturnsAFinalErrorAtOnce(t *testing.T) {
	calls := 0
	err := retry.Do(context.Background(), func() error { calls++; return errBusy }, nil)
	if err != errBusy || calls != 1 {
		t.Fatalf("Do = %v after %d calls, want errBusy after 1", err, calls)
	}
}

func TestDoTakesNoPausePastTheDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	start := time.Now()
	err := retry.Do(ctx, func() error { return retry.Again(errBusy, time.Hour) }, nil)
	if !errors.Is(err, retry.ErrNoTime) || !errors.Is(err, errBusy) {
		t.Fatalf("Do = %v, want ErrNoTime around errBusy", err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("Do took %v to give up, want at once", took)
	}
}

func TestDoStopsWhenTheContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	err := retry.Do(ctx, func() error { return retry.Again(errBusy, time.Hour) },
		func(error, time.Duration) { cancel() })
	if !errors.Is(err, context.Canceled) || !errors.Is(err, errBusy) {
		t.Fatalf("Do = %v, want context.Canceled around errBusy", err)
	}
}

func TestPausesHonourRetryAfterAndBackOff(t *testing.T) {
	p := retry.NewPauses(100*time.Millisecond, 300*time.Millisecond)
	for range 20 {
		if got := p.Next(2 * time.Second); got < 2*time.Second || got > 2050*time.Millisecond {
			t.Fatalf("Next(2s) = %v, want 2s to 2.05s", got)
		}
	}
	if got := p.Next(0); got < 50*time.Millisecond || got > 150*time.Millisecond {
		t.Errorf("first backoff %v, want 50ms to 150ms", got)
	}
	for range 10 {
		if got := p.Next(0); got > 300*time.Millisecond {
			t.Fatalf("backoff %v over the 300ms cap", got)
		}
	}
}

func TestDropped(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{&url.Error{Op: "Post", URL: "https://slack.com/api/chat.postMessage", Err: io.EOF}, true},
		{fmt.Errorf("read answer: %w", io.ErrUnexpectedEOF), true},
		{&net.OpError{Op: "read", Net: "tcp", Err: os.NewSyscallError("read", syscall.ECONNRESET)}, true},
		{&net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}, true},
		{&net.OpError{Op: "write", Net: "tcp", Err: syscall.EPIPE}, true},
		{net.ErrClosed, true},
		{&url.Error{Op: "Get", URL: "https://discord.com/api", Err: os.ErrDeadlineExceeded}, true},
		{context.DeadlineExceeded, true},
		{context.Canceled, false},
		{errors.New("HTTP 400: invalid form body"), false},
		{nil, false},
	} {
		if got := retry.Dropped(c.err); got != c.want {
			t.Errorf("Dropped(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}
