package slack

import (
	"context"
	"crypto/x509"
	"fmt"
	"io"
	"net/url"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

// TestResplitAlwaysShrinks: every cut of a refused message leaves each part smaller than the
// whole, whatever the sizes of its blocks, so re-splitting ends.
func TestResplitAlwaysShrinks(t *testing.T) {
	section := func(n int) slack.Block { return mrkdwnBlocks(strings.Repeat("x", n))[0] }
	for _, sizes := range [][]int{{30, 2600, 2773}, {2900, 2850, 20}, {10, 20}, {3000}, {250}, {5, 5, 5, 5, 2990}, {2990, 5, 5, 5}} {
		var blocks []slack.Block
		for _, n := range sizes {
			blocks = append(blocks, section(n))
		}
		whole := blocksWidth(blocks)
		parts := resplit("Title", blocks)
		if len(parts) < 1 {
			t.Errorf("%v: nothing to try, want smaller parts", sizes)
			continue
		}
		for _, p := range parts {
			switch {
			case len(parts) == 1 && len(p.blocks) != 0:
				t.Errorf("%v: a single part must be the text without blocks, got %d blocks", sizes, len(p.blocks))
			case len(parts) > 1 && blocksWidth(p.blocks) >= whole:
				t.Errorf("%v: a part of %d chars from a message of %d", sizes, blocksWidth(p.blocks), whole)
			}
		}
	}
}

// TestMessagesKeepABlockTextBudget: a section of 60 full blocks goes out as messages of at
// most maxMessageBlockText characters of block text and maxBlocks blocks, in order.
func TestMessagesKeepABlockTextBudget(t *testing.T) {
	var blocks []slack.Block
	for range 60 {
		blocks = append(blocks, mrkdwnBlocks(strings.Repeat("y", maxSectionText))...)
	}
	blocks = append(blocks, mrkdwnBlocks(strings.Repeat("z", 10))...)
	n := 0
	for _, m := range messages(blocks) {
		if w := blocksWidth(m); w > maxMessageBlockText || len(m) > maxBlocks {
			t.Errorf("message of %d blocks, %d chars of block text", len(m), w)
		}
		n += len(m)
	}
	if n != len(blocks) {
		t.Errorf("%d blocks across the messages, want %d", n, len(blocks))
	}
}

// TestUploadErrorsHideTheURL: an upload URL is a credential for a while; a failed upload's
// error, which is logged, leaves it out and stays a transient failure.
func TestUploadErrorsHideTheURL(t *testing.T) {
	secretURL := "https://files.slack.com/upload/v1/CwABAAAAXwoAAZnmgSECRET"
	err := withoutURL(&url.Error{Op: "Post", URL: secretURL, Err: syscall.ECONNRESET})
	if strings.Contains(err.Error(), "SECRET") {
		t.Errorf("error %q shows the upload URL", err)
	}
	if c, _ := classify(err); c != inDoubt {
		t.Errorf("a reset upload classified %v, want in doubt", c)
	}
}

func TestClassify(t *testing.T) {
	for _, c := range []struct {
		err  error
		want failure
	}{
		{&slack.RateLimitedError{RetryAfter: time.Second}, throttled},
		{slack.StatusCodeError{Code: 429, Status: "429 Too Many Requests"}, throttled},
		{slack.StatusCodeError{Code: 500, Status: "500 Internal Server Error"}, inDoubt},
		{slack.StatusCodeError{Code: 503, Status: "503 Service Unavailable"}, inDoubt},
		{slack.StatusCodeError{Code: 400, Status: "400 Bad Request"}, permanent},
		{fmt.Errorf("post: %w", slack.SlackErrorResponse{Err: "ratelimited"}), throttled},
		{slack.SlackErrorResponse{Err: "internal_error"}, inDoubt},
		{slack.SlackErrorResponse{Err: "msg_too_long"}, refused},
		{slack.SlackErrorResponse{Err: "msg_blocks_too_long"}, refused},
		{slack.SlackErrorResponse{Err: "invalid_blocks"}, refused},
		{slack.SlackErrorResponse{Err: "not_in_channel"}, permanent},
		{context.DeadlineExceeded, inDoubt},
		{&url.Error{Op: "Post", URL: "https://slack.com/api/chat.postMessage", Err: io.EOF}, inDoubt},
		{&url.Error{Op: "Post", URL: "https://slack.com/api/chat.postMessage", Err: x509.UnknownAuthorityError{}}, permanent},
		{context.Canceled, permanent},
		{&url.Error{Op: "Post", URL: "https://slack.com/api/chat.postMessage", Err: context.Canceled}, permanent},
	} {
		if got, _ := classify(c.err); got != c.want {
			t.Errorf("classify(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}
