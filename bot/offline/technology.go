package offline

import (
	"bytes"
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// What the designer knows about technologies lives in knowledge/technologies.yaml: each entry's
// data model, transactions, indexes, per-unit limits, failure modes and replication claims. A
// swap, a failure question, a rationale and a comparison all reason over the same entries, so a
// new technology there is a new supported change without code.
//
//go:embed knowledge/technologies.yaml
var technologiesYAML []byte

// technologyFile is the schema of knowledge/technologies.yaml. Unknown keys are an error.
type technologyFile struct {
	Claims       []claimSpec  `yaml:"claims"`
	Technologies []technology `yaml:"technologies"`
}

// claimSpec is something a design says about a store that not every technology can back: the
// words that make it, and what it is in plain words (for the reply).
type claimSpec struct {
	ID      string   `yaml:"id"`
	What    string   `yaml:"what"`
	Phrases []string `yaml:"phrases"`
	// res match the phrases as whole words, case-insensitively ("incr" is not "increase").
	res []*regexp.Regexp
}

// technology is one entry of the knowledge base.
type technology struct {
	ID               string             `yaml:"id"`
	Name             string             `yaml:"name"`
	Names            []string           `yaml:"names"`
	Kind             string             `yaml:"kind"`
	Label            string             `yaml:"label"`
	Model            string             `yaml:"model"`
	Queries          string             `yaml:"queries"`
	Consistency      string             `yaml:"consistency"`
	Transactions     string             `yaml:"transactions"`
	MultiRow         bool               `yaml:"multi_row"`
	Joins            bool               `yaml:"joins"`
	Constraints      bool               `yaml:"constraints"`
	Keeps            string             `yaml:"keeps"`
	UniqueBy         string             `yaml:"unique_by"`
	Structures       bool               `yaml:"structures"`
	Conditional      string             `yaml:"conditional"`
	ConditionalCost  float64            `yaml:"conditional_cost"`
	Indexes          string             `yaml:"indexes"`
	IndexesOnHotPath bool               `yaml:"indexes_on_hot_path"`
	Scale            string             `yaml:"scale"`
	Unit             string             `yaml:"unit"`
	Limits           techLimits         `yaml:"limits"`
	Replicated       bool               `yaml:"replicated"`
	Replication      string             `yaml:"replication"`
	Regions          string             `yaml:"regions"`
	Failure          failureMode        `yaml:"failure"`
	Ops              string             `yaml:"ops"`
	Cost             string             `yaml:"cost"`
	Gains            string             `yaml:"gains"`
	Costs            string             `yaml:"costs"`
	Rewrites         map[string]rewrite `yaml:"rewrites"`
	Samples          []string           `yaml:"samples"`
}

// techLimits are what one unit (node, shard primary, partition) serves; zero means unbounded
// or not meaningful (a managed queue's storage).
type techLimits struct {
	Writes    float64 `yaml:"writes"`
	Reads     float64 `yaml:"reads"`
	StorageGB float64 `yaml:"storage_gb"`
}

type failureMode struct {
	Fails      string `yaml:"fails"`
	Load       string `yaml:"load"`
	Mitigation string `yaml:"mitigation"`
}

// rewrite is how a claim reads on a technology: Say replaces the claim's words, Drop removes the
// clause that makes it.
type rewrite struct {
	Say  string `yaml:"say"`
	Drop bool   `yaml:"drop"`
}

var techScales = []string{"horizontal", "primary", "single", "managed"}

// techs and claims hold the loaded knowledge base.
var (
	techs  []technology
	claims []claimSpec
)

func init() {
	f, err := loadTechnologies(technologiesYAML)
	if err != nil {
		panic(err)
	}
	techs, claims = f.Technologies, f.Claims
	for _, t := range techs {
		for _, n := range t.Names {
			techNameRes[n] = regexp.MustCompile(`\b` + regexp.QuoteMeta(n) + `\b`)
		}
	}
}

// loadTechnologies decodes the technology file strictly and checks every entry.
func loadTechnologies(data []byte) (*technologyFile, error) {
	var f technologyFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("decode technologies: %w", err)
	}
	claimIDs := map[string]bool{}
	for i, c := range f.Claims {
		if c.ID == "" || len(c.Phrases) == 0 || c.What == "" {
			return nil, fmt.Errorf("claim %q needs an id, what and phrases", c.ID)
		}
		claimIDs[c.ID] = true
		for _, p := range c.Phrases {
			f.Claims[i].res = append(f.Claims[i].res, regexp.MustCompile(`(?i)\b`+regexp.QuoteMeta(p)+`\b`))
		}
	}
	seen := map[string]bool{}
	for _, t := range f.Technologies {
		if err := checkTechnology(t, claimIDs, seen); err != nil {
			return nil, err
		}
		for _, c := range f.Claims {
			for _, re := range c.res {
				if re.MatchString(t.Rewrites[c.ID].Say) {
					return nil, fmt.Errorf("technology %q: the rewrite of claim %q says the claim again", t.ID, c.ID)
				}
			}
		}
	}
	return &f, nil
}

