package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
	"golang.org/x/sync/errgroup"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/redisstore"
)

// warmTurns brings a thread to the state size it keeps for the rest of its life: the recent turns
// and the rolling summary are full, and so are the revisions kept for undo (one per change).
const warmTurns = 2*conversation.MaxRevisions + conversation.MaxTurns

// loadThread drives follow-ups into one thread: turn k is followUp(k).
type loadThread struct {
	ref conversation.ThreadRef
	k   int
}

func (lt *loadThread) turn(ctx context.Context, eng *bot.Engine) (time.Duration, error) {
	lt.k++
	sink := newTimings()
	msg := bot.Message{Thread: lt.ref, Author: "bench", Text: followUp(lt.k), EventID: lt.ref.ThreadID + "-" + strconv.Itoa(lt.k)}
	start := time.Now()
	err := eng.Handle(ctx, msg, sink)
	d := time.Since(start)
	if err != nil {
		return d, fmt.Errorf("thread %s turn %d: %w", lt.ref.ThreadID, lt.k, err)
	}
	if e := sink.errorText(); e != "" {
		return d, fmt.Errorf("thread %s turn %d answered with an error: %s", lt.ref.ThreadID, lt.k, e)
	}
	return d, nil
}

// benchLoad measures the engine's own cost per follow-up with an instant designer: latency of
// sequential turns (nothing else running), Redis round trips per turn, then throughput with many
// turns in flight over cfg.threads threads.
func benchLoad(ctx context.Context, cfg config, rdb redis.UniversalClient, rts *redisstore.CountingHook, log *slog.Logger, f *Figures, out io.Writer) error {
	designer := newInstant()
	store := redisstore.New(rdb, redisstore.Options{KeyPrefix: keyPrefix + "load:"})
	eng := bot.New(bot.Config{LLMConcurrency: cfg.concurrency}, store, designer, designer, log)
	pool, err := warmPool(ctx, eng, min(100, cfg.turns))
	if err != nil {
		return err
	}
	if err := benchOverhead(ctx, cfg, rdb, rts, eng, pool, f, out); err != nil {
		return err
	}
	return benchThroughput(ctx, cfg, store, eng, pool[0], f, out)
}

// warmPool designs n threads and takes each through warmTurns follow-ups.
func warmPool(ctx context.Context, eng *bot.Engine, n int) ([]*loadThread, error) {
	pool := make([]*loadThread, n)
	for i := range pool {
		lt := &loadThread{ref: conversation.ThreadRef{Platform: "bench", Channel: "overhead", ThreadID: "o" + strconv.Itoa(i)}, k: 1}
		sink := newTimings()
		if err := eng.Handle(ctx, bot.Message{Thread: lt.ref, Author: "bench", Text: problem, EventID: lt.ref.ThreadID + "-1", New: true}, sink); err != nil {
			return nil, fmt.Errorf("design thread %s: %w", lt.ref.ThreadID, err)
		}
		for range warmTurns {
			if _, err := lt.turn(ctx, eng); err != nil {
				return nil, err
			}
		}
		pool[i] = lt
	}
	return pool, nil
}

