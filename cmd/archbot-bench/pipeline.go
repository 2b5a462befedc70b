package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/openai"
	"github.com/archbot/archbot/bot/openai/openaitest"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/redisstore"
)

const problem = "Design an Instagram-like photo sharing app for 50M DAU: users upload photos, follow each other and scroll a home feed."

// timings is a Sink that notes when the first reply of each kind arrived and keeps the replies.
type timings struct {
	start   time.Time
	mu      sync.Mutex
	first   map[bot.ReplyKind]time.Duration
	replies []bot.Reply
}

func newTimings() *timings {
	return &timings{start: time.Now(), first: map[bot.ReplyKind]time.Duration{}}
}

func (t *timings) Send(_ context.Context, r bot.Reply) error {
	at := time.Since(t.start)
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.first[r.Kind]; !ok {
		t.first[r.Kind] = at
	}
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

// benchPipeline times a first design through the engine against the same model calls made one
// after another: requirements, components, then one call per section, as GenSysAI does.
func benchPipeline(ctx context.Context, cfg config, rdb redis.UniversalClient, log *slog.Logger, f *Figures, out io.Writer) error {
	srv, designer, err := newModel(cfg.callLatency, cfg.tokensPerSec, log)
	if err != nil {
		return err
	}
	defer srv.Close()
	store := redisstore.New(rdb, redisstore.Options{KeyPrefix: keyPrefix + "pipeline:"})
	// The model designer is its own fallback: a failed step must fail the bench, not be hidden.
	eng := bot.New(bot.Config{LLMConcurrency: cfg.concurrency}, store, designer, designer, log)

	ref := conversation.ThreadRef{Platform: "bench", Channel: "pipeline", ThreadID: "1"}
	sink := newTimings()
	if err := eng.Handle(ctx, bot.Message{Thread: ref, Author: "bench", Text: problem, EventID: "pipeline-1", New: true}, sink); err != nil {
		return fmt.Errorf("design: %w", err)
	}
	doc, ok := sink.first[bot.ReplyDocument]
	if !ok {
		return fmt.Errorf("design posted no document (error reply: %q)", sink.errorText())
	}
	progress, section := sink.first[bot.ReplyProgress], sink.first[bot.ReplySection]
	pipelineCalls := len(srv.Requests())

	// The chained baseline: the same designer, the same fake model, one call at a time.
	start := time.Now()
	title, req, err := designer.Requirements(ctx, problem)
	if err != nil {
		return fmt.Errorf("chained requirements: %w", err)
	}
	g := bot.Grounding{Title: title, Problem: problem, Requirements: req, Capacity: conversation.Estimate(req.Workload)}
	if g.Components, err = designer.Components(ctx, g); err != nil {
		return fmt.Errorf("chained components: %w", err)
	}
	var capacityCall time.Duration
	for _, id := range conversation.SectionOrder {
		t := time.Now()
		if _, err := designer.Section(ctx, g, id); err != nil {
			return fmt.Errorf("chained section %s: %w", id, err)
		}
		if id == conversation.CapacityID {
			capacityCall = time.Since(t)
		}
	}
	chained := time.Since(start)
	chainedCalls := len(srv.Requests()) - pipelineCalls
	if chainedCalls == 0 {
		return errors.New("chained run made no model calls")
	}
	perCall := chained / time.Duration(chainedCalls)

	f.PipelineMS, f.ChainedMS, f.FirstSectionMS = ms(doc), ms(chained), ms(section)
	f.PipelineVsChained = round(float64(doc)/float64(chained), 3)
	f.PipelineVsSameChained = round(float64(doc)/float64(chained-capacityCall), 3)
	f.FirstProgressMS = ms(progress)
	// Model round trips before the first section: its delay in units of one model call.
	f.FirstSectionModelRTs = int(math.Round(float64(section) / float64(perCall)))

	fmt.Fprintf(out, "\n1. whole document, %d sections, model calls %s fixed + %g tokens/s, concurrency %d\n",
		len(conversation.SectionOrder), cfg.callLatency, cfg.tokensPerSec, cfg.concurrency)
	fmt.Fprintf(out, "   pipeline  %8.0f ms (%d model calls)\n", f.PipelineMS, pipelineCalls)
	fmt.Fprintf(out, "   chained   %8.0f ms (%d model calls, %.0f ms each)  ratio %.3f (vs the same %d calls chained: %.3f)\n",
		f.ChainedMS, chainedCalls, ms(perCall), f.PipelineVsChained, chainedCalls-1, f.PipelineVsSameChained)
	fmt.Fprintf(out, "2. first progress %.1f ms; first section %.0f ms = %d model round trips\n",
		f.FirstProgressMS, f.FirstSectionMS, f.FirstSectionModelRTs)
	return nil
}
