package bot_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/bot/openai"
	"github.com/archbot/archbot/bot/openai/openaitest"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// cutOffText is what a model cut off at its length limit leaves: a section that stops mid-word.
const cutOffText = "Reads hit the cache first; a mis"

// designThroughModel runs one first design with the model first and the offline designer as
// fallback, as archbot serve wires them, against real Redis, and returns what the user saw.
func designThroughModel(t *testing.T, srv *openaitest.Server, cfg bot.Config, tune ...func(*openai.Config)) (*recorder, time.Duration) {
	t.Helper()
	e := bot.New(cfg, conversationtest.MustRedisStore(t), modelDesigner(t, srv, tune...), offline.New(), quietLog())
	start := time.Now()
	rec := say(t, e, ref(), "Design a photo sharing app for 50M DAU", true)
	return rec, time.Since(start)
}

// truncating answers every step as modelHandler does, but always cut off at the length
// limit, continuations included: JSON steps and the review in a whole answer, sections over SSE.
func truncating() openaitest.Handler {
	full := modelHandler(nil)
	return func(r openaitest.Request) openaitest.Response {
		m := r.Body.Messages
		if len(m) >= 2 && m[len(m)-2].Role == goopenai.ChatMessageRoleAssistant {
			return openaitest.CutOff("and then a la")
		}
		if strings.HasPrefix(r.Task(), "section ") {
			return openaitest.CutOff(cutOffText)
		}
		resp := full(r)
		return openaitest.CutOff(resp.Content[:len(resp.Content)/2])
	}
}

func TestNoCutOffSectionIsPosted(t *testing.T) {
	srv := openaitest.NewServer(t, truncating())
	rec, _ := designThroughModel(t, srv, bot.Config{})
	secs := rec.of(bot.ReplySection)
	if len(secs) != len(conversation.SectionOrder) {
		t.Fatalf("%d sections posted, want %d", len(secs), len(conversation.SectionOrder))
	}
	cut := 0
	for _, s := range secs {
		if strings.Contains(s.Section.Markdown, cutOffText) || strings.Contains(s.Section.Markdown, "and then a la") {
			cut++
		}
	}
	if cut != 0 {
		t.Errorf("%d cut-off sections posted, want 0", cut)
	}
	done := rec.of(bot.ReplyDone)
	if len(done) != 1 || !strings.Contains(done[0].Text, "offline designer") || !strings.Contains(done[0].Text, "section api") {
		t.Errorf("done=%+v, want a note naming the sections the offline designer wrote", done)
	}
	// Every step was continued (twice by default) before falling back: the streamed sections and
	// the whole (non-streamed) requirements answer alike.
	var sectionCalls, requirementCalls int
	for _, r := range srv.Requests() {
		switch {
		case strings.HasPrefix(r.Task(), "section ") || strings.HasPrefix(r.User(), "Task: section"):
			sectionCalls++
		case r.Task() == "requirements" || strings.HasPrefix(r.User(), "Task: requirements"):
			requirementCalls++
		}
	}
	if sectionCalls != 12*3 || requirementCalls != 3 {
		t.Errorf("section calls=%d requirement calls=%d, want 36 and 3 (each answer and two continuations)", sectionCalls, requirementCalls)
	}
}

func TestCutOffSectionsAreContinuedNotReplaced(t *testing.T) {
	srv := openaitest.NewServer(t, func(r openaitest.Request) openaitest.Response {
		m := r.Body.Messages
		if len(m) >= 2 && m[len(m)-2].Role == goopenai.ChatMessageRoleAssistant {
			return openaitest.Reply("s are served from the database.")
		}
		if strings.HasPrefix(r.Task(), "section ") {
			return openaitest.CutOff(cutOffText)
		}
		return modelHandler(nil)(r)
	})
	rec, _ := designThroughModel(t, srv, bot.Config{})
	for _, s := range rec.of(bot.ReplySection) {
		if s.Section.ID == conversation.CapacityID {
			continue
		}
		if !strings.Contains(s.Section.Markdown, "a miss are served from the database.") {
			t.Errorf("section %s = %q, want the continued text", s.Section.ID, s.Section.Markdown)
		}
	}
	if done := rec.of(bot.ReplyDone); len(done) != 1 || strings.Contains(done[0].Text, "offline designer") {
		t.Errorf("done=%+v: a continued section needs no fallback", done)
	}
}

