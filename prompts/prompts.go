package prompts

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"text/template"
	"unicode/utf8"

	"github.com/archbot/archbot/conversation"
)

//go:embed *.tmpl
var files embed.FS

// Limits that keep every prompt bounded whatever the thread holds.
const (
	MaxProblemChars  = 4000 // the problem statement
	MaxUserChars     = 2000 // a question, a change request, a turn
	MaxSectionChars  = 1800 // each section text shown back to the model
	MaxRecentTurns   = 4    // turns quoted verbatim; older ones live in the summary
	MaxTurnChars     = 400  // each quoted turn and reply
	MaxSummaryChars  = conversation.MaxSummary
	MaxDecisions     = 12 // newest entries of the decision log
	MaxComponents    = 40
	MaxListItems     = 25 // functional requirements, use cases, assumptions, steps, ...
	MaxItemChars     = 300
	MaxAnswerChars   = 6000 // an invalid answer quoted back in a repair
	MaxDocumentChars = 16000
	MaxTechnologies  = 12 // technology facts, one per technology the components use
)

// tmpl is every prompt's template. It is built in init because designPart, one of its
// functions, executes it too.
var tmpl *template.Template

func init() {
	tmpl = template.Must(template.New("prompts").Funcs(template.FuncMap{
		"human":      conversation.Human,
		"bytes":      conversation.Bytes,
		"user":       fenceUser,
		"json":       toJSON,
		"designPart": designPart,
		"guidanceMissing": func(id conversation.SectionID) (string, error) {
			return "", fmt.Errorf("no guidance for section %q", id)
		},
	}).ParseFS(files, "*.tmpl"))
}

// Grounding is what a generation step knows about the design: the structured state, never the
// raw thread. It mirrors bot.Grounding without importing bot, so dependencies point inwards.
type Grounding struct {
	// DesignFacts is the part that changes only with the design; prompts render it once per
	// design (designPart).
	DesignFacts
	Decisions []conversation.Decision
	// Summary and Recent are the rolling summary and the last few turns of the thread.
	Summary string
	Recent  []conversation.Turn
}

// RequirementsData feeds the requirements step: only the problem statement.
type RequirementsData struct {
	Problem string
}

// ComponentsData feeds the components step.
type ComponentsData struct {
	Grounding
}

// SectionData feeds the generation of one section.
type SectionData struct {
	Grounding
	ID conversation.SectionID
	// Current is the section's text being replaced, when regenerating it.
	Current string
	// Change is the change being applied when regenerating for one; empty on a first design.
	Change string
}

// InterpretData feeds the classification of a follow-up message.
type InterpretData struct {
	Grounding
	Text string
}

// AnswerData feeds the answer to a question about the current design.
type AnswerData struct {
	Grounding
	Question string
	// Sections is the current document; each text is clipped and the total is capped.
	Sections []conversation.Section
}

// RepairData feeds the follow-up that sends an invalid JSON answer back with what was wrong.
type RepairData struct {
	Error string
}

// System renders the system prompt shared by every step.
func System() (string, error) { return render("system.tmpl", nil) }

// Requirements renders the prompt that extracts requirements and scale figures as JSON.
func Requirements(d RequirementsData) (string, error) {
	d.Problem = clip(d.Problem, MaxProblemChars)
	return render("requirements.tmpl", d)
}

// Components renders the prompt that proposes the architecture's components as JSON.
func Components(d ComponentsData) (string, error) {
	d.Grounding = d.Grounding.bounded()
	return render("components.tmpl", d)
}

// Section renders the prompt that writes one section's Markdown.
func Section(d SectionData) (string, error) {
	d.Grounding = d.Grounding.bounded()
	d.Current = clip(d.Current, MaxSectionChars)
	d.Change = clip(d.Change, MaxUserChars)
	return render("section.tmpl", d)
}

// Interpret renders the prompt that classifies a follow-up and plans a change as JSON.
func Interpret(d InterpretData) (string, error) {
	d.Grounding = d.Grounding.bounded()
	d.Text = clip(d.Text, MaxUserChars)
	return render("interpret.tmpl", d)
}

// Answer renders the prompt that answers a question from the current design.
func Answer(d AnswerData) (string, error) {
	d.Grounding = d.Grounding.bounded()
	d.Question = clip(d.Question, MaxUserChars)
	d.Sections = boundedDocument(d.Sections)
	return render("answer.tmpl", d)
}

// ReviewData feeds the self-review of a finished design.
type ReviewData struct {
	Grounding
	// Sections is the finished document; each text is clipped and the total is capped.
	Sections []conversation.Section
}

// Review renders the prompt that asks the model to review a finished design for gaps.
func Review(d ReviewData) (string, error) {
	d.Grounding = d.Grounding.bounded()
	d.Sections = boundedDocument(d.Sections)
	return render("review.tmpl", d)
}

// boundedDocument clips each section and stops before the document exceeds MaxDocumentChars.
func boundedDocument(sections []conversation.Section) []conversation.Section {
	var out []conversation.Section
	total := 0
	for _, s := range sections {
		s.Markdown = clip(s.Markdown, MaxSectionChars)
		if total+len(s.Markdown) > MaxDocumentChars {
			break
		}
		total += len(s.Markdown)
		if s.Title == "" {
			s.Title = s.ID.Title()
		}
		out = append(out, s)
	}
	return out
}

// Repair renders the message that asks the model to correct an invalid JSON answer.
func Repair(d RepairData) (string, error) {
	d.Error = clip(d.Error, MaxItemChars)
	return render("repair.tmpl", d)
}

