package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/openai/openaitest"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/redisstore"
)

// promptTokens estimates the prompt tokens of requests as the designer and openaitest do: 4
// bytes a token, over every message.
func promptTokens(reqs []openaitest.Request) int {
	n := 0
	for _, r := range reqs {
		for _, m := range r.Body.Messages {
			n += len(m.Content)
		}
	}
	return n / 4
}

// benchThread runs one thread of cfg.threadTurns turns (a design, then questions and changes
// alternating) through the engine and the model, and measures the prompt tokens of every turn,
// what the same turn would cost if the prompt resent the raw history, and the thread's Redis
// memory at the end.
func benchThread(ctx context.Context, cfg config, rdb redis.UniversalClient, log *slog.Logger, f *Figures, out io.Writer) error {
	srv, designer, err := newModel(0, 0, log)
	if err != nil {
		return err
	}
	defer srv.Close()
	prefix := keyPrefix + "thread:"
	store := redisstore.New(rdb, redisstore.Options{KeyPrefix: prefix})
	eng := bot.New(bot.Config{LLMConcurrency: cfg.concurrency}, store, designer, designer, log)
	ref := conversation.ThreadRef{Platform: "bench", Channel: "thread", ThreadID: "1"}

	tokens, full, err := threadTokens(ctx, cfg, srv, eng, ref)
	if err != nil {
		return err
	}
	last := cfg.threadTurns
	f.TokensTurn2, f.TokensTurn50, f.FullHistoryTokens50 = tokens[2], tokens[last], full[last]
	// Turn 2 is a question; compare it with the last question so like is measured against like.
	lastQ := last
	if lastQ%2 == 1 {
		lastQ--
	}
	f.TokensTurn50OverTurn2 = round(float64(tokens[lastQ])/float64(tokens[2]), 3)
	f.FullHistoryOverOursTurn50 = round(float64(full[last])/float64(tokens[last]), 3)

	fmt.Fprintf(out, "3. prompt tokens per turn (ours / resending the raw history):\n  ")
	for k := 2; k <= last; k++ {
		if k <= 5 || k%10 == 0 || k == last || k == last-1 {
			fmt.Fprintf(out, " t%d %d/%d", k, tokens[k], full[k])
		}
	}
	fmt.Fprintf(out, "\n   turn %d over turn 2 (questions): %.3f; full history over ours at turn %d: %.3f\n",
		lastQ, f.TokensTurn50OverTurn2, last, f.FullHistoryOverOursTurn50)
	return threadMemory(ctx, rdb, store, ref, prefix, last, f, out)
}

// threadTokens runs cfg.threadTurns turns on the thread ref and returns, per turn k, the prompt
// tokens archbot sent and those a bot resending the raw history would have.
func threadTokens(ctx context.Context, cfg config, srv *openaitest.Server, eng *bot.Engine, ref conversation.ThreadRef) (tokens, full []int, err error) {
	// history is the raw thread a chat-style bot would resend: every message and every reply
	// posted (sections and texts; the document file repeats them and is left out).
	history := 0
	tokens = make([]int, cfg.threadTurns+1)
	full = make([]int, cfg.threadTurns+1)
	system := 0
	for k := 1; k <= cfg.threadTurns; k++ {
		text := problem
		if k > 1 {
			text = followUp(k)
		}
		before := len(srv.Requests())
		sink := newTimings()
		msg := bot.Message{Thread: ref, Author: "bench", Text: text, EventID: "thread-" + strconv.Itoa(k), New: k == 1}
		if err := eng.Handle(ctx, msg, sink); err != nil {
			return nil, nil, fmt.Errorf("turn %d: %w", k, err)
		}
		if e := sink.errorText(); e != "" {
			return nil, nil, fmt.Errorf("turn %d answered with an error: %s", k, e)
		}
		reqs := srv.Requests()[before:]
		if len(reqs) == 0 {
			return nil, nil, fmt.Errorf("turn %d (%q) made no model call", k, text)
		}
		if system == 0 {
			system = len(reqs[0].System())
		}
		tokens[k] = promptTokens(reqs)
		full[k] = (system + history + len(text)) / 4
		history += len(text)
		for _, r := range sink.replies {
			switch r.Kind {
			case bot.ReplySection:
				history += len(r.Section.Markdown)
			case bot.ReplyText, bot.ReplyDone:
				history += len(r.Text)
			}
		}
	}
	return tokens, full, nil
}

