package offline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// cacheHitRatio is what a cache in front of a store is assumed to absorb when the design does not
// say; answers that use it say so.
const cacheHitRatio = 0.9

// storeUse is what the current design asks of one component: what it holds, who calls it and
// for what, the peak load it takes, and the claims the design makes about it (a put-if-absent in
// a flow, a secondary index in the data model), each with the section that makes it.
type storeUse struct {
	comp     conversation.Component
	entities []entity
	callers  []string // "Redirect service (cache miss)"
	// main is set for the store of the archetype's main records: the capacity figures are its load.
	main          bool
	cached        bool // a cache sits in front of it on the read path
	writes, reads float64
	storageBytes  float64
	claims        map[string]string // claim id → section title that makes it
	said          map[string]string // claim id → the design's own words that make it
	global        bool              // the design is multi-region
}

// useOf reads what the design asks of component c.
func useOf(g bot.Grounding, c conversation.Component) storeUse {
	r := newRenderer(g)
	u := storeUse{comp: c, claims: map[string]string{}, said: map[string]string{}, global: slices.Contains(g.Requirements.Features, "multiregion")}
	for _, e := range r.entities() {
		if r.has(e.Store) && r.name(e.Store) == c.Name {
			u.entities = append(u.entities, e)
			u.scan(r.x(e.Indexes)+". "+r.x(e.Why), conversation.DataModel)
			for id, w := range u.said {
				if u.claims[id] == conversation.DataModel.Title() && !strings.Contains(w, ": ") {
					u.said[id] = e.Name + ": " + w
				}
			}
		}
	}
	for _, o := range g.Components {
		for i, to := range o.TalksTo {
			if to != c.Name {
				continue
			}
			fl := ""
			if i < len(o.Flows) && o.Flows[i] != "" {
				fl = " (" + o.Flows[i] + ")"
			}
			u.callers = append(u.callers, o.Name+fl)
			if c.Kind != "cache" && readsThroughCache(g, o) {
				u.cached = true
			}
		}
	}
	for _, f := range r.ordered() {
		for _, fl := range f.Flows {
			for _, s := range fl.Steps {
				if x := r.x(s); strings.Contains(x, c.Name) {
					u.scan(x, conversation.DataFlow)
				}
			}
		}
		for _, t := range f.Caching {
			if x := r.x(t); strings.Contains(x, c.Name) {
				u.scan(x, conversation.Scalability)
			}
		}
		for _, d := range f.Deep {
			for _, s := range strings.SplitAfter(r.x(d.Body), ". ") {
				if strings.Contains(s, c.Name) {
					u.scan(s, conversation.DeepDive)
				}
			}
		}
	}
	u.main = c.Name == mainStore(g).Name && c.Kind == "database"
	if c.Kind == "queue" {
		// Every write may emit an event: the log takes up to the write rate.
		u.writes = g.Capacity.PeakWriteQPS
	}
	if u.main {
		capa := g.Capacity
		u.writes, u.reads, u.storageBytes = capa.PeakWriteQPS, capa.PeakReadQPS, recordBytes(g)
		if u.cached {
			u.reads *= 1 - cacheHitRatio
		}
	}
	return u
}

// recordBytes is the records the design keeps, before replication and without blobs (which live
// in object storage): what a database's shards or nodes must hold. It is the capacity plan's own
// figure, over the stated retention, so a swap or a what-if counts the nodes the overview and
// the partitions count (a lab chain keeping results 25 years keeps 25 years, not five).
func recordBytes(g bot.Grounding) float64 {
	return g.Capacity.DBBytesKept
}

// scan records which claims text makes.
func (u *storeUse) scan(text string, section conversation.SectionID) {
	for _, c := range claims {
		if _, ok := u.claims[c.ID]; ok {
			continue
		}
		for _, re := range c.res {
			if loc := re.FindStringIndex(text); loc != nil {
				u.claims[c.ID] = section.Title()
				u.said[c.ID] = clauseAround(text, loc[0], loc[1])
				break
			}
		}
	}
}

