package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
	"golang.org/x/sync/errgroup"

	"github.com/archbot/archbot/cmd/archbot/servetest"
	"github.com/archbot/archbot/conversation/redisstore"
)

// ServeFigures are the serving path's figures: real `archbot serve` processes, as deployed.
type ServeFigures struct {
	ServeFollowUpsPerSec           float64 `json:"serve_followups_per_sec"`
	ServeP99MS                     float64 `json:"serve_p99_ms"`
	ServeFollowUpRedisRoundTrips   float64 `json:"serve_followup_redis_roundtrips"`
	ServeFollowUpRedisCommands     float64 `json:"serve_followup_redis_commands"`
	ServeCPUMSPerTurn              float64 `json:"serve_cpu_ms_per_turn"`
	ServeReplicas                  int     `json:"serve_replicas"`
	ServeFollowUpsPerSecPerReplica float64 `json:"serve_followups_per_sec_per_replica"`
	ServeP50MS                     float64 `json:"serve_p50_ms"`
	ServeDesignsPerSec             float64 `json:"serve_designs_per_sec"`
	ServeDesignsPerSecPerReplica   float64 `json:"serve_designs_per_sec_per_replica"`
	ServeDesignP50MS               float64 `json:"serve_design_p50_ms"`
	ServeDesignP99MS               float64 `json:"serve_design_p99_ms"`
	ServeDesignRedisRoundTrips     float64 `json:"serve_design_redis_roundtrips"`
	ServeFollowUpRoundTripsSlack   float64 `json:"serve_followup_redis_roundtrips_slack"`
	ServeFollowUpRoundTripsDiscord float64 `json:"serve_followup_redis_roundtrips_discord"`
	ServeFollowUpCommandsSlack     float64 `json:"serve_followup_redis_commands_slack"`
	ServeFollowUpCommandsDiscord   float64 `json:"serve_followup_redis_commands_discord"`
	ServeRedisCPUMSPerTurn         float64 `json:"serve_redis_cpu_ms_per_turn"`
	ServeFollowUps                 int     `json:"serve_followups"`
	ServeCPUMSPerDesign            float64 `json:"serve_cpu_ms_per_design"`
	ServeIdleCPUMSPerSec           float64 `json:"serve_idle_cpu_ms_per_sec"`
	ServeLoadAverage               string  `json:"serve_load_average"`
	// The paced run offers follow-ups at a steady ServeOpenRate a second, below what the
	// replicas carry, and times each: the latency a user sees when the replicas are busy but not
	// saturated, where the saturating run's p99 is mostly the wait behind 32 messages in flight.
	ServeOpenRate  float64 `json:"serve_paced_rate"`
	ServeOpenP50MS float64 `json:"serve_paced_p50_ms"`
	ServeOpenP99MS float64 `json:"serve_paced_p99_ms"`
	// ServeBenchCPUMSPerTurn is the bench's own CPU per timed follow-up: it plays Slack,
	// Discord and the model on the same CPUs as the replicas, so what it burns is not theirs.
	ServeBenchCPUMSPerTurn float64 `json:"serve_bench_cpu_ms_per_turn"`

	// Besides the round trips per follow-up, by platform (slack, discord): those that opened a
	// new connection to Redis (its handshake) as a replica's pool grew, and the polls for jobs
	// that found none; and the commands per follow-up by name, which tell a turn's work from a
	// replica's periodic work (the durability check) that fell in the counted window.
	followUpHandshakes [2]float64
	followUpIdlePolls  [2]float64
	followUpCommands   [2]map[string]float64
}

// serveResult is what a serving run found besides its figures: what went wrong with delivery.
type serveResult struct {
	turns, posts, strays, dups int
}

