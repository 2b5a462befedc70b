package conversation

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ThreadRef identifies a conversation thread on a platform: a Slack thread (channel + thread ts),
// a Discord thread channel, or a terminal session.
type ThreadRef struct {
	Platform string `json:"platform"` // "slack", "discord", "console"
	// Team is the workspace or guild, when the platform has one; it scopes per-team limits.
	Team     string `json:"team,omitempty"`
	Channel  string `json:"channel"`
	ThreadID string `json:"thread_id"`
}

// Key is the thread's stable identity, used in store keys and on every log line of a turn.
func (r ThreadRef) Key() string {
	return strings.Join([]string{r.Platform, r.Channel, r.ThreadID}, ":")
}

func (r ThreadRef) String() string { return r.Key() }

// Thread is everything archbot remembers about one conversation. It is loaded, changed by one turn
// and saved back; Rev guards against two turns overwriting each other.
type Thread struct {
	Ref     ThreadRef `json:"ref"`
	Owner   string    `json:"owner"`
	Problem string    `json:"problem"`
	Design  *Design   `json:"design,omitempty"`
	// Clarify is set when the request was too vague to design and archbot asked questions first;
	// Problem is then the request until the answer comes. Threads saved before it had none.
	Clarify *Clarification `json:"clarify,omitempty"`
	// Turns holds the last few exchanges verbatim; older ones are folded into Summary.
	Turns     []Turn     `json:"turns,omitempty"`
	Summary   string     `json:"summary,omitempty"`
	Usage     TokenUsage `json:"usage"`
	CreatedAt time.Time  `json:"created_at"`
	UpdatedAt time.Time  `json:"updated_at"`
	// Applied remembers the last turns that changed the design, newest last, so a turn retried
	// after its replica died between saving and posting is replayed, not applied twice.
	Applied []AppliedTurn `json:"applied,omitempty"`
	// Rev is the store's revision of this state: 0 for a thread never saved. Stores set it.
	Rev int64 `json:"rev"`
	// DecisionLog is how many entries of the design's decision log the store keeps apart, as
	// of the last save; the codec keeps it, so threads stored before the log was kept apart
	// (0) have theirs written whole on their next save.
	DecisionLog int `json:"decision_log,omitempty"`

	// undo keeps earlier texts of changed sections, oldest first, so undo and history work; read
	// it through AddRevision, PopRevision, RevisionCount and Revisions. It is half of a thread's
	// state, yet only an undo reads it: stores keep each entry apart and decode it only when
	// asked, so the other turns neither decode nor re-encode it (see codec.go).
	undo []undoEntry
	// stored is what the store holding this thread last read or wrote, so that Save rewrites
	// only the parts a turn changed; nil for a thread no store has seen.
	stored *storedState
}

// Clarification is a design request archbot asked about before designing, and the answer once
// one came.
type Clarification struct {
	// Statement is the request as first made.
	Statement string    `json:"statement"`
	AskedAt   time.Time `json:"asked_at"`
	// Answer is the message the design was drafted from ("just assume" included) and AnswerID
	// its turn's id, so a retried turn knows its own answer; both empty while archbot waits.
	Answer   string `json:"answer,omitempty"`
	AnswerID string `json:"answer_id,omitempty"`
}

// Awaiting reports whether archbot is waiting for an answer to its questions.
func (c *Clarification) Awaiting() bool { return c != nil && c.Answer == "" }

// Revision records what a version change replaced, enough to undo it.
type Revision struct {
	// Version is the design version this revision moved away from.
	Version    int         `json:"version"`
	Summary    string      `json:"summary"`
	Sections   []Section   `json:"sections"`             // the texts before the change
	Components []Component `json:"components,omitempty"` // nil when components did not change
	// Requirements and Capacity before the change, when it changed them.
	Requirements *RequirementSet `json:"requirements,omitempty"`
	Capacity     *Capacity       `json:"capacity,omitempty"`
	Diagram      *Diagram        `json:"diagram,omitempty"`
	Decisions    int             `json:"decisions"` // length of the decision log before the change
	At           time.Time       `json:"at"`
}

// AppliedTurn is what a changing turn posted: its headline and the sections it rewrote.
type AppliedTurn struct {
	ID       string      `json:"id"`
	Version  int         `json:"version"`
	Head     string      `json:"head"`
	Sections []SectionID `json:"sections,omitempty"`
}