// renderBuffers keep the buffers prompts are rendered into: a prompt is several KB, written
// in many small pieces, and a follow-up renders two or three.
var renderBuffers = sync.Pool{New: func() any { return bytes.NewBuffer(make([]byte, 0, 16<<10)) }}

func render(name string, data any) (string, error) {
	b := renderBuffers.Get().(*bytes.Buffer)
	defer renderBuffers.Put(b)
	b.Reset()
	if err := tmpl.ExecuteTemplate(b, name, data); err != nil {
		return "", fmt.Errorf("render prompt %s: %w", name, err)
	}
	out := bytes.TrimSpace(b.Bytes())
	var s strings.Builder
	s.Grow(len(out) + 1)
	s.Write(out)
	s.WriteByte('\n')
	return s.String(), nil
}

// bounded returns a copy of g with every limit applied.
func (g Grounding) bounded() Grounding {
	g.Title = clip(g.Title, MaxItemChars)
	g.Problem = clip(g.Problem, MaxProblemChars)
	r := g.Requirements
	r.Functional = clipList(r.Functional)
	r.NonFunctional = clipList(r.NonFunctional)
	r.OutOfScope = clipList(r.OutOfScope)
	r.Entities = clipList(r.Entities)
	r.UseCases = clipList(r.UseCases)
	r.Features = clipList(r.Features)
	r.Workload.Notes = clipList(r.Workload.Notes)
	g.Requirements = r
	c := g.Capacity
	c.Assumptions = clipList(c.Assumptions)
	c.Steps = clipList(c.Steps)
	if len(c.Flows) > MaxComponents {
		c.Flows = c.Flows[:MaxComponents]
	}
	g.Capacity = c
	if len(g.Components) > MaxComponents {
		g.Components = g.Components[:MaxComponents]
	}
	g.Components = clipEach(g.Components, func(x *conversation.Component) { x.Description = clip(x.Description, MaxItemChars) })
	if n := len(g.Decisions); n > MaxDecisions {
		g.Decisions = g.Decisions[n-MaxDecisions:]
	}
	g.Decisions = clipEach(g.Decisions, func(d *conversation.Decision) {
		d.Summary, d.Rationale = clip(d.Summary, MaxItemChars), clip(d.Rationale, MaxItemChars)
	})
	g.Summary = clipTail(g.Summary, MaxSummaryChars)
	if n := len(g.Recent); n > MaxRecentTurns {
		g.Recent = g.Recent[n-MaxRecentTurns:]
	}
	g.Recent = clipEach(g.Recent, func(t *conversation.Turn) { t.Text, t.Reply = clip(t.Text, MaxTurnChars), clip(t.Reply, MaxTurnChars) })
	g.Facts = boundedFacts(g.Facts)
	return g
}

// boundedFacts clips every fact and keeps the first MaxTechnologies technologies.
func boundedFacts(f conversation.Facts) conversation.Facts {
	if len(f.Capabilities) > MaxListItems {
		f.Capabilities = f.Capabilities[:MaxListItems]
	}
	f.Capabilities = clipEach(f.Capabilities, func(c *conversation.CapabilityFact) {
		c.ID, c.Name, c.Why = clip(c.ID, MaxItemChars), clip(c.Name, MaxItemChars), clip(c.Why, MaxItemChars)
	})
	if len(f.Technologies) > MaxTechnologies {
		f.Technologies = f.Technologies[:MaxTechnologies]
	}
	f.Technologies = clipEach(f.Technologies, func(t *conversation.TechnologyFact) {
		for _, s := range []*string{&t.Name, &t.Model, &t.Queries, &t.Consistency, &t.Transactions, &t.Limits, &t.Fails, &t.Load, &t.Mitigation} {
			*s = clip(*s, MaxItemChars)
		}
		t.Used = clipList(t.Used)
	})
	f.Stack = clipList(f.Stack)
	f.Strains = clipList(f.Strains)
	return f
}

// clipEach returns a copy of xs with clipFields applied to each element; the caller's slice, and
// so the thread's own state, stays as it was.
func clipEach[T any](xs []T, clipFields func(*T)) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		clipFields(&x)
		out[i] = x
	}
	return out
}

func clipList(xs []string) []string {
	if len(xs) > MaxListItems {
		xs = xs[:MaxListItems]
	}
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = clip(x, MaxItemChars)
	}
	return out
}

// clip keeps the first n bytes of s, cut at a rune boundary, marking the cut.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if t, cut := Truncate(s, n); cut {
		return t + " …(truncated)"
	}
	return s
}

// Truncate keeps at most the first n bytes of s, cut back to a rune boundary, and reports
// whether it cut anything: the limits here are in bytes, and half a rune is no text at all.
func Truncate(s string, n int) (string, bool) {
	if len(s) <= n {
		return s, false
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut], true
}

// clipTail keeps the last n bytes of s: the newest part of a rolling summary matters most.
func clipTail(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) <= n {
		return s
	}
	cut := len(s) - n
	for cut < len(s) && !utf8.RuneStart(s[cut]) {
		cut++
	}
	return "…" + s[cut:]
}

// fenceUser wraps user-written text as data. A user cannot close the fence early: the fence
// markers inside the text are defused.
func fenceUser(s string) string {
	if strings.Contains(s, "user_text>") {
		s = fenceDefuser.Replace(s)
	}
	return "<user_text>\n" + s + "\n</user_text>"
}

// fenceDefuser is built once: building a Replacer cost more than the rest of a prompt's user
// texts, rendered several times a call. It copies every text it is given, twice, so it is used
// only on a text that holds a marker.
var fenceDefuser = strings.NewReplacer("<user_text>", "(user_text)", "</user_text>", "(/user_text)")

func toJSON(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	return string(b), nil
}
