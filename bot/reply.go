package bot

import (
	"context"

	"github.com/archbot/archbot/conversation"
)

// Message is one incoming chat message, already stripped of platform detail.
type Message struct {
	Thread conversation.ThreadRef
	// Author is a display handle of the sender, AuthorID its stable platform id.
	Author   string
	AuthorID string
	Text     string
	// EventID identifies the delivery, so a redelivered event is answered once.
	EventID string
	// New says the message starts a design (a slash command, a mention outside an archbot thread);
	// otherwise it is a follow-up in an existing thread.
	New bool
	// Resumed says an earlier run of this message stopped part-way (its replica died or shut
	// down) and this run continues it: a claim or a design that run left in the thread is this
	// message's own work, not another turn's.
	Resumed bool
	// ID names the turn across redeliveries and retries (the dispatcher's job key). A resumed turn
	// whose ID the thread records as applied repeats its replies instead of changing the design
	// again. Empty for turns that are never retried.
	ID string
}

// ReplyKind says what a reply carries, so adapters can render each kind natively.
type ReplyKind string

// Kinds of reply, in the order a design turn produces them.
const (
	// ReplyProgress is a short status line ("Designing: capacity…"); adapters show it as a
	// status indicator or one progress message edited in place.
	ReplyProgress ReplyKind = "progress"
	// ReplySection is one section of the design: Section is set.
	ReplySection ReplyKind = "section"
	// ReplyDiagram is the architecture diagram: Diagram is set (Mermaid and DOT sources).
	ReplyDiagram ReplyKind = "diagram"
	// ReplyDocument is the whole document as a file: Document is set.
	ReplyDocument ReplyKind = "document"
	// ReplyText is a Markdown message: an answer, a change summary, a command's output.
	ReplyText ReplyKind = "text"
	// ReplyDone closes a design turn with what to try next; Text holds the hints.
	ReplyDone ReplyKind = "done"
	// ReplyError is a plain-words problem for the user (input too long, model unavailable).
	ReplyError ReplyKind = "error"
)

// Reply is one thing the engine says in a thread.
type Reply struct {
	Kind     ReplyKind
	Text     string // Markdown for text, done, error and progress replies
	Version  int    // the design version the reply belongs to, when there is one
	Title    string // the design's title, when there is one
	Section  *conversation.Section
	Diagram  *conversation.Diagram
	Document *Document
}

// Document is the exported design document.
type Document struct {
	Filename string // "<slug>-v<N>.md"
	Markdown string
	Design   *conversation.Design
}

// Sink delivers a turn's replies to the user, in the order the engine sends them.
type Sink interface {
	Send(ctx context.Context, r Reply) error
}

// SinkFunc adapts a function to a Sink.
type SinkFunc func(ctx context.Context, r Reply) error

// Send calls f.
func (f SinkFunc) Send(ctx context.Context, r Reply) error { return f(ctx, r) }