// benchServe measures the serving path: cfg.replicas `archbot serve` processes on one Redis,
// with Slack and Discord against local servers and the model at a local instant Chat
// Completions server. First, through a proxy that counts Redis round trips and commands at the
// wire, a few designs and follow-ups one at a time; then, straight to Redis, designs and
// follow-ups with many in flight, for throughput, latency and CPU.
func benchServe(ctx context.Context, cfg serveConfig, redisURL string, f *ServeFigures, out io.Writer) (serveResult, error) {
	dir, err := mustTempDir()
	if err != nil {
		return serveResult{}, err
	}
	defer os.RemoveAll(dir)
	bin := cfg.archbot
	if bin == "" {
		if bin, err = servetest.Build(ctx, dir); err != nil {
			return serveResult{}, fmt.Errorf("%w (pass --archbot to use a built binary)", err)
		}
	}
	opts, err := redis.ParseURL(redisURL)
	if err != nil {
		return serveResult{}, fmt.Errorf("parse redis url: %w", err)
	}
	rdb := redis.NewClient(opts)
	defer rdb.Close()
	p := startPlatforms()
	defer p.close()
	load, _ := os.ReadFile("/proc/loadavg")
	f.ServeLoadAverage = strings.Join(strings.Fields(string(load))[:3], " ")
	f.ServeReplicas = cfg.replicas

	if err := serveCounted(ctx, cfg, p, bin, dir, opts.Addr, rdb, f, out); err != nil {
		return serveResult{}, fmt.Errorf("counted run: %w", err)
	}
	if err := p.startReplicas(ctx, bin, dir, "serve", redisURL, cfg.replicas); err != nil {
		return serveResult{}, err
	}
	defer p.stopReplicas()
	threads, err := serveLoad(ctx, cfg, p, rdb, f, out)
	if err != nil {
		return serveResult{}, fmt.Errorf("%w\n%s", err, p.logsOf())
	}
	var res serveResult
	res.strays, res.dups, res.posts = p.track.faults()
	res.turns = f.ServeFollowUps
	if res.strays > 0 || res.dups > 0 {
		return res, fmt.Errorf("replies delivered wrongly: %d posted after their turn had ended, %d posted twice", res.strays, res.dups)
	}
	if err := p.verify(threads); err != nil {
		return res, fmt.Errorf("replies delivered wrongly: %w", err)
	}
	return res, nil
}

