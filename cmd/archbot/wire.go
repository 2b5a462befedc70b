package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"os"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/redisstore"
)

// store is what the engine and the readiness probe need of thread state.
type store interface {
	bot.Store
}

// openStore connects to REDIS_URL, or returns a memory store when it is empty and memory is
// acceptable. The returned close function releases the connection.
func openStore(ctx context.Context, c Config, memoryOK bool, log *slog.Logger) (store, func(), error) {
	if c.RedisURL == "" {
		if !memoryOK {
			return nil, nil, fmt.Errorf("REDIS_URL is not set: archbot serve keeps thread state in Redis so replicas can share threads and nothing is lost on restart")
		}
		return conversation.NewMemoryStore(), func() {}, nil
	}
	quietRedis(log)
	client, err := redisstore.Open(ctx, c.RedisURL)
	if err != nil {
		return nil, nil, err
	}
	st := redisstore.New(client, redisstore.Options{ThreadTTL: c.ThreadTTL})
	return st, func() { _ = client.Close() }, nil
}

// localEngine builds the engine for the terminal commands: Redis when REDIS_URL is set, memory
// otherwise, and no metrics. It also returns which designer it uses, for the user to see, and a
// function that releases the store.
func localEngine(ctx context.Context) (*bot.Engine, string, func(), error) {
	c, err := loadConfig()
	if err != nil {
		return nil, "", nil, err
	}
	if os.Getenv("ARCHBOT_LOG_LEVEL") == "" {
		// In a terminal the replies are the output; routine log lines would only get in the way.
		c.LogLevel = slog.LevelWarn
	}
	log := newLogger(c, os.Stderr)
	st, closeStore, err := openStore(ctx, c, true, log)
	if err != nil {
		return nil, "", nil, err
	}
	engine, err := newEngine(c, st, limiter(c, st), nil, log)
	if err != nil {
		closeStore()
		return nil, "", nil, err
	}
	return engine, c.designerName(), closeStore, nil
}

// useModel reports whether the configuration asks for the model-backed designer. A base URL
// alone is enough: local servers (Ollama, vLLM, llama.cpp) take no key.
func (c Config) useModel() bool {
	switch c.Provider {
	case "openai":
		return true
	case "offline":
		return false
	}
	return c.OpenAIKey != "" || c.OpenAIBaseURL != ""
}

// designerName says which designer the configuration selects and, for a model, where it is, so
// that a user who meant to use a model sees at once whether archbot will.
func (c Config) designerName() string {
	if !c.useModel() {
		return "offline (set OPENAI_API_KEY, or OPENAI_BASE_URL for a local server, to use a model)"
	}
	return fmt.Sprintf("model %s at %s, offline as fallback", c.OpenAIModel, c.modelHost())
}

// modelHost is where the model is served, without any password the URL may carry.
func (c Config) modelHost() string {
	if c.OpenAIBaseURL == "" {
		return "api.openai.com"
	}
	if u, err := url.Parse(c.OpenAIBaseURL); err == nil {
		return u.Redacted()
	}
	return "the server OPENAI_BASE_URL names"
}

// designers picks the designer from the configuration; the offline designer is always the
// fallback.
func designers(c Config, log *slog.Logger) (primary, fallback bot.Designer, err error) {
	k, err := knowledge(c, log)
	if err != nil {
		return nil, nil, err
	}
	off := offline.New(offline.Options{Knowledge: k})
	if !c.useModel() {
		return off, off, nil
	}
	if c.OpenAIKey == "" && c.OpenAIBaseURL == "" {
		return nil, nil, fmt.Errorf("ARCHBOT_PROVIDER=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server)")
	}
	m, err := newModelDesigner(c, off, log)
	if err != nil {
		return nil, nil, err
	}
	return m, off, nil
}

// knowledge loads the team's knowledge directory, if one is configured; a mistake in it stops
// archbot at start-up rather than making every design quietly worse.
func knowledge(c Config, log *slog.Logger) (*offline.Knowledge, error) {
	if c.KnowledgeDir == "" {
		return nil, nil
	}
	k, err := offline.LoadKnowledge(c.KnowledgeDir)
	if err != nil {
		return nil, fmt.Errorf("ARCHBOT_KNOWLEDGE_DIR: %w", err)
	}
	log.Info("team knowledge loaded", "dir", c.KnowledgeDir, "files", k.Files, "stack", k.Stack())
	return k, nil
}

// newEngine builds the engine with the daily limits lim (nil: none); metrics may be nil where
// nothing scrapes them.
func newEngine(c Config, st bot.Store, lim *redisstore.Limiter, metrics *bot.Metrics, log *slog.Logger) (*bot.Engine, error) {
	primary, fallback, err := designers(c, log)
	if err != nil {
		return nil, err
	}
	cfg := bot.Config{MaxInputChars: c.MaxInput, LLMConcurrency: c.Concurrency, DesignDeadline: c.DesignDeadline,
		Metrics: metrics, Secrets: secrets(c)}
	if lim != nil {
		cfg.Limiter = lim
	}
	return bot.New(cfg, st, primary, fallback, log), nil
}

// limiter is the daily limits kept in Redis, or nil when there is no Redis or no limit is set.
func limiter(c Config, st bot.Store) *redisstore.Limiter {
	rs, ok := st.(*redisstore.Store)
	if !ok || c.limits() == (conversation.Limits{}) {
		return nil
	}
	return rs.Limiter(c.limits())
}

// secrets are the configured values no reply may show, whatever a model is talked into.
func secrets(c Config) []string {
	s := []string{c.OpenAIKey, c.SlackBotToken, c.SlackAppToken, c.SlackSigningSecret, c.DiscordToken}
	if opts, err := redisstore.ParseURL(c.RedisURL); err == nil {
		s = append(s, opts.Password, opts.SentinelPassword)
	}
	return s
}