// A 429 with Retry-After 20 on every call: the design is done at once by the offline designer,
// the API is asked only until the first long pause is known, and the user is told.
func TestLongRetryAfterFinishesDesignOfflineAtOnce(t *testing.T) {
	srv := openaitest.NewServer(t, func(openaitest.Request) openaitest.Response { return openaitest.RateLimited("20") })
	rec, took := designThroughModel(t, srv, bot.Config{}, func(c *openai.Config) { c.RetryBudget = 0 }) // the default budget
	if took > 10*time.Second {
		t.Errorf("design took %s with Retry-After 20 on every call, want far under 60s", took)
	}
	if n := len(rec.of(bot.ReplySection)); n != len(conversation.SectionOrder) {
		t.Fatalf("%d sections posted", n)
	}
	if n := len(srv.Requests()); n > 1 {
		t.Errorf("model asked %d times; after the first 20s Retry-After every call should wait out the pause offline", n)
	}
	done := rec.of(bot.ReplyDone)
	if len(done) != 1 || !strings.Contains(done[0].Text, "offline designer") || !strings.Contains(done[0].Text, "requirements") {
		t.Errorf("done=%+v, want the user told what the offline designer wrote", done)
	}
}

// A model that stalls on every call: at the design deadline the rest is written offline, the
// progress line says so at once, and the closing note names the parts.
func TestDesignDeadlineWritesTheRestOffline(t *testing.T) {
	const deadline = 400 * time.Millisecond
	stall := 20 * deadline
	srv := openaitest.NewServer(t, func(r openaitest.Request) openaitest.Response {
		resp := modelHandler(nil)(r)
		if strings.HasPrefix(r.Task(), "section ") && r.Task() != "section overview" {
			resp.Delay = stall
		}
		return resp
	})
	rec, took := designThroughModel(t, srv, bot.Config{DesignDeadline: deadline}, func(c *openai.Config) { c.Timeout = 2 * stall })
	if took > deadline+5*time.Second { // far below the 8s stall of every call
		t.Errorf("design took %s, want about the %s deadline", took, deadline)
	}
	secs := rec.of(bot.ReplySection)
	if len(secs) != len(conversation.SectionOrder) {
		t.Fatalf("%d sections posted", len(secs))
	}
	if !strings.Contains(secs[0].Section.Markdown, "Model text for overview") {
		t.Errorf("overview=%q, want the model's (written before the deadline)", secs[0].Section.Markdown)
	}
	told := false
	for _, p := range rec.of(bot.ReplyProgress) {
		told = told || strings.Contains(p.Text, "offline designer is writing the rest")
	}
	if !told {
		t.Errorf("progress lines %v never said the model ran out of time", rec.of(bot.ReplyProgress))
	}
	done := rec.of(bot.ReplyDone)
	if len(done) != 1 || !strings.Contains(done[0].Text, "section security") || strings.Contains(done[0].Text, "section overview") {
		t.Errorf("done=%+v, want the offline sections named (security) and the model's (overview) not", done)
	}
}

func TestDefaults(t *testing.T) {
	if bot.DefaultDesignDeadline != 90*time.Second || bot.DefaultLLMConcurrency != 6 {
		t.Errorf("defaults: deadline %s, concurrency %d; README and cmd/archbot document 90s and 6",
			bot.DefaultDesignDeadline, bot.DefaultLLMConcurrency)
	}
}

