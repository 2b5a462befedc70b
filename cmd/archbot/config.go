package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/kelseyhightower/envconfig"

	"github.com/archbot/archbot/conversation"
)

// Config is every setting archbot reads from the environment. It is the only place that does;
// packages take plain structs. `archbot config` prints this table.
type Config struct {
	Provider         string        `envconfig:"ARCHBOT_PROVIDER" default:"auto" desc:"designer: auto (openai when OPENAI_API_KEY or OPENAI_BASE_URL is set, else offline), openai or offline"`
	OpenAIKey        string        `envconfig:"OPENAI_API_KEY" desc:"API key of the OpenAI-compatible server (secret; never logged)"`
	OpenAIBaseURL    string        `envconfig:"OPENAI_BASE_URL" desc:"base URL of an OpenAI-compatible API (Ollama, vLLM, llama.cpp server, Azure endpoint); set alone (no key) it enables the model; empty means api.openai.com"`
	OpenAIModel      string        `envconfig:"OPENAI_MODEL" default:"gpt-4o-mini" desc:"model name, or the deployment name on Azure"`
	OpenAIAPIType    string        `envconfig:"OPENAI_API_TYPE" default:"openai" desc:"openai or azure"`
	AzureVersion     string        `envconfig:"OPENAI_API_VERSION" default:"2024-06-01" desc:"Azure OpenAI API version (with OPENAI_API_TYPE=azure)"`
	ModelTimeout     time.Duration `envconfig:"ARCHBOT_MODEL_TIMEOUT" default:"90s" desc:"time limit of one model call"`
	ModelRetries     int           `envconfig:"ARCHBOT_MODEL_RETRIES" default:"3" desc:"retries of a model call after 429 or 5xx, with jittered backoff"`
	ModelRetryBudget time.Duration `envconfig:"ARCHBOT_MODEL_RETRY_BUDGET" default:"10s" desc:"most one model call waits between retries in total; a 429 whose Retry-After is longer fails that call at once (the offline designer writes that part) and pauses every model call until the Retry-After has passed"`
	Concurrency      int           `envconfig:"ARCHBOT_LLM_CONCURRENCY" default:"6" desc:"model calls in flight at once per design for its sections, with the components call or the review beside them (so at most one more). At 6 a first design takes 4 model round trips from start to last section (at 4 it takes 5, at 3 six). A design is about 40K tokens over 15 calls, so 6 in flight is about 16K tokens in a burst, inside a tier-1 OpenAI account even where its per-minute limits are enforced per second (gpt-4o-mini: 500 requests and 200K tokens a minute); lower it when designs run side by side and 429s are frequent"`
	DesignDeadline   time.Duration `envconfig:"ARCHBOT_DESIGN_DEADLINE" default:"90s" desc:"the model's share of a first design: what it has not written by then the offline designer writes, and the user is told which sections"`
	RedisURL         string        `envconfig:"REDIS_URL" desc:"redis:// or rediss:// URL of thread state (Sentinel and Cluster forms in the README); empty keeps state in memory (chat, design only)"`
	ThreadTTL        time.Duration `envconfig:"ARCHBOT_THREAD_TTL" default:"720h" desc:"idle threads expire after this long"`
	MaxInput         int           `envconfig:"ARCHBOT_MAX_INPUT_CHARS" default:"8000" desc:"longest message accepted, in characters"`
	HTTPAddr         string        `envconfig:"ARCHBOT_HTTP_ADDR" default:":8080" desc:"listen address of archbot serve: /healthz, /readyz, /metrics and Slack's HTTP endpoints"`
	LogFormat        string        `envconfig:"ARCHBOT_LOG_FORMAT" default:"auto" desc:"auto (text on a terminal, else JSON), json or text"`
	LogLevel         slog.Level    `envconfig:"ARCHBOT_LOG_LEVEL" default:"info" desc:"debug, info, warn or error"`
	CPUProfile       string        `envconfig:"ARCHBOT_CPU_PROFILE" desc:"write a CPU profile (pprof) of archbot serve's whole run to this path with .<pid> appended, closed on shutdown; for profiling, empty = off"`
	Env              string        `envconfig:"ARCHBOT_ENV" default:"production" desc:"production or development: in production archbot serve is not ready (/readyz 503) while its Redis may evict its keys (maxmemory-policy other than noeviction under a maxmemory) or persists nothing (no AOF, no RDB save), since either loses threads; development only warns"`
	KnowledgeDir     string        `envconfig:"ARCHBOT_KNOWLEDGE_DIR" desc:"directory of a team's own designer knowledge: archetypes-*.yaml and components-*.yaml (features and components shaped like bot/offline/knowledge/archetypes-*.yaml and components-*.yaml; an id the built-in files use replaces that entry), capabilities-*.yaml (detection entries shaped like bot/offline/knowledge/capabilities.yaml) and stack.yaml (the house stack designs prefer, e.g. prefer: [postgresql, kafka, gcp]); empty uses the built-in knowledge only"`

	// Work distribution between replicas (issue 6).
	Workers           int           `envconfig:"ARCHBOT_WORKERS" default:"16" desc:"jobs one replica of archbot serve runs at once (with Redis, any replica runs any thread's turns)"`
	JobClaimAfter     time.Duration `envconfig:"ARCHBOT_JOB_CLAIM_AFTER" default:"30s" desc:"a job whose replica shows no sign of life this long is taken over by another replica; also the thread lock's lifetime"`
	ShutdownTimeout   time.Duration `envconfig:"ARCHBOT_SHUTDOWN_TIMEOUT" default:"25s" desc:"on SIGTERM, how long in-flight turns may finish before they are handed back to the queue for another replica"`
	SlackPostInterval time.Duration `envconfig:"SLACK_POST_INTERVAL" default:"1s" desc:"steady pace of archbot's messages in one Slack channel (Slack allows about one a second)"`

	DesignsPerUser int64 `envconfig:"ARCHBOT_DESIGNS_PER_USER_PER_DAY" default:"20" desc:"new designs one person may start per UTC day, counted in Redis; 0 = unlimited"`
	DesignsPerTeam int64 `envconfig:"ARCHBOT_DESIGNS_PER_TEAM_PER_DAY" default:"200" desc:"new designs per Slack workspace or Discord server per UTC day; 0 = unlimited"`
	TokensPerUser  int64 `envconfig:"ARCHBOT_TOKENS_PER_USER_PER_DAY" default:"1000000" desc:"model tokens (prompt + completion) one person may spend per UTC day; 0 = unlimited"`
	TokensPerTeam  int64 `envconfig:"ARCHBOT_TOKENS_PER_TEAM_PER_DAY" default:"5000000" desc:"model tokens per workspace or server per UTC day (a model-written design is about 40K); 0 = unlimited"`

	SlackBotToken      string `envconfig:"SLACK_BOT_TOKEN" desc:"Slack bot token (xoxb-); enables Slack in archbot serve"`
	SlackAppToken      string `envconfig:"SLACK_APP_TOKEN" desc:"Slack app-level token (xapp-); when set, Slack uses Socket Mode instead of HTTP"`
	SlackSigningSecret string `envconfig:"SLACK_SIGNING_SECRET" desc:"Slack signing secret; verifies HTTP requests (required without SLACK_APP_TOKEN)"`
	SlackAPIURL        string `envconfig:"SLACK_API_URL" desc:"Slack Web API base URL override (proxies, tests)"`

	DiscordToken      string `envconfig:"DISCORD_TOKEN" desc:"Discord bot token; enables Discord in archbot serve"`
	DiscordAppID      string `envconfig:"DISCORD_APP_ID" desc:"Discord application id (for the invite URL and command registration)"`
	DiscordGuildID    string `envconfig:"DISCORD_GUILD_ID" desc:"register /design on this guild only (instant, for testing); empty registers globally"`
	DiscordAPIURL     string `envconfig:"DISCORD_API_URL" desc:"Discord REST base URL override (rate-limit proxies, tests)"`
	DiscordShardID    int    `envconfig:"DISCORD_SHARD_ID" default:"0" desc:"this replica's gateway shard, from 0 to DISCORD_SHARD_COUNT-1"`
	DiscordShardCount int    `envconfig:"DISCORD_SHARD_COUNT" default:"1" desc:"gateway shards the replicas split Discord servers between; 1 = none, every replica receives every message (the job queue answers each once, at a Redis round trip per extra replica). With n replicas give each its own DISCORD_SHARD_ID and set n, so each message reaches one; Discord routes a server's events to shard (server id >> 22) % n, DMs to shard 0"`
}

