package bot_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
)

// scripted is a designer whose answers tests control. It writes sections as "<id> v<version>"
// (plus the change, if any) and can be told to fail steps.
type scripted struct {
	name     string
	failOn   map[string]bool // step names: "requirements", "components", "section:<id>", "interpret", "answer"
	inFlight atomic.Int32
	maxSeen  atomic.Int32
	// gate, when set, holds every section call until at least gate calls are in flight at once
	// (or a deadline passes), proving the engine asks for sections concurrently.
	gate  int32
	delay map[conversation.SectionID]time.Duration
}

func (s *scripted) Name() string { return s.name }

func (s *scripted) fail(step string) error {
	if s.failOn[step] {
		return fmt.Errorf("%s: scripted failure of %s", s.name, step)
	}
	return nil
}

func (s *scripted) Requirements(_ context.Context, problem string) (string, conversation.RequirementSet, error) {
	if err := s.fail("requirements"); err != nil {
		return "", conversation.RequirementSet{}, err
	}
	return "Photo app", conversation.RequirementSet{
		Functional: []string{"upload photos"},
		Workload:   conversation.PerUser(50e6, 2, 50),
	}, nil
}

func (s *scripted) Components(_ context.Context, g bot.Grounding) ([]conversation.Component, error) {
	if err := s.fail("components"); err != nil {
		return nil, err
	}
	return []conversation.Component{
		{Name: "Mobile app", Kind: "client", TalksTo: []string{"API"}},
		{Name: "API", Kind: "service", Technology: "Go", TalksTo: []string{"Posts DB"}},
		{Name: "Posts DB", Kind: "database", Technology: "PostgreSQL"},
	}, nil
}

