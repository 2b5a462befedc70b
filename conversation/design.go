package conversation

import (
	"fmt"
	"strings"
)

// SectionID names a section of a design document; ids are stable across versions and are what
// users type in commands such as "show capacity".
type SectionID string

// The sections of a design document, in document order.
const (
	Overview     SectionID = "overview"
	Requirements SectionID = "requirements"
	CapacityID   SectionID = "capacity"
	Architecture SectionID = "architecture"
	DataFlow     SectionID = "data_flow"
	API          SectionID = "api"
	DataModel    SectionID = "data_model"
	UI           SectionID = "ui"
	DeepDive     SectionID = "deep_dive"
	Scalability  SectionID = "scalability"
	Reliability  SectionID = "reliability"
	Security     SectionID = "security"
	Tradeoffs    SectionID = "tradeoffs"
)

// SectionOrder lists every section id in the order the document presents them.
var SectionOrder = []SectionID{
	Overview, Requirements, CapacityID, Architecture, DataFlow, API, DataModel, UI,
	DeepDive, Scalability, Reliability, Security, Tradeoffs,
}

var sectionTitles = map[SectionID]string{
	Overview:     "Overview",
	Requirements: "Requirements",
	CapacityID:   "Back-of-the-envelope capacity",
	Architecture: "Architecture",
	DataFlow:     "Data flow",
	API:          "API",
	DataModel:    "Data model",
	UI:           "User interface",
	DeepDive:     "Deep dives",
	Scalability:  "Scalability",
	Reliability:  "Reliability",
	Security:     "Security",
	Tradeoffs:    "Trade-offs",
}

// Title returns the human title of a section id.
func (id SectionID) Title() string {
	if t, ok := sectionTitles[id]; ok {
		return t
	}
	return string(id)
}

// ParseSectionID accepts an id or a loose user spelling ("data model", "Data-Flow", "deep dives",
// "trade-offs") and reports whether it names a section.
func ParseSectionID(s string) (SectionID, bool) {
	norm := strings.NewReplacer(" ", "_", "-", "_").Replace(strings.ToLower(strings.TrimSpace(s)))
	aliases := map[string]SectionID{
		"capacity": CapacityID, "estimates": CapacityID, "estimation": CapacityID, "back_of_the_envelope": CapacityID,
		"deep_dives": DeepDive, "deepdive": DeepDive, "trade_offs": Tradeoffs, "tradeoff": Tradeoffs,
		"dataflow": DataFlow, "flow": DataFlow, "datamodel": DataModel, "schema": DataModel, "apis": API,
		"requirement": Requirements, "reqs": Requirements, "arch": Architecture, "scaling": Scalability,
		"scale": Scalability, "user_interface": UI, "screens": UI,
	}
	if id, ok := aliases[norm]; ok {
		return id, true
	}
	for _, id := range SectionOrder {
		title := strings.NewReplacer(" ", "_", "-", "_").Replace(strings.ToLower(id.Title()))
		if norm == string(id) || norm == title {
			return id, true
		}
	}
	return "", false
}

// Design is a versioned system-design document. Its JSON form is archbot's public export format.
type Design struct {
	Title      string      `json:"title"`
	Problem    string      `json:"problem"`
	Version    int         `json:"version"`
	Sections   []Section   `json:"sections"`
	Components []Component `json:"components"`
	Capacity   Capacity    `json:"capacity"`
	Diagram    Diagram     `json:"diagram"`
	Decisions  []Decision  `json:"decisions"`
	// DecisionsBefore counts the entries of the decision log older than Decisions[0]: a stored
	// thread keeps only the newest MaxHotDecisions in its record, and the whole log apart (see
	// codec.go), so a thread's size stays bounded however long it runs. Zero in a full log, as
	// every exported design has.
	DecisionsBefore int            `json:"decisions_before,omitempty"`
	Requirements    RequirementSet `json:"requirements_model"`
}

// DecisionCount is the length of the whole decision log, kept apart or not.
func (d *Design) DecisionCount() int { return d.DecisionsBefore + len(d.Decisions) }

// TruncateDecisions shortens the decision log to its first n entries, as undo does.
func (d *Design) TruncateDecisions(n int) {
	switch {
	case n >= d.DecisionCount():
	case n >= d.DecisionsBefore:
		d.Decisions = d.Decisions[: n-d.DecisionsBefore : n-d.DecisionsBefore]
	default:
		d.Decisions, d.DecisionsBefore = nil, max(n, 0)
	}
}

