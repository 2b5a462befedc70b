package bot

import (
	"context"

	"github.com/archbot/archbot/conversation"
)

// repost sends a saved design's replies again, in the order a design turn sends them, for a
// resumed first draft whose earlier run saved the design but stopped before posting all of it.
// The dispatcher's posting ledger lets through only what that run had not posted.
func (t *turn) repost(ctx context.Context, d *conversation.Design) error {
	t.log.InfoContext(ctx, "resuming the posting of a saved design", "version", d.Version)
	for _, s := range d.Sections {
		if err := t.send(ctx, Reply{Kind: ReplySection, Section: &s, Version: d.Version, Title: d.Title}); err != nil {
			return err
		}
	}
	if err := t.send(ctx, Reply{Kind: ReplyDiagram, Diagram: &d.Diagram, Version: d.Version, Title: d.Title}); err != nil {
		return err
	}
	if err := t.send(ctx, t.document(ctx, d)); err != nil {
		return err
	}
	return t.send(ctx, Reply{Kind: ReplyDone, Text: doneHints(d), Version: d.Version, Title: d.Title})
}
