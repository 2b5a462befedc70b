package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/archbot/archbot/bot"
)

// Config says which Discord application archbot runs as; cmd/archbot fills it from the
// environment.
type Config struct {
	// Token is the bot token (DISCORD_TOKEN), with or without the "Bot " prefix.
	Token string
	// AppID is the application id (DISCORD_APP_ID); when empty it is read from the token's
	// application at start-up.
	AppID string
	// GuildID registers /design on that server only (DISCORD_GUILD_ID), which takes effect at once;
	// when empty the command is global.
	GuildID string
	// APIURL overrides Discord's REST base URL (DISCORD_API_URL), for a rate-limit proxy or a
	// test server. It is process-wide: see setAPIURL.
	APIURL string
	// TurnTimeout bounds one turn; default 10 minutes.
	TurnTimeout time.Duration
	// ShutdownGrace is how long Run lets in-flight turns finish after its context ends before it
	// cancels them; default 30 seconds.
	ShutdownGrace time.Duration
	// ShardID and ShardCount split the servers archbot is in between gateway sessions
	// (DISCORD_SHARD_ID, DISCORD_SHARD_COUNT): with a count above 1 this session receives the
	// events of the servers with (server id >> 22) % ShardCount == ShardID. Replicas that all
	// connect unsharded each receive every message, and each spends a Redis round trip before
	// the job queue drops the copies; give replica i of n shard i of n and each message reaches
	// one. Jobs still go to any replica's workers.
	ShardID, ShardCount int
	// HTTPClient makes the REST calls; nil uses discordgo's default, whose transport keeps only
	// two idle connections to Discord, so concurrent turns would dial again for most calls.
	HTTPClient *http.Client
}

// Application flags that say the privileged Message Content intent is enabled for the app.
const (
	flagGatewayMessageContent        = 1 << 19
	flagGatewayMessageContentLimited = 1 << 18
)

// Adapter connects the engine to Discord.
type Adapter struct {
	cfg    Config
	engine *bot.Engine
	log    *slog.Logger
	s      *discordgo.Session

	ready atomic.Bool
	botID atomic.Value // string, known from READY
	seen  *seenSet
	// dispatch, when set, runs accepted turns on any replica through the shared job queue.
	dispatch *bot.Dispatcher

	mu      sync.Mutex
	closing bool
	turns   sync.WaitGroup
}

// New returns an adapter for cfg; nothing is contacted until Run.
func New(cfg Config, engine *bot.Engine, log *slog.Logger) (*Adapter, error) {
	token := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(cfg.Token), "Bot "))
	if token == "" {
		return nil, errors.New("discord: DISCORD_TOKEN is empty")
	}
	if engine == nil {
		return nil, errors.New("discord: no engine")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.APIURL != "" {
		if err := setAPIURL(cfg.APIURL); err != nil {
			return nil, fmt.Errorf("discord: %w", err)
		}
	}
	if cfg.TurnTimeout <= 0 {
		cfg.TurnTimeout = 10 * time.Minute
	}
	if cfg.ShutdownGrace <= 0 {
		cfg.ShutdownGrace = 30 * time.Second
	}
	if cfg.ShardCount > 1 && (cfg.ShardID < 0 || cfg.ShardID >= cfg.ShardCount) {
		return nil, fmt.Errorf("discord: shard %d of %d: the shard id must be from 0 to the count less one", cfg.ShardID, cfg.ShardCount)
	}
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("discord: create session: %w", err)
	}
	if cfg.ShardCount > 1 {
		s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	}
	// Handlers only hand work to goroutines the adapter owns, so running them in the gateway's
	// read loop keeps events in order (a replay is seen after what it replays) at no cost.
	if cfg.HTTPClient != nil {
		s.Client = cfg.HTTPClient
	}
	s.SyncEvents = true
	s.ShouldRetryOnRateLimit = true
	s.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages
	a := &Adapter{cfg: cfg, engine: engine, log: log.With("platform", "discord"), s: s, seen: newSeenSet(4096)}
	a.botID.Store("")
	return a, nil
}

// Ready reports whether the gateway session is up (identified or resumed, not disconnected).
func (a *Adapter) Ready() bool { return a.ready.Load() }

