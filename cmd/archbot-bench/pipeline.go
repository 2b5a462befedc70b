package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/bot/openai"
	"github.com/archbot/archbot/bot/openai/openaitest"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/redisstore"
)

const problem = "Design an Instagram-like photo sharing app for 50M DAU: users upload photos, follow each other and scroll a home feed."

// timings is a Sink that notes when the first and the last reply of each kind arrived and keeps
// the replies.
type timings struct {
	start   time.Time
	mu      sync.Mutex
	first   map[bot.ReplyKind]time.Duration
	last    map[bot.ReplyKind]time.Duration
	replies []bot.Reply
}

func newTimings() *timings {
	return &timings{start: time.Now(), first: map[bot.ReplyKind]time.Duration{}, last: map[bot.ReplyKind]time.Duration{}}
}

func (t *timings) Send(_ context.Context, r bot.Reply) error {
	at := time.Since(t.start)
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.first[r.Kind]; !ok {
		t.first[r.Kind] = at
	}
	t.last[r.Kind] = at
	t.replies = append(t.replies, r)
	return nil
}

func (t *timings) errorText() string {
	for _, r := range t.replies {
		if r.Kind == bot.ReplyError {
			return r.Text
		}
	}
	return ""
}

// newModel starts the fake model server and a model-backed designer talking to it.
func newModel(latency time.Duration, tokensPerSec float64, log *slog.Logger) (*openaitest.Server, *openai.Designer, error) {
	fm := &fakeModel{}
	srv := openaitest.Start(fm.handle)
	srv.SetLatency(latency)
	srv.SetTokenRate(tokensPerSec)
	d, err := openai.New(openai.Config{APIKey: "bench", BaseURL: srv.URL, Model: "bench", Timeout: 5 * time.Minute, MaxRetries: -1}, log)
	if err != nil {
		srv.Close()
		return nil, nil, err
	}
	return srv, d, nil
}

// benchPipeline times a first design through the engine wired as archbot serve wires it (the
// model first, the offline designer as fallback, so the self-review runs) against the same model
// calls made one after another: requirements, components, one call per model-written section
// and the review.
func benchPipeline(ctx context.Context, cfg config, rdb redis.UniversalClient, log *slog.Logger, f *Figures, out io.Writer) error {
	srv, designer, err := newModel(cfg.callLatency, cfg.tokensPerSec, log)
	if err != nil {
		return err
	}
	defer srv.Close()
	store := redisstore.New(rdb, redisstore.Options{KeyPrefix: keyPrefix + "pipeline:"})
	// Production wiring; a step the fallback wrote would time the offline designer instead of
	// the pipeline, so any fallback fails the bench.
	fallback := &watchedFallback{Designer: offline.New()}
	eng := bot.New(bot.Config{LLMConcurrency: cfg.concurrency}, store, designer, fallback, log)

	ref := conversation.ThreadRef{Platform: "bench", Channel: "pipeline", ThreadID: "1"}
	sink := newTimings()
	if err := eng.Handle(ctx, bot.Message{Thread: ref, Author: "bench", Text: problem, EventID: "pipeline-1", New: true}, sink); err != nil {
		return fmt.Errorf("design: %w", err)
	}
	doc, ok := sink.first[bot.ReplyDocument]
	if !ok {
		return fmt.Errorf("design posted no document (error reply: %q)", sink.errorText())
	}
	if n := fallback.steps.Load(); n > 0 {
		return fmt.Errorf("the offline fallback wrote %d steps of the design: the fake model's answers were not usable", n)
	}
	progress, section, lastSection := sink.first[bot.ReplyProgress], sink.first[bot.ReplySection], sink.last[bot.ReplySection]
	pipelineCalls := len(srv.Requests())
	reviewed := false
	for _, r := range srv.Requests() {
		reviewed = reviewed || r.Task() == "review"
	}
	if !reviewed {
		return errors.New("the pipeline made no review call")
	}

	// The chained baseline: the same designer, the same fake model, the same calls one at a time.
	chained, chainedCalls, err := chainCalls(ctx, designer, srv)
	if err != nil {
		return err
	}
	if chainedCalls != pipelineCalls {
		return fmt.Errorf("chained run made %d model calls, the pipeline %d: not like for like", chainedCalls, pipelineCalls)
	}
	perCall := chained / time.Duration(chainedCalls)

	f.PipelineMS, f.ChainedMS, f.FirstSectionMS = ms(doc), ms(chained), ms(section)
	f.PipelineVsChained = round(float64(doc)/float64(chained), 3)
	f.PipelineVsSameChained = f.PipelineVsChained
	f.FirstProgressMS = ms(progress)
	// Model round trips before the first and the last section: their delay in units of one call.
	f.FirstSectionModelRTs = int(math.Round(float64(section) / float64(perCall)))
	// The last section's delay in model calls, engine time included: a count would round a
	// loaded machine's 4.6 up to 5.
	designRTs := float64(lastSection) / float64(perCall)
	f.FirstDesignRoundTrips = round(designRTs, 2)

	fmt.Fprintf(out, "\n1. whole document, %d sections, model first and offline fallback (review included), model calls %s fixed + %g tokens/s, concurrency %d\n",
		len(conversation.SectionOrder), cfg.callLatency, cfg.tokensPerSec, cfg.concurrency)
	fmt.Fprintf(out, "   pipeline  %8.0f ms (%d model calls)\n", f.PipelineMS, pipelineCalls)
	fmt.Fprintf(out, "   chained   %8.0f ms (the same %d calls one at a time, %.0f ms each)  ratio %.3f\n",
		f.ChainedMS, chainedCalls, ms(perCall), f.PipelineVsChained)
	fmt.Fprintf(out, "2. first progress %.1f ms; first section %.0f ms = %d model round trips; last section %.0f ms = %.2f round trips\n",
		f.FirstProgressMS, f.FirstSectionMS, f.FirstSectionModelRTs, ms(lastSection), designRTs)
	return nil
}

