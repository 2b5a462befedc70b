package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/archbot/archbot/bot/diagram"
	"github.com/archbot/archbot/conversation"
)

// followUp answers a message in a thread that has (or is getting) a design.
func (t *turn) followUp(ctx context.Context) error {
	th, err := t.load(ctx)
	switch {
	case errors.Is(err, conversation.ErrNotFound):
		if root, lost := t.lostThread(ctx); lost {
			return t.lost(ctx, root)
		}
		return &UserError{Code: CodeNoDesign, Message: "There is no design in this thread yet. Start one with `/design <problem statement>`."}
	case err != nil:
		return storeDown(fmt.Errorf("load thread: %w", err))
	case th.Design == nil && th.Clarify != nil:
		return t.clarified(ctx, th)
	case th.Design == nil:
		return &UserError{Code: CodeBusy, Message: "I'm still drafting the first version of this design; ask again once it's posted."}
	}
	if a, ok := th.AppliedTurn(t.msg.ID); ok && t.msg.ID != "" && t.msg.Resumed {
		return t.replay(ctx, th.Design, a)
	}
	if t.msg.Resumed && t.msg.ID != "" && th.Clarify != nil && th.Clarify.AnswerID == t.msg.ID {
		// An earlier run of this answer saved the design it started, then stopped before posting all of it.
		t.intent = IntentDesign
		return t.repost(ctx, th.Design)
	}
	if cmd, ok := ParseCommand(t.msg.Text); ok {
		t.intent = IntentCommand
		return t.command(ctx, th, cmd)
	}

	if err := t.e.canSpend(ctx, t.msg); err != nil {
		return err
	}
	in := Interpretation{Intent: IntentQuestion}
	g := grounding(th, th.Design)
	if !plainQuestion(t.msg.Text) {
		err = t.e.withFallback(ctx, "interpreting", t.noteFallback, func(d Designer) error {
			var err error
			in, err = d.Interpret(ctx, g, t.msg.Text)
			return err
		})
	}
	if err != nil {
		return err
	}
	switch {
	case in.Intent == IntentChange && in.Unsupported != "":
		return t.record(ctx, th, IntentChange, in.Unsupported, Reply{Kind: ReplyText, Text: t.withFallbackNote(in.Unsupported)})
	case in.Intent == IntentPushback:
		t.intent = IntentPushback
		return t.record(ctx, th, IntentPushback, in.Reply, Reply{Kind: ReplyText, Text: t.withFallbackNote(in.Reply), Version: th.Design.Version, Title: th.Design.Title})
	case in.Intent == IntentChange:
		return t.change(ctx, th, in, IntentChange, func(version int) string {
			return fmt.Sprintf("I read that as a change (%s), but it doesn't alter any section of v%d, so the design stays as it is.", in.Decision, version)
		})
	default:
		t.intent = IntentQuestion
		var answer string
		err := t.e.withFallback(ctx, "answering", t.noteFallback, func(d Designer) error {
			var err error
			answer, err = d.Answer(ctx, g, t.msg.Text)
			return err
		})
		if err != nil {
			return err
		}
		return t.record(ctx, th, IntentQuestion, answer, Reply{Kind: ReplyText, Text: t.withFallbackNote(answer), Version: th.Design.Version, Title: th.Design.Title})
	}
}

// record saves the turn (and its token usage) on the thread, then sends the replies.
func (t *turn) record(ctx context.Context, loaded *conversation.Thread, intent Intent, short string, replies ...Reply) error {
	err := t.e.update(ctx, t.msg.Thread, loaded, func(th *conversation.Thread) error {
		th.Usage.Add(t.meter.total())
		th.AddTurn(conversation.Turn{Author: t.msg.Author, Text: t.msg.Text, Intent: string(intent), Reply: short, At: time.Now().UTC()})
		return nil
	})
	if err != nil {
		return err
	}
	return t.sendAll(ctx, replies...)
}

