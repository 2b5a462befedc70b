package offline

import (
	"slices"

	"github.com/archbot/archbot/conversation"
)

// feature is one entry of the knowledge base: a capability a statement can ask for, with
// everything a design needs when it is present. The entries are data in
// knowledge/archetypes-*.yaml (see catalogue.go). How a statement is recognised to ask for it, and
// which features it implies, excludes or narrows, is data in knowledge/capabilities.yaml (see
// detect). Texts may use placeholders:
// {c:id} is the name of catalog component id as the design has it, {t:id} its technology, and
// {peak_write}, {peak_read}, {peak_events} (the busiest of the writes and stated reads: what a roll-up counts), {write}, {read}, {dau}, {people} (registered, else daily), {people_100b}, {audience} (most people one write reaches), {audience_per_sec}, {alert_audience}, {alert_deadline}, {alerts_per_sec} and {alert_senders} (an alert to everyone within the stated deadline), {per_sender_day} (what each sender of the main write sends a day), {limit:noun|usual} (a stated limit on a noun), {cache}, {shards}, {servers}, {storage_month},
// {storage_5y}, {storage_kept} (the whole retention), {egress}, {ingress}, {peak_ingress_bytes} the capacity figures.
type feature struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"` // short noun phrase: "group chats"
	// Headless archetypes have no end-user apps and no public API behind a gateway: their callers
	// are services, agents or operators reaching the system's own entry points (a crawler, a
	// key-value store, a message queue).
	Headless bool `yaml:"headless,omitempty"`
	// PublicCallers marks a headless archetype called from outside the company: SDKs in apps on
	// people's devices or other companies' code, which prove who they are with the keys the
	// archetype's own security text describes, not with service identities.
	PublicCallers bool `yaml:"public_callers,omitempty"`
	// OwnTargets archetypes state their own availability and safety targets and are sized by
	// deadlines, not request load (a control system on site): the generic web service's
	// availability, durability and fleet size do not apply.
	OwnTargets bool `yaml:"own_targets,omitempty"`
	// OwnAccess headless archetypes say who may call them and how callers prove it in their own
	// security text (a CDN's anonymous viewers, a file system's Kerberos principals, an object
	// store's signed or public requests): the generic "mTLS service identities, no anonymous
	// access" does not apply.
	OwnAccess bool `yaml:"own_access,omitempty"`
	// Global archetypes run from many PoPs by design (a CDN, DNS name servers): a regional outage
	// moves their traffic to the next PoP, so the single-region review does not apply.
	Global bool `yaml:"global,omitempty"`
	// MultiRegion names the feature that says how this archetype runs across regions where the
	// generic active-active text does not fit (a rate limiter splits each limit between regions
	// rather than homing users): it is added wherever the design is multi-region.
	MultiRegion string `yaml:"multi_region,omitempty"`
	// Fleet says what the archetype's machines are and what sizes them, for the overview's scale
	// line, where they are not app servers over database shards (a CDN's PoPs, a file system's
	// NameNode over its DataNodes). An archetype that says it reads the capacity figures in its
	// own capacity_note, and the generic implications for a relational primary, a cache cluster
	// and an app-server fleet are left out.
	Fleet string `yaml:"fleet,omitempty"`
	// ScaleOut says what the archetype adds machines for as its load grows, where that is not
	// stateless services on CPU (a CDN adds PoPs for egress, a file system DataNodes for bytes).
	ScaleOut string `yaml:"scale_out,omitempty"`
	// APIStyle says how the archetype's API is spoken when it is not JSON over HTTPS with bearer
	// tokens (the S3 REST API signed with SigV4, the DNS wire protocol); it replaces the API
	// section's opening conventions.
	APIStyle string `yaml:"api_style,omitempty"`
	// Replaces names the deep dives, flows and trade-off decisions of other features that this
	// one supersedes when both are in a design (by title, name or decision).
	Replaces []string `yaml:"replaces,omitempty"`
	// Archetype is the kind of system when this feature is the statement's main subject
	// ("messaging app"); Rank orders archetypes when several match (higher wins).
	Archetype string       `yaml:"archetype,omitempty"`
	Rank      int          `yaml:"rank,omitempty"`
	Load      *loadProfile `yaml:"load,omitempty"`
	// Style names the architecture style this archetype calls for and why.
	Style string `yaml:"style,omitempty"`
	// CapacityNote reads the generic capacity figures for this archetype, where the generic
	// arithmetic over- or under-states something (counters updated in place, compression).
	CapacityNote string `yaml:"capacity_note,omitempty"`

	Functional    []string   `yaml:"functional,omitempty"`
	NonFunctional []string   `yaml:"non_functional,omitempty"`
	OutOfScope    []string   `yaml:"out_of_scope,omitempty"`
	UseCases      []string   `yaml:"use_cases,omitempty"`
	Entities      []entity   `yaml:"entities,omitempty"`
	Components    []string   `yaml:"components,omitempty"`
	APIs          []endpoint `yaml:"apis,omitempty"`
	Screens       []screen   `yaml:"screens,omitempty"`
	Flows         []flow     `yaml:"flows,omitempty"`
	Deep          []deepDive `yaml:"deep_dives,omitempty"`
	Caching       []string   `yaml:"caching,omitempty"`
	Partitioning  []string   `yaml:"partitioning,omitempty"`
	Async         []string   `yaml:"async,omitempty"`
	Reliability   []string   `yaml:"reliability,omitempty"`
	Security      []string   `yaml:"security,omitempty"`
	Tradeoffs     []tradeoff `yaml:"tradeoffs,omitempty"`
	Bottlenecks   []string   `yaml:"bottlenecks,omitempty"`
	Open          []string   `yaml:"open,omitempty"`
}

type entity struct {
	Name      string `yaml:"name"`
	Store     string `yaml:"store"` // a catalogue component id
	Key       string `yaml:"key,omitempty"`
	Partition string `yaml:"partition,omitempty"`
	Indexes   string `yaml:"indexes,omitempty"`
	Fields    string `yaml:"fields,omitempty"`
	Why       string `yaml:"why,omitempty"`
}

type endpoint struct {
	Method     string `yaml:"method"`
	Path       string `yaml:"path"`
	Request    string `yaml:"request,omitempty"`
	Response   string `yaml:"response,omitempty"`
	Note       string `yaml:"note,omitempty"`
	Idempotent bool   `yaml:"idempotent,omitempty"`
	Paginated  bool   `yaml:"paginated,omitempty"`
	Auth       string `yaml:"auth,omitempty"` // default: user bearer token
}

type screen struct {
	Name  string   `yaml:"name"`
	Shows string   `yaml:"shows,omitempty"`
	Calls []string `yaml:"calls,omitempty"` // "METHOD /path"
}

type flow struct {
	Name  string   `yaml:"name"`
	Steps []string `yaml:"steps"`
}

type deepDive struct {
	Title  string `yaml:"title"`
	Weight int    `yaml:"weight"` // higher is harder and more central; the top few are rendered
	Body   string `yaml:"body"`
	// AtScale marks a dive about growth (partitioning, replicas) that is only hard when the
	// numbers are: a 30-person rota on one small database has nothing to write about it.
	AtScale bool `yaml:"at_scale,omitempty"`
}

type tradeoff struct {
	Decision string `yaml:"decision"`
	Rejected string `yaml:"rejected"`
	Why      string `yaml:"why"`
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
