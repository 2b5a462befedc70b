package bot

import (
	"context"

	"github.com/archbot/archbot/conversation"
)

// Designer writes the parts of a design. The engine drives the same steps for every designer:
// requirements first, capacity in Go, then components while the overview is written, then every
// other section concurrently.
// The offline designer answers instantly from its knowledge base; a model-backed one calls an API.
type Designer interface {
	// Name identifies the designer in logs, metrics and messages ("offline", "openai").
	Name() string
	// Requirements reads a problem statement into a structured requirement set and a title.
	Requirements(ctx context.Context, problem string) (title string, req conversation.RequirementSet, err error)
	// Components proposes the architecture's components for the grounding (capacity included).
	Components(ctx context.Context, g Grounding) ([]conversation.Component, error)
	// Section writes the Markdown body of one section (no heading). For the overview of a first
	// draft g.Components is empty: it is written while the components are being chosen.
	Section(ctx context.Context, g Grounding, id conversation.SectionID) (string, error)
	// Interpret classifies a free-text follow-up as a question or a change and, for a change,
	// plans it: which sections it affects and what it changes in the grounding.
	Interpret(ctx context.Context, g Grounding, text string) (Interpretation, error)
	// Answer answers a question from the current design.
	Answer(ctx context.Context, g Grounding, question string) (string, error)
}

// Grounding is what every generation step sees, so that sections written concurrently agree with
// each other: the problem, the requirement set, the Go-computed capacity, the components and the
// decisions so far, plus a bounded view of the conversation.
type Grounding struct {
	Title        string
	Problem      string
	Requirements conversation.RequirementSet
	Capacity     conversation.Capacity
	Components   []conversation.Component
	Decisions    []conversation.Decision
	// Design is the current document when there is one (follow-ups); nil while first designing.
	Design *conversation.Design
	// Summary and Recent are the rolling summary and the last few turns of the thread.
	Summary string
	Recent  []conversation.Turn
	// Change is the change being applied when sections are regenerated for one; empty otherwise.
	Change string
}

// Intent is what a follow-up asks for.
type Intent string

// Intents of a follow-up message.
const (
	IntentQuestion Intent = "question"
	IntentChange   Intent = "change"
	IntentCommand  Intent = "command"
	IntentDesign   Intent = "design"
	// IntentClarify is a turn that asked about a vague request instead of designing it.
	IntentClarify Intent = "clarify"
	// IntentPushback is a change the designer will not apply as asked because it breaks a stated
	// requirement or the numbers: the engine posts the designer's Reply as an answer and changes
	// nothing until the user confirms in a later turn.
	IntentPushback Intent = "pushback"
)

// Interpretation is a designer's reading of a free-text follow-up.
type Interpretation struct {
	Intent Intent
	// For a change: the sections to regenerate, a one-line decision and why.
	Sections  []conversation.SectionID
	Decision  string
	Rationale string
	// Requirements, when non-nil, replaces the requirement set (a new scale, a new feature);
	// capacity is recomputed from it in Go.
	Requirements *conversation.RequirementSet
	// Components, when non-nil, replaces the component list (a swapped technology, an added or
	// dropped component); the diagram is regenerated from it in Go.
	Components []conversation.Component
	// Sections the designer already wrote for the change, keyed by id; the engine asks Section
	// for the others in Sections. Lets an instant designer avoid a second pass.
	Written map[conversation.SectionID]string
	// Unsupported is set by a designer that understood the message is a change but cannot make
	// it (the offline designer for free-form rewrites); it says so in plain words.
	Unsupported string
	// Reply is what the designer has to say beyond the headline: for a change, the consequences
	// that no longer hold ("put-if-absent now needs a lightweight transaction"); for pushback,
	// the whole answer (the conflict and the options).
	Reply string
}

// Reviewer is a designer that can review a finished draft for gaps (a single point of failure, a
// store without replication, a cache without invalidation, money moving without idempotency).
// When the engine drafts with a model, it appends the model's review and the offline designer's
// rule checks to the trade-offs section.
type Reviewer interface {
	Review(ctx context.Context, g Grounding, d *conversation.Design) (string, error)
}