// chainCalls makes the pipeline's model calls one after another (GenSysAI's way): requirements,
// components, every section but the capacity (computed in Go), the review.
func chainCalls(ctx context.Context, designer *openai.Designer, srv *openaitest.Server) (time.Duration, int, error) {
	before := len(srv.Requests())
	start := time.Now()
	title, req, err := designer.Requirements(ctx, problem)
	if err != nil {
		return 0, 0, fmt.Errorf("chained requirements: %w", err)
	}
	g := bot.Grounding{Title: title, Problem: problem, Requirements: req, Capacity: conversation.Estimate(req.Workload)}
	if g.Components, err = designer.Components(ctx, g); err != nil {
		return 0, 0, fmt.Errorf("chained components: %w", err)
	}
	d := &conversation.Design{Title: title, Problem: problem, Version: 1, Capacity: g.Capacity, Requirements: req, Components: g.Components}
	for _, id := range conversation.SectionOrder {
		if id == conversation.CapacityID {
			continue
		}
		text, err := designer.Section(ctx, g, id)
		if err != nil {
			return 0, 0, fmt.Errorf("chained section %s: %w", id, err)
		}
		d.Sections = append(d.Sections, conversation.Section{ID: id, Title: id.Title(), Markdown: text})
	}
	g.Design = d
	if _, err := designer.Review(ctx, g, d); err != nil {
		return 0, 0, fmt.Errorf("chained review: %w", err)
	}
	return time.Since(start), len(srv.Requests()) - before, nil
}

// watchedFallback is the offline designer counting the steps it writes in the model's place;
// its review (the checklist the engine always adds) is not a fallback and is not counted.
type watchedFallback struct {
	*offline.Designer
	steps atomic.Int64
}

func (w *watchedFallback) Requirements(ctx context.Context, problem string) (string, conversation.RequirementSet, error) {
	w.steps.Add(1)
	return w.Designer.Requirements(ctx, problem)
}

func (w *watchedFallback) Components(ctx context.Context, g bot.Grounding) ([]conversation.Component, error) {
	w.steps.Add(1)
	return w.Designer.Components(ctx, g)
}

func (w *watchedFallback) Section(ctx context.Context, g bot.Grounding, id conversation.SectionID) (string, error) {
	w.steps.Add(1)
	return w.Designer.Section(ctx, g, id)
}
