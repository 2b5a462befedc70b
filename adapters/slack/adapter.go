package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// Config is what the adapter needs; cmd/archbot fills it from the environment.
type Config struct {
	BotToken      string // xoxb- token for Web API calls (SLACK_BOT_TOKEN)
	AppToken      string // xapp- token; when set, events arrive over Socket Mode (SLACK_APP_TOKEN)
	SigningSecret string // verifies HTTP requests from Slack (SLACK_SIGNING_SECRET)
	APIURL        string // Web API base URL; empty means Slack's (SLACK_API_URL)

	// PostInterval is the steady pace of messages in one channel; Slack allows about one a second.
	// Default 1s.
	PostInterval time.Duration
	// PostBurst is how many messages may go to a channel back to back before pacing starts;
	// Slack tolerates short bursts. Default 4.
	PostBurst int
	// ShutdownGrace is how long Run lets in-flight turns finish on shutdown before cancelling
	// them. Default 30s.
	ShutdownGrace time.Duration
	// RetryFor bounds how long one Slack call is retried after transient failures (429, 5xx,
	// timeouts, reset connections); the job's context deadline bounds it too. Default 2m.
	RetryFor time.Duration
	// RetryBackoff is the first wait before retrying a call Slack gave no Retry-After for; it
	// doubles with each retry. Default 500ms.
	RetryBackoff time.Duration
	// CallTimeout is how long one attempt at a Slack call may take before it counts as a
	// timeout and is retried. Default 30s.
	CallTimeout time.Duration
	// HTTPClient makes the Web API calls; nil uses slack-go's default, whose transport keeps only
	// two idle connections to Slack, so concurrent turns would dial (and on Slack, handshake TLS)
	// again for most calls.
	HTTPClient *http.Client
}

// Adapter connects the engine to a Slack workspace.
type Adapter struct {
	cfg    Config
	api    *slack.Client
	engine *bot.Engine
	log    *slog.Logger
	pacer  *pacer
	// dispatch, when set, runs accepted turns on any replica through the shared job queue.
	dispatch *bot.Dispatcher

	mu        sync.Mutex
	self      identity // who archbot is in the workspace, once auth.test answered
	connected bool     // Socket Mode connection up
	closing   bool     // Run is shutting down: no new turns

	turns     sync.WaitGroup
	abort     chan struct{} // closed when in-flight turns must give up
	abortOnce sync.Once
}

// identity is archbot's own user in the workspace, to tell its messages and mentions apart.
type identity struct {
	userID, botID, teamID string
}

// New returns an adapter for the workspace the bot token belongs to. It checks the
// configuration only; Run talks to Slack.
func New(cfg Config, engine *bot.Engine, log *slog.Logger) (*Adapter, error) {
	if cfg.BotToken == "" {
		return nil, errors.New("slack: a bot token (SLACK_BOT_TOKEN, xoxb-) is required")
	}
	if cfg.AppToken == "" && cfg.SigningSecret == "" {
		return nil, errors.New("slack: set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP events)")
	}
	if cfg.AppToken != "" && !strings.HasPrefix(cfg.AppToken, "xapp-") {
		return nil, errors.New("slack: SLACK_APP_TOKEN must be an app-level token (xapp-)")
	}
	if engine == nil {
		return nil, errors.New("slack: an engine is required")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.PostInterval <= 0 {
		cfg.PostInterval = time.Second
	}
	if cfg.PostBurst <= 0 {
		cfg.PostBurst = 4
	}
	if cfg.ShutdownGrace <= 0 {
		cfg.ShutdownGrace = 30 * time.Second
	}
	if cfg.RetryFor <= 0 {
		cfg.RetryFor = 2 * time.Minute
	}
	if cfg.RetryBackoff <= 0 {
		cfg.RetryBackoff = 500 * time.Millisecond
	}
	if cfg.CallTimeout <= 0 {
		cfg.CallTimeout = 30 * time.Second
	}
	// slack-go's own retries (OptionRetryConfig) stay off: retrier repeats every Web API call,
	// reads and writes, after 429s (honouring Retry-After), 5xx, timeouts and resets within
	// RetryFor, and checks before repeating a post that may have gone through. Two nested loops
	// would wait out a Retry-After that RetryFor has no room for (and OptionHTTPClient, set in
	// production, replaces slack-go's retrying client anyway).
	var opts []slack.Option
	if cfg.HTTPClient != nil {
		opts = append(opts, slack.OptionHTTPClient(cfg.HTTPClient))
	}
	if cfg.AppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(cfg.AppToken))
	}
	if cfg.APIURL != "" {
		u := cfg.APIURL
		if !strings.HasSuffix(u, "/") {
			u += "/"
		}
		opts = append(opts, slack.OptionAPIURL(u))
	}
	return &Adapter{
		cfg:    cfg,
		api:    slack.New(cfg.BotToken, opts...),
		engine: engine,
		log:    log.With("adapter", "slack"),
		pacer:  newPacer(cfg.PostInterval, cfg.PostBurst),
		abort:  make(chan struct{}),
	}, nil
}

