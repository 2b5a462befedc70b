package openai

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/prompts"
)

// Config configures the model-backed designer; cmd/archbot fills it from the environment.
type Config struct {
	APIKey string
	// BaseURL of an OpenAI-compatible API ("http://localhost:11434/v1"); for Azure, the resource
	// endpoint ("https://NAME.openai.azure.com"). Default: OpenAI's API.
	BaseURL string
	Model   string // default "gpt-4o-mini"
	// APIType is "openai" (default, also for compatible servers) or "azure".
	APIType         string
	AzureAPIVersion string // default "2024-06-01"
	AzureDeployment string // default: Model
	// Temperature of every call; 0 leaves the server's default.
	Temperature float32
	// NoJSONMode stops asking for response_format json_object, for servers that reject it.
	// JSON answers are validated either way; a 400 to a JSON-mode request turns it off too.
	NoJSONMode bool

	// Timeout bounds one attempt of one call, a whole streamed section included. Default 90s.
	Timeout time.Duration
	// MaxRetries is how many times a failed call is retried; 0 means 3, negative means none.
	MaxRetries int
	// BackoffBase is the first retry's wait, doubled each retry and jittered; default 500ms.
	BackoffBase time.Duration
	// BackoffMax caps one exponential backoff wait. Default 20s.
	BackoffMax time.Duration
	// RetryBudget is the most one call waits between its attempts, in total. A Retry-After
	// beyond what is left of it fails the call at once (the offline designer writes that part)
	// and holds every other call off until the pause is over, so a design never sits out a
	// long rate limit. Default 10s.
	RetryBudget time.Duration
	// MaxContinuations is how many times an answer cut off at the model's length limit is
	// continued before the call fails with ErrTruncated; 0 means 2, negative means none.
	MaxContinuations int
	// BreakerThreshold consecutive failed attempts open the circuit breaker; default 5.
	BreakerThreshold int
	// BreakerCooldown is how long the breaker stays open before one probe call; default 30s.
	BreakerCooldown time.Duration

	// HTTPClient is used for the API calls; default a plain client (attempts have their own
	// timeouts).
	HTTPClient *http.Client

	// Knowledge, when set, gives every prompt the knowledge base's facts about the design (the
	// offline designer's capabilities, technologies and house stack), so a model-written design
	// and an offline one agree on facts.
	Knowledge Knowledge
}

// Knowledge is what the designer needs of a knowledge base: the facts about one design.
type Knowledge interface {
	Facts(g bot.Grounding) conversation.Facts
}

// Designer writes design parts with a model. It is safe for concurrent use.
type Designer struct {
	cfg      Config
	client   *goopenai.Client
	breaker  *breaker
	system   string
	scrubber *scrubber // keeps the key and the system prompt out of answers
	jsonMode atomic.Bool
	// streamUsage asks for the usage chunk at the end of a stream (stream_options), which only
	// some API versions accept; without it usage is estimated.
	streamUsage bool
	log         *slog.Logger
}

// withDefaults fills in every setting left at its zero value; a negative count means none.
func (cfg Config) withDefaults() Config {
	if cfg.Model == "" {
		cfg.Model = "gpt-4o-mini"
	}
	orDefault(&cfg.Timeout, 90*time.Second)
	countOrDefault(&cfg.MaxRetries, 3)
	orDefault(&cfg.BackoffBase, 500*time.Millisecond)
	orDefault(&cfg.BackoffMax, 20*time.Second)
	orDefault(&cfg.RetryBudget, 10*time.Second)
	countOrDefault(&cfg.MaxContinuations, 2)
	orDefault(&cfg.BreakerThreshold, 5)
	orDefault(&cfg.BreakerCooldown, 30*time.Second)
	return cfg
}

// orDefault sets *v to def unless it is positive.
func orDefault[T int | time.Duration](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// countOrDefault sets a count left at 0 to def and a negative one to none.
func countOrDefault(n *int, def int) {
	if *n == 0 {
		*n = def
	}
	*n = max(*n, 0)
}

// New returns a designer calling the API described by cfg.
func New(cfg Config, log *slog.Logger) (*Designer, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	httpClient := cfg.HTTPClient
	if httpClient == nil {
		httpClient = &http.Client{}
	}

	var cc goopenai.ClientConfig
	streamUsage := true
	switch strings.ToLower(cfg.APIType) {
	case "", "openai":
		if cfg.APIKey == "" && cfg.BaseURL == "" {
			return nil, errors.New("configure openai designer: an API key is required for OpenAI's API")
		}
		cc = goopenai.DefaultConfig(cfg.APIKey)
		if cfg.BaseURL != "" {
			cc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
		}
	case "azure":
		if cfg.APIKey == "" || cfg.BaseURL == "" {
			return nil, errors.New("configure openai designer: azure needs an API key and the resource endpoint as base URL")
		}
		cc = goopenai.DefaultAzureConfig(cfg.APIKey, strings.TrimRight(cfg.BaseURL, "/"))
		if cfg.AzureAPIVersion != "" {
			cc.APIVersion = cfg.AzureAPIVersion
		} else {
			cc.APIVersion = "2024-06-01"
		}
		streamUsage = azureAcceptsStreamOptions(cc.APIVersion)
		deployment := cfg.AzureDeployment
		if deployment == "" {
			deployment = cfg.Model
		}
		cc.AzureModelMapperFunc = func(string) string { return deployment }
	default:
		return nil, fmt.Errorf("configure openai designer: unknown API type %q (want openai or azure)", cfg.APIType)
	}
	cc.HTTPClient = retryAfterDoer{c: httpClient}

	system, err := prompts.System()
	if err != nil {
		return nil, fmt.Errorf("configure openai designer: %w", err)
	}
	d := &Designer{
		cfg:      cfg,
		client:   goopenai.NewClientWithConfig(cc),
		breaker:  newBreaker(cfg.BreakerThreshold, cfg.BreakerCooldown),
		system:   system,
		scrubber: newScrubber(system, cfg.APIKey),
		log:      log.With("designer", "openai", "model", cfg.Model),

		streamUsage: streamUsage,
	}
	d.jsonMode.Store(!cfg.NoJSONMode)
	return d, nil
}

// Name identifies the designer in logs, metrics and messages.
func (d *Designer) Name() string { return "openai" }

// azureAcceptsStreamOptions reports whether an Azure OpenAI api-version accepts stream_options in
// a chat completion request. Azure's published inference specs
// (Azure/azure-rest-api-specs, specification/cognitiveservices/data-plane/AzureOpenAI/inference)
// have no stream_options in createChatCompletionRequest up to the GA version 2024-06-01 and have
// it from GA 2024-10-21; previews are trusted with it from the same date (later previews build on
// that GA; earlier ones are not relied on). The v1 API ("v1", "latest", "preview") follows
// OpenAI's. Anything unrecognised gets no stream_options: a request without it only has its usage
// estimated, one with it may be refused.
func azureAcceptsStreamOptions(version string) bool {
	v := strings.ToLower(strings.TrimSpace(version))
	switch v {
	case "v1", "latest", "preview":
		return true
	}
	date, _ := strings.CutSuffix(v, "-preview")
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return false
	}
	return !t.Before(time.Date(2024, 10, 21, 0, 0, 0, 0, time.UTC))
}
