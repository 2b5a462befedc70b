package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/pprof"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/sync/errgroup"

	"github.com/archbot/archbot/adapters/discord"
	"github.com/archbot/archbot/adapters/slack"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation/redisstore"
)

// platform is a chat platform adapter run by serve.
type platform interface {
	Run(ctx context.Context) error
	Ready() bool
}

// pinger is what readiness needs of the store.
type pinger interface {
	Ping(ctx context.Context) error
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if _, err := parseInterleaved(fs, args); err != nil {
		return errUsage
	}
	c, err := loadConfig()
	if err == nil {
		err = c.checkPlatforms()
	}
	if err != nil {
		return fmt.Errorf("cannot start: %w", err)
	}
	log := newLogger(c, stderr)
	if c.CPUProfile != "" {
		stop, err := startCPUProfile(c.CPUProfile)
		if err != nil {
			return fmt.Errorf("cannot start: %w", err)
		}
		defer stop()
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	st, closeStore, err := openStore(pingCtx, c, false, log)
	cancel()
	if err != nil {
		return fmt.Errorf("cannot start: %w", err)
	}
	defer closeStore()
	var durability *durabilityGate
	if rs, ok := st.(durabilityReader); ok {
		checkCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
		durability = newDurabilityGate(checkCtx, rs, c.Env == "production", log)
		cancel()
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	lim := limiter(c, st)
	engine, err := newEngine(c, st, lim, bot.NewMetrics(reg), log)
	if err != nil {
		return err
	}

	// With Redis, turns are jobs any replica may run (issue 6); in memory they run where received.
	var dispatcher *bot.Dispatcher
	if rs, ok := st.(*redisstore.Store); ok {
		queue := rs.Queue()
		if lim != nil {
			// A job's tokens are counted in the round trip that finishes it, with the engine's
			// limiter, whose view of the day's totals that refreshes.
			queue.CountTokens(lim)
		}
		dispatcher = bot.NewDispatcher(bot.DispatchConfig{Workers: c.Workers, ClaimAfter: c.JobClaimAfter,
			ShutdownTimeout: c.ShutdownTimeout}, engine, queue, rs.Locks(), rs.Ledger(), log.With("part", "dispatcher"))
		reg.MustRegister(dispatcher.Collector())
	}
	mux := http.NewServeMux()
	platforms, err := platforms(c, engine, dispatcher, mux, log)
	if err != nil {
		return err
	}
	if len(platforms) == 0 {
		log.Warn("no chat platform configured: set SLACK_BOT_TOKEN or DISCORD_TOKEN (see archbot config); serving health endpoints only")
	}
	healthRoutes(mux, st, durability, platforms, reg)

	ln, err := net.Listen("tcp", c.HTTPAddr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", c.HTTPAddr, err)
	}
	srv := newHTTPServer(mux, productionTimeouts)
	log.Info("archbot serving", "addr", ln.Addr().String(), "version", version, "platforms", len(platforms),
		"designer", c.designerName())
	fmt.Fprintf(stdout, "archbot listening on %s\n", ln.Addr())

	if err := runAll(ctx, srv, ln, platforms, dispatcher); err != nil {
		return err
	}
	log.Info("archbot stopped")
	return nil
}

// runAll serves HTTP on ln and runs every platform and the dispatcher until ctx ends or one of
// them fails; an error after ctx ended is the shutdown's, not a failure.
func runAll(ctx context.Context, srv *http.Server, ln net.Listener, platforms []platform, dispatcher *bot.Dispatcher) error {
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("http server: %w", err)
		}
		return nil
	})
	g.Go(func() error {
		<-gctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(gctx), 20*time.Second)
		defer cancel()
		return srv.Shutdown(shutdownCtx)
	})
	for _, p := range platforms {
		g.Go(func() error { return p.Run(gctx) })
	}
	if dispatcher != nil {
		g.Go(func() error { return dispatcher.Run(gctx) })
	}
	if err := g.Wait(); err != nil && ctx.Err() == nil {
		return err
	}
	return nil
}

// healthRoutes registers /healthz (the process answers), /readyz (Redis reachable and keeping
// archbot's state, every platform connected) and /metrics on mux.
func healthRoutes(mux *http.ServeMux, st store, durability *durabilityGate, platforms []platform, reg *prometheus.Registry) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if p, ok := st.(pinger); ok {
			if err := p.Ping(ctx); err != nil {
				http.Error(w, "redis unreachable", http.StatusServiceUnavailable)
				return
			}
		}
		if err := durability.ready(ctx); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		for _, p := range platforms {
			if !p.Ready() {
				http.Error(w, "platform not connected", http.StatusServiceUnavailable)
				return
			}
		}
		fmt.Fprintln(w, "ready")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
}

// platforms builds the adapters whose tokens are set, registering Slack's HTTP routes on mux.
func platforms(c Config, engine *bot.Engine, dispatcher *bot.Dispatcher, mux *http.ServeMux, log *slog.Logger) ([]platform, error) {
	var ps []platform
	// Every worker may be posting at once.
	idle := max(c.Workers, 2)
	if c.SlackBotToken != "" {
		a, err := slack.New(slack.Config{BotToken: c.SlackBotToken, AppToken: c.SlackAppToken,
			SigningSecret: c.SlackSigningSecret, APIURL: c.SlackAPIURL, PostInterval: c.SlackPostInterval,
			ShutdownGrace: c.ShutdownTimeout, HTTPClient: newAPIClient(idle, 0)}, engine, log.With("platform", "slack"))
		if err != nil {
			return nil, err
		}
		if dispatcher != nil {
			a.UseDispatcher(dispatcher)
		}
		a.Routes(mux)
		ps = append(ps, a)
	}
	if c.DiscordToken != "" {
		a, err := discord.New(discord.Config{Token: c.DiscordToken, AppID: c.DiscordAppID,
			GuildID: c.DiscordGuildID, APIURL: c.DiscordAPIURL, ShutdownGrace: c.ShutdownTimeout,
			ShardID: c.DiscordShardID, ShardCount: c.DiscordShardCount,
			// discordgo's own client times calls out after 20s; so does this one.
			HTTPClient: newAPIClient(idle, 20*time.Second)}, engine, log.With("platform", "discord"))
		if err != nil {
			return nil, err
		}
		if dispatcher != nil {
			a.UseDispatcher(dispatcher)
		}
		ps = append(ps, a)
	}
	return ps, nil
}

// startCPUProfile profiles the process into path.<pid> until the returned function is called: a
// file, not an HTTP endpoint, so nothing about the process is served to whoever reaches its
// port, and several replicas on one host write apart.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(fmt.Sprintf("%s.%d", path, os.Getpid()))
	if err != nil {
		return nil, fmt.Errorf("create CPU profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("start CPU profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		_ = f.Close()
	}, nil
}
