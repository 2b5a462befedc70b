package bot_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/bot/openai"
	"github.com/archbot/archbot/bot/openai/openaitest"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// flaky answers archbot's steps but fails every other request, alternating 429 (with a short
// Retry-After) and 500, and stalls one in five of the rest far beyond the per-attempt timeout.
func flaky() openaitest.Handler {
	archbot := openaitest.Archbot()
	return func(r openaitest.Request) openaitest.Response {
		switch {
		case r.N%4 == 0:
			return openaitest.RateLimited("0.02")
		case r.N%4 == 2:
			return openaitest.ServerError()
		case r.N%10 == 5:
			resp := archbot(r)
			resp.Delay = time.Hour // a stall: only the client's timeout ends it
			return resp
		}
		return archbot(r)
	}
}

// faultyModel returns a designer with tight timings, so the test runs in seconds what
// production does in minutes: the structure of the bound is the same.
func faultyModel(t *testing.T, srv *openaitest.Server) *openai.Designer {
	t.Helper()
	return modelDesigner(t, srv, func(c *openai.Config) {
		c.Timeout, c.MaxRetries, c.BackoffBase, c.BackoffMax = time.Second, 3, 5*time.Millisecond, 100*time.Millisecond
		c.BreakerThreshold, c.BreakerCooldown = 5, 200*time.Millisecond
	})
}

// TestEveryDesignCompletesWhenHalfTheModelCallsFail runs designs and follow-ups at once against
// a model server failing half its calls and stalling some: every turn finishes, in bounded
// time, with the model's text where it got through and the offline designer's elsewhere.
func TestEveryDesignCompletesWhenHalfTheModelCallsFail(t *testing.T) {
	ctx := context.Background()
	srv := openaitest.NewServer(t, flaky())
	st := conversationtest.MustRedisStore(t)
	e := bot.New(bot.Config{LLMConcurrency: 4}, st, faultyModel(t, srv), offline.New(), quietLog())

	const designs = 12
	type outcome struct {
		rec  *recorder
		err  error
		took time.Duration
	}
	out := make([]outcome, designs)
	refs := make([]conversation.ThreadRef, designs)
	var wg sync.WaitGroup
	for i := range designs {
		refs[i] = ref()
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := &recorder{}
			start := time.Now()
			err := e.Handle(ctx, msg(refs[i], "Design a photo sharing app for 10M DAU", true), rec)
			out[i] = outcome{rec, err, time.Since(start)}
		}()
	}
	wg.Wait()

	// A stalled call lasts an hour unless the client's timeout (1 s) ends it, so any bound far
	// below an hour proves that timeouts and the breaker end every stall. One step's worst case
	// is 4 attempts of 1 s plus backoffs; a design runs about seven steps one after another
	// (requirements, components, four waves of sections, review). On an idle machine the slowest
	// turn takes a few seconds; on two cores at load average 20 under -race, 36 s was seen, so
	// the bound leaves room for a busy CI machine and still breaks on a hung call.
	const bound = 3 * time.Minute
	var slowest time.Duration
	fellBack, byModel, sections := 0, 0, 0
	for i, o := range out {
		for _, sec := range o.rec.of(bot.ReplySection) {
			sections++
			if strings.Contains(sec.Section.Markdown, "Model-written") {
				byModel++
			}
		}
		slowest = max(slowest, o.took)
		if o.err != nil {
			t.Fatalf("design %d failed: %v", i, o.err)
		}
		if len(o.rec.of(bot.ReplyDone)) != 1 || len(o.rec.of(bot.ReplySection)) != len(conversation.SectionOrder) {
			t.Fatalf("design %d incomplete: %v", i, o.rec.kinds())
		}
		if o.took > bound {
			t.Errorf("design %d took %v, want under %v", i, o.took, bound)
		}
		if done := o.rec.of(bot.ReplyDone)[0].Text; contains(done, "offline designer drafted") {
			fellBack++
		}
	}

	// Follow-ups on every thread, at once, under the same faults.
	for i := range designs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := &recorder{}
			text := "how is the feed cached?"
			if i%2 == 1 {
				text = "add a moderation queue"
			}
			start := time.Now()
			err := e.Handle(ctx, msg(refs[i], text, false), rec)
			out[i] = outcome{rec, err, time.Since(start)}
		}()
	}
	wg.Wait()
	for i, o := range out {
		slowest = max(slowest, o.took)
		if o.err != nil || len(o.rec.of(bot.ReplyText)) == 0 || len(o.rec.of(bot.ReplyError)) != 0 {
			t.Fatalf("follow-up %d: err %v, replies %v", i, o.err, o.rec.kinds())
		}
		if o.took > bound {
			t.Errorf("follow-up %d took %v, want under %v", i, o.took, bound)
		}
	}

	reqs := srv.Requests()
	failed := 0
	for _, r := range reqs {
		if r.N%4 == 0 || r.N%4 == 2 || r.N%10 == 5 {
			failed++
		}
	}
	if byModel == 0 {
		t.Errorf("no section was written by the model: retries should get some through")
	}
	if failed*2 < len(reqs) {
		t.Errorf("only %d of %d model requests failed or stalled; the test means at least half", failed, len(reqs))
	}
	t.Logf("%d designs and %d follow-ups all completed; %d of %d model requests failed or stalled; %d of %d sections by the model, the rest offline (%d designs used the fallback somewhere); slowest turn %v (bound %v)",
		designs, designs, failed, len(reqs), byModel, sections, fellBack, slowest.Round(time.Millisecond), bound)
}

// TestAStalledModelNeverHoldsAThread: a model server that accepts every call and never answers
// cannot hold a design: per-attempt timeouts, then the circuit breaker, hand every step to the
// offline designer, and the turn ends in bounded time.
func TestAStalledModelNeverHoldsAThread(t *testing.T) {
	srv := openaitest.NewServer(t, func(openaitest.Request) openaitest.Response {
		return openaitest.Response{Status: http.StatusOK, Content: "never sent", Delay: time.Hour}
	})
	e := bot.New(bot.Config{}, conversation.NewMemoryStore(), faultyModel(t, srv), offline.New(), quietLog())
	start := time.Now()
	rec := say(t, e, ref(), "Design a URL shortener for 100M links a month", true)
	took := time.Since(start)
	if len(rec.of(bot.ReplyDone)) != 1 || !contains(rec.of(bot.ReplyDone)[0].Text, "offline designer drafted") {
		t.Fatalf("replies %v, want a design the offline designer finished, saying so", rec.kinds())
	}
	if took > time.Minute { // far below the hour a call stalls, with room for a busy machine
		t.Errorf("design against a stalled model took %v, want it bounded by timeouts and the breaker", took)
	}
	t.Logf("design against a model that never answers finished in %v after %d attempts", took.Round(time.Millisecond), len(srv.Requests()))
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