// clauseAround is the clause of text that holds text[from:to]: a "unique(…)" up to its closing
// parenthesis, else the sentence or the ";"-clause around it.
func clauseAround(text string, from, to int) string {
	if strings.HasSuffix(text[:to], "(") {
		if end := strings.Index(text[to:], ")"); end >= 0 {
			return text[from : to+end+1]
		}
	}
	start := 0
	for _, sep := range []string{". ", "; "} {
		if i := strings.LastIndex(text[:from], sep); i >= 0 && i+len(sep) > start {
			start = i + len(sep)
		}
	}
	end := len(text)
	for _, sep := range []string{". ", "; "} {
		if i := strings.Index(text[to:], sep); i >= 0 && to+i < end {
			end = to + i
		}
	}
	return strings.TrimSuffix(strings.TrimSpace(text[start:end]), ".")
}

// readsThroughCache reports whether o reads through a cache (cache-aside) rather than using one
// for coordination (a connection registry, sessions, locks, holds).
func readsThroughCache(g bot.Grounding, o conversation.Component) bool {
	for i, to := range o.TalksTo {
		for _, c := range g.Components {
			if c.Name != to || c.Kind != "cache" {
				continue
			}
			fl := ""
			if i < len(o.Flows) {
				fl = strings.ToLower(o.Flows[i])
			}
			if !regexp.MustCompile(`registry|session|presence|lock|hold|rate|limit|heartbeat|geo`).MatchString(fl) {
				return true
			}
		}
	}
	return false
}

// mainStore is the database holding the main archetype's records: the one "this database" means.
func mainStore(g bot.Grounding) conversation.Component {
	r := newRenderer(g)
	if e, ok := r.busiestEntity(); ok && r.byID[e.Store].Kind == "database" {
		return r.byID[e.Store]
	}
	for _, e := range r.p.Entities {
		if r.has(e.Store) && r.byID[e.Store].Kind == "database" {
			return r.byID[e.Store]
		}
	}
	for _, e := range r.entities() {
		if r.has(e.Store) && r.byID[e.Store].Kind == "database" {
			return r.byID[e.Store]
		}
	}
	for _, c := range g.Components {
		if c.Kind == "database" {
			return c
		}
	}
	return conversation.Component{}
}

// finding is one consequence of putting a technology under a use: a conflict breaks a stated
// requirement or the numbers; a cost holds but must be paid (and said).
type finding struct {
	conflict bool
	text     string
}

// units is how many units (nodes, shard primaries, partitions) of t the use needs at peak;
// single forces one writer (a single primary, a single node).
func units(t technology, u storeUse, single bool) (need float64, by string) {
	l := t.Limits
	need, by = 1, ""
	consider := func(v float64, what string) {
		if v > need {
			need, by = v, what
		}
	}
	consider(math.Ceil(u.writes/l.Writes), "writes")
	if t.Scale == "primary" && !single {
		// Replicas serve reads: a shard's primary and two replicas.
		consider(math.Ceil(u.reads/(3*l.Reads)), "reads")
	} else {
		consider(math.Ceil(u.reads/l.Reads), "reads")
	}
	if l.StorageGB > 0 {
		copies := 1.0
		if t.Scale == "horizontal" && t.Replicated {
			copies = 3 // every node holds replicas of its neighbours' ranges
		}
		consider(math.Ceil(copies*u.storageBytes/(l.StorageGB*1e9)), "storage")
	}
	return need, by
}

