package offline

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// A statement's own rules about when, how often or for whom its core operation may happen
// ("berths can only be entered within 2 hours of high tide", "pilots must rest 10 hours between
// jobs", "last donation at least 56 days ago", "buses often have no signal") decide what the
// design must check before it commits anything. Each kind is data in knowledge/constraints.yaml;
// a stated one becomes a named requirement, the row the check reads, a check step in a flow and
// a deep dive, carried by one feature beside the statement's pattern.

//go:embed knowledge/constraints.yaml
var constraintsYAML []byte

// constraintKind is one kind of stated constraint and the design it brings, as templates.
type constraintKind struct {
	ID          string   `yaml:"id"`
	Patterns    []string `yaml:"patterns"`
	Requirement string   `yaml:"requirement"`
	Table       string   `yaml:"table"`
	Fields      string   `yaml:"fields"`
	Key         string   `yaml:"key"`
	Indexes     string   `yaml:"indexes"`
	Why         string   `yaml:"why"`
	Check       string   `yaml:"check"`
	DiveTitle   string   `yaml:"dive_title"`
	Dive        string   `yaml:"dive"`
	CoveredBy   []string `yaml:"covered_by"`
	// NotThings are things done in answer to the event rather than allowed only near it:
	// "index updated within 5 minutes of a push" is a freshness target, not a window.
	NotThings []string `yaml:"not_things"`
	res       []*regexp.Regexp
}

type constraintFile struct {
	Kinds  []*constraintKind `yaml:"kinds"`
	Tables map[string]string `yaml:"tables"`
}

// constraintKinds and eventTables are read once from the embedded file.
var constraintKinds, eventTables = mustConstraints(constraintsYAML)

func mustConstraints(data []byte) ([]*constraintKind, map[string]string) {
	var f constraintFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		panic(fmt.Sprintf("load constraints.yaml: %v", err))
	}
	for _, k := range f.Kinds {
		for _, p := range k.Patterns {
			k.res = append(k.res, regexp.MustCompile(p))
		}
	}
	return f.Kinds, f.Tables
}

// constraint is one stated constraint: its kind and the words that fill its templates.
type constraint struct {
	kind *constraintKind
	vars map[string]string
}

// constraintsIn returns the constraints a statement spells out, at most one of each kind,
// in the order of the kinds.
func constraintsIn(problem string) []constraint {
	low := strings.ToLower(problem)
	var out []constraint
	for _, k := range constraintKinds {
	kind:
		for _, re := range k.res {
			for _, m := range re.FindAllStringSubmatch(low, -1) {
				if i := re.SubexpIndex("thing"); i >= 0 && slices.Contains(k.NotThings, m[i]) {
					continue
				}
				out = append(out, constraint{kind: k, vars: constraintVars(re, m)})
				break kind
			}
		}
	}
	return out
}

// constraintVars names what a match says: the holder and the thing in both numbers, the
// figure, the event and the table its times live in.
func constraintVars(re *regexp.Regexp, m []string) map[string]string {
	v := map[string]string{"quote": strings.TrimSpace(m[0])}
	for i, name := range re.SubexpNames() {
		if name != "" {
			v[name] = m[i]
		}
	}
	if relativeWords[v["whos"]] {
		v["whos"] = "" // "engineers who often have no signal": the holder is before "who"
	}
	if v["whos"] == "" && v["who"] == "" {
		v["whos"] = "people"
	}
	if v["who"] == "" {
		v["who"] = singularNoun(v["whos"])
	}
	v["whos"] = pluralNoun(v["who"])
	if v["thing"] == "" {
		v["thing"] = singularNoun(orDefault(v["things"], "job"))
	}
	if v["things"] == "" {
		v["things"] = pluralNoun(v["thing"])
	}
	ev := strings.TrimPrefix(strings.TrimPrefix(v["event"], "the "), "a ")
	v["event"] = ev
	v["Event"], v["Who"], v["Thing"] = upperFirst(ev), upperFirst(v["who"]), upperFirst(v["thing"])
	if t := eventTables[ev]; t != "" {
		v["table"] = t
	}
	return v
}

