package openai_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/archbot/archbot/bot/openai"
	"github.com/archbot/archbot/bot/openai/openaitest"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// isContinuation reports whether r asks the model to go on with an answer it cut off: the
// partial answer is the assistant's last message.
func isContinuation(r openaitest.Request) bool {
	m := r.Body.Messages
	return len(m) >= 2 && m[len(m)-2].Role == goopenai.ChatMessageRoleAssistant
}

// A section that stops at the length limit is continued and arrives whole, over SSE and in a
// whole (non-streamed) answer alike.
func TestCutOffAnswerIsContinued(t *testing.T) {
	srv := openaitest.NewServer(t, func(r openaitest.Request) openaitest.Response {
		if isContinuation(r) {
			if !strings.HasSuffix(r.Body.Messages[len(r.Body.Messages)-2].Content, "a mis") {
				return openaitest.Reply("WRONG: the partial answer was not sent back")
			}
			return openaitest.Reply("s is served from the database.")
		}
		return openaitest.CutOff("Reads hit the cache first; a mis")
	})
	d := MustDesigner(t, srv, nil)
	ctx := context.Background()

	sec, err := d.Section(ctx, grounding(), conversation.Scalability)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Reads hit the cache first; a miss is served from the database."; sec != want {
		t.Errorf("streamed section=%q, want %q", sec, want)
	}
	ans, err := d.Answer(ctx, grounding(), "What happens on a miss?")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Reads hit the cache first; a miss is served from the database."; ans != want {
		t.Errorf("answer=%q, want %q", ans, want)
	}
	reqs := srv.Requests()
	if len(reqs) != 4 || !reqs[0].Body.Stream || reqs[2].Body.Stream {
		t.Fatalf("requests=%d (stream %v, %v), want 4: a streamed section and a whole answer, each continued once",
			len(reqs), len(reqs) > 0 && reqs[0].Body.Stream, len(reqs) > 2 && reqs[2].Body.Stream)
	}
}

// A model that never finishes within its limit fails the call with ErrTruncated after a bounded
// number of continuations: the cut-off text is never returned as if it were complete.
func TestAnswerThatStaysCutOffFails(t *testing.T) {
	for _, stream := range []bool{true, false} {
		srv := openaitest.NewServer(t, func(openaitest.Request) openaitest.Response {
			return openaitest.CutOff("Reads hit the cache first; a mis")
		})
		d := MustDesigner(t, srv, func(c *openai.Config) { c.MaxContinuations = 2 })
		var (
			got string
			err error
		)
		if stream {
			got, err = d.Section(context.Background(), grounding(), conversation.Scalability)
		} else {
			got, err = d.Answer(context.Background(), grounding(), "What happens on a miss?")
		}
		if !errors.Is(err, openai.ErrTruncated) || got != "" {
			t.Errorf("stream=%v: text=%q err=%v, want no text and ErrTruncated", stream, got, err)
		}
		if n := len(srv.Requests()); n != 3 {
			t.Errorf("stream=%v: requests=%d, want 3 (the answer and two continuations)", stream, n)
		}
	}
}

// JSON steps are continued too: the joined answer parses.
func TestCutOffJSONIsContinued(t *testing.T) {
	half := len(componentsJSON) / 2
	srv := openaitest.NewServer(t, func(r openaitest.Request) openaitest.Response {
		if isContinuation(r) {
			return openaitest.Reply(componentsJSON[half:])
		}
		return openaitest.CutOff(componentsJSON[:half])
	})
	d := MustDesigner(t, srv, nil)
	comps, err := d.Components(context.Background(), grounding())
	if err != nil {
		t.Fatal(err)
	}
	if len(comps) == 0 {
		t.Fatal("no components from the joined answer")
	}
}

func TestContentFilterStopIsAnError(t *testing.T) {
	srv := openaitest.NewServer(t, func(openaitest.Request) openaitest.Response {
		return openaitest.Response{Content: "Partial", FinishReason: goopenai.FinishReasonContentFilter}
	})
	d := MustDesigner(t, srv, nil)
	if _, err := d.Section(context.Background(), grounding(), conversation.Security); !errors.Is(err, openai.ErrFiltered) {
		t.Fatalf("err=%v, want ErrFiltered", err)
	}
	if n := len(srv.Requests()); n != 1 {
		t.Errorf("requests=%d, want 1: a filtered answer is not asked for again", n)
	}
}