// slowSink takes a while to post each section, as Slack's one-message-a-second pacing does.
type slowSink struct {
	recorder
	each time.Duration
	mu   sync.Mutex
	at   map[conversation.SectionID]time.Time
}

func (s *slowSink) Send(ctx context.Context, r bot.Reply) error {
	if r.Kind == bot.ReplySection {
		// The platform's posting time is the behaviour under test (a slow sink must not hold up
		// the model calls), not a wait for async work; a cancelled turn stops waiting.
		select {
		case <-time.After(s.each):
		case <-ctx.Done():
			return ctx.Err()
		}
		s.mu.Lock()
		s.at[r.Section.ID] = time.Now()
		s.mu.Unlock()
	}
	return s.recorder.Send(ctx, r)
}

// At the default concurrency the last section arrives four model round trips after the start
// (requirements → components and the head sections → the sections the review reads → the review
// alongside the rest), and the review is asked for as soon as those sections are written, not
// after they are posted.
func TestFirstDesignWithinFiveRoundTrips(t *testing.T) {
	// Round trips are counted from the order of the calls, not from the clock: a call is one
	// round trip deeper than the deepest call that had been answered when it was made. The
	// engine's own time, however slow on a loaded machine, adds no depth unless it delays a call
	// past another's answer by a whole latency.
	const latency = 300 * time.Millisecond
	srv := openaitest.NewServer(t, modelHandler(nil))
	srv.SetLatency(latency)
	e := bot.New(bot.Config{}, conversationtest.MustRedisStore(t), modelDesigner(t, srv), offline.New(), quietLog())
	say(t, e, ref(), "Design a photo sharing app for 50M DAU", true)
	reqs := srv.Requests()
	depth := make([]int, len(reqs))
	trips := 0
	for i, r := range reqs {
		depth[i] = 1
		for j, q := range reqs[:i] {
			if !q.At.Add(latency).After(r.At) {
				depth[i] = max(depth[i], depth[j]+1)
			}
		}
		trips = max(trips, depth[i])
	}
	t.Logf("%d calls in %d round trips", len(reqs), trips)
	if trips > 5 {
		t.Errorf("first design took %d model round trips, want 4 (at most 5)", trips)
	}
	if n := len(srv.Requests()); n != 15 {
		t.Errorf("model calls=%d, want 15 (requirements, components, 12 sections, review)", n)
	}
	if got := srv.MaxInFlight(); got > bot.DefaultLLMConcurrency+1 {
		t.Errorf("%d requests in flight, want at most the default %d section slots and the components call or the review beside them", got, bot.DefaultLLMConcurrency)
	}

	// Posting slowly: the review overlaps the posting of the sections before the trade-offs.
	srv2 := openaitest.NewServer(t, modelHandler(nil))
	slow := &slowSink{each: 60 * time.Millisecond, at: map[conversation.SectionID]time.Time{}}
	e2 := bot.New(bot.Config{}, conversationtest.MustRedisStore(t), modelDesigner(t, srv2), offline.New(), quietLog())
	if err := e2.Handle(context.Background(), msg(ref(), "Design a photo sharing app for 50M DAU", true), slow); err != nil {
		t.Fatal(err)
	}
	var review time.Time
	for _, r := range srv2.Requests() {
		if r.Task() == "review" {
			review = r.At
		}
	}
	slow.mu.Lock()
	security := slow.at[conversation.Security]
	slow.mu.Unlock()
	if review.IsZero() || !review.Before(security) {
		t.Errorf("review asked at %v, security posted at %v: want the review under way while sections are posted",
			review.Format(time.StampMilli), security.Format(time.StampMilli))
	}
	tr := slow.of(bot.ReplySection)
	if len(tr) == 0 || !strings.Contains(tr[len(tr)-1].Section.Markdown, "### Self-review") {
		t.Error("trade-offs lack the self-review")
	}
}