// relativeWords stand where a holder would when the clause is a relative one.
var relativeWords = set("who", "which", "that", "they", "it", "and", "often")

// fill replaces each {name} in s with the constraint's words.
func (c constraint) fill(s string) string {
	if _, ok := c.vars["table"]; !ok {
		c.vars["table"] = c.expand(c.kind.Table)
	}
	return c.expand(s)
}

func (c constraint) expand(s string) string {
	for k, v := range c.vars {
		s = strings.ReplaceAll(s, "{"+k+"}", v)
	}
	return s
}

// withConstraints is fs with a feature carrying the statement's stated constraints, when it
// states any: the requirement, the row, the check and the dive of each.
func withConstraints(fs []*feature, problem string) []*feature {
	cs := constraintsIn(problem)
	if len(cs) == 0 {
		return fs
	}
	f := &feature{ID: constraintsID, Name: "stated constraints"}
	var checks []string
	for _, c := range cs {
		f.Functional = append(f.Functional, c.fill(c.kind.Requirement))
		f.Entities = append(f.Entities, entity{Name: c.fill("{table}"), Store: "appdb", Key: c.fill(c.kind.Key), Indexes: c.fill(c.kind.Indexes), Fields: c.fill(c.kind.Fields), Why: c.fill(c.kind.Why)})
		checks = append(checks, c.fill(c.kind.Check))
		if divesOn(fs, c.kind.CoveredBy) {
			continue // the pattern designs it already ("Swaps as a state machine")
		}
		f.Deep = append(f.Deep, deepDive{Title: c.fill(c.kind.DiveTitle), Weight: 13 - len(f.Deep), Body: c.fill(c.kind.Dive)})
	}
	out, ok := checkedFlow(fs, checks)
	switch {
	case ok:
	case !slices.ContainsFunc(cs, func(c constraint) bool { return c.kind.ID != "offline" }):
		// Working with no signal checks nothing before a commit: it is how the device works.
		f.Flows = []flow{{Name: "Working with no signal", Steps: checks}}
	default:
		steps := append(checks, "Only when every check passes is the change committed, in the same transaction that re-reads the rows the checks used; a refusal names the rule it broke")
		f.Flows = []flow{{Name: "Checks before committing", Steps: steps}}
	}
	return append(out, f)
}

// constraintsID is the feature that carries the statement's stated constraints.
const constraintsID = "constraints"

// constraintQuotes quotes the rules the constraints feature enforces, as its requirements quote
// them (“crews must rest 8 hours between shifts”), for the overview's reason.
func constraintQuotes(f *feature) string {
	var quoted []string
	for _, l := range f.Functional {
		if _, rest, ok := strings.Cut(l, "“"); ok {
			if q, _, ok := strings.Cut(rest, "”"); ok {
				quoted = append(quoted, `"`+q+`"`)
			}
		}
	}
	return strings.Join(quoted, ", ")
}

// divesOn reports whether a dive of fs is titled with one of the words.
func divesOn(fs []*feature, words []string) bool {
	for _, f := range fs {
		for _, d := range f.Deep {
			if slices.ContainsFunc(words, func(w string) bool { return strings.Contains(strings.ToLower(d.Title), w) }) {
				return true
			}
		}
	}
	return false
}

// checkedFlow is fs with the checks put into the first flow that writes what the statement asks
// for, just before its write, so the flow that commits is the one that enforces; false when no
// flow writes anything.
func checkedFlow(fs []*feature, checks []string) ([]*feature, bool) {
	out := slices.Clone(fs)
	for i, f := range out {
		for j, fl := range f.Flows {
			k := slices.IndexFunc(fl.Steps, func(s string) bool { return strings.Contains(s, " writes ") })
			if k < 0 {
				continue
			}
			c := *f
			c.Flows = slices.Clone(f.Flows)
			c.Flows[j].Steps = slices.Concat(fl.Steps[:k], checks, fl.Steps[k:])
			out[i] = &c
			return out, true
		}
	}
	return out, false
}
