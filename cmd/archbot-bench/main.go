package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation/redisstore"
)

// config is what the flags set.
type config struct {
	quick        bool
	redisURL     string
	callLatency  time.Duration // fixed time of every model call
	tokensPerSec float64       // generation rate after the fixed time; 0 means instant
	concurrency  int           // the engine's LLMConcurrency
	turns        int           // follow-up turns timed for the engine overhead
	threads      int           // threads for the throughput run
	loadTurns    int           // follow-up turns per thread in the throughput run
	workers      int           // concurrent turns in the throughput run
	threadTurns  int           // turns in the token and memory thread
	cpuProfile   string
	only         string // comma-separated runs; empty runs them all
	serve        serveConfig
}

// runs reports whether the run named name is wanted.
func (c config) runs(name string) bool {
	return c.only == "" || slices.Contains(strings.Split(c.only, ","), name)
}

// Figures is the closing JSON line: the figures issue 7 asks for, then a few that explain them.
type Figures struct {
	PipelineVsChained         float64 `json:"pipeline_vs_chained"`
	FirstProgressMS           float64 `json:"first_progress_ms"`
	FirstSectionModelRTs      int     `json:"first_section_model_roundtrips"`
	FirstDesignRoundTrips     float64 `json:"first_design_roundtrips"`
	TokensTurn50OverTurn2     float64 `json:"tokens_turn50_over_turn2"`
	FullHistoryOverOursTurn50 float64 `json:"full_history_over_ours_turn50"`
	OverheadP50MS             float64 `json:"overhead_p50_ms"`
	OverheadP99MS             float64 `json:"overhead_p99_ms"`
	RedisRoundTripsPerTurn    float64 `json:"redis_roundtrips_per_turn"`
	TurnsPerSec               float64 `json:"turns_per_sec"`
	RedisBytesPerThread       int64   `json:"redis_bytes_per_thread"`

	PipelineMS              float64 `json:"pipeline_ms"`
	ChainedMS               float64 `json:"chained_ms"`
	PipelineVsSameChained   float64 `json:"pipeline_vs_same_calls_chained"`
	FirstSectionMS          float64 `json:"first_section_ms"`
	CallLatencyMS           float64 `json:"call_latency_ms"`
	LLMConcurrency          int     `json:"llm_concurrency"`
	TokensTurn2             int     `json:"tokens_turn2"`
	TokensTurn50            int     `json:"tokens_turn50"`
	FullHistoryTokens50     int     `json:"full_history_tokens_turn50"`
	RedisCommandsPerTurn    float64 `json:"redis_commands_per_turn"`
	CPUMSPerTurn            float64 `json:"cpu_ms_per_turn"`
	RedisCPUMSPerTurn       float64 `json:"redis_cpu_ms_per_turn"`
	LoadP99MS               float64 `json:"load_p99_ms"`
	RedisSeenBytesPerThread int64   `json:"redis_seen_bytes_per_thread"`
	Quick                   bool    `json:"quick"`

	// Each run's figures are a struct of its own, embedded: its keys join the JSON line.
	ServeFigures
	GrowthFigures
}

