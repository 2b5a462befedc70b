package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/archbot/archbot/conversation"
)

// command runs a parsed command against the thread's design.
func (t *turn) command(ctx context.Context, th *conversation.Thread, cmd Command) error {
	d := th.Design
	switch cmd.Name {
	case "help":
		return t.send(ctx, Reply{Kind: ReplyText, Text: HelpText, Version: d.Version, Title: d.Title})
	case "export":
		return t.send(ctx, t.document(ctx, d))
	case "diagram":
		return t.send(ctx, Reply{Kind: ReplyDiagram, Diagram: &d.Diagram, Version: d.Version, Title: d.Title})
	case "show":
		s, ok := d.Section(cmd.Section)
		if !ok {
			return &UserError{Code: CodeNoDesign, Message: fmt.Sprintf("This design has no %s section yet.", cmd.Section.Title())}
		}
		return t.send(ctx, Reply{Kind: ReplySection, Section: &s, Version: d.Version, Title: d.Title})
	case "status":
		return t.send(ctx, Reply{Kind: ReplyText, Text: status(th, t.e.designer.Name()), Version: d.Version, Title: d.Title})
	case "history":
		return t.send(ctx, Reply{Kind: ReplyText, Text: history(th, t.e.fullDesign(ctx, t.log, th.Ref, d)), Version: d.Version, Title: d.Title})
	case "undo":
		return t.undo(ctx, th)
	case "regenerate":
		return t.regenerate(ctx, th, cmd.Section)
	}
	return &UserError{Code: CodeUnsupported, Message: "I don't know that command. Say `help` to see what I can do."}
}

func (t *turn) undo(ctx context.Context, loaded *conversation.Thread) error {
	var (
		d        *conversation.Design
		restored []conversation.Section
		undone   string
		head     string
		ok       bool
	)
	err := t.e.update(ctx, t.msg.Thread, loaded, func(th *conversation.Thread) error {
		if err := t.e.readNewestRevision(ctx, th); err != nil {
			return err
		}
		var err error
		d, restored, undone, ok, err = t.e.undo(th)
		if err != nil {
			return fmt.Errorf("undo: %w", err)
		}
		if ok {
			th.AddTurn(conversation.Turn{Author: t.msg.Author, Text: t.msg.Text, Intent: string(IntentCommand),
				Reply: "undid " + undone, At: time.Now().UTC()})
			head = changeHead(fmt.Sprintf("**Back to v%d**: undid %s.", d.Version, undone), restored)
			t.markApplied(th, d.Version, head, restored)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if !ok {
		return t.send(ctx, Reply{Kind: ReplyText, Text: "There is nothing to undo: this is the first version, or the earlier ones are too old to restore."})
	}
	return t.postChanges(ctx, d, head, restored)
}

func (t *turn) regenerate(ctx context.Context, loaded *conversation.Thread, id conversation.SectionID) error {
	if err := t.e.canSpend(ctx, t.msg); err != nil {
		return err
	}
	in := Interpretation{Intent: IntentChange, Sections: []conversation.SectionID{id}, Decision: "regenerated " + id.Title(),
		Rationale: "asked for a fresh take on the section"}
	return t.change(ctx, loaded, in, IntentCommand, func(version int) string {
		return fmt.Sprintf("I wrote %s again and it came out the same, so the design stays at v%d.", id.Title(), version)
	})
}

// revisionReader is a store that loads a thread with its undo history named but not read, and
// reads revisions when undo steps back (redisstore.Store, conversation.MemoryStore).
type revisionReader interface {
	LoadRevisions(ctx context.Context, th *conversation.Thread, n int) error
}

// readNewestRevision makes th's newest revision, the one undo restores, readable. A conflict
// (the thread saved since th was loaded) is returned as it is, for update to redo the turn.
func (e *Engine) readNewestRevision(ctx context.Context, th *conversation.Thread) error {
	r, ok := e.store.(revisionReader)
	if !ok {
		return nil
	}
	err := r.LoadRevisions(ctx, th, 1)
	if err != nil && !errors.Is(err, conversation.ErrConflict) {
		return storeDown(fmt.Errorf("read undo revision: %w", err))
	}
	return err
}

// decisionLogReader is a store that keeps a thread's whole decision log apart from its state,
// which holds only the newest entries (redisstore.Store, conversation.MemoryStore).
type decisionLogReader interface {
	DecisionLog(ctx context.Context, ref conversation.ThreadRef) ([]conversation.Decision, error)
}

// fullDesign returns d with its whole decision log, for history and export; d itself when it
// holds the whole log already or the log cannot be read (logged: what the user gets is then
// the newest entries, which beats no answer).
func (e *Engine) fullDesign(ctx context.Context, log *slog.Logger, ref conversation.ThreadRef, d *conversation.Design) *conversation.Design {
	r, ok := e.store.(decisionLogReader)
	if d.DecisionsBefore == 0 || !ok {
		return d
	}
	entries, err := r.DecisionLog(ctx, ref)
	if err != nil {
		log.WarnContext(ctx, "decision log unreadable; showing the newest entries only", "err", err)
		return d
	}
	full, ok := d.WithDecisionLog(entries)
	if !ok {
		log.WarnContext(ctx, "decision log shorter than the design's; showing the newest entries only",
			"stored", len(entries), "want", d.DecisionCount())
	}
	return full
}

func status(th *conversation.Thread, designer string) string {
	d := th.Design
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**, version %d\n", d.Title, d.Version)
	fmt.Fprintf(&b, "- started by %s on %s, last change %s\n", th.Owner, th.CreatedAt.Format("2006-01-02 15:04 MST"), th.UpdatedAt.Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(&b, "- %d sections, %d components, %d decisions\n", len(d.Sections), len(d.Components), d.DecisionCount())
	fmt.Fprintf(&b, "- peak load: %s reads/s, %s writes/s\n", conversation.Human(d.Capacity.PeakReadQPS), conversation.Human(d.Capacity.PeakWriteQPS))
	fmt.Fprintf(&b, "- designer: %s; model tokens used in this thread: %d prompt, %d completion over %d calls",
		designer, th.Usage.PromptTokens, th.Usage.CompletionTokens, th.Usage.Calls)
	return b.String()
}

// history lists d's decision log (the whole of it, read by fullDesign) and what undo can do.
func history(th *conversation.Thread, d *conversation.Design) string {
	var b strings.Builder
	b.WriteString("**Decision log**\n")
	if d.DecisionsBefore > 0 {
		fmt.Fprintf(&b, "- _(%d earlier decisions could not be read)_\n", d.DecisionsBefore)
	}
	for _, dec := range d.Decisions {
		fmt.Fprintf(&b, "- v%d: %s", dec.Version, dec.Summary)
		if dec.Rationale != "" {
			fmt.Fprintf(&b, ". _%s_", dec.Rationale)
		}
		b.WriteByte('\n')
	}
	if n := th.RevisionCount(); n > 0 {
		fmt.Fprintf(&b, "\n`undo` can step back %d version%s.", n, map[bool]string{true: "", false: "s"}[n == 1])
	}
	return strings.TrimSpace(b.String())
}
