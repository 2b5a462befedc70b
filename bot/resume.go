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
	var rs []Reply
	for _, s := range d.Sections {
		rs = append(rs, Reply{Kind: ReplySection, Section: &s, Version: d.Version, Title: d.Title})
	}
	return t.sendAll(ctx, append(rs, Reply{Kind: ReplyDiagram, Diagram: &d.Diagram, Version: d.Version, Title: d.Title},
		t.document(ctx, d), Reply{Kind: ReplyDone, Text: doneHints(d), Version: d.Version, Title: d.Title})...)
}
