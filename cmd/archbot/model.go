package main

import (
	"log/slog"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/openai"
)

// newModelDesigner builds the model-backed designer; kb (the offline designer) gives its prompts
// the knowledge base's facts, so the model and the fallback agree on them.
func newModelDesigner(c Config, kb openai.Knowledge, log *slog.Logger) (bot.Designer, error) {
	return openai.New(openai.Config{
		Knowledge:       kb,
		APIKey:          c.OpenAIKey,
		BaseURL:         c.OpenAIBaseURL,
		Model:           c.OpenAIModel,
		APIType:         c.OpenAIAPIType,
		AzureAPIVersion: c.AzureVersion,
		Timeout:         c.ModelTimeout,
		MaxRetries:      retries(c.ModelRetries),
		RetryBudget:     c.ModelRetryBudget,
		// Every worker's design may have LLM concurrency calls in flight; the call's own
		// timeout (ModelTimeout) bounds each, so the client sets none.
		HTTPClient: newAPIClient(max(c.Workers*c.Concurrency, 2), 0),
	}, log)
}

// retries maps ARCHBOT_MODEL_RETRIES, where 0 means none, onto openai.Config, where 0 means the
// default and a negative number means none.
func retries(n int) int {
	if n <= 0 {
		return -1
	}
	return n
}