// Run authenticates, then serves Socket Mode when an app token is configured, or else waits
// while cmd's HTTP server delivers requests to Routes. When ctx ends it stops taking new work and
// waits for in-flight turns (cancelling them after ShutdownGrace).
func (a *Adapter) Run(ctx context.Context) error {
	defer a.drain()
	if _, err := a.identity(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("authenticate with slack: %w", err)
	}
	if a.cfg.AppToken == "" {
		a.log.InfoContext(ctx, "slack ready over HTTP")
		<-ctx.Done()
		return nil
	}
	return a.runSocket(ctx)
}

// Ready reports whether archbot is authenticated and, in Socket Mode, connected.
func (a *Adapter) Ready() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.self.userID != "" && (a.cfg.AppToken == "" || a.connected)
}

func (a *Adapter) setConnected(up bool) {
	a.mu.Lock()
	a.connected = up
	a.mu.Unlock()
}

// identity returns archbot's own identity, asking Slack once.
func (a *Adapter) identity(ctx context.Context) (identity, error) {
	a.mu.Lock()
	self := a.self
	a.mu.Unlock()
	if self.userID != "" {
		return self, nil
	}
	var resp *slack.AuthTestResponse
	err := retrier{a: a, what: "auth.test"}.do(ctx, func(actx context.Context) error {
		var err error
		resp, err = a.api.AuthTestContext(actx)
		return err
	})
	if err != nil {
		return identity{}, fmt.Errorf("auth.test: %w", err)
	}
	self = identity{userID: resp.UserID, botID: resp.BotID, teamID: resp.TeamID}
	a.mu.Lock()
	a.self = self
	a.mu.Unlock()
	a.log.InfoContext(ctx, "slack authenticated", "team", resp.TeamID, "bot_user", resp.UserID)
	return self, nil
}

// spawn runs work in a goroutine the adapter owns, detached from the request that brought it
// (Slack must be acknowledged long before a turn ends). It reports false when shutting down.
func (a *Adapter) spawn(ctx context.Context, what string, work func(ctx context.Context)) bool {
	a.mu.Lock()
	if a.closing {
		a.mu.Unlock()
		a.log.WarnContext(ctx, "shutting down, not starting work", "what", what)
		return false
	}
	a.turns.Add(1)
	a.mu.Unlock()
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	go func() {
		defer a.turns.Done()
		defer cancel()
		stop := make(chan struct{})
		defer close(stop)
		go func() {
			select {
			case <-a.abort:
				cancel()
			case <-stop:
			}
		}()
		defer func() {
			if p := recover(); p != nil {
				a.log.ErrorContext(ctx, "panic in slack work", "what", what, "panic", p, "stack", string(debug.Stack()))
			}
		}()
		work(ctx)
	}()
	return true
}

// accepting reports whether new work is taken; HTTP handlers answer 503 otherwise, so Slack
// redelivers to a replica that is not shutting down.
func (a *Adapter) accepting() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return !a.closing
}

// drain stops new work and waits for in-flight turns, cancelling them after the grace period.
func (a *Adapter) drain() {
	a.mu.Lock()
	a.closing = true
	a.mu.Unlock()
	done := make(chan struct{})
	go func() {
		a.turns.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(a.cfg.ShutdownGrace):
		a.log.Warn("in-flight turns outlived the shutdown grace; cancelling them")
		a.abortOnce.Do(func() { close(a.abort) })
		<-done
	}
}

// handle runs one engine turn and rounds off the thread's output.
func (a *Adapter) handle(ctx context.Context, msg bot.Message, sink *threadSink) {
	log := a.log.With("thread", msg.Thread.Key())
	start := time.Now()
	sink.user = msg.AuthorID
	err := a.engine.Run(ctx, msg, sink)
	if err != nil {
		// The engine has told the user already; this is for operators.
		log.WarnContext(ctx, "turn ended with an error", "err", err, "took", time.Since(start))
		return
	}
	log.InfoContext(ctx, "turn done", "new", msg.New, "took", time.Since(start))
}

func (a *Adapter) ref(team, channel, thread string) conversation.ThreadRef {
	return conversation.ThreadRef{Platform: "slack", Team: team, Channel: channel, ThreadID: thread}
}