// WithDecisionLog returns a copy of d whose decision log is log's first DecisionCount entries,
// for history and export of a thread whose older entries are kept apart. ok is false when log
// is too short to hold them (the store lost part of it); d is then returned as it is.
func (d *Design) WithDecisionLog(log []Decision) (full *Design, ok bool) {
	if d.DecisionsBefore == 0 {
		return d, true
	}
	n := d.DecisionCount()
	if len(log) < n {
		return d, false
	}
	c := *d
	c.Decisions, c.DecisionsBefore = append([]Decision(nil), log[:n]...), 0
	return &c, true
}

// Section is one titled part of the document, in Markdown without its own heading.
type Section struct {
	ID       SectionID `json:"id"`
	Title    string    `json:"title"`
	Markdown string    `json:"markdown"`
}

// Component is one box of the architecture; TalksTo names the components it calls or feeds.
type Component struct {
	Name        string   `json:"name"`
	Kind        string   `json:"kind"` // client, edge, service, cache, database, queue, storage, search, worker, external
	Technology  string   `json:"technology"`
	Description string   `json:"description"`
	TalksTo     []string `json:"talks_to"`
	// Flows labels the edges in TalksTo (same index) with what flows along them; optional.
	Flows []string `json:"flows,omitempty"`
}

// Diagram holds the architecture diagram in text forms generated from the components.
type Diagram struct {
	Mermaid string `json:"mermaid"`
	DOT     string `json:"dot,omitempty"`
}

// Decision is one entry of the design's decision log.
type Decision struct {
	Version   int    `json:"version"`
	Summary   string `json:"summary"`
	Rationale string `json:"rationale"`
}

// Section returns the section with the given id, if the design has it.
func (d *Design) Section(id SectionID) (Section, bool) {
	for _, s := range d.Sections {
		if s.ID == id {
			return s, true
		}
	}
	return Section{}, false
}

// SetSection replaces the section with s.ID, or inserts it at its place in document order.
func (d *Design) SetSection(s Section) {
	if s.Title == "" {
		s.Title = s.ID.Title()
	}
	for i := range d.Sections {
		if d.Sections[i].ID == s.ID {
			d.Sections[i] = s
			return
		}
	}
	rank := func(id SectionID) int {
		for i, o := range SectionOrder {
			if o == id {
				return i
			}
		}
		return len(SectionOrder)
	}
	at := len(d.Sections)
	for i := range d.Sections {
		if rank(d.Sections[i].ID) > rank(s.ID) {
			at = i
			break
		}
	}
	d.Sections = append(d.Sections, Section{})
	copy(d.Sections[at+1:], d.Sections[at:])
	d.Sections[at] = s
}

// Component returns the component with the given name (case-insensitive).
func (d *Design) Component(name string) (Component, bool) {
	for _, c := range d.Components {
		if strings.EqualFold(c.Name, name) {
			return c, true
		}
	}
	return Component{}, false
}

// Markdown renders the whole document: a title, a version line, then every section as a level-2
// heading. It is the text users download, so sections posted one by one add up to it.
//
// Every change posts the document, tens of KB: it is built in one allocation of its final size.
func (d *Design) Markdown() string {
	head := fmt.Sprintf("# %s\n\n_Version %d · generated by archbot_\n\n", d.Title, d.Version)
	n := len(head)
	for _, s := range d.Sections {
		n += sectionMarkdownLen(s)
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(head)
	for _, s := range d.Sections {
		writeSectionMarkdown(&b, s)
	}
	return b.String()
}

// SectionMarkdown renders one section as it appears in the document: heading, body, blank line.
func SectionMarkdown(s Section) string {
	var b strings.Builder
	b.Grow(sectionMarkdownLen(s))
	writeSectionMarkdown(&b, s)
	return b.String()
}

func writeSectionMarkdown(b *strings.Builder, s Section) {
	b.WriteString("## ")
	b.WriteString(s.Title)
	b.WriteString("\n\n")
	b.WriteString(strings.TrimSpace(s.Markdown))
	b.WriteString("\n\n")
}

func sectionMarkdownLen(s Section) int {
	return len("## \n\n\n\n") + len(s.Title) + len(strings.TrimSpace(s.Markdown))
}

// Slug turns the title into a file-name-safe lower-case slug, e.g. "photo-sharing-app".
func (d *Design) Slug() string {
	if s := Slugify(d.Title, '-', 60); s != "" {
		return s
	}
	return "design"
}

// Slugify keeps the lower-case ASCII letters and digits of s, each run of anything else between
// them one sep, up to about n bytes: a name safe in a file name or an identifier.
func Slugify(s string, sep byte, n int) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			gap = false
		case !gap && b.Len() > 0:
			b.WriteByte(sep)
			gap = true
		}
		if b.Len() >= n {
			break
		}
	}
	return strings.TrimRight(b.String(), string(sep))
}

// Filename is the name under which the document is exported: "<slug>-v<N>.md".
func (d *Design) Filename() string {
	return fmt.Sprintf("%s-v%d.md", d.Slug(), d.Version)
}