// threadMemory is step 6: what the thread after its last turn and its event ids cost in Redis.
func threadMemory(ctx context.Context, rdb redis.UniversalClient, store *redisstore.Store, ref conversation.ThreadRef, prefix string, last int, f *Figures, out io.Writer) error {
	// Every field counted (SAMPLES 0): the default samples 5 of a hash's fields and extrapolates,
	// which is wrong for a thread's fields of very different sizes.
	n, err := rdb.MemoryUsage(ctx, store.Key(ref, "thread"), 0).Result()
	if err != nil {
		return fmt.Errorf("memory usage of the thread: %w", err)
	}
	f.RedisBytesPerThread = n
	var seen int64
	keys, err := rdb.Keys(ctx, prefix+"seen:*").Result()
	if err != nil {
		return fmt.Errorf("list event keys: %w", err)
	}
	for _, k := range keys {
		m, err := rdb.MemoryUsage(ctx, k).Result()
		if err != nil {
			return fmt.Errorf("memory usage of %s: %w", k, err)
		}
		seen += m
	}
	f.RedisSeenBytesPerThread = seen
	fmt.Fprintf(out, "6. Redis memory after %d turns: thread %d bytes (%.1f KiB); %d event ids for dedup %d bytes (expire after a day)\n",
		last, n, float64(n)/1024, len(keys), seen)
	return nil
}

// GrowthFigures say how a thread's stored state grows over a long life of changes.
type GrowthFigures struct {
	RedisBytesPerThreadTurn400 int64 `json:"redis_bytes_per_thread_turn400"`
	RedisBytesPerThreadTurn50  int64 `json:"redis_bytes_per_thread_turn50_changes"`
	RedisBytesAllKeysTurn400   int64 `json:"redis_bytes_all_thread_keys_turn400"`
}

// growthTurns is how many follow-ups the growth run makes; growthEarly is where it looks first.
const (
	growthTurns = 400
	growthEarly = 50
)

// benchGrowth is step 8: one thread through 400 follow-ups that are all changes with distinct
// decision texts (every change adds to the decision log), through the engine and the Redis
// store with the instant designer, measuring the thread's stored size after 50 and after 400.
// The thread's record (its "thread" key) is what every turn loads; the other keys under its
// hash tag are reported with it.
func benchGrowth(ctx context.Context, cfg config, rdb redis.UniversalClient, log *slog.Logger, f *GrowthFigures, out io.Writer) error {
	designer := newInstant()
	prefix := keyPrefix + "growth:"
	store := redisstore.New(rdb, redisstore.Options{KeyPrefix: prefix})
	eng := bot.New(bot.Config{LLMConcurrency: cfg.concurrency}, store, designer, designer, log)
	ref := conversation.ThreadRef{Platform: "bench", Channel: "growth", ThreadID: "1"}
	if err := eng.Handle(ctx, bot.Message{Thread: ref, Author: "bench", Text: problem, EventID: "growth-1", New: true}, newTimings()); err != nil {
		return fmt.Errorf("design: %w", err)
	}
	for k := 1; k <= growthTurns; k++ {
		sink := newTimings()
		msg := bot.Message{Thread: ref, Author: "bench", Text: distinctChange(k), EventID: "growth-" + strconv.Itoa(k+1)}
		if err := eng.Handle(ctx, msg, sink); err != nil {
			return fmt.Errorf("change %d: %w", k, err)
		}
		if e := sink.errorText(); e != "" {
			return fmt.Errorf("change %d answered with an error: %s", k, e)
		}
		if k == growthEarly {
			n, err := rdb.MemoryUsage(ctx, store.Key(ref, "thread"), 0).Result()
			if err != nil {
				return fmt.Errorf("memory usage of the thread: %w", err)
			}
			f.RedisBytesPerThreadTurn50 = n
		}
	}
	n, err := rdb.MemoryUsage(ctx, store.Key(ref, "thread"), 0).Result()
	if err != nil {
		return fmt.Errorf("memory usage of the thread: %w", err)
	}
	f.RedisBytesPerThreadTurn400 = n
	keys, err := rdb.Keys(ctx, prefix+"{"+ref.Key()+"}*").Result()
	if err != nil {
		return fmt.Errorf("list the thread's keys: %w", err)
	}
	for _, k := range keys {
		m, err := rdb.MemoryUsage(ctx, k, 0).Result()
		if err != nil {
			return fmt.Errorf("memory usage of %s: %w", k, err)
		}
		f.RedisBytesAllKeysTurn400 += m
	}
	fmt.Fprintf(out, "8. a thread's record after %d changes with distinct decisions: %d bytes (%.1f KiB); after %d: %d bytes; all %d keys of the thread after %d: %d bytes\n",
		growthTurns, f.RedisBytesPerThreadTurn400, float64(f.RedisBytesPerThreadTurn400)/1024, growthEarly, f.RedisBytesPerThreadTurn50,
		len(keys), growthTurns, f.RedisBytesAllKeysTurn400)
	return nil
}

// distinctChange is the k-th change of the growth run. Its text is drawn from the fake model's
// vocabulary, so no two share a decision and they compress about as badly as real ones:
// decisions that differed only in a number would gzip to almost nothing.
func distinctChange(k int) string {
	text := strings.ReplaceAll(prose(uint64(7000+k), 90), "\n", " ")
	if len(text) > 120 {
		text = text[:120]
	}
	return "Change it so that " + strings.TrimRight(strings.TrimSpace(text), "?.|- ") + "."
}
