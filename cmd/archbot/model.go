package main

import (
	"log/slog"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/openai"
)

func newModelDesigner(c Config, log *slog.Logger) (bot.Designer, error) {
	return openai.New(openai.Config{
		APIKey:          c.OpenAIKey,
		BaseURL:         c.OpenAIBaseURL,
		Model:           c.OpenAIModel,
		APIType:         c.OpenAIAPIType,
		AzureAPIVersion: c.AzureVersion,
		Timeout:         c.ModelTimeout,
		MaxRetries:      retries(c.ModelRetries),
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