func main() {
	var cfg config
	flag.BoolVar(&cfg.quick, "quick", false, "scaled-down run (200ms model calls, 2,000 timed engine turns, 12 designs and 240 follow-ups through archbot serve)")
	flag.StringVar(&cfg.redisURL, "redis-url", "", "Redis to use, empty starts a private redis-server; the engine runs prefix their keys archbot-bench:, but the serving run's archbot serve processes write archbot's own keys, so give a Redis used for nothing else")
	flag.DurationVar(&cfg.callLatency, "call-latency", 0, "fixed time of each model call (default 2s, --quick 200ms)")
	flag.Float64Var(&cfg.tokensPerSec, "tokens-per-sec", 0, "model generation rate after the fixed time; 0 sends answers at once")
	flag.IntVar(&cfg.concurrency, "concurrency", bot.DefaultLLMConcurrency, "model calls in flight per design (ARCHBOT_LLM_CONCURRENCY)")
	flag.IntVar(&cfg.turns, "turns", 0, "follow-up turns timed for engine overhead (default 10000, --quick 2000)")
	flag.IntVar(&cfg.threads, "threads", 1000, "threads in the throughput run")
	flag.IntVar(&cfg.loadTurns, "load-turns", 0, "follow-up turns per thread in the throughput run (default 10, --quick 3)")
	flag.IntVar(&cfg.workers, "workers", 64, "turns in flight at once in the throughput run")
	flag.IntVar(&cfg.threadTurns, "thread-turns", 50, "turns in the thread whose tokens and memory are measured")
	flag.StringVar(&cfg.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file")
	flag.StringVar(&cfg.only, "only", "", "run only these, comma-separated: pipeline, thread, load, growth, serve")
	flag.StringVar(&cfg.serve.archbot, "archbot", "", "archbot binary the serving run starts (default: go build ./cmd/archbot)")
	flag.IntVar(&cfg.serve.replicas, "replicas", 2, "archbot serve processes in the serving run, on one Redis")
	flag.IntVar(&cfg.serve.threads, "serve-threads", 0, "threads per platform in the serving run (default 100, --quick 6)")
	flag.IntVar(&cfg.serve.followUps, "serve-followups", 0, "follow-ups per thread in the serving run (default 20, --quick 20)")
	flag.IntVar(&cfg.serve.inflight, "serve-inflight", 32, "messages in flight at once in the serving run")
	flag.Float64Var(&cfg.serve.rate, "serve-rate", 100, "follow-ups a second offered at a steady pace after the saturating run, for the latency of a replica that is not saturated")
	flag.IntVar(&cfg.serve.counted, "serve-counted", 0, "follow-ups per platform whose Redis work is counted one at a time (default 50, --quick 6)")
	flag.Parse()
	pick := func(v *int, full, quick int) {
		if *v == 0 {
			*v = map[bool]int{false: full, true: quick}[cfg.quick]
		}
	}
	pick(&cfg.turns, 10000, 2000)
	pick(&cfg.loadTurns, 10, 3)
	pick(&cfg.serve.threads, 100, 6)
	pick(&cfg.serve.followUps, 20, 20)
	pick(&cfg.serve.counted, 50, 6)
	// Generous: on a loaded machine 32 designs at once, each drawing its diagram with
	// Graphviz, took 25s each; a turn that never ends is the failure this catches.
	cfg.serve.turnLimit = 2 * time.Minute
	if cfg.callLatency == 0 {
		cfg.callLatency = map[bool]time.Duration{false: 2 * time.Second, true: 200 * time.Millisecond}[cfg.quick]
	}
	if cfg.threadTurns < 2 {
		fmt.Fprintln(os.Stderr, "archbot-bench: --thread-turns must be at least 2")
		os.Exit(2)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if cfg.cpuProfile != "" {
		pf, err := os.Create(cfg.cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(pf)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "archbot-bench: cpu profile:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(ctx, cfg, os.Stdout); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "archbot-bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cfg config, out io.Writer) error {
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	url := cfg.redisURL
	if url == "" {
		u, stopRedis, err := startRedis(ctx)
		if err != nil {
			return err
		}
		defer stopRedis()
		url = u
	}
	opts, err := redisstore.ParseURL(url)
	if err != nil {
		return err
	}
	opts.PoolSize = max(opts.PoolSize, cfg.workers+8)
	rdb := redis.NewUniversalClient(opts)
	defer rdb.Close()
	rts := &redisstore.CountingHook{}
	rdb.AddHook(rts)
	if err := rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("ping redis at %s: %w", url, err)
	}
	// A previous run against the same Redis must not leave state behind to skew this one.
	if err := dropKeys(ctx, rdb, keyPrefix+"*"); err != nil {
		return err
	}
	defer dropKeys(context.WithoutCancel(ctx), rdb, keyPrefix+"*")

	// Other work on the machine skews every timing here; the load average says how much there was.
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Fprintf(out, "archbot-bench: %d CPUs (GOMAXPROCS %d), %s, load average %s, quick=%v\n",
		runtime.NumCPU(), runtime.GOMAXPROCS(0), cpuModel(), strings.Join(strings.Fields(string(load))[:min(3, len(strings.Fields(string(load))))], " "), cfg.quick)
	f := Figures{Quick: cfg.quick, LLMConcurrency: cfg.concurrency, CallLatencyMS: ms(cfg.callLatency)}

	start := time.Now()
	steps := []struct {
		name string
		run  func() error
	}{
		{"pipeline", func() error { return benchPipeline(ctx, cfg, rdb, log, &f, out) }},
		{"thread", func() error { return benchThread(ctx, cfg, rdb, log, &f, out) }},
		{"load", func() error { return benchLoad(ctx, cfg, rdb, rts, log, &f, out) }},
		{"growth", func() error { return benchGrowth(ctx, cfg, rdb, log, &f.GrowthFigures, out) }},
		{"serve", func() error {
			_, err := benchServe(ctx, cfg.serve, url, &f.ServeFigures, out)
			return err
		}},
	}
	for _, s := range steps {
		if !cfg.runs(s.name) {
			continue
		}
		if err := s.run(); err != nil {
			return fmt.Errorf("%s run: %w", s.name, err)
		}
	}
	fmt.Fprintf(out, "done in %s\n", time.Since(start).Round(time.Millisecond))
	line, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("encode figures: %w", err)
	}
	fmt.Fprintln(out, string(line))
	return nil
}

// keyPrefix starts every key the bench writes, so it can share a Redis and clean up after itself.
const keyPrefix = "archbot-bench:"

func dropKeys(ctx context.Context, rdb redis.UniversalClient, pattern string) error {
	var cursor uint64
	for {
		keys, next, err := rdb.Scan(ctx, cursor, pattern, 1000).Result()
		if err != nil {
			return fmt.Errorf("scan %s: %w", pattern, err)
		}
		if len(keys) > 0 {
			if err := rdb.Unlink(ctx, keys...).Err(); err != nil {
				return fmt.Errorf("drop bench keys: %w", err)
			}
		}
		if cursor = next; cursor == 0 {
			return nil
		}
	}
}

func cpuModel() string {
	raw, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range splitLines(string(raw)) {
		if k, v, ok := cutField(line); ok && k == "model name" {
			return v
		}
	}
	return "unknown CPU"
}

func ms(d time.Duration) float64 { return round(float64(d)/float64(time.Millisecond), 3) }

func round(v float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(v*p) / p
}

// percentile returns the p-th percentile (0..100) of sorted durations, nearest rank.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p/100*float64(len(sorted)))) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

func splitLines(s string) []string { return strings.Split(s, "\n") }

func cutField(line string) (string, string, bool) {
	k, v, ok := strings.Cut(line, ":")
	return strings.TrimSpace(k), strings.TrimSpace(v), ok
}
