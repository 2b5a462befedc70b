package offline

import (
	"bytes"
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A question how the design would run across regions ("how would this work across two
// regions?", "we're expanding to the EU, data must stay there") is answered from the design's
// own stores: for each, the record it keeps, where that record is homed, which of its writes must
// stay single-homed and how, what is read locally and how stale, what a failover does to a write
// in flight and what residency changes, with the replication bandwidth from the capacity plan.
// What each kind of record does across regions is knowledge (knowledge/regionrules.yaml); which
// records a design keeps, and where, is the design's.

//go:embed knowledge/regionrules.yaml
var regionRulesYAML []byte

// homeRule is how one kind of record behaves across regions.
type homeRule struct {
	ID        string   `yaml:"id"`
	Words     []string `yaml:"words"`
	Home      string   `yaml:"home"`
	Writes    string   `yaml:"writes"`
	Reads     string   `yaml:"reads"`
	Failover  string   `yaml:"failover"`
	Residency string   `yaml:"residency"`
}

// homeRuleFile is the schema of knowledge/regionrules.yaml. Unknown keys are an error.
type homeRuleFile struct {
	Rules []homeRule          `yaml:"rules"`
	Kinds map[string]homeRule `yaml:"kinds"`
}

var regionRules = mustRegionRules(regionRulesYAML)

func mustRegionRules(data []byte) homeRuleFile {
	var f homeRuleFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		panic(fmt.Errorf("decode region rules: %w", err))
	}
	for _, r := range f.Rules {
		if r.ID == "" || len(r.Words) == 0 || r.Home == "" || r.Writes == "" || r.Reads == "" || r.Failover == "" || r.Residency == "" {
			panic(fmt.Errorf("region rule %q needs words, home, writes, reads, failover and residency", r.ID))
		}
	}
	return f
}

// regionAskRe finds a question about running across regions or keeping data in one.
var regionAskRe = regexp.MustCompile(`\bacross (?:the |our )?(?:two|three|several|multiple|many|\d+) regions\b|\bin (?:two|three|several|multiple|\d+) regions\b|multi-?region|\bsecond region\b|\bregion(?:al)? failover\b|\bdata residency\b|\bgdpr\b|\b(?:must|has to|have to|needs? to|should) (?:stay|remain|be kept|be stored|live)\b`)

// keepThereRe finds a question whose data must stay where it is ("data must stay there"), which
// the statement-level residencyStatedRe, wanting a named place, leaves.
var keepThereRe = regexp.MustCompile(`\bdata residency\b|\bgdpr\b|\b(?:stay|remain|be kept|be stored|live) (?:in|inside|within|there)\b|\bnever leave\b|\bsovereign`)

// homedRecord is one store's record and the rule that says how it spans regions.
type homedRecord struct {
	comp   conversation.Component
	record string
	rule   homeRule
}

// homedRecords matches each of the design's stores to how its records span regions: the first
// rule naming one of its records, else its kind's rule.
func homedRecords(g bot.Grounding) []homedRecord {
	var out []homedRecord
	for _, c := range g.Components {
		if !slices.Contains([]string{"database", "storage", "cache", "queue"}, c.Kind) {
			continue
		}
		h := homedRecord{comp: c}
		h.record, h.rule = ruleFor(useOf(g, c).entities)
		if h.rule.ID == "" {
			k, ok := regionRules.Kinds[c.Kind]
			if !ok {
				continue
			}
			h.rule = k
		}
		if i := slices.IndexFunc(out, func(o homedRecord) bool { return h.record == "" && o.record == "" && o.comp.Kind == c.Kind }); i >= 0 {
			// Stores of one kind with no record of their own span regions alike: one line.
			out[i].comp.Name += " and " + c.Name
			continue
		}
		out = append(out, h)
	}
	return out
}

// ruleFor finds the first rule, in the file's order, that names one of the records.
func ruleFor(es []entity) (string, homeRule) {
	for _, r := range regionRules.Rules {
		for _, e := range es {
			words := wordsOf(strings.ToLower(e.Name))
			if slices.ContainsFunc(r.Words, func(w string) bool {
				return slices.ContainsFunc(words, func(x string) bool { return x == w || x == w+"s" || x == w+"es" })
			}) {
				return e.Name, r
			}
		}
	}
	return "", homeRule{}
}

// answerRegionPlan answers how the design would run across regions, store by store.
func answerRegionPlan(g bot.Grounding, q string) string {
	if !regionAskRe.MatchString(q) || asksRegionNeed(q) || g.Design == nil {
		return ""
	}
	recs := homedRecords(g)
	if len(recs) == 0 {
		return ""
	}
	resident := keepThereRe.MatchString(q) || residencyStatedRe.MatchString(q)
	var b strings.Builder
	if resident {
		b.WriteString("**Keeping data in its region: what each store does.**\n")
	} else {
		b.WriteString("**Across regions: where each store's data is homed.**\n")
	}
	for _, h := range recs {
		b.WriteString(h.line(resident) + "\n")
	}
	b.WriteString(replicationLine(g) + "\n")
	if slices.Contains(g.Requirements.Features, "multiregion") {
		b.WriteString("The design already runs in more than one region; the list above is how each store spans them. ")
	} else {
		b.WriteString("Say \"go multi-region\" and I'll make it a change (Requirements, Architecture, Reliability, Trade-offs). ")
	}
	return b.String() + cite(conversation.DataModel, conversation.CapacityID, conversation.Reliability)
}

// line says, for one store, what the question asks: homing, writes, reads, failover, and for a
// residency question what staying in the region changes.
func (h homedRecord) line(resident bool) string {
	sub := func(s string) string {
		rec := strings.ToLower(orDefault(h.record, h.comp.Name))
		return strings.NewReplacer("a {e}", article(rec), "{e}", rec, "{s}", h.comp.Name).Replace(s)
	}
	how := ""
	if t, ok := techOf(h.comp.Technology); ok && t.Regions != "" {
		how = fmt.Sprintf(" (%s: %s)", t.short(), t.Regions)
	}
	what := h.comp.Name
	if h.record != "" {
		what = fmt.Sprintf("%s in %s", h.record, h.comp.Name)
	}
	parts := []string{"homed in " + h.rule.Home + how}
	if h.rule.Writes != "" {
		parts = append(parts, "*Writes* "+sub(h.rule.Writes))
	}
	parts = append(parts, "*Reads* "+sub(h.rule.Reads), "*Failover:* "+sub(h.rule.Failover))
	if resident && h.rule.Residency != "" {
		parts = append(parts, "*Residency:* "+sub(h.rule.Residency))
	}
	return fmt.Sprintf("- **%s**: %s.", what, strings.Join(parts, ".\n  "))
}

// replicationLine is what crossing regions costs in bandwidth: the records and files the design
// writes at peak, each copied once to every other region.
func replicationLine(g bot.Grounding) string {
	c := g.Capacity
	const month = 30 * 86400.0
	peak := 1.0
	if c.WriteQPS > 0 && c.PeakWriteQPS > c.WriteQPS {
		peak = c.PeakWriteQPS / c.WriteQPS
	}
	records := max(c.StorageBytesPerMonth-c.BlobBytesPerMonth, 0) / month * peak
	files := c.BlobBytesPerMonth / month * peak
	if records+files == 0 {
		return fmt.Sprintf("- Replication: %s writes/s at peak, each copied once to every other region.", conversation.Human(c.PeakWriteQPS))
	}
	s := fmt.Sprintf("- Replication: %s writes/s at peak are about %s/s of records", conversation.Human(c.PeakWriteQPS), conversation.Bytes(records))
	if files > 0 {
		s += fmt.Sprintf(" and %s/s of files", conversation.Bytes(files))
	}
	return s + " copied to each other region (cross-region transfer is billed per GB, so that is the running cost of a second region beside its servers)."
}