// MarkApplied records a turn that changed the design, keeping the newest MaxApplied.
func (th *Thread) MarkApplied(a AppliedTurn) {
	th.Applied = append(th.Applied, a)
	if n := len(th.Applied); n > MaxApplied {
		th.Applied = append([]AppliedTurn(nil), th.Applied[n-MaxApplied:]...)
	}
}

// AppliedTurn returns the record of the turn with the given id, if it changed this thread.
func (th *Thread) AppliedTurn(id string) (AppliedTurn, bool) {
	for _, a := range th.Applied {
		if a.ID == id {
			return a, true
		}
	}
	return AppliedTurn{}, false
}

// Turn is one exchange kept verbatim for context.
type Turn struct {
	Author string    `json:"author"`
	Text   string    `json:"text"`
	Intent string    `json:"intent"` // design, question, change, command
	Reply  string    `json:"reply"`  // a short form of what archbot answered
	At     time.Time `json:"at"`
}

// TokenUsage counts model tokens spent on a thread.
type TokenUsage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	Calls            int `json:"calls"`
}

// Add accumulates u into t.
func (t *TokenUsage) Add(u TokenUsage) {
	t.PromptTokens += u.PromptTokens
	t.CompletionTokens += u.CompletionTokens
	t.Calls += u.Calls
}

// Limits that keep a thread's state, and so every prompt built from it, bounded.
const (
	MaxTurns     = 6
	MaxRevisions = 10
	MaxApplied   = 16
	MaxSummary   = 1500
	// MaxHotDecisions is how many of the newest decisions a stored thread's record holds; the
	// whole log is kept apart. More than MaxRevisions, so undo always finds what it truncates.
	MaxHotDecisions = 24
)

// AddTurn appends a turn, folding the oldest into the rolling summary past MaxTurns.
func (th *Thread) AddTurn(t Turn) {
	th.Turns = append(th.Turns, t)
	for len(th.Turns) > MaxTurns {
		old := th.Turns[0]
		th.Turns = th.Turns[1:]
		line := fmt.Sprintf("- %s (%s): %s", old.Author, old.Intent, clip(old.Text, 160))
		if old.Reply != "" {
			line += " → " + clip(old.Reply, 120)
		}
		th.Summary = strings.TrimSpace(th.Summary + "\n" + line)
	}
	// Keep the newest part of the summary: the decision log already holds what was decided.
	if len(th.Summary) > MaxSummary {
		s := th.Summary[len(th.Summary)-MaxSummary:]
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			s = s[i+1:]
		}
		th.Summary = s
	}
}

// AddRevision records a revision, dropping the oldest past MaxRevisions.
func (th *Thread) AddRevision(r Revision) {
	// A new slice every time: copies of a Thread share the old one, as stores' callers may.
	n := len(th.undo) + 1
	drop := max(n-MaxRevisions, 0)
	undo := make([]undoEntry, 0, n-drop)
	undo = append(undo, th.undo[drop:]...)
	th.undo = append(undo, undoEntry{rev: &r})
}

// RevisionCount says how many changes undo can step back.
func (th *Thread) RevisionCount() int { return len(th.undo) }

// PopRevision removes the newest revision and returns it; ok is false when there is none. The
// error reports a stored revision that could not be decoded, which is then left in place.
func (th *Thread) PopRevision() (r Revision, ok bool, err error) {
	n := len(th.undo)
	if n == 0 {
		return Revision{}, false, nil
	}
	rev, err := th.undo[n-1].revision()
	if err != nil {
		return Revision{}, false, err
	}
	th.undo = th.undo[: n-1 : n-1] // capped, so a later append never writes into a shared array
	return *rev, true, nil
}

// Revisions returns the undo history, oldest first, decoding what a store left encoded.
func (th *Thread) Revisions() ([]Revision, error) {
	out := make([]Revision, 0, len(th.undo))
	for i := range th.undo {
		rev, err := th.undo[i].revision()
		if err != nil {
			return nil, err
		}
		out = append(out, *rev)
	}
	return out, nil
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8Start(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// Errors a store reports.
var (
	// ErrNotFound means no state exists for the thread.
	ErrNotFound = errors.New("thread not found")
	// ErrConflict means the thread was saved by someone else since it was loaded.
	ErrConflict = errors.New("thread changed concurrently")
)
