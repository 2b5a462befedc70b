package bot

import (
	"context"
	"log/slog"
	"time"

	"github.com/archbot/archbot/conversation"
)

// Store loads and saves thread state. Save fails with conversation.ErrConflict when the thread was
// saved by someone else since it was loaded; FirstSeen deduplicates event deliveries.
type Store interface {
	Load(ctx context.Context, ref conversation.ThreadRef) (*conversation.Thread, error)
	Save(ctx context.Context, th *conversation.Thread) error
	FirstSeen(ctx context.Context, eventID string, ttl time.Duration) (bool, error)
}

// existenceChecker is a store that can tell whether a thread has state without loading it.
type existenceChecker interface {
	Exists(ctx context.Context, ref conversation.ThreadRef) (bool, error)
}

// Config tunes the engine; cmd/archbot fills it from the environment.
type Config struct {
	MaxInputChars  int // longest message accepted; default 8000
	LLMConcurrency int // section calls in flight at once per design (the components call or the review runs beside them); default DefaultLLMConcurrency
	// DesignDeadline bounds the designer's part of a first draft: whatever it has not written
	// by then is written by the fallback, and the user is told which parts. Default
	// DefaultDesignDeadline; negative for none.
	DesignDeadline time.Duration
	DedupTTL       time.Duration // how long an event id is remembered; default 24h
	Metrics        *Metrics      // nil records nothing
	// Limiter enforces daily design and token budgets per user and workspace; nil is unlimited.
	Limiter Limiter
	// StoreWait is how long a finished first draft waits for Redis to come back to save it;
	// default 30s, negative for no wait. Other turns fail at once when Redis is down.
	StoreWait time.Duration
	// Secrets are strings no reply may contain (API keys, platform tokens): replies are scrubbed
	// of them before they reach a sink, whoever wrote the text.
	Secrets []string
}

// Engine turns messages in threads into replies.
type Engine struct {
	cfg      Config
	store    Store
	designer Designer
	fallback Designer
	secrets  *secretReplacer // Config.Secrets, for guardSink
	log      *slog.Logger
}

// New returns an engine that designs with designer and falls back to fallback (the offline
// designer) when a step fails. fallback may be the same as designer.
func New(cfg Config, store Store, designer, fallback Designer, log *slog.Logger) *Engine {
	if cfg.MaxInputChars <= 0 {
		cfg.MaxInputChars = 8000
	}
	if cfg.LLMConcurrency <= 0 {
		cfg.LLMConcurrency = DefaultLLMConcurrency
	}
	if cfg.DesignDeadline == 0 {
		cfg.DesignDeadline = DefaultDesignDeadline
	}
	if cfg.DedupTTL <= 0 {
		cfg.DedupTTL = 24 * time.Hour
	}
	if cfg.StoreWait == 0 {
		cfg.StoreWait = defaultStoreWait
	}
	if fallback == nil {
		fallback = designer
	}
	return &Engine{cfg: cfg, store: store, designer: designer, fallback: fallback, secrets: newSecretReplacer(cfg.Secrets), log: log}
}

// Owns reports whether archbot holds a design for the thread, so adapters can tell follow-ups in
// archbot's threads from chatter in threads that are not its own.
func (e *Engine) Owns(ctx context.Context, ref conversation.ThreadRef) (bool, error) {
	if x, ok := e.store.(existenceChecker); ok {
		return x.Exists(ctx, ref)
	}
	_, err := e.store.Load(ctx, ref)
	switch {
	case err == nil:
		return true, nil
	case err == conversation.ErrNotFound:
		return false, nil
	default:
		return false, err
	}
}

// DesignerName names the designer the engine uses first ("offline", "openai").
func (e *Engine) DesignerName() string { return e.designer.Name() }

// Metrics returns the engine's collectors, so adapters can count the events they receive. It
// may be nil; Metrics' methods accept that.
func (e *Engine) Metrics() *Metrics { return e.cfg.Metrics }
