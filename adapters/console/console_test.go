package console_test

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/archbot/archbot/adapters/console"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// At the terminal a vague request gets questions, the next line answers them, and the design
// that follows writes down what it assumed; after it, lines are follow-ups.
func TestVagueRequestIsAskedAboutThenDesigned(t *testing.T) {
	e := bot.New(bot.Config{}, conversation.NewMemoryStore(), offline.New(), nil, slog.New(slog.DiscardHandler))
	var out strings.Builder
	a := console.New(console.Config{In: strings.NewReader("build a backend\njust assume\nstatus\n"), Out: &out, Status: io.Discard}, e)
	if err := a.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	questions := strings.Index(got, "1. **What does it do")
	requirements := strings.Index(got, "## Requirements")
	status := strings.Index(got, ", version 1")
	if questions < 0 || requirements < questions || status < requirements {
		t.Fatalf("output (questions at %d, requirements at %d, status at %d), want them in that order:\n%s", questions, requirements, status, got)
	}
	if !strings.Contains(got[requirements:], "Assumed, as the request did not say what the system does") {
		t.Errorf("the design does not write down what it assumed:\n%s", got[requirements:])
	}
}
