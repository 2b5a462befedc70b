package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Case is one benchmark problem: a statement, the concept groups a good design names (any synonym
// of a group counts), negative groups a design for this problem should not name, and capacity
// figures (keys are fields of the design's capacity JSON, e.g. "write_qps") it should land near.
// A paraphrase restates another case's problem in other words; its recall should match the
// original's.
type Case struct {
	ID           string             `json:"id"`
	Statement    string             `json:"statement"`
	Groups       [][]string         `json:"groups"`
	Negatives    [][]string         `json:"negatives"`
	Numbers      map[string]float64 `json:"numbers"`
	ParaphraseOf string             `json:"paraphrase_of,omitempty"`
	// Source names the file the case came from; the specificity margin compares a case with the
	// other cases of its own file. Set by whoever loads the file.
	Source string `json:"-"`
}

// family is the problem a case states: its own id, or its original's for a paraphrase.
func (c Case) family() string {
	if c.ParaphraseOf != "" {
		return c.ParaphraseOf
	}
	return c.ID
}

// Tolerance is how far a capacity figure may be from the expected one, as a ratio either way.
const Tolerance = 3.0

// LoadCases reads JSONL cases, one per line; blank lines and lines starting with # are skipped.
func LoadCases(r io.Reader) ([]Case, error) {
	return loadJSONL(r, "case", func(line int, c Case) error {
		if c.ID == "" || strings.TrimSpace(c.Statement) == "" {
			return fmt.Errorf("case on line %d: id and statement are required", line)
		}
		return nil
	})
}

// loadJSONL reads one what (a T) from every line that is neither blank nor a # comment, and
// keeps it if valid says nothing against it.
func loadJSONL[T any](r io.Reader, what string, valid func(line int, c T) error) ([]T, error) {
	var out []T
	err := scanJSONL(r, func(line int, text []byte) error {
		var c T
		if err := json.Unmarshal(text, &c); err != nil {
			return fmt.Errorf("parse %s on line %d: %w", what, line, err)
		}
		if err := valid(line, c); err != nil {
			return err
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

// scanJSONL calls each with every line that is neither blank nor a # comment.
func scanJSONL(r io.Reader, each func(line int, text []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		if err := each(line, text); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read cases: %w", err)
	}
	return nil
}

// NumberResult compares one expected capacity figure with the design's.
type NumberResult struct {
	Field    string  `json:"field"`
	Expected float64 `json:"expected"`
	Got      float64 `json:"got"`
	Found    bool    `json:"found"` // the design's capacity has the field
	Ok       bool    `json:"ok"`    // within Tolerance
}

// CaseResult is the score of one design against its case.
type CaseResult struct {
	ID           string  `json:"id"`
	Source       string  `json:"source,omitempty"`
	ParaphraseOf string  `json:"paraphrase_of,omitempty"`
	Recall       float64 `json:"recall"`
	// Hit and Missed list each group by its first synonym.
	Hit       []string       `json:"hit"`
	Missed    []string       `json:"missed"`
	Negatives []string       `json:"negatives"` // negative groups the design names
	Numbers   []NumberResult `json:"numbers"`
	// OtherRecall is the design's mean recall on the groups of the other cases of its file
	// (paraphrases of the same problem excluded), over Others cases; Margin is Recall minus it.
	// A design that names every concept of every problem has a margin near zero.
	OtherRecall float64 `json:"other_recall"`
	Margin      float64 `json:"margin"`
	Others      int     `json:"others"`
	// Error is set when the design could not be produced; the case then scores zero.
	Error string `json:"error,omitempty"`
}

// NumbersOk reports whether every expected figure is within tolerance.
func (r CaseResult) NumbersOk() bool {
	for _, n := range r.Numbers {
		if !n.Ok {
			return false
		}
	}
	return true
}

// Text is everything a design says that recall is scored on: every section's title and text and
// every component's name, technology and description, lower-cased.
func Text(d *conversation.Design) string {
	var b strings.Builder
	b.WriteString(d.Title)
	b.WriteByte('\n')
	for _, s := range d.Sections {
		b.WriteString(s.Title)
		b.WriteByte('\n')
		b.WriteString(s.Markdown)
		b.WriteByte('\n')
	}
	for _, c := range d.Components {
		fmt.Fprintf(&b, "%s\n%s\n%s\n", c.Name, c.Technology, c.Description)
	}
	return strings.ToLower(b.String())
}

// scoredText is Text without the problem statement itself: a design that quotes the statement
// has not named a mechanism by repeating the question's words, so the quote earns no recall.
func scoredText(c Case, d *conversation.Design) string {
	text := Text(d)
	for _, p := range []string{d.Problem, c.Statement} {
		if p = strings.ToLower(strings.TrimSpace(p)); p != "" {
			text = strings.ReplaceAll(text, p, "\n")
		}
	}
	return text
}

// Score judges d against c.
func Score(c Case, d *conversation.Design) CaseResult {
	res := CaseResult{ID: c.ID, Source: c.Source, ParaphraseOf: c.ParaphraseOf}
	if d == nil {
		res.Error = "no design"
		res.Missed = firsts(c.Groups)
		return res
	}
	text := scoredText(c, d)
	for _, g := range c.Groups {
		if len(g) == 0 {
			continue
		}
		if mentionsAny(text, g) {
			res.Hit = append(res.Hit, g[0])
		} else {
			res.Missed = append(res.Missed, g[0])
		}
	}
	if n := len(res.Hit) + len(res.Missed); n > 0 {
		res.Recall = float64(len(res.Hit)) / float64(n)
	} else {
		res.Recall = 1
	}
	for _, g := range c.Negatives {
		if len(g) > 0 && mentionsAny(text, g) {
			res.Negatives = append(res.Negatives, g[0])
		}
	}
	res.Numbers = compareNumbers(c.Numbers, d.Capacity)
	return res
}

// recallOn is the share of groups that lower-cased text names; no groups is a recall of 1.
func recallOn(text string, groups [][]string) float64 {
	hit, n := 0, 0
	for _, g := range groups {
		if len(g) == 0 {
			continue
		}
		n++
		if mentionsAny(text, g) {
			hit++
		}
	}
	if n == 0 {
		return 1
	}
	return float64(hit) / float64(n)
}

func firsts(groups [][]string) []string {
	var out []string
	for _, g := range groups {
		if len(g) > 0 {
			out = append(out, g[0])
		}
	}
	return out
}

// compareNumbers looks fields up in the capacity's JSON form, so case files can name any figure
// the public export carries without this package listing them.
func compareNumbers(want map[string]float64, capa conversation.Capacity) []NumberResult {
	raw, _ := json.Marshal(capa) // a struct of numbers and strings always encodes
	var fields map[string]any
	_ = json.Unmarshal(raw, &fields)
	keys := make([]string, 0, len(want))
	for k := range want {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []NumberResult
	for _, k := range keys {
		nr := NumberResult{Field: k, Expected: want[k]}
		if v, ok := fields[k].(float64); ok {
			nr.Found, nr.Got = true, v
			nr.Ok = within(v, nr.Expected, Tolerance)
		}
		out = append(out, nr)
	}
	return out
}

func within(got, want, tol float64) bool {
	if want == 0 || got == 0 {
		return got == want
	}
	if (got < 0) != (want < 0) {
		return false
	}
	r := math.Abs(got / want)
	return r <= tol && r >= 1/tol
}
