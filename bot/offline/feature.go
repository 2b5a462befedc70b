package offline

import (
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// feature is one entry of the knowledge base: a capability a statement can ask for, recognised by
// trigger phrases, with everything a design needs when it is present. Texts may use placeholders:
// {c:id} is the name of catalog component id as the design has it, {t:id} its technology, and
// {peak_write}, {peak_read}, {write}, {read}, {dau}, {cache}, {shards}, {servers}, {storage_month},
// {storage_5y}, {egress}, {ingress} the capacity figures.
type feature struct {
	ID   string
	Name string // short noun phrase: "group chats"
	// Triggers are lower-case words or phrases matched on word boundaries; a trailing * matches a
	// prefix ("transcod*").
	Triggers []string
	// Implies adds features the archetype always needs; Excludes removes features its triggers
	// would wrongly pull in (autocomplete is not full-text search). Narrows drops features whose
	// own triggers matched only because the statement is about a narrower thing: a concert
	// "booking" is an event sale, not a hotel-style reservation, so event tickets narrow the
	// generic booking words before any implication runs.
	Implies, Excludes, Narrows []string
	// Headless archetypes have no end-user apps and no public API behind a gateway: their callers
	// are services, agents or operators reaching the system's own entry points (a crawler, a
	// key-value store, a message queue).
	Headless bool
	// Archetype is the kind of system when this feature is the statement's main subject
	// ("messaging app"); Rank orders archetypes when several match (higher wins).
	Archetype string
	Rank      int
	Load      *loadProfile
	// Style names the architecture style this archetype calls for and why.
	Style string
	// CapacityNote reads the generic capacity figures for this archetype, where the generic
	// arithmetic over- or under-states something (counters updated in place, compression).
	CapacityNote string

	Functional, NonFunctional, OutOfScope, UseCases []string
	Entities                                        []entity
	Components                                      []string
	APIs                                            []endpoint
	Screens                                         []screen
	Flows                                           []flow
	Deep                                            []deepDive
	Caching, Partitioning, Async                    []string
	Reliability, Security                           []string
	Tradeoffs                                       []tradeoff
	Bottlenecks, Open                               []string
}

type entity struct {
	Name, Store, Key, Partition, Indexes, Fields, Why string
}

type endpoint struct {
	Method, Path, Request, Response, Note string
	Idempotent, Paginated                 bool
	Auth                                  string // default: user bearer token
}

type screen struct {
	Name, Shows string
	Calls       []string // "METHOD /path"
}

type flow struct {
	Name  string
	Steps []string
}

type deepDive struct {
	Title  string
	Weight int // higher is harder and more central; the top few are rendered
	Body   string
}

type tradeoff struct{ Decision, Rejected, Why string }

var (
	features  = map[string]*feature{}
	triggerRe = map[string]*regexp.Regexp{}
)

func init() {
	for _, f := range featureList {
		features[f.ID] = f
		var alts []string
		for _, t := range f.Triggers {
			q := regexp.QuoteMeta(strings.TrimSuffix(t, "*"))
			q = strings.ReplaceAll(q, `\ `, `[\s-]+`)
			q = strings.ReplaceAll(q, " ", `[\s-]+`)
			if strings.HasSuffix(t, "*") {
				alts = append(alts, `\b`+q)
			} else {
				alts = append(alts, `\b`+q+`\b`)
			}
		}
		if len(alts) > 0 {
			triggerRe[f.ID] = regexp.MustCompile(`(?i)(` + strings.Join(alts, "|") + `)`)
		}
	}
}

// detect returns the features a statement asks for, in catalog order, archetypes' implications
// included and exclusions applied, plus the reason each was picked (the words that triggered it).
func detect(statement string) ([]string, map[string]string) {
	text := strings.ToLower(statement)
	why := map[string]string{}
	on := map[string]bool{"core": true}
	why["core"] = "every system"
	for _, f := range featureList {
		re := triggerRe[f.ID]
		if re == nil {
			continue
		}
		if m := re.FindString(text); m != "" {
			on[f.ID] = true
			why[f.ID] = `"` + strings.ToLower(m) + `"`
		}
	}
	// Narrowing looks only at what the statement's words matched, before implications.
	matched := make(map[string]bool, len(on))
	for id := range on {
		matched[id] = true
	}
	for _, f := range featureList {
		if matched[f.ID] {
			for _, n := range f.Narrows {
				delete(on, n)
				delete(why, n)
			}
		}
	}
	// Implications run to a fixed point; exclusions are applied after, from every feature on.
	for changed := true; changed; {
		changed = false
		for _, f := range featureList {
			if !on[f.ID] {
				continue
			}
			for _, imp := range f.Implies {
				if !on[imp] {
					on[imp] = true
					why[imp] = "implied by " + f.Name
					changed = true
				}
			}
		}
	}
	for _, f := range featureList {
		if on[f.ID] {
			for _, ex := range f.Excludes {
				delete(on, ex)
			}
		}
	}
	var ids []string
	for _, f := range featureList {
		if on[f.ID] {
			ids = append(ids, f.ID)
		}
	}
	return ids, why
}

// featuresOf returns the catalog features of a requirement set, known ones only, in catalog order.
func featuresOf(r conversation.RequirementSet) []*feature {
	var out []*feature
	for _, f := range featureList {
		if slices.Contains(r.Features, f.ID) {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		out = append(out, features["core"])
	}
	for _, f := range out {
		if f.Archetype != "" {
			return out
		}
	}
	// No archetype matched: the generic records system carries the design.
	return append(out, features["generic"])
}

// primary returns the archetype that best describes the system: the highest-ranked archetype
// among the features, else the generic one.
func primary(fs []*feature) *feature {
	var best *feature
	for _, f := range fs {
		if f.Archetype != "" && (best == nil || f.Rank > best.Rank) {
			best = f
		}
	}
	if best == nil {
		return features["generic"]
	}
	return best
}
