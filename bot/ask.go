package bot

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/archbot/archbot/conversation"
)

// ask saves the thread as awaiting answers, the request kept, and posts the questions. No design
// is counted against the daily limits until the answer starts one.
func (t *turn) ask(ctx context.Context, th *conversation.Thread) error {
	t.intent = IntentClarify
	now := time.Now().UTC()
	th.Problem, th.UpdatedAt = t.msg.Text, now
	th.Clarify = &conversation.Clarification{Statement: t.msg.Text, AskedAt: now}
	th.AddTurn(conversation.Turn{Author: t.msg.Author, Text: t.msg.Text, Intent: string(IntentClarify),
		Reply: "asked what the system does before designing", At: now})
	if err := t.e.store.Save(ctx, th); err != nil {
		if errors.Is(err, conversation.ErrConflict) {
			return &UserError{Code: CodeBusy, Message: "I'm already working on a design in this thread."}
		}
		return storeDown(fmt.Errorf("save questions: %w", err))
	}
	t.log.InfoContext(ctx, "asked before designing a vague request")
	return t.send(ctx, Reply{Kind: ReplyText, Text: clarifyingQuestions(t.msg.Text)})
}

// clarified goes on from questions asked in the thread: the message answers them or lets archbot
// assume, and the design starts; a command or a message that does neither gets a reminder.
func (t *turn) clarified(ctx context.Context, th *conversation.Thread) error {
	c := th.Clarify
	switch {
	case c.Awaiting() && t.msg.New && t.msg.Resumed && c.Statement == t.msg.Text:
		// An earlier run of this request saved the questions, then stopped before posting them.
		t.intent = IntentClarify
		return t.send(ctx, Reply{Kind: ReplyText, Text: clarifyingQuestions(c.Statement)})
	case !c.Awaiting() && t.msg.Resumed && t.msg.ID != "" && c.AnswerID == t.msg.ID:
		// An earlier run of this answer claimed the thread, then stopped before saving the design.
		t.intent = IntentDesign
		return t.draftFirst(ctx, th, th.Problem, assumed(th.Problem))
	case !c.Awaiting() && time.Since(th.UpdatedAt) < staleClaim:
		return &UserError{Code: CodeBusy, Message: "I'm still drafting the first version of this design; it will appear here shortly."}
	}
	// Waiting, or an answer whose draft died with its process: this message answers.
	if _, ok := ParseCommand(t.msg.Text); ok {
		t.intent = IntentCommand
		return t.send(ctx, Reply{Kind: ReplyText, Text: waitingText})
	}
	problem := c.Statement
	switch readAnswer(t.msg.Text) {
	case answerUnclear:
		t.intent = IntentClarify
		return t.send(ctx, Reply{Kind: ReplyText, Text: waitingText})
	case answerGiven:
		problem = clarifiedProblem(c.Statement, t.msg.Text)
	}
	t.intent = IntentDesign
	if err := t.e.startDesign(ctx, t.msg); err != nil {
		return err
	}
	th.Problem, th.UpdatedAt = problem, time.Now().UTC()
	th.Clarify = &conversation.Clarification{Statement: c.Statement, AskedAt: c.AskedAt, Answer: t.msg.Text, AnswerID: t.msg.ID}
	// Claim the thread before drafting, as a first design does.
	if err := t.e.store.Save(ctx, th); err != nil {
		if errors.Is(err, conversation.ErrConflict) {
			return &UserError{Code: CodeBusy, Message: "I'm already drafting a design in this thread."}
		}
		return storeDown(fmt.Errorf("claim thread: %w", err))
	}
	return t.draftFirst(ctx, th, problem, assumed(problem))
}