// assess puts technology t under use u and says what breaks and what it costs.
func assess(t technology, u storeUse, single bool) []finding {
	H := conversation.Human
	var out []finding
	name := t.short()
	switch {
	case !t.Replicated && u.comp.Kind == "cache":
		out = append(out, finding{false, fmt.Sprintf("%s keeps one copy: a lost node's keys are gone and refill from the store behind it", name)})
	case !t.Replicated:
		out = append(out, finding{true, fmt.Sprintf("%s keeps one copy (%s): the requirement that no acknowledged write is ever lost no longer holds", name, t.Replication)})
	}
	need, by := units(t, u, single)
	if need > 1 && (t.Scale == "single" || single) {
		for _, m := range []struct {
			by          string
			load, limit float64
		}{{"writes", u.writes, t.Limits.Writes}, {"reads", u.reads, t.Limits.Reads}, {"storage", u.storageBytes, t.Limits.StorageGB * 1e9}} {
			if m.limit <= 0 || m.load <= m.limit {
				continue
			}
			if m.by == "storage" {
				out = append(out, finding{true, fmt.Sprintf("one %s %s holds about %s; the design keeps %s", name, t.Unit, conversation.Bytes(m.limit), conversation.Bytes(m.load))})
				continue
			}
			out = append(out, finding{true, fmt.Sprintf("one %s %s takes about %s %s/s; the design peaks at %s/s, %sx that", name, t.Unit, H(m.limit), m.by, H(m.load), H(math.Ceil(m.load/m.limit)))})
		}
		need = 1
	}
	switch {
	case need > 1 && t.Scale == "primary":
		out = append(out, finding{false, fmt.Sprintf("%s need %s of %s (≈ %s each): sharding is our job", u.demand(by), plural(need, t.Unit), name, t.capacity(by))})
	case need > 1:
		out = append(out, finding{false, fmt.Sprintf("%s of %s for %s (≈ %s each)", plural(need, t.Unit), name, u.demand(by), t.capacity(by))})
	}
	if sec, ok := u.claims["conditional"]; ok {
		switch {
		case t.Conditional == "":
			out = append(out, finding{true, fmt.Sprintf("%s has no conditional write, and %s relies on a put-if-absent (%s)", name, u.comp.Name, sec)})
		case t.ConditionalCost > 1:
			out = append(out, finding{false, fmt.Sprintf("put-if-absent now needs %s (%s)", t.Conditional, sec)})
		}
	}
	if sec, ok := u.claims["transaction"]; ok && !t.MultiRow {
		out = append(out, finding{false, fmt.Sprintf("%s has no multi-row transactions (%s): the writes of %q become separate writes, so an outbox row or a repair job must make them agree (%s)", name, t.Transactions, u.said["transaction"], sec)})
	}
	if _, ok := u.claims["isolation"]; ok && !t.MultiRow {
		out = append(out, u.ruleLost(t, "isolation", "a transaction", t.Keeps))
	}
	if _, ok := u.claims["unique"]; ok && !t.Constraints {
		out = append(out, u.ruleLost(t, "unique", "a unique constraint", t.UniqueBy))
	} else if _, ok := u.claims["uniqueindex"]; ok && !t.Constraints {
		out = append(out, u.ruleLost(t, "uniqueindex", "a unique index", t.UniqueBy))
	}
	if sec, ok := u.claims["index"]; ok && !t.IndexesOnHotPath {
		out = append(out, finding{false, fmt.Sprintf("no secondary index on the hot path: %s (%s)", t.Indexes, sec)})
	}
	if u.global && t.Regions == "" {
		out = append(out, finding{true, fmt.Sprintf("the design is multi-region and %s cannot replicate across regions", name)})
	} else if u.global {
		out = append(out, u.regionsOn(t))
	} else if _, ok := u.claims["global"]; ok && t.Rewrites["global"].Drop {
		how := "it cannot replicate across regions"
		if t.Regions != "" {
			how = "across regions it offers " + t.Regions + ", and the design is single-region"
		}
		out = append(out, finding{false, "the design's global-replication claim is gone: " + how})
	}
	if sec, ok := u.claims["structures"]; ok && !t.Structures && u.comp.Kind == "cache" {
		out = append(out, finding{false, fmt.Sprintf("%s keeps plain values, and the design uses server-side data structures here (%s): each update becomes a read-modify-write of the whole value with check-and-set, and a lost race retries", name, sec)})
	}
	if u.main && len(u.entities) > 0 && strings.Contains(strings.ToLower(u.entities[0].Why), "relational") && !t.Joins {
		out = append(out, finding{false, fmt.Sprintf("%s does no joins: queries the relational model answered need denormalised tables", name)})
	}
	return out
}

// ruleLost says which of the design's own rules, kept by a transaction or a constraint of the
// store it is on now, the new technology cannot keep that way, and what keeps it instead; a
// technology with nothing to replace it breaks the rule.
func (u storeUse) ruleLost(t technology, id, by, instead string) finding {
	lost := fmt.Sprintf("%s no longer keeps %q (%s) with %s: %s has none", u.comp.Name, u.said[id], u.claims[id], by, t.short())
	if instead == "" {
		return finding{true, lost + ", and nothing in it replaces one"}
	}
	return finding{false, lost + "; it is kept instead by " + instead}
}