// serveCounted runs designs and follow-ups one at a time through the counting proxy.
func serveCounted(ctx context.Context, cfg serveConfig, p *platforms, bin, dir, redisAddr string, rdb *redis.Client, f *ServeFigures, out io.Writer) error {
	proxy, err := startRedisProxy(redisAddr)
	if err != nil {
		return err
	}
	defer proxy.Close()
	// Scripts loaded by earlier runs would go by SHA1 only; flushed, go-redis sends each one's
	// body once (on NOSCRIPT), and the proxy can name it by the commands it calls.
	if err := rdb.ScriptFlush(ctx).Err(); err != nil {
		return fmt.Errorf("flush redis scripts: %w", err)
	}
	if err := p.startReplicas(ctx, bin, dir, "counted", proxy.URL(), cfg.replicas); err != nil {
		return err
	}
	defer p.stopReplicas()
	c := &counter{p: p, proxy: proxy, queue: redisstore.New(rdb, redisstore.Options{}).Queue(), limit: cfg.turnLimit}
	fmt.Fprintf(out, "7. serving path: %d archbot serve replicas on one Redis, Slack (HTTP events) and Discord (Gateway) at local servers, model at a local instant server\n", cfg.replicas)
	var design, rtFollow, cmdFollow [2]float64
	for i, platform := range []string{"slack", "discord"} {
		threads := []*chatThread{p.newThread(platform, 1_000_000+2*i), p.newThread(platform, 1_000_001+2*i)}
		var rts int64
		for _, th := range threads {
			rt, _, _, err := c.one(ctx, th, problem, kindDesign)
			if err != nil {
				return fmt.Errorf("%s design: %w\n%s", platform, err, p.logsOf())
			}
			rts += rt
		}
		design[i] = float64(rts) / float64(len(threads))
		// Sums by kind (question, change): the figure weighs both alike, whatever the sample.
		var rtKind, cmdKind, nKind [3]int64
		names := map[string]int64{}
		hs0, idle0 := c.proxy.setup()
		for k := range cfg.counted {
			// Two turns on a thread, a question then a change, then two on the other.
			th := threads[(k/2)%len(threads)]
			text, kind := nextFollowUp(th)
			rt, cmd, by, err := c.one(ctx, th, text, kind)
			if err != nil {
				return fmt.Errorf("%s follow-up: %w\n%s", platform, err, p.logsOf())
			}
			rtKind[kind], cmdKind[kind], nKind[kind] = rtKind[kind]+rt, cmdKind[kind]+cmd, nKind[kind]+1
			for n, v := range by {
				names[n] += v
			}
		}
		if nKind[kindQuestion] == 0 || nKind[kindChange] == 0 {
			return errors.New("counted follow-ups need a question and a change: --serve-counted must be at least 2")
		}
		mean := func(sum [3]int64, kind turnKind) float64 { return float64(sum[kind]) / float64(nKind[kind]) }
		rtFollow[i] = round((mean(rtKind, kindQuestion)+mean(rtKind, kindChange))/2, 2)
		cmdFollow[i] = round((mean(cmdKind, kindQuestion)+mean(cmdKind, kindChange))/2, 2)
		hs1, idle1 := c.proxy.setup()
		f.followUpHandshakes[i] = round(float64(hs1-hs0)/float64(cfg.counted), 2)
		f.followUpIdlePolls[i] = round(float64(idle1-idle0)/float64(cfg.counted), 2)
		f.followUpCommands[i] = map[string]float64{}
		for n, v := range names {
			f.followUpCommands[i][n] = float64(v) / float64(cfg.counted)
		}
		fmt.Fprintf(out, "   %s: a design %.1f Redis round trips; a follow-up %.2f round trips (question %.2f, change %.2f), %.2f commands; besides, %.2f opening connections and %.2f polls that found no job; per follow-up of the %d: %s\n",
			platform, design[i], rtFollow[i], mean(rtKind, kindQuestion), mean(rtKind, kindChange), cmdFollow[i],
			f.followUpHandshakes[i], f.followUpIdlePolls[i], cfg.counted, perTurn(names, cfg.counted))
	}
	f.ServeDesignRedisRoundTrips = round(max(design[0], design[1]), 2)
	f.ServeFollowUpRoundTripsSlack, f.ServeFollowUpRoundTripsDiscord = rtFollow[0], rtFollow[1]
	f.ServeFollowUpCommandsSlack, f.ServeFollowUpCommandsDiscord = cmdFollow[0], cmdFollow[1]
	// The worse platform is the figure: a limit must hold on both.
	f.ServeFollowUpRedisRoundTrips = max(rtFollow[0], rtFollow[1])
	f.ServeFollowUpRedisCommands = max(cmdFollow[0], cmdFollow[1])
	return nil
}