// change applies a planned change: only the affected sections are rewritten, the version goes up,
// and what was replaced is kept for undo and history. unchanged says what to answer when the
// change alters no section.
func (t *turn) change(ctx context.Context, loaded *conversation.Thread, in Interpretation, intent Intent, unchanged func(version int) string) error {
	var (
		d       *conversation.Design
		changed []conversation.Section
		head    string
	)
	err := t.e.update(ctx, t.msg.Thread, loaded, func(th *conversation.Thread) error {
		var err error
		d, changed, err = t.e.applyChange(ctx, th, in, t.msg.Text, t.noteFallback)
		if err != nil {
			return err
		}
		th.Usage.Add(t.meter.total())
		th.AddTurn(conversation.Turn{Author: t.msg.Author, Text: t.msg.Text, Intent: string(intent),
			Reply: fmt.Sprintf("v%d: %s", d.Version, in.Decision), At: time.Now().UTC()})
		if len(changed) > 0 {
			head = changeHead(fmt.Sprintf("**v%d: %s**", d.Version, in.Decision), changed)
			if r := strings.TrimSpace(in.Reply); r != "" {
				head += "\n" + r
			}
			t.markApplied(th, d.Version, head, changed)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(changed) == 0 {
		return t.send(ctx, Reply{Kind: ReplyText, Text: t.withFallbackNote(unchanged(d.Version))})
	}
	return t.postChanges(ctx, d, head, changed)
}

// changeHead is the headline of a change: what it was and which sections it rewrote.
func changeHead(head string, changed []conversation.Section) string {
	titles := make([]string, len(changed))
	for i, s := range changed {
		titles[i] = s.Title
	}
	return head + fmt.Sprintf("\nUpdated: %s.", strings.Join(titles, ", "))
}

// markApplied records on th that this turn changed the design, for a retry to replay.
func (t *turn) markApplied(th *conversation.Thread, version int, head string, changed []conversation.Section) {
	if t.msg.ID == "" {
		return
	}
	ids := make([]conversation.SectionID, len(changed))
	for i, s := range changed {
		ids[i] = s.ID
	}
	th.MarkApplied(conversation.AppliedTurn{ID: t.msg.ID, Version: version, Head: head, Sections: ids})
}

// postChanges posts a change's headline, the sections it rewrote and the new document.
func (t *turn) postChanges(ctx context.Context, d *conversation.Design, head string, changed []conversation.Section) error {
	rs := []Reply{{Kind: ReplyText, Text: t.withFallbackNote(head), Version: d.Version, Title: d.Title}}
	for i := range changed {
		rs = append(rs, Reply{Kind: ReplySection, Section: &changed[i], Version: d.Version, Title: d.Title})
	}
	return t.sendAll(ctx, append(rs, t.document(ctx, d))...)
}

// replay posts again what an applied turn posted, for a retry of a turn whose earlier run saved
// its change and died before posting all of it; the posting ledger lets through only the rest.
// Sections changed since are posted as they now stand.
func (t *turn) replay(ctx context.Context, d *conversation.Design, a conversation.AppliedTurn) error {
	t.log.InfoContext(ctx, "replaying an applied turn", "version", a.Version)
	var changed []conversation.Section
	for _, id := range a.Sections {
		if s, ok := d.Section(id); ok {
			changed = append(changed, s)
		}
	}
	return t.postChanges(ctx, d, a.Head, changed)
}

// applyChange rewrites th's design for in and returns the new design and the sections whose text
// changed. The thread is changed in place; nothing is saved.
func (e *Engine) applyChange(ctx context.Context, th *conversation.Thread, in Interpretation, request string, noteFallback func(string)) (*conversation.Design, []conversation.Section, error) {
	old := th.Design
	d := cloneDesign(old)
	rev := conversation.Revision{Version: old.Version, Summary: in.Decision, Decisions: old.DecisionCount(), At: time.Now().UTC()}
	ids := map[conversation.SectionID]bool{}
	for _, id := range in.Sections {
		ids[id] = true
	}
	if in.Requirements != nil {
		req, capa := old.Requirements, old.Capacity
		rev.Requirements, rev.Capacity = &req, &capa
		d.Requirements = *in.Requirements
		d.Capacity = conversation.Estimate(d.Requirements.Workload)
		ids[conversation.CapacityID] = true
	}
	if in.Components != nil {
		rev.Components = old.Components
		dg := old.Diagram
		rev.Diagram = &dg
		d.Components = in.Components
		d.Diagram = diagram.Build(in.Components)
		ids[conversation.Architecture] = true
	}
	for id := range in.Written {
		ids[id] = true
	}
	if len(ids) == 0 {
		return old, nil, nil
	}
	d.Version++
	summary := strings.TrimSpace(in.Decision)
	if summary == "" {
		summary = clipTitle(request)
	}
	d.Decisions = append(d.Decisions, conversation.Decision{Version: d.Version, Summary: summary, Rationale: in.Rationale})

	var order []conversation.SectionID
	for _, id := range conversation.SectionOrder {
		if ids[id] {
			order = append(order, id)
		}
	}
	g := grounding(th, d)
	g.Change = request
	written, err := e.writeSections(ctx, g, d, order, in.Written, noteFallback, nil)
	if err != nil {
		return nil, nil, err
	}
	var changed []conversation.Section
	for _, s := range written {
		prev, had := old.Section(s.ID)
		if had && prev.Markdown == s.Markdown {
			continue
		}
		if had {
			rev.Sections = append(rev.Sections, prev)
		}
		d.SetSection(s)
		changed = append(changed, s)
	}
	if len(changed) == 0 && in.Requirements == nil && in.Components == nil {
		return old, nil, nil
	}
	th.Design = d
	th.AddRevision(rev)
	return d, changed, nil
}

// undo restores the design version before the last change.
func (e *Engine) undo(th *conversation.Thread) (*conversation.Design, []conversation.Section, string, bool, error) {
	rev, ok, err := th.PopRevision()
	if err != nil || !ok {
		return nil, nil, "", false, err
	}
	cur := th.Design
	d := cloneDesign(cur)
	undone := fmt.Sprintf("v%d", cur.Version)
	if k := len(d.Decisions); k > 0 {
		undone = fmt.Sprintf("v%d (%s)", cur.Version, d.Decisions[k-1].Summary)
	}
	d.Version = rev.Version
	d.TruncateDecisions(rev.Decisions)
	if rev.Requirements != nil {
		d.Requirements = *rev.Requirements
	}
	if rev.Capacity != nil {
		d.Capacity = *rev.Capacity
	}
	if rev.Components != nil {
		d.Components = rev.Components
	}
	if rev.Diagram != nil {
		d.Diagram = *rev.Diagram
	}
	restored := make([]conversation.Section, 0, len(rev.Sections))
	for _, s := range rev.Sections {
		d.SetSection(s)
		restored = append(restored, s)
	}
	th.Design = d
	return d, restored, undone, true, nil
}

func cloneDesign(d *conversation.Design) *conversation.Design {
	c := *d
	c.Sections = slices.Clone(d.Sections)
	c.Components = slices.Clone(d.Components)
	c.Decisions = slices.Clone(d.Decisions)
	return &c
}