// regionsOn says how a multi-region design's copies of the component travel between regions
// on t, in place of the technology it is on now: the cost is the new technology's own (a
// write in one region reaching the others asynchronously).
func (u storeUse) regionsOn(t technology) finding {
	was := u.comp.Technology
	if old, ok := techOf(was); ok {
		was = old.short()
		if old.Regions != "" {
			was += "'s " + old.Regions
		}
	}
	what := "its data"
	if len(u.entities) > 0 {
		what = "a " + strings.ToLower(u.entities[0].Name)
	}
	text := fmt.Sprintf("the design is multi-region: %s now reaches the other regions by %s's %s, in place of %s", u.comp.Name, t.short(), t.Regions, was)
	if strings.Contains(t.Regions, "asynchronous") {
		text += fmt.Sprintf("; %s written in its home region can be missing in another region for a moment after the write", what)
	}
	if rule := u.oneWinnerRule(); rule != "" && strings.Contains(t.Regions, "last writer wins") {
		// Multi-writer replication settles a conflict by dropping a write, so a rule that lets
		// one of two concurrent writers win (the last unit sold once, a key claimed once) holds
		// only while both writers are in one region.
		text += fmt.Sprintf("; but replication between regions is last-writer-wins, so the design's one-winner rule (%q) holds only inside a region: two regions could both win the same race and one write would be silently overwritten. So every write to %s goes to its home region, and the other regions' copies serve reads", rule, u.entityNames())
	}
	return finding{false, text}
}

// entityNames names what the store keeps ("Inventory and Reservation"), or "its data".
func (u storeUse) entityNames() string {
	if len(u.entities) == 0 {
		return "its data"
	}
	names := make([]string, 0, 2)
	for _, e := range u.entities[:min(2, len(u.entities))] {
		names = append(names, e.Name)
	}
	if len(u.entities) > 2 {
		return strings.Join(names, ", ") + " and the rest"
	}
	return strings.Join(names, " and ")
}

// oneWinnerRule is the design's own words for a rule of this store that lets one of several
// concurrent writers win (a transaction, a constraint, a conditional write), or "" when it has
// none.
func (u storeUse) oneWinnerRule() string {
	for _, id := range []string{"isolation", "unique", "uniqueindex", "conditional", "transaction"} {
		if w, ok := u.said[id]; ok {
			return w
		}
	}
	return ""
}

// demand says the load a unit count was sized by: "116 peak writes/s", "9 TB kept".
func (u storeUse) demand(by string) string {
	switch by {
	case "reads":
		return conversation.Human(u.reads) + " peak reads/s"
	case "storage":
		return conversation.Bytes(u.storageBytes) + " kept"
	}
	return conversation.Human(u.writes) + " peak writes/s"
}

// capacity says what one unit of t takes of the same measure.
func (t technology) capacity(by string) string {
	switch by {
	case "reads":
		return conversation.Human(t.Limits.Reads) + " reads/s"
	case "storage":
		return conversation.Bytes(t.Limits.StorageGB * 1e9)
	}
	return conversation.Human(t.Limits.Writes) + " writes/s"
}

func conflicts(fs []finding) []string {
	var out []string
	for _, f := range fs {
		if f.conflict {
			out = append(out, f.text)
		}
	}
	return out
}

func texts(fs []finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.text
	}
	return out
}

// plural counts units: "1 node", "5 shard primaries".
func plural(n float64, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	switch {
	case strings.HasSuffix(unit, "y") && !strings.HasSuffix(unit, "ey"):
		unit = strings.TrimSuffix(unit, "y") + "ies"
	case strings.HasSuffix(unit, "s") || strings.HasSuffix(unit, "x"):
		unit += "es"
	default:
		unit += "s"
	}
	return conversation.Human(n) + " " + unit
}

// busiestEntity is the entity the busiest write flow creates ("message" → Message), when the
// design holds one: its store takes the write figures, whatever the pattern lists first (a team
// chat's workspaces are few, its messages are the load).
func (r *renderer) busiestEntity() (entity, bool) {
	var top conversation.FlowLoad
	for _, fl := range r.capa.Flows {
		if fl.Kind == conversation.FlowWrite && fl.PerSec > top.PerSec {
			top = fl
		}
	}
	if top.Name == "" {
		return entity{}, false
	}
	head := singularNoun(strings.ToLower(firstWord(top.Name)))
	for _, e := range r.entities() {
		if n := singularNoun(strings.ToLower(lastWord(e.Name))); r.has(e.Store) && sameThing(head, n) {
			return e, true
		}
	}
	return entity{}, false
}