// perTurn lists commands by name, per turn, most frequent first.
func perTurn(names map[string]int64, turns int) string {
	keys := slices.SortedFunc(maps.Keys(names), func(a, b string) int {
		if names[a] != names[b] {
			return int(names[b] - names[a])
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %.2f", k, float64(names[k])/float64(turns))
	}
	return strings.Join(parts, ", ")
}

// counter runs one turn at a time and counts the Redis work the replicas did for it.
type counter struct {
	p     *platforms
	proxy *redisProxy
	queue interface {
		Depth(ctx context.Context) (int64, error)
	}
	limit time.Duration
}

// one sends a message, waits for its last reply and for the replicas to finish the job (ack,
// lock release), and returns the round trips and commands made meanwhile.
func (c *counter) one(ctx context.Context, th *chatThread, text string, kind turnKind) (rts, cmds int64, byName map[string]int64, err error) {
	rt0, cmd0, by0 := c.proxy.counts()
	tu, err := c.p.send(ctx, th, text, kind)
	if err != nil {
		return 0, 0, nil, err
	}
	if _, err := tu.wait(c.limit); err != nil {
		return 0, 0, nil, fmt.Errorf("%s turn %d (%q): %w", th.key, th.k, text, err)
	}
	if err := c.settle(ctx); err != nil {
		return 0, 0, nil, err
	}
	rt1, cmd1, by1 := c.proxy.counts()
	for n, v := range by1 {
		by1[n] = v - by0[n]
		if by1[n] == 0 {
			delete(by1, n)
		}
	}
	return rt1 - rt0, cmd1 - cmd0, by1, nil
}

// settle waits until the job queue is empty and the replicas have sent Redis nothing for 30ms:
// the job's acknowledgement and lock release come after its last reply.
func (c *counter) settle(ctx context.Context) error {
	last, _, _ := c.proxy.counts()
	quietSince := time.Now()
	return waitUntil(ctx, 10*time.Second, func() bool {
		n, err := c.queue.Depth(ctx)
		if err != nil || n > 0 {
			return false
		}
		rt, _, _ := c.proxy.counts()
		if rt != last {
			last, quietSince = rt, time.Now()
			return false
		}
		return time.Since(quietSince) >= 30*time.Millisecond
	})
}

// serveLoad opens cfg.threads threads on each platform, then sends their follow-ups, with
// cfg.inflight turns in flight, straight to Redis, timing each turn from the message to its last
// reply at the platform server.
func serveLoad(ctx context.Context, cfg serveConfig, p *platforms, rdb *redis.Client, f *ServeFigures, out io.Writer) ([]*chatThread, error) {
	var threads []*chatThread
	for i := range cfg.threads {
		threads = append(threads, p.newThread("slack", i), p.newThread("discord", i))
	}
	designCPU0, err := p.cpu()
	if err != nil {
		return nil, err
	}
	start := time.Now()
	lat, err := p.drive(ctx, threads, 1, cfg.inflight, cfg.turnLimit, problemFor)
	if err != nil {
		return nil, fmt.Errorf("designs: %w", err)
	}
	elapsed := time.Since(start)
	designCPU1, err := p.cpu()
	if err != nil {
		return nil, err
	}
	f.ServeCPUMSPerDesign = ms((designCPU1 - designCPU0) / time.Duration(len(lat)))
	slices.Sort(lat)
	f.ServeDesignsPerSec = round(float64(len(lat))/elapsed.Seconds(), 1)
	f.ServeDesignsPerSecPerReplica = round(f.ServeDesignsPerSec/float64(cfg.replicas), 1)
	f.ServeDesignP50MS, f.ServeDesignP99MS = ms(percentile(lat, 50)), ms(percentile(lat, 99))
	fmt.Fprintf(out, "   designs: %d threads (half Slack, half Discord), %d in flight: %.1f designs/s (%.1f per replica), message to last reply p50 %.1f ms, p99 %.1f ms; CPU %.1f ms a design (Graphviz included)\n",
		len(threads), min(cfg.inflight, len(threads)), f.ServeDesignsPerSec, f.ServeDesignsPerSecPerReplica, f.ServeDesignP50MS, f.ServeDesignP99MS, f.ServeCPUMSPerDesign)

	// What the replicas burn doing nothing (dispatcher polls, gateway heartbeats) is part of
	// the per-turn figure below; this says how much of it.
	idle0, err := p.cpu()
	if err != nil {
		return nil, err
	}
	time.Sleep(time.Second)
	cpu0, err := p.cpu()
	if err != nil {
		return nil, err
	}
	f.ServeIdleCPUMSPerSec = ms(cpu0 - idle0)
	self0, redis0, err := cpuTimes(ctx, rdb)
	if err != nil {
		return nil, err
	}
	start = time.Now()
	lat, err = p.drive(ctx, threads, cfg.followUps, cfg.inflight, cfg.turnLimit, nextFollowUp)
	if err != nil {
		return nil, fmt.Errorf("follow-ups: %w", err)
	}
	elapsed = time.Since(start)
	cpu1, err := p.cpu()
	if err != nil {
		return nil, err
	}
	self1, redis1, err := cpuTimes(ctx, rdb)
	if err != nil {
		return nil, err
	}
	slices.Sort(lat)
	n := len(lat)
	f.ServeFollowUps = n
	f.ServeFollowUpsPerSec = round(float64(n)/elapsed.Seconds(), 1)
	f.ServeFollowUpsPerSecPerReplica = round(f.ServeFollowUpsPerSec/float64(cfg.replicas), 1)
	f.ServeP50MS, f.ServeP99MS = ms(percentile(lat, 50)), ms(percentile(lat, 99))
	f.ServeCPUMSPerTurn = ms((cpu1 - cpu0) / time.Duration(n))
	f.ServeRedisCPUMSPerTurn = ms((redis1 - redis0) / time.Duration(n))
	f.ServeBenchCPUMSPerTurn = ms((self1 - self0) / time.Duration(n))
	fmt.Fprintf(out, "   follow-ups: %d (questions and changes alternating), %d in flight: %.0f/s (%.0f per replica), message to last reply p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
		n, min(cfg.inflight, len(threads)), f.ServeFollowUpsPerSec, f.ServeFollowUpsPerSecPerReplica, f.ServeP50MS, f.ServeP99MS, ms(lat[n-1]))
	fmt.Fprintf(out, "   CPU per follow-up: archbot serve %.3f ms (all replicas; idle they used %.0f ms a second), redis-server %.3f ms, the bench (Slack, Discord, the model, the drivers) %.3f ms; load average at the start %s\n",
		f.ServeCPUMSPerTurn, f.ServeIdleCPUMSPerSec, f.ServeRedisCPUMSPerTurn, f.ServeBenchCPUMSPerTurn, f.ServeLoadAverage)
	if cfg.rate > 0 {
		if err := servePaced(ctx, cfg, p, threads, f, out); err != nil {
			return nil, fmt.Errorf("paced follow-ups: %w", err)
		}
	}
	return threads, nil
}

// servePaced offers follow-ups at cfg.rate a second for four seconds, each to a thread with no
// turn in flight, and times each from its message to its last reply. A tick that finds every
// thread busy waits for one, so an overloaded run shows as a rate below the one offered.
func servePaced(ctx context.Context, cfg serveConfig, p *platforms, threads []*chatThread, f *ServeFigures, out io.Writer) error {
	n := max(int(cfg.rate*4), 1)
	idle := make(chan *chatThread, len(threads))
	for _, th := range threads {
		idle <- th
	}
	var (
		mu  sync.Mutex
		lat []time.Duration
	)
	g, gctx := errgroup.WithContext(ctx)
	tick := time.NewTicker(time.Duration(float64(time.Second) / cfg.rate))
	defer tick.Stop()
	start := time.Now()
	for range n {
		select {
		case <-tick.C:
		case <-gctx.Done():
			return g.Wait()
		}
		var th *chatThread
		select {
		case th = <-idle:
		case <-gctx.Done():
			return g.Wait()
		}
		text, kind := nextFollowUp(th)
		tu, err := p.send(gctx, th, text, kind)
		if err != nil {
			return errors.Join(err, g.Wait())
		}
		g.Go(func() error {
			d, err := tu.wait(cfg.turnLimit)
			if err != nil {
				return fmt.Errorf("%s turn %d: %w", th.key, th.k, err)
			}
			mu.Lock()
			lat = append(lat, d)
			mu.Unlock()
			idle <- th
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	slices.Sort(lat)
	f.ServeOpenRate = round(float64(n)/time.Since(start).Seconds(), 1)
	f.ServeOpenP50MS, f.ServeOpenP99MS = ms(percentile(lat, 50)), ms(percentile(lat, 99))
	fmt.Fprintf(out, "   paced follow-ups: %d offered at %.0f/s (%.0f/s carried): message to last reply p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
		n, cfg.rate, f.ServeOpenRate, f.ServeOpenP50MS, f.ServeOpenP99MS, ms(lat[len(lat)-1]))
	return nil
}
