package bot

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/archbot/archbot/conversation"
)

// Limiter enforces daily budgets against abuse and model cost: new designs and model tokens per
// user and per workspace. redisstore.Limiter keeps them in Redis. Methods return a
// *conversation.QuotaError when a budget is used up; other errors mean the counters could not be
// reached. A nil Limiter in Config means no limits.
type Limiter interface {
	// StartDesign counts a new design by user in team, refusing it when the user's or the
	// team's designs or tokens for the day are used up. design names the design (the engine
	// gives its thread's key, a thread holding one design): it is counted once however often it
	// is started, so a design admitted before its replica died is not refused when another
	// replica resumes its job, nor when the user answers the questions asked about it. An empty
	// design is counted every time.
	StartDesign(ctx context.Context, team, user, design string) error
	// CanSpend refuses a turn that would call a model when user or team has no tokens left
	// today. Called on every follow-up, so it should cost no round trip.
	CanSpend(ctx context.Context, team, user string) error
	// Spend records the model tokens a turn of user in team spent.
	Spend(ctx context.Context, team, user string, tokens int64) error
}

// limitUser is who a message counts against: the stable platform id when there is one.
func limitUser(msg Message) string {
	if msg.AuthorID != "" {
		return msg.AuthorID
	}
	return msg.Author
}

// startDesign checks and counts a new design against the daily limits, before any of its work
// starts, so a refusal comes first or never: a resumed run of an admitted design passes.
// Designs are named by their thread: a thread holds one design, however many jobs and
// messages (a resumed job, the answer to questions asked first) it takes to start it.
func (e *Engine) startDesign(ctx context.Context, msg Message) error {
	if e.cfg.Limiter == nil {
		return nil
	}
	return limitError(e.cfg.Limiter.StartDesign(ctx, msg.Thread.Team, limitUser(msg), msg.Thread.Key()), "count new design")
}

// canSpend refuses a turn that would call a model once the day's tokens are used up.
func (e *Engine) canSpend(ctx context.Context, msg Message) error {
	if e.cfg.Limiter == nil {
		return nil
	}
	return limitError(e.cfg.Limiter.CanSpend(ctx, msg.Thread.Team, limitUser(msg)), "check token budget")
}

// spend charges a finished turn's tokens, or leaves them in pre for the dispatcher to charge when
// it finishes the job (in the same round trip). It runs after the user has been answered and
// whatever the turn's context did, so a cancelled turn still pays for what it used.
func (e *Engine) spend(ctx context.Context, msg Message, u conversation.TokenUsage, pre *preload) {
	tokens := int64(u.PromptTokens + u.CompletionTokens)
	if e.cfg.Limiter == nil || tokens <= 0 {
		return
	}
	sp := conversation.TokenSpend{Team: msg.Thread.Team, User: limitUser(msg), Tokens: tokens}
	if pre != nil {
		pre.spend = sp
		return
	}
	e.charge(ctx, msg.Thread, sp)
}

// charge counts sp against the daily budgets.
func (e *Engine) charge(ctx context.Context, ref conversation.ThreadRef, sp conversation.TokenSpend) {
	if e.cfg.Limiter == nil || sp.Tokens <= 0 {
		return
	}
	if err := e.cfg.Limiter.Spend(context.WithoutCancel(ctx), sp.Team, sp.User, sp.Tokens); err != nil {
		e.log.WarnContext(ctx, "tokens not counted against the daily budget", "thread", ref.Key(), "tokens", sp.Tokens, "err", err)
	}
}

// limitError turns a limiter's answer into what the user reads.
func limitError(err error, doing string) error {
	if err == nil {
		return nil
	}
	var qe *conversation.QuotaError
	if !errors.As(err, &qe) {
		return storeDown(fmt.Errorf("%s: %w", doing, err))
	}
	when := fmt.Sprintf("midnight UTC (in %s)", untilText(time.Until(qe.Resets)))
	var text string
	switch qe.Quota {
	case conversation.QuotaUserDesigns:
		text = fmt.Sprintf("You've started %d designs today, the most one person can start in a day. "+
			"You can keep working in your design threads; new designs open again at %s.", qe.Limit, when)
	case conversation.QuotaTeamDesigns:
		text = fmt.Sprintf("This workspace has started %d designs today, its daily limit. "+
			"You can keep working in existing design threads; new designs open again at %s.", qe.Limit, when)
	case conversation.QuotaUserTokens:
		text = fmt.Sprintf("You've used today's model budget (%s tokens a person a day). "+
			"Designs, questions and changes open again at %s; `show`, `export`, `diagram` and `history` still work.",
			conversation.Human(float64(qe.Limit)), when)
	default:
		text = fmt.Sprintf("This workspace has used today's model budget (%s tokens a day). "+
			"Designs, questions and changes open again at %s; `show`, `export`, `diagram` and `history` still work.",
			conversation.Human(float64(qe.Limit)), when)
	}
	// No Err: a limit is the user's situation, not a failure to log as one.
	return &UserError{Code: CodeLimited, Message: text}
}

// untilText says how long until a reset in hours and minutes: "5h 12m", "3m".
func untilText(d time.Duration) string {
	d = max(d.Round(time.Minute), time.Minute)
	h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
	if h == 0 {
		return fmt.Sprintf("%dm", m)
	}
	return fmt.Sprintf("%dh %dm", h, m)
}
