package offline

import (
	"slices"

	"github.com/archbot/archbot/conversation"
)

// feature is one entry of the knowledge base: a capability a statement can ask for, with
// everything a design needs when it is present. How a statement is recognised to ask for it, and
// which features it implies, excludes or narrows, is data in knowledge/capabilities.yaml (see
// detect). Texts may use placeholders:
// {c:id} is the name of catalog component id as the design has it, {t:id} its technology, and
// {peak_write}, {peak_read}, {write}, {read}, {dau}, {people} (registered, else daily), {people_100b}, {cache}, {shards}, {servers}, {storage_month},
// {storage_5y}, {egress}, {ingress} the capacity figures.
type feature struct {
	ID   string
	Name string // short noun phrase: "group chats"
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
	// AtScale marks a dive about growth (partitioning, replicas) that is only hard when the
	// numbers are: a 30-person rota on one small database has nothing to write about it.
	AtScale bool
}

type tradeoff struct{ Decision, Rejected, Why string }

// features indexes the catalogue by id.
var features = map[string]*feature{}

func init() {
	for _, f := range featureList {
		features[f.ID] = f
	}
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
