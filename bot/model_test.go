package bot_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/bot/openai"
	"github.com/archbot/archbot/bot/openai/openaitest"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

const modelRequirements = `{"title": "Photo sharing app", "functional": ["Upload photos", "Home feed"],
  "non_functional": ["Feed p99 under 200 ms"], "out_of_scope": ["Direct messages"], "entities": ["User", "Photo"],
  "use_cases": ["Upload a photo"], "features": ["feed", "media"],
  "scale": {"dau": 50000000, "writes_per_user_per_day": 2, "reads_per_user_per_day": 50, "media_bytes_per_write": 2000000}}`

const modelComponents = `{"components": [
  {"name": "Mobile App", "kind": "client", "technology": "iOS/Android", "description": "the app", "talks_to": ["API Gateway"], "flows": ["HTTPS"]},
  {"name": "API Gateway", "kind": "edge", "technology": "Envoy", "description": "edge", "talks_to": ["Photo Service"]},
  {"name": "Photo Service", "kind": "service", "technology": "Go", "description": "photos", "talks_to": ["Metadata DB"]},
  {"name": "Metadata DB", "kind": "database", "technology": "PostgreSQL", "description": "metadata", "talks_to": []}]}`

// modelServer answers archbot's design steps (modelHandler); sections early in the document take
// longest, so in-order delivery cannot come from the server finishing in order.
func modelServer(t *testing.T) *openaitest.Server {
	return openaitest.NewServer(t, modelHandler(func(id conversation.SectionID) time.Duration {
		if i := slices.Index(conversation.SectionOrder, id); i >= 0 {
			return time.Duration(len(conversation.SectionOrder)-i) * 15 * time.Millisecond
		}
		return 5 * time.Millisecond
	}))
}

// modelHandler answers archbot's design steps: the requirements and components above, a review
// that finds one problem, and "Model text for <id>." for each section, after delay(id) when
// delay is set.
func modelHandler(delay func(conversation.SectionID) time.Duration) openaitest.Handler {
	return func(r openaitest.Request) openaitest.Response {
		task := r.Task()
		switch {
		case task == "requirements":
			return openaitest.Reply(modelRequirements)
		case task == "components":
			return openaitest.Reply(modelComponents)
		case task == "review":
			return openaitest.Reply("- ⚠ Metadata DB has no replica → add a synchronous standby.")
		case strings.HasPrefix(task, "section "):
			id := strings.TrimPrefix(task, "section ")
			resp := openaitest.Reply("Model text for " + id + ".")
			if delay != nil {
				resp.Delay = delay(conversation.SectionID(id))
			}
			return resp
		}
		return openaitest.ServerError()
	}
}

// modelDesigner returns a designer on srv whose retries back off for milliseconds, not seconds;
// each tune changes its configuration first.
func modelDesigner(t *testing.T, srv *openaitest.Server, tune ...func(*openai.Config)) *openai.Designer {
	t.Helper()
	cfg := openai.Config{APIKey: "sk-test", BaseURL: srv.URL, Model: "gpt-test", Timeout: 5 * time.Second,
		BackoffBase: time.Millisecond, BackoffMax: 10 * time.Millisecond}
	for _, f := range tune {
		f(&cfg)
	}
	d, err := openai.New(cfg, quietLog())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestModelSectionsAreRequestedConcurrentlyAndArriveInOrder(t *testing.T) {
	srv := modelServer(t)
	st := conversationtest.MustRedisStore(t)
	e := bot.New(bot.Config{LLMConcurrency: 4}, st, modelDesigner(t, srv), offline.New(), quietLog())
	r := ref()
	rec := say(t, e, r, "Design a photo sharing app for 50M DAU", true)
	// The server counts a request until it starts answering, so the count is the designer's own:
	// the sections' four slots, and beside them the components call (while the head sections are
	// written) or the review (while the body is).
	if got := srv.MaxInFlight(); got < 3 || got > 4+1 {
		t.Errorf("model server saw at most %d requests in flight, want 3..5 (four section slots, plus the components call or the review beside them)", got)
	}
	secs := rec.of(bot.ReplySection)
	if len(secs) != len(conversation.SectionOrder) {
		t.Fatalf("%d sections posted", len(secs))
	}
	for i, s := range secs {
		if s.Section.ID != conversation.SectionOrder[i] {
			t.Fatalf("section %d is %s, want %s", i, s.Section.ID, conversation.SectionOrder[i])
		}
		if s.Section.ID != conversation.CapacityID && !strings.Contains(s.Section.Markdown, "Model text for "+string(s.Section.ID)) {
			t.Errorf("section %s = %q, want the model's text", s.Section.ID, s.Section.Markdown)
		}
	}
	if done := rec.of(bot.ReplyDone); len(done) != 1 || strings.Contains(done[0].Text, "offline designer") {
		t.Errorf("done = %+v: nothing should have fallen back", done)
	}
	// 1 requirements + 1 components + 12 sections (capacity is computed in Go) + 1 review.
	if n := len(srv.Requests()); n != 15 {
		t.Errorf("model calls = %d, want 15", n)
	}
	tr := secs[len(secs)-1].Section.Markdown
	if !strings.Contains(tr, "### Self-review\n\n- ⚠ Metadata DB has no replica") || !strings.Contains(tr, "### Checklist") {
		t.Errorf("trade-offs lack the model's self-review and the offline checklist:\n%s", tr)
	}
	th, err := st.Load(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	if th.Usage.Calls != 15 || th.Usage.PromptTokens == 0 {
		t.Errorf("usage recorded on thread = %+v, want 15 calls with tokens", th.Usage)
	}
	if got := th.Design.Capacity.WriteQPS; got < 1100 || got > 1200 {
		t.Errorf("write QPS = %v, want 50M×2/86400 ≈ 1157 computed in Go", got)
	}
}

func TestModelDownFallsBackToOffline(t *testing.T) {
	srv := openaitest.NewServer(t, func(openaitest.Request) openaitest.Response { return openaitest.ServerError() })
	d := modelDesigner(t, srv, func(c *openai.Config) { c.Timeout, c.MaxRetries = time.Second, -1 })
	e := bot.New(bot.Config{}, conversation.NewMemoryStore(), d, offline.New(), quietLog())
	rec := say(t, e, ref(), "Design a URL shortener for 100M links a month", true)
	if n := len(rec.of(bot.ReplySection)); n != len(conversation.SectionOrder) {
		t.Fatalf("%d sections, want all %d from the fallback", n, len(conversation.SectionOrder))
	}
	done := rec.of(bot.ReplyDone)
	if len(done) != 1 || !strings.Contains(done[0].Text, "offline designer drafted") {
		t.Fatalf("done = %+v, want it to say the offline designer drafted parts", done)
	}
}