// benchOverhead is step 4: the engine's own cost per follow-up, one turn at a time over the
// warmed pool, in latency, CPU and Redis work.
func benchOverhead(ctx context.Context, cfg config, rdb redis.UniversalClient, rts *redisstore.CountingHook, eng *bot.Engine, pool []*loadThread, f *Figures, out io.Writer) error {
	cmdsBefore, err := commandsProcessed(ctx, rdb)
	if err != nil {
		return err
	}
	rtBefore := rts.Counts().RoundTrips
	cpuBefore, redisBefore, err := cpuTimes(ctx, rdb)
	if err != nil {
		return err
	}
	lat := make([]time.Duration, 0, cfg.turns)
	for i := range cfg.turns {
		d, err := pool[i%len(pool)].turn(ctx, eng)
		if err != nil {
			return err
		}
		lat = append(lat, d)
	}
	rtAfter := rts.Counts().RoundTrips
	cpuAfter, redisAfter, err := cpuTimes(ctx, rdb)
	if err != nil {
		return err
	}
	// CPU per turn does not depend on what else the machine runs, unlike latency: it says how
	// many turns these cores could serve.
	f.CPUMSPerTurn = ms((cpuAfter - cpuBefore) / time.Duration(cfg.turns))
	f.RedisCPUMSPerTurn = ms((redisAfter - redisBefore) / time.Duration(cfg.turns))
	cmdsAfter, err := commandsProcessed(ctx, rdb)
	if err != nil {
		return err
	}
	slices.Sort(lat)
	f.OverheadP50MS, f.OverheadP99MS = ms(percentile(lat, 50)), ms(percentile(lat, 99))
	f.RedisRoundTripsPerTurn = round(float64(rtAfter-rtBefore)/float64(cfg.turns), 3)
	// INFO itself is one of the commands counted between the two reads.
	f.RedisCommandsPerTurn = round(float64(cmdsAfter-cmdsBefore-1)/float64(cfg.turns), 3)
	fmt.Fprintf(out, "4. engine overhead per follow-up, instant model, %d turns on %d threads of %d+ turns: p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
		cfg.turns, len(pool), warmTurns+1, f.OverheadP50MS, f.OverheadP99MS, ms(lat[len(lat)-1]))
	fmt.Fprintf(out, "   Redis round trips per turn %.2f (server counted %.2f commands per turn)\n", f.RedisRoundTripsPerTurn, f.RedisCommandsPerTurn)
	fmt.Fprintf(out, "   CPU per turn: engine process %.3f ms, redis-server %.3f ms; %d cores could serve about %.0f turns/s\n",
		f.CPUMSPerTurn, f.RedisCPUMSPerTurn, runtime.NumCPU(), float64(runtime.NumCPU())*1000/(f.CPUMSPerTurn+f.RedisCPUMSPerTurn))
	return nil
}

// benchThroughput is step 5: cfg.threads threads in warmed's state, cfg.workers turns in flight.
func benchThroughput(ctx context.Context, cfg config, store *redisstore.Store, eng *bot.Engine, warmed *loadThread, f *Figures, out io.Writer) error {
	threads, err := seedThreads(ctx, cfg, store, warmed)
	if err != nil {
		return err
	}
	var (
		next    atomic.Int64
		mu      sync.Mutex
		loadLat = make([]time.Duration, 0, cfg.threads*cfg.loadTurns)
	)
	total := int64(cfg.threads * cfg.loadTurns)
	g, gctx := errgroup.WithContext(ctx)
	start := time.Now()
	for range cfg.workers {
		g.Go(func() error {
			var mine []time.Duration
			// Turn i goes to thread i mod threads: a thread's turns never overlap, since a
			// worker only takes turn i once turn i-threads has been handed out and finished
			// long before (workers << threads).
			for i := next.Add(1) - 1; i < total; i = next.Add(1) - 1 {
				d, err := threads[i%int64(len(threads))].turn(gctx, eng)
				if err != nil {
					return err
				}
				mine = append(mine, d)
			}
			mu.Lock()
			loadLat = append(loadLat, mine...)
			mu.Unlock()
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	elapsed := time.Since(start)
	if len(loadLat) == 0 {
		return errors.New("throughput run made no turns")
	}
	slices.Sort(loadLat)
	f.TurnsPerSec = round(float64(len(loadLat))/elapsed.Seconds(), 1)
	f.LoadP99MS = ms(percentile(loadLat, 99))
	fmt.Fprintf(out, "5. throughput, instant model, %d threads, %d in flight: %d turns in %s = %.0f turns/s (p50 %.2f ms, p99 %.2f ms)\n",
		cfg.threads, cfg.workers, len(loadLat), elapsed.Round(time.Millisecond), f.TurnsPerSec, ms(percentile(loadLat, 50)), f.LoadP99MS)
	return nil
}

// seedThreads saves cfg.threads copies of warmed's thread under new refs.
func seedThreads(ctx context.Context, cfg config, store *redisstore.Store, warmed *loadThread) ([]*loadThread, error) {
	warm, err := store.Load(ctx, warmed.ref)
	if err != nil {
		return nil, fmt.Errorf("load a warmed thread: %w", err)
	}
	threads := make([]*loadThread, cfg.threads)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(cfg.workers)
	for i := range threads {
		lt := &loadThread{ref: conversation.ThreadRef{Platform: "bench", Channel: "load", ThreadID: "t" + strconv.Itoa(i)}, k: warmed.k}
		threads[i] = lt
		g.Go(func() error {
			th := *warm
			th.Ref, th.Rev = lt.ref, 0
			return store.Save(gctx, &th)
		})
	}
	if err := g.Wait(); err != nil {
		return nil, fmt.Errorf("seed load threads: %w", err)
	}
	return threads, nil
}
