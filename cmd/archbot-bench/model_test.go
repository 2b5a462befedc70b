package main

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/openai"
	"github.com/archbot/archbot/bot/openai/openaitest"
	"github.com/archbot/archbot/conversation"
)

// The fake model must answer every step validly, or the bench would time repair calls and
// fallbacks instead of archbot's pipeline. The model designer is its own fallback here, so an
// answer it cannot use fails the turn.
func TestFakeModelAnswersEveryStepValidly(t *testing.T) {
	fm := &fakeModel{}
	srv := openaitest.NewServer(t, fm.handle)
	d, err := openai.New(openai.Config{APIKey: "k", BaseURL: srv.URL, Timeout: 10 * time.Second, MaxRetries: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	eng := bot.New(bot.Config{}, conversation.NewMemoryStore(), d, d, slog.New(slog.DiscardHandler))
	ref := conversation.ThreadRef{Platform: "test", Channel: "c", ThreadID: "1"}
	ctx := context.Background()
	for k := 1; k <= 5; k++ {
		text := problem
		if k > 1 {
			text = followUp(k)
		}
		sink := newTimings()
		if err := eng.Handle(ctx, bot.Message{Thread: ref, Text: text, New: k == 1}, sink); err != nil {
			t.Fatalf("turn %d: %v", k, err)
		}
		// A design ends with done, a question gets a text answer, a change a new document.
		want := bot.ReplyText
		switch {
		case k == 1:
			want = bot.ReplyDone
		case k%2 == 1:
			want = bot.ReplyDocument
		}
		if _, ok := sink.first[want]; !ok {
			t.Fatalf("turn %d (%q) posted no %s reply; replies: %+v", k, text, want, sink.replies)
		}
	}
	tasks := map[string]int{}
	for _, r := range srv.Requests() {
		task, _, _ := strings.Cut(r.Task(), " ")
		tasks[task]++
	}
	// 12 model sections in the design, 2 per change (turns 3 and 5), none rewritten by repair;
	// the changes are interpreted, the plain questions (turns 2 and 4) answered at once.
	if tasks["section"] != 16 || tasks["interpret"] != 2 || tasks["answer"] != 2 || tasks["repair"] != 0 {
		t.Errorf("model calls by task = %v", tasks)
	}
}

func TestFollowUpTextFindsTheMessage(t *testing.T) {
	prompt := "Task: interpret\n\nFollow-up message:\n<user_text>\nUse Cassandra?\n</user_text>\n\nAnswer with"
	if got := followUpText(prompt); got != "Use Cassandra?" {
		t.Fatalf("followUpText = %q, want %q", got, "Use Cassandra?")
	}
}