// limits are the daily budgets; the zero value means none are set.
func (c Config) limits() conversation.Limits {
	return conversation.Limits{DesignsPerUser: max(c.DesignsPerUser, 0), DesignsPerTeam: max(c.DesignsPerTeam, 0),
		TokensPerUser: max(c.TokensPerUser, 0), TokensPerTeam: max(c.TokensPerTeam, 0)}
}

func loadConfig() (Config, error) {
	var c Config
	if err := envconfig.Process("", &c); err != nil {
		return c, fmt.Errorf("read configuration: %w", err)
	}
	switch c.Provider {
	case "auto", "openai", "offline":
	default:
		return c, fmt.Errorf("ARCHBOT_PROVIDER=%q: want auto, openai or offline", c.Provider)
	}
	switch c.Env {
	case "production", "development":
	default:
		return c, fmt.Errorf("ARCHBOT_ENV=%q: want production or development", c.Env)
	}
	return c, nil
}

// printConfig writes every variable with its default and meaning, from envconfig's usage output;
// with --markdown, as the table the README carries.
func printConfig(args []string, w io.Writer) error {
	var c Config
	switch {
	case len(args) == 0:
		return envconfig.Usagef("", &c, w, configTable)
	case len(args) == 1 && args[0] == "--markdown":
		return envconfig.Usagef("", &c, w, configMarkdown)
	}
	return errUsage
}

const configTable = `archbot reads these environment variables:

{{range .}}{{usage_key .}}
    default: {{if usage_default .}}{{usage_default .}}{{else}}(empty){{end}}
    {{usage_description .}}
{{end}}`

const configMarkdown = `| Variable | Default | Meaning |
|---|---|---|
{{range .}}| ` + "`{{usage_key .}}`" + ` | {{if usage_default .}}` + "`{{usage_default .}}`" + `{{end}} | {{usage_description .}} |
{{end}}`

func newLogger(c Config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	format := c.LogFormat
	if format == "auto" {
		format = "json"
		if f, ok := w.(*os.File); ok {
			if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
				format = "text"
			}
		}
	}
	if format == "text" {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}
