package offline

import (
	"context"

	"github.com/archbot/archbot/bot"
)

// Interpret classifies a follow-up.
func (d *Designer) Interpret(ctx context.Context, g bot.Grounding, text string) (bot.Interpretation, error) {
	return bot.Interpretation{Intent: bot.IntentQuestion}, nil
}

// Answer answers a question from the design.
func (d *Designer) Answer(ctx context.Context, g bot.Grounding, question string) (string, error) {
	return "", nil
}