// Run checks the token, registers /design, opens the gateway and serves until ctx ends; then it
// closes the gateway and waits for the turns in flight (cancelling them after ShutdownGrace).
func (a *Adapter) Run(ctx context.Context) error {
	app, err := a.s.Application("@me") // discordgo takes no context here; its client times out
	if err != nil {
		return fmt.Errorf("discord: look up the application (is DISCORD_TOKEN right?): %w", err)
	}
	appID := a.cfg.AppID
	switch {
	case appID == "":
		appID = app.ID
	case appID != app.ID:
		return fmt.Errorf("discord: DISCORD_APP_ID %s is not the token's application %s", appID, app.ID)
	}
	if app.Flags&(flagGatewayMessageContent|flagGatewayMessageContentLimited) != 0 {
		a.s.Identify.Intents |= discordgo.IntentMessageContent
		a.log.InfoContext(ctx, "message content intent enabled: follow-ups in archbot threads need no mention")
	} else {
		a.log.WarnContext(ctx, "message content intent is off: archbot answers /design and messages that mention it, "+
			"not plain follow-ups; enable it under Bot > Privileged Gateway Intents (see deploy/discord/README.md)")
	}

	scope := "global"
	if a.cfg.GuildID != "" {
		scope = "guild " + a.cfg.GuildID
	}
	if _, err := a.s.ApplicationCommandBulkOverwrite(appID, a.cfg.GuildID, commands(), discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("discord: register /design (%s): %w", scope, err)
	}
	a.log.InfoContext(ctx, "registered /design", "scope", scope, "app", appID)

	// Turns outlive a cancelled ctx for ShutdownGrace, so they get a context of their own.
	turnCtx, cancelTurns := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelTurns()
	remove := []func(){
		a.s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) { a.onReady(ctx, r) }),
		a.s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) {
			a.ready.Store(true)
			a.log.InfoContext(ctx, "gateway session resumed")
		}),
		a.s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) { a.ready.Store(false) }),
		a.s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { a.onMessage(turnCtx, m.Message) }),
		a.s.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { a.onInteraction(turnCtx, i.Interaction) }),
	}
	if err := a.s.Open(); err != nil {
		for _, rm := range remove {
			rm()
		}
		return fmt.Errorf("discord: open the gateway: %w", err)
	}

	<-ctx.Done()
	a.mu.Lock()
	a.closing = true
	a.mu.Unlock()
	for _, rm := range remove {
		rm()
	}
	// discordgo reconnects when a heartbeat fails, and one can fail while the socket closes;
	// the lock orders this write before the reconnect decision.
	a.s.Lock()
	a.s.ShouldReconnectOnError = false
	a.s.Unlock()
	if err := a.s.Close(); err != nil {
		a.log.Warn("close gateway", "err", err)
	}
	a.ready.Store(false)

	done := make(chan struct{})
	go func() { a.turns.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(a.cfg.ShutdownGrace):
		a.log.Warn("turns still running at shutdown; cancelling them", "grace", a.cfg.ShutdownGrace)
		cancelTurns()
		<-done
	}
	return nil
}

func (a *Adapter) onReady(ctx context.Context, r *discordgo.Ready) {
	if r.User != nil {
		a.botID.Store(r.User.ID)
	}
	a.ready.Store(true)
	a.log.InfoContext(ctx, "gateway session ready", "guilds", len(r.Guilds))
}

func (a *Adapter) self() string { return a.botID.Load().(string) }

// spawn runs f as a turn the adapter owns: Run waits for it before returning. Nothing starts
// once shutdown has begun.
func (a *Adapter) spawn(ctx context.Context, f func(ctx context.Context)) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closing {
		return
	}
	a.turns.Add(1)
	go func() {
		defer a.turns.Done()
		ctx, cancel := context.WithTimeout(ctx, a.cfg.TurnTimeout)
		defer cancel()
		f(ctx)
	}()
}

// seenSet remembers the last n event ids, so an event the gateway delivers twice (a resume
// replays what it is unsure arrived) is acted on once, before any side effect such as opening a
// thread. The engine's store deduplicates too, across processes.
type seenSet struct {
	mu    sync.Mutex
	ids   map[string]bool
	order []string
	next  int
}

func newSeenSet(n int) *seenSet {
	return &seenSet{ids: make(map[string]bool, n), order: make([]string, n)}
}

// first records id and reports whether it is new.
func (s *seenSet) first(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ids[id] {
		return false
	}
	if old := s.order[s.next]; old != "" {
		delete(s.ids, old)
	}
	s.order[s.next] = id
	s.next = (s.next + 1) % len(s.order)
	s.ids[id] = true
	return true
}