func checkTechnology(t technology, claimIDs, seen map[string]bool) error {
	if seen[t.ID] {
		return fmt.Errorf("technology %q listed twice", t.ID)
	}
	seen[t.ID] = true
	if len(t.Names) == 0 || t.Name == "" || t.Label == "" || t.Gains == "" || t.Costs == "" || t.Model == "" || t.Failure.Fails == "" || t.Failure.Mitigation == "" {
		return fmt.Errorf("technology %q needs names, label, model, gains, costs and a failure mode", t.ID)
	}
	if _, ok := kindOrder[t.Kind]; !ok {
		return fmt.Errorf("technology %q: unknown kind %q", t.ID, t.Kind)
	}
	if !slices.Contains(techScales, t.Scale) {
		return fmt.Errorf("technology %q: scale %q is not one of %v", t.ID, t.Scale, techScales)
	}
	if t.Limits.Writes <= 0 || t.Limits.Reads <= 0 {
		return fmt.Errorf("technology %q: limits need writes and reads per %s", t.ID, t.Unit)
	}
	for _, n := range t.Names {
		if n != strings.ToLower(n) {
			return fmt.Errorf("technology %q: name %q must be lower case", t.ID, n)
		}
	}
	for id, rw := range t.Rewrites {
		if !claimIDs[id] {
			return fmt.Errorf("technology %q rewrites unknown claim %q", t.ID, id)
		}
		if rw.Drop == (rw.Say != "") {
			return fmt.Errorf("technology %q, claim %q: give either say or drop", t.ID, id)
		}
	}
	return nil
}

// techNameRes holds a whole-word pattern per technology name, compiled once at load.
var techNameRes = map[string]*regexp.Regexp{}

func techNameRe(n string) *regexp.Regexp { return techNameRes[n] }

// findTech returns the technology named earliest in t (lower case), the name used and where.
func findTech(t string) (technology, string, int) {
	best, bestAt, bestName := technology{}, -1, ""
	for _, tp := range techs {
		for _, n := range tp.Names {
			if loc := techNameRe(n).FindStringIndex(t); loc != nil && (bestAt < 0 || loc[0] < bestAt) {
				best, bestAt, bestName = tp, loc[0], n
			}
		}
	}
	return best, bestName, bestAt
}

// allTechs returns every technology named in t, in order of appearance.
func allTechs(t string) []technology {
	type hit struct {
		tp technology
		at int
	}
	var hits []hit
	for _, tp := range techs {
		at := -1
		for _, n := range tp.Names {
			if loc := techNameRe(n).FindStringIndex(t); loc != nil && (at < 0 || loc[0] < at) {
				at = loc[0]
			}
		}
		if at >= 0 {
			hits = append(hits, hit{tp, at})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int { return a.at - b.at })
	out := make([]technology, len(hits))
	for i, h := range hits {
		out[i] = h.tp
	}
	return out
}

// techOf returns the knowledge-base entry a component's technology label names, if any.
func techOf(label string) (technology, bool) {
	tp, _, at := findTech(strings.ToLower(label))
	return tp, at >= 0
}

// short is the technology's name as people write it ("Cassandra", "DynamoDB").
func (t technology) short() string { return t.Name }
