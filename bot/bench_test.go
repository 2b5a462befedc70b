package bot_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/conversationtest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// The benchmarks time the engine's own work per turn (Redis, encoding, rendering) with an
// instant designer writing sections of realistic size. cmd/archbot-bench measures the rest of
// issue 7's figures; docs/BENCHMARKS.md has the numbers.

// sized is the scripted designer with sections and answers as long as a model writes them, so
// the thread state the engine loads and saves each turn has its real size.
type sized struct {
	scripted
	n atomic.Uint64
}

func (s *sized) text(n int) string {
	r := rand.New(rand.NewPCG(s.n.Add(1), 7))
	vocab := strings.Fields("the a of to and for with cache shard replica queue feed photo user write read " +
		"latency peak region failover index partition key Redis Kafka Cassandra S3 CDN p99 because while")
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(vocab[r.IntN(len(vocab))])
		if r.IntN(12) == 0 {
			b.WriteString(".\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func (s *sized) Section(context.Context, bot.Grounding, conversation.SectionID) (string, error) {
	return s.text(2500), nil
}

func (s *sized) Answer(context.Context, bot.Grounding, string) (string, error) {
	return s.text(1200), nil
}

// benchEngine returns an engine on its own Redis store, the hook counting that store's round
// trips, and a thread at its largest (conversationtest.LargeThread) already saved.
func benchEngine(b *testing.B) (*bot.Engine, *redisstore.CountingHook, conversation.ThreadRef) {
	b.Helper()
	rdb := conversationtest.MustOpen(b, conversationtest.MustRedisURL(b))
	rts := &redisstore.CountingHook{}
	rdb.AddHook(rts)
	st := redisstore.New(rdb, redisstore.Options{KeyPrefix: conversationtest.UniquePrefix(b)})
	r := ref()
	if err := st.Save(context.Background(), conversationtest.LargeThread(r, 1)); err != nil {
		b.Fatal(err)
	}
	d := &sized{scripted: scripted{name: "instant"}}
	return bot.New(bot.Config{}, st, d, d, quietLog()), rts, r
}

func benchTurns(b *testing.B, text func(i int) string) {
	eng, rts, r := benchEngine(b)
	ctx := context.Background()
	rec := &recorder{}
	before := rts.Counts().RoundTrips
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		rec.replies = rec.replies[:0]
		if err := eng.Handle(ctx, msg(r, text(i), false), rec); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(rts.Counts().RoundTrips-before)/float64(b.N), "redis-rt/turn")
}

// BenchmarkFollowUpQuestion is a question turn on a thread at its largest: dedup, load, save.
func BenchmarkFollowUpQuestion(b *testing.B) {
	benchTurns(b, func(i int) string { return fmt.Sprintf("How does the feed cache survive a stampede (%d)?", i) })
}

// BenchmarkFollowUpChange is a change rewriting two sections, kept for undo.
func BenchmarkFollowUpChange(b *testing.B) {
	benchTurns(b, func(i int) string { return fmt.Sprintf("Use Cassandra for posts, take %d", i) })
}

// BenchmarkFollowUpTurn alternates questions and changes, as bench threads do.
func BenchmarkFollowUpTurn(b *testing.B) {
	benchTurns(b, func(i int) string {
		if i%2 == 0 {
			return fmt.Sprintf("Why shard by user id (%d)?", i)
		}
		return fmt.Sprintf("Add a moderation queue, take %d", i)
	})
}

// BenchmarkFollowUpTurnParallel runs turns on many threads at once, as one busy replica does.
func BenchmarkFollowUpTurnParallel(b *testing.B) {
	eng, rts, _ := benchEngine(b)
	ctx := context.Background()
	// Every goroutine gets its own threads, seeded from the large one, so turns never conflict.
	var next atomic.Int64
	before := rts.Counts().RoundTrips
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		r := ref()
		i := next.Add(1)
		rec := &recorder{}
		if err := eng.Handle(ctx, msg(r, "Design a photo sharing app for 50M DAU", true), rec); err != nil {
			b.Error(err)
			return
		}
		for pb.Next() {
			i++
			text := fmt.Sprintf("Why shard by user id (%d)?", i)
			if i%2 == 1 {
				text = fmt.Sprintf("Add a moderation queue, take %d", i)
			}
			rec.replies = rec.replies[:0]
			if err := eng.Handle(ctx, msg(r, text, false), rec); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(rts.Counts().RoundTrips-before)/float64(b.N), "redis-rt/turn")
}

// BenchmarkDesign is a first design with an instant designer: the engine's share of a draft.
func BenchmarkDesign(b *testing.B) {
	eng, _, _ := benchEngine(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if err := eng.Handle(ctx, msg(ref(), "Design a photo sharing app for 50M DAU", true), &recorder{}); err != nil {
			b.Fatal(err)
		}
	}
}