// A Retry-After beyond the retry budget fails the call at once and holds every other call off
// until the pause is over, without asking the API again.
func TestLongRetryAfterPausesEveryCall(t *testing.T) {
	srv := openaitest.NewServer(t, openaitest.Sequence(openaitest.RateLimited("0.4"), openaitest.Reply("Back.")))
	d := MustDesigner(t, srv, func(c *openai.Config) { c.RetryBudget = 100 * time.Millisecond })
	ctx := context.Background()
	start := time.Now()
	_, err := d.Answer(ctx, grounding(), "Why?")
	if !errors.Is(err, openai.ErrRateLimited) {
		t.Fatalf("err=%v, want ErrRateLimited", err)
	}
	for range 5 {
		if _, err := d.Section(ctx, grounding(), conversation.API); !errors.Is(err, openai.ErrCircuitOpen) {
			t.Fatalf("err=%v during the pause, want ErrCircuitOpen", err)
		}
	}
	if el := time.Since(start); el > 300*time.Millisecond {
		t.Errorf("six calls took %s, want them all to fail at once", el)
	}
	if n := len(srv.Requests()); n != 1 {
		t.Errorf("requests=%d during the pause, want 1", n)
	}
	// Once the server's pause is over, calls go through again.
	var got string
	back := conversationtest.Eventually(5*time.Second, func() bool {
		got, err = d.Answer(ctx, grounding(), "Why?")
		return !errors.Is(err, openai.ErrCircuitOpen)
	})
	if !back || err != nil || got != "Back." {
		t.Fatalf("answer=%q err=%v after the pause", got, err)
	}
	if gap := srv.Requests()[1].At.Sub(srv.Requests()[0].At); gap < 400*time.Millisecond {
		t.Errorf("asked again after %s, before the 400ms Retry-After", gap)
	}
}

// Within the budget, Retry-After is honoured; the budget counts every wait of the call.
func TestRetryBudgetBoundsTotalWait(t *testing.T) {
	srv := openaitest.NewServer(t, openaitest.Sequence(openaitest.RateLimited("0.06")))
	d := MustDesigner(t, srv, func(c *openai.Config) {
		c.RetryBudget = 150 * time.Millisecond
		c.MaxRetries = 10
	})
	start := time.Now()
	_, err := d.Answer(context.Background(), grounding(), "Why?")
	if err == nil {
		t.Fatal("no error from a server that always rate-limits")
	}
	if el := time.Since(start); el > time.Second {
		t.Errorf("took %s, want the 150ms budget to end the retries", el)
	}
	if n := len(srv.Requests()); n < 2 || n > 4 {
		t.Errorf("requests=%d, want 2..4 within a 150ms budget of 60ms waits", n)
	}
}

// Azure api-versions up to 2024-06-01 have no stream_options in their published spec and refuse
// it; from 2024-10-21 (and previews from that date) it is accepted and usage comes back.
func TestAzureStreamOptionsOnlyWhereAccepted(t *testing.T) {
	accepts := map[string]bool{
		"2023-05-15": false, "2024-02-01": false, "2024-06-01": false, "2024-10-21": true,
		"2024-05-01-preview": false, "2024-09-01-preview": false, "2024-12-01-preview": true, "v1": true,
	}
	for version, want := range accepts {
		srv := openaitest.NewServer(t, func(r openaitest.Request) openaitest.Response {
			if r.Body.StreamOptions != nil && !want {
				return openaitest.Response{Status: http.StatusBadRequest,
					Body: `{"error":{"message":"Unrecognized request argument supplied: stream_options","type":"invalid_request_error","param":null,"code":null}}`}
			}
			return openaitest.Reply("Azure section.")
		})
		d := MustDesigner(t, srv, func(c *openai.Config) {
			c.APIType = "azure"
			c.BaseURL = strings.TrimSuffix(srv.URL, "/v1")
			c.AzureDeployment = "archbot-gpt"
			c.AzureAPIVersion = version
		})
		if _, err := d.Section(context.Background(), grounding(), conversation.API); err != nil {
			t.Errorf("version %s: %v", version, err)
			continue
		}
		r := srv.Requests()[0]
		if got := r.Body.StreamOptions != nil; got != want {
			t.Errorf("version %s: stream_options sent=%v, want %v", version, got, want)
		}
		if !strings.Contains(r.Query, "api-version="+version) {
			t.Errorf("version %s: query=%q", version, r.Query)
		}
	}
}

// Azure's retry-after-ms is read before Retry-After (whole seconds): a 429 saying 1 second and
// 80 ms is retried after about 80 ms.
func TestRetryAfterMsIsRead(t *testing.T) {
	srv := openaitest.NewServer(t, openaitest.Sequence(
		openaitest.Response{Status: http.StatusTooManyRequests, RetryAfter: "1",
			Header: http.Header{"Retry-After-Ms": {"80"}},
			Body:   `{"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-06-01 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 1 second."}}`},
		openaitest.Reply("After the pause.")))
	d := MustDesigner(t, srv, nil)
	got, err := d.Answer(context.Background(), grounding(), "Why?")
	if err != nil || got != "After the pause." {
		t.Fatalf("answer=%q err=%v", got, err)
	}
	reqs := srv.Requests()
	if gap := reqs[1].At.Sub(reqs[0].At); gap < 80*time.Millisecond || gap > 900*time.Millisecond {
		t.Errorf("retried after %s, want about the 80ms of retry-after-ms", gap)
	}
}