func (s *scripted) Section(ctx context.Context, g bot.Grounding, id conversation.SectionID) (string, error) {
	n := s.inFlight.Add(1)
	defer s.inFlight.Add(-1)
	for {
		m := s.maxSeen.Load()
		if n <= m || s.maxSeen.CompareAndSwap(m, n) {
			break
		}
	}
	if s.gate > 0 {
		deadline := time.Now().Add(5 * time.Second)
		for s.maxSeen.Load() < s.gate && time.Now().Before(deadline) {
			runtime.Gosched()
		}
	}
	if d := s.delay[id]; d > 0 {
		select {
		case <-time.After(d):
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
	if err := s.fail("section:" + string(id)); err != nil {
		return "", err
	}
	text := fmt.Sprintf("%s by %s with %d components", id, s.name, len(g.Components))
	if g.Change != "" {
		text += " after " + g.Change
	}
	return text, nil
}

func (s *scripted) Interpret(_ context.Context, g bot.Grounding, text string) (bot.Interpretation, error) {
	if err := s.fail("interpret"); err != nil {
		return bot.Interpretation{}, err
	}
	if strings.HasSuffix(text, "?") {
		return bot.Interpretation{Intent: bot.IntentQuestion}, nil
	}
	return bot.Interpretation{Intent: bot.IntentChange, Decision: text,
		Sections: []conversation.SectionID{conversation.DataModel, conversation.Tradeoffs}}, nil
}

func (s *scripted) Answer(_ context.Context, g bot.Grounding, q string) (string, error) {
	if err := s.fail("answer"); err != nil {
		return "", err
	}
	return fmt.Sprintf("answer to %q from v%d", q, g.Design.Version), nil
}

// recorder is a Sink that keeps every reply.
type recorder struct {
	mu      sync.Mutex
	replies []bot.Reply
}

func (r *recorder) Send(_ context.Context, rep bot.Reply) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.replies = append(r.replies, rep)
	return nil
}

func (r *recorder) kinds() []bot.ReplyKind {
	r.mu.Lock()
	defer r.mu.Unlock()
	var k []bot.ReplyKind
	for _, rep := range r.replies {
		k = append(k, rep.Kind)
	}
	return k
}

func (r *recorder) of(kind bot.ReplyKind) []bot.Reply {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []bot.Reply
	for _, rep := range r.replies {
		if rep.Kind == kind {
			out = append(out, rep)
		}
	}
	return out
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func newEngine(tb testing.TB, st bot.Store, primary, fallback bot.Designer) *bot.Engine {
	tb.Helper()
	return bot.New(bot.Config{LLMConcurrency: 4}, st, primary, fallback, quietLog())
}

var seq atomic.Int64

func ref() conversation.ThreadRef {
	return conversation.ThreadRef{Platform: "test", Channel: "C1", ThreadID: fmt.Sprintf("t%d-%d", time.Now().UnixNano(), seq.Add(1))}
}

func msg(r conversation.ThreadRef, text string, isNew bool) bot.Message {
	return bot.Message{Thread: r, Author: "ana", AuthorID: "U1", Text: text, EventID: fmt.Sprintf("ev-%d", seq.Add(1)), New: isNew}
}

// say sends text to thread r, as a new thread's first message when isNew, and returns what the
// engine replied; an error fails the test.
func say(tb testing.TB, e *bot.Engine, r conversation.ThreadRef, text string, isNew bool) *recorder {
	tb.Helper()
	rec := &recorder{}
	if err := e.Handle(context.Background(), msg(r, text, isNew), rec); err != nil {
		tb.Fatalf("%q: %v", text, err)
	}
	return rec
}

// designed starts an engine on st and drafts a photo app in a new thread: where a follow-up test
// begins.
func designed(tb testing.TB, st bot.Store, primary, fallback bot.Designer) (*bot.Engine, conversation.ThreadRef) {
	tb.Helper()
	e := newEngine(tb, st, primary, fallback)
	r := ref()
	say(tb, e, r, "Design a photo app", true)
	return e, r
}

func TestDesignPostsSectionsInOrderThenDiagramDocumentDone(t *testing.T) {
	st := conversationtest.MustRedisStore(t)
	d := &scripted{name: "model", gate: 3, delay: map[conversation.SectionID]time.Duration{conversation.Overview: 30 * time.Millisecond}}
	e := newEngine(t, st, d, nil)
	r := ref()
	rec := say(t, e, r, "Design a photo app for 50M DAU", true)
	if got := d.maxSeen.Load(); got < 3 {
		t.Errorf("max sections in flight = %d, want >= 3 (sections must be written concurrently)", got)
	}
	if got := d.maxSeen.Load(); got > 4 {
		t.Errorf("max sections in flight = %d, want <= LLMConcurrency 4", got)
	}
	secs := rec.of(bot.ReplySection)
	if len(secs) != len(conversation.SectionOrder) {
		t.Fatalf("got %d sections, want %d", len(secs), len(conversation.SectionOrder))
	}
	for i, s := range secs {
		if s.Section.ID != conversation.SectionOrder[i] {
			t.Fatalf("section %d = %s, want %s (document order)", i, s.Section.ID, conversation.SectionOrder[i])
		}
	}
	kinds := rec.kinds()
	if kinds[0] != bot.ReplyProgress {
		t.Errorf("first reply = %s, want progress", kinds[0])
	}
	tail := kinds[len(kinds)-3:]
	if tail[0] != bot.ReplyDiagram || tail[1] != bot.ReplyDocument || tail[2] != bot.ReplyDone {
		t.Errorf("last replies = %v, want diagram, document, done", tail)
	}
	doc := rec.of(bot.ReplyDocument)[0].Document
	var posted strings.Builder
	fmt.Fprintf(&posted, "# %s\n\n_Version 1 · generated by archbot_\n\n", doc.Design.Title)
	for _, s := range secs {
		posted.WriteString(conversation.SectionMarkdown(*s.Section))
	}
	if posted.String() != doc.Markdown {
		t.Errorf("posted sections do not add up to the document")
	}
	if doc.Filename != "photo-app-v1.md" {
		t.Errorf("filename = %q", doc.Filename)
	}
	// Capacity is computed in Go, never written by the designer.
	capSec, _ := doc.Design.Section(conversation.CapacityID)
	if strings.Contains(capSec.Markdown, "by model") || !strings.Contains(capSec.Markdown, "50M DAU") {
		t.Errorf("capacity section not computed from scale:\n%s", capSec.Markdown)
	}
	arch, _ := doc.Design.Section(conversation.Architecture)
	if !strings.Contains(arch.Markdown, "```mermaid") {
		t.Errorf("architecture lacks the generated diagram:\n%s", arch.Markdown)
	}

	th, err := st.Load(context.Background(), r)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if th.Design == nil || th.Design.Version != 1 || th.Owner != "ana" || len(th.Turns) != 1 {
		t.Fatalf("stored thread = %+v", th)
	}
}

func TestDesignFallsBackStepByStep(t *testing.T) {
	st := conversation.NewMemoryStore()
	primary := &scripted{name: "model", failOn: map[string]bool{"components": true, "section:api": true}}
	fallback := &scripted{name: "offline"}
	e := newEngine(t, st, primary, fallback)
	rec := say(t, e, ref(), "Design a photo app", true)
	doc := rec.of(bot.ReplyDocument)[0].Document.Design
	api, _ := doc.Section(conversation.API)
	ov, _ := doc.Section(conversation.Overview)
	if !strings.Contains(api.Markdown, "by offline") || !strings.Contains(ov.Markdown, "by model") {
		t.Errorf("api = %q, overview = %q: want only the failed step from the fallback", api.Markdown, ov.Markdown)
	}
	done := rec.of(bot.ReplyDone)[0].Text
	if !strings.Contains(done, "components") || !strings.Contains(done, "section api") {
		t.Errorf("done message does not say what the fallback drafted: %q", done)
	}
}

func TestFollowUpsQuestionChangeUndo(t *testing.T) {
	ctx := context.Background()
	st := conversationtest.MustRedisStore(t)
	e, r := designed(t, st, &scripted{name: "model"}, nil)

	q := say(t, e, r, "why PostgreSQL?", false)
	if texts := q.of(bot.ReplyText); len(texts) != 1 || !strings.Contains(texts[0].Text, "from v1") {
		t.Fatalf("question replies = %+v", q.replies)
	}

	c := say(t, e, r, "use Cassandra for posts", false)
	head := c.of(bot.ReplyText)
	if len(head) != 1 || !strings.HasPrefix(head[0].Text, "**v2: use Cassandra for posts**") {
		t.Fatalf("change summary = %+v", head)
	}
	var ids []conversation.SectionID
	for _, s := range c.of(bot.ReplySection) {
		ids = append(ids, s.Section.ID)
	}
	if fmt.Sprint(ids) != fmt.Sprint([]conversation.SectionID{conversation.DataModel, conversation.Tradeoffs}) {
		t.Fatalf("changed sections = %v, want only data_model and tradeoffs", ids)
	}
	th, err := st.Load(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if th.Design.Version != 2 || th.RevisionCount() != 1 || len(th.Design.Decisions) != 2 {
		t.Fatalf("after change: version %d, %d revisions, %d decisions", th.Design.Version, th.RevisionCount(), len(th.Design.Decisions))
	}
	dm, _ := th.Design.Section(conversation.DataModel)
	if !strings.Contains(dm.Markdown, "after use Cassandra for posts") {
		t.Fatalf("data model not rewritten for the change: %q", dm.Markdown)
	}
	ov, _ := th.Design.Section(conversation.Overview)
	if strings.Contains(ov.Markdown, "after") {
		t.Fatalf("overview rewritten though not affected: %q", ov.Markdown)
	}

	u := say(t, e, r, "undo", false)
	th, err = st.Load(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	dm, _ = th.Design.Section(conversation.DataModel)
	if th.Design.Version != 1 || th.RevisionCount() != 0 || len(th.Design.Decisions) != 1 || strings.Contains(dm.Markdown, "after") {
		t.Fatalf("after undo: version %d, %d revisions, %d decisions, data model %q", th.Design.Version, th.RevisionCount(), len(th.Design.Decisions), dm.Markdown)
	}
	if len(th.Turns) != 4 {
		t.Errorf("turns recorded = %d, want 4 (design, question, change, undo)", len(th.Turns))
	}
	if got := u.of(bot.ReplyText); len(got) != 1 || !strings.Contains(got[0].Text, "Back to v1**: undid v2") {
		t.Errorf("undo reply = %+v", u.replies)
	}
}

func TestConcurrentChangesBothLand(t *testing.T) {
	ctx := context.Background()
	st := conversationtest.MustRedisStore(t)
	e, r := designed(t, st, &scripted{name: "model"}, nil)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, text := range []string{"use Cassandra for posts", "add a search service"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = e.Handle(ctx, msg(r, text, false), &recorder{})
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	th, err := st.Load(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if th.Design.Version != 3 {
		t.Fatalf("version = %d, want 3", th.Design.Version)
	}
	var got []string
	for _, d := range th.Design.Decisions[1:] {
		got = append(got, d.Summary)
	}
	if len(got) != 2 || !(strings.Contains(strings.Join(got, "|"), "use Cassandra for posts") && strings.Contains(strings.Join(got, "|"), "add a search service")) {
		t.Fatalf("decisions = %v, want both changes", got)
	}
}

func TestBadInputGetsAClearAnswer(t *testing.T) {
	st := conversation.NewMemoryStore()
	e := bot.New(bot.Config{MaxInputChars: 50}, st, &scripted{name: "model"}, nil, quietLog())
	cases := []struct {
		name, text string
		isNew      bool
		code, want string
	}{
		{"empty design", "   ", true, bot.CodeEmpty, "what to design"},
		{"too long", strings.Repeat("x", 51), true, bot.CodeTooLong, "at most 50"},
		{"follow-up without design", "why?", false, bot.CodeNoDesign, "/design"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := &recorder{}
			err := e.Handle(context.Background(), msg(ref(), c.text, c.isNew), rec)
			var ue *bot.UserError
			if !errors.As(err, &ue) || ue.Code != c.code {
				t.Fatalf("err = %v, want code %s", err, c.code)
			}
			errs := rec.of(bot.ReplyError)
			if len(errs) != 1 || !strings.Contains(errs[0].Text, c.want) {
				t.Fatalf("replies = %+v, want one error containing %q", rec.replies, c.want)
			}
		})
	}
}

func TestDuplicateEventIsAnsweredOnce(t *testing.T) {
	st := conversationtest.MustRedisStore(t)
	e := newEngine(t, st, &scripted{name: "model"}, nil)
	m := msg(ref(), "Design a photo app", true)
	first, second := &recorder{}, &recorder{}
	if err := e.Handle(context.Background(), m, first); err != nil {
		t.Fatal(err)
	}
	if err := e.Handle(context.Background(), m, second); err != nil {
		t.Fatal(err)
	}
	if len(first.replies) == 0 || len(second.replies) != 0 {
		t.Fatalf("first delivery %d replies, second %d; want some, then none", len(first.replies), len(second.replies))
	}
}

func TestFailedDraftCanBeRetried(t *testing.T) {
	st := conversation.NewMemoryStore()
	d := &scripted{name: "model", failOn: map[string]bool{"requirements": true}}
	e := newEngine(t, st, d, nil)
	r := ref()
	rec := &recorder{}
	if err := e.Handle(context.Background(), msg(r, "Design a photo app", true), rec); err == nil {
		t.Fatal("want an error when requirements fail with no fallback")
	}
	if errs := rec.of(bot.ReplyError); len(errs) != 1 || strings.Contains(errs[0].Text, "scripted") {
		t.Fatalf("want one plain apology without internals, got %+v", rec.replies)
	}
	d.failOn = nil
	again := &recorder{}
	if err := e.Handle(context.Background(), msg(r, "Design a photo app", true), again); err != nil {
		t.Fatalf("retry after a failed draft: %v", err)
	}
	if len(again.of(bot.ReplyDocument)) != 1 {
		t.Fatalf("retry produced no document: %v", again.kinds())
	}
}

// A job retried after its replica saved a change and died before posting it must not apply the
// change twice: the retry repeats the replies of the saved change.
func TestResumedChangeIsReplayedNotReapplied(t *testing.T) {
	ctx := context.Background()
	st := conversationtest.MustRedisStore(t)
	e, r := designed(t, st, &scripted{name: "model"}, nil)
	change := bot.Message{Thread: r, Author: "ana", Text: "use Cassandra for posts", ID: "job-7"}
	first := &recorder{}
	if err := e.Handle(ctx, change, first); err != nil {
		t.Fatal(err)
	}
	change.Resumed = true
	again := &recorder{}
	if err := e.Handle(ctx, change, again); err != nil {
		t.Fatal(err)
	}
	th, err := st.Load(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if th.Design.Version != 2 || len(th.Design.Decisions) != 2 {
		t.Fatalf("after a retried change: version %d with %d decisions, want 2 and 2", th.Design.Version, len(th.Design.Decisions))
	}
	if fmt.Sprint(again.kinds()) != fmt.Sprint(first.kinds()) || again.of(bot.ReplyText)[0].Text != first.of(bot.ReplyText)[0].Text {
		t.Fatalf("replay sent %v %q, want what the first run sent: %v %q", again.kinds(), again.of(bot.ReplyText)[0].Text,
			first.kinds(), first.of(bot.ReplyText)[0].Text)
	}
}

// A change whose sections fail on the model falls back section by section, concurrently, and
// says so; run with -race, this also guards the fallback notes shared by those sections.
func TestChangeFallsBackPerSection(t *testing.T) {
	primary := &scripted{name: "model"}
	e, r := designed(t, conversation.NewMemoryStore(), primary, &scripted{name: "offline"})
	primary.failOn = map[string]bool{"section:data_model": true, "section:tradeoffs": true}
	rec := say(t, e, r, "use Cassandra for posts", false)
	head := rec.of(bot.ReplyText)[0].Text
	if !strings.Contains(head, "section data_model") || !strings.Contains(head, "section tradeoffs") {
		t.Fatalf("change summary does not say which sections the fallback wrote: %q", head)
	}
	for _, s := range rec.of(bot.ReplySection) {
		if !strings.Contains(s.Section.Markdown, "by offline") {
			t.Errorf("section %s = %q, want the fallback's text", s.Section.ID, s.Section.Markdown)
		}
	}
}

// A plain question is answered without asking the model what it is; a question that may propose
// a change is interpreted first. The designer here cannot interpret at all.
func TestPlainQuestionsSkipInterpreting(t *testing.T) {
	st := conversationtest.MustRedisStore(t)
	d := &scripted{name: "model", failOn: map[string]bool{"interpret": true}}
	e := newEngine(t, st, d, nil)
	r := ref()
	say(t, e, r, "Design a photo app", true)
	if rec := say(t, e, r, "How are uploads resumed after a dropped connection?", false); len(rec.of(bot.ReplyText)) != 1 {
		t.Fatalf("plain question: replies %+v", rec.replies)
	}
	if err := e.Handle(context.Background(), msg(r, "What if we need multi-region?", false), &recorder{}); err == nil {
		t.Fatal("a question that may propose a change was not interpreted (the designer's interpret fails)")
	}
}
