package slack_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/archbot/archbot/adapters/slack"
	"github.com/archbot/archbot/adapters/slack/slacktest"
	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// The fuzz targets send arbitrary, correctly signed bodies to the adapter's real HTTP endpoints,
// running against a local Slack with the offline designer: whatever the body, the adapter
// answers with a sensible status and nothing it starts panics (a panic in a turn's goroutine
// would end the fuzzing process and fail the target).

// fuzzAdapter runs one adapter for a fuzz target's whole run and returns its HTTP handler.
func fuzzAdapter(f *testing.F) http.Handler {
	f.Helper()
	local := slacktest.NewServer(f)
	engine := bot.New(bot.Config{}, conversation.NewMemoryStore(), offline.New(), nil, slog.New(slog.DiscardHandler))
	a, err := slack.New(slack.Config{BotToken: slacktest.BotToken, SigningSecret: secret, APIURL: local.APIURL(),
		PostInterval: time.Millisecond, PostBurst: 1000, ShutdownGrace: 5 * time.Second}, engine, slog.New(slog.DiscardHandler))
	if err != nil {
		f.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Routes(mux)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); _ = a.Run(ctx) }()
	f.Cleanup(func() { cancel(); <-done })
	local.WaitFor(f, "adapter ready", a.Ready)
	return mux
}

func fuzzPost(t *testing.T, h http.Handler, path, contentType string, body []byte) {
	req := slacktest.SignedRequest("http://archbot.test"+path, secret, contentType, body, time.Now())
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	switch rec.Code {
	case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
	default:
		t.Fatalf("POST %s %q: status %d", path, body, rec.Code)
	}
}

func FuzzEventsPayload(f *testing.F) {
	for _, inner := range []map[string]any{
		slacktest.Mention("C1", "U1", "<@UARCHBOT> design a chat app", "1.1", ""),
		slacktest.Mention("C1", "U1", "<@UARCHBOT> show capacity", "1.2", "1.1"),
		slacktest.ChatMessage("D1", "im", "U1", "design a feed", "2.1", ""),
		slacktest.ChatMessage("C1", "channel", "U1", "why Redis?", "3.2", "3.1"),
	} {
		f.Add(slacktest.JSON(slacktest.EventCallback("Ev1", inner)))
	}
	f.Add([]byte(`{"type":"url_verification","challenge":"abc"}`))
	f.Add([]byte(`{"type":"event_callback","event":{"type":"message","subtype":"message_changed","message":null}}`))
	f.Add([]byte(`{"type":"event_callback","event":null}`))
	h := fuzzAdapter(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		fuzzPost(t, h, "/slack/events", "application/json", body)
	})
}

func FuzzSlashCommandForm(f *testing.F) {
	local := slacktest.NewServer(f)
	f.Add(slacktest.Form(local.SlashCommand("/design", "C1", "U1", "a photo sharing app for 50M DAU", "trig1")))
	f.Add(slacktest.Form(local.SlashCommand("/design", "C1", "U1", "help", "trig2")))
	f.Add([]byte("text=%zz&channel_id=C1"))
	f.Add([]byte("text=&&&=;"))
	h := fuzzAdapter(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		fuzzPost(t, h, "/slack/commands", "application/x-www-form-urlencoded", body)
	})
}

func FuzzInteractionPayload(f *testing.F) {
	local := slacktest.NewServer(f)
	f.Add(slacktest.InteractionForm(local.BlockAction("C1", "1.1", "1.9", "U1", "archbot_export", "trig3")))
	f.Add([]byte("payload=%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3Anull%7D"))
	f.Add([]byte("payload=null"))
	h := fuzzAdapter(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		fuzzPost(t, h, "/slack/interactions", "application/x-www-form-urlencoded", body)
	})
}
