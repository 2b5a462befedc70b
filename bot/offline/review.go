package offline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// review checks the finished design for the gaps reviewers find most often and reports each
// finding (⚠) with its fix; checks that pass say nothing, so every line is a real risk. It reads
// the grounding, so a design changed in conversation (a swapped store, a dropped cache) is
// reviewed as it now stands, and the sections given (a model's) or else its own rendering, for
// the cross-section checks.
func (r *renderer) review(sections map[conversation.SectionID]string) []string {
	var out []string
	flag := func(format string, a ...any) { out = append(out, "⚠ "+fmt.Sprintf(format, a...)) }

	// Figures beyond physical sense say more about how the statement was read than about the
	// system: say so first, since everything sized from them is wrong too.
	for _, w := range r.capa.Warnings {
		flag("Implausible figure: %s. The sizing above follows the statement as read; restate the load (\"2 TB of logs a day\", \"5M users who each …\") and I will re-derive it.", w)
	}

	out = append(out, r.failureFindings()...)

	// Stores without replication.
	for _, s := range r.stores() {
		if _, known := profileOf(s); !known && replication(s) == "" {
			flag("Store without replication: %s (%s) → use a replicated configuration (replica per shard in another zone, or RF=3) or a managed service that replicates.", s.Name, s.Technology)
		}
	}

	if f := r.assumedDominates(); f != "" {
		flag("%s", f)
	}
	if f := r.storedDisagrees(); f != "" {
		flag("%s", f)
	}
	for _, f := range r.k.houseStack().strains(r.g) {
		flag("%s", f)
	}
	for _, f := range r.cacheFindings() {
		flag("%s", f)
	}
	for _, f := range r.moneyFindings() {
		flag("%s", f)
	}
	// Cross-section consistency: the UI against the API, entities against stores, components
	// against the flows, shard counts against "one primary is enough".
	if sections == nil {
		sections = r.sectionsOf(conversation.UI, conversation.API, conversation.DataModel, conversation.DataFlow, conversation.DeepDive,
			conversation.CapacityID, conversation.Architecture, conversation.Scalability)
	}
	seen := sections
	if _, ok := seen[conversation.Security]; !ok {
		seen = r.sectionsOf(conversation.Scalability, conversation.Security, conversation.Requirements, conversation.API)
	}
	for _, f := range r.visibilityFindings(seen) {
		flag("%s", f)
	}
	for _, p := range inconsistencies(r.g.Components, r.capa, sections) {
		flag("Inconsistent: %s → make the sections agree.", p)
	}
	if hollow := r.hollowEntities(); len(hollow) > 0 {
		flag("%s %s nothing of %s own beyond ids, a status and timestamps → say what one holds (its dates, amounts, text or rules) and the fields and indexes follow.",
			strings.Join(hollow, ", "), agree(strings.Join(hollow, ", "), "keep", "keeps"), map[bool]string{true: "their", false: "its"}[len(hollow) > 1])
	}
	for _, s := range r.unfedSources() {
		flag("Stated source not designed: the statement draws on %s, but no component brings it in → add the part that does (a crawler or a search API, how often it fetches, what it keeps and how it is indexed with the rest) or scope it out with a reason.", s)
	}
	if gaps := r.uncovered(sections); len(gaps) > 0 {
		// Said as a gap in this design, in its own parts: which entity would hold it and which
		// service would change it, not how the document was written.
		flag("Asked for but not designed: %s → say which entity holds %s (beside %s) and which flow changes %s, or scope %s out with a reason.",
			quoteList(gaps), itThem(len(gaps)), r.entityList(), itThem(len(gaps)), itThem(len(gaps)))
	}
	if len(out) == 0 {
		out = append(out, r.nothingFound())
	}
	return out
}

// failureFindings are the single points of failure: one-instance stores, parts stateful per key,
// and one region once many people depend on the service.
func (r *renderer) failureFindings() []string {
	var out []string
	flag := func(format string, a ...any) { out = append(out, "⚠ "+fmt.Sprintf(format, a...)) }
	var stateful []string
	for _, c := range r.g.Components {
		t := strings.ToLower(c.Technology + " " + c.Description)
		// A journal on a device that is copied upstream is one of many devices, not a server.
		onDevice := strings.Contains(t, "copied upstream")
		if !onDevice && (strings.Contains(t, "single instance") || strings.Contains(t, "single node") || strings.Contains(t, "sqlite")) {
			flag("Single point of failure: %s (%s) runs as one instance → run it replicated across zones or replace it with a managed, replicated equivalent.", c.Name, c.Technology)
		}
		if strings.Contains(t, "stateful") {
			stateful = append(stateful, c.Name)
		}
	}
	if len(stateful) > 0 {
		flag("%s %s stateful per key (one owner per document/connection): each owner is a small single point of failure → leases with automatic takeover and client resend of unacknowledged work, as described above.", strings.Join(stateful, ", "), isAre(len(stateful)))
	}
	// A regional outage matters once many people depend on the service; a family's app can wait.
	if peak := r.capa.PeakReadQPS + r.capa.PeakWriteQPS; !r.has("geodns") && !r.p.Global && peak > 1000 {
		var dbs []string
		for _, c := range r.stores() {
			if c.Kind == "database" || c.Kind == "storage" {
				dbs = append(dbs, c.Name)
			}
		}
		// Whether a rebuild from copies is enough follows from the target the statement sets; a
		// warm standby on the strength of the designer's own guess was the same advice in every
		// large design.
		var after string
		switch said, pct := statedAvailability(r.g.Problem); {
		case pct >= 99.99:
			after = fmt.Sprintf("; a rebuild there takes hours, more than the ≈ %.0f min a year the stated %s allows, so keep a warm standby of %s there, ready to promote", (100-pct)/100*365*24*60, said, orDefault(r.mainStore(), orDefault(series(dbs, "and", ""), "the stores")))
		case pct > 0:
			after = fmt.Sprintf("; a rebuild there in a few hours fits the ≈ %.1f h a year the stated %s allows", (100-pct)/100*365*24, said)
		}
		// A stated boundary on the data bounds where its copies may go.
		second := "a second region"
		if r.hasFeature("residency") {
			second += " inside " + r.x("{residency_place}")
		}
		flag("Single region: a regional outage stops all %s requests/s at peak → copy %s to %s now (snapshots and log shipping)%s.", conversation.Human(peak), orDefault(strings.Join(dbs, ", "), "the stores"), second, after)
	}
	return out
}

// hollowEntities names the entities of the design whose rows hold nothing but keys, a status and
// timestamps: a composed design knew the thing's name, not what it is.
func (r *renderer) hollowEntities() []string {
	var out []string
	for _, e := range r.entities() {
		// A link row (a follow: two ids and a time) is all ids by nature; a thing with a state is not.
		hollow := strings.Contains(e.Fields, "status")
		for _, f := range strings.Split(e.Fields, ",") {
			f, _, _ = strings.Cut(strings.TrimSpace(f), " (") // "status (requested → …)" is still the status
			if f != "" && !strings.HasSuffix(f, "_id") && !bookkeeping[f] {
				hollow = false
			}
		}
		if hollow {
			out = append(out, e.Name)
		}
	}
	return out
}

// bookkeeping fields every row has, whatever it is.
var bookkeeping = set("status", "created_at", "updated_at", "version", "id")

// assumedDominates flags a design sized by a figure the statement never gave: when the heaviest
// flow is assumed while another is stated, everything sized from it (cache, replicas, shards)
// rests on a guess the user can correct in one sentence.
func (r *renderer) assumedDominates() string {
	var heaviest, stated *conversation.FlowLoad
	for i := range r.capa.Flows {
		f := &r.capa.Flows[i]
		if heaviest == nil || f.PeakPerSec > heaviest.PeakPerSec {
			heaviest = f
		}
		// A stream is counted in listeners, not requests: it is no rate to compare against.
		if f.Source == conversation.Stated && stated == nil && f.PeakPerSec > 0 {
			stated = f
		}
	}
	if heaviest == nil || stated == nil || heaviest.Source == conversation.Stated || heaviest.PeakPerSec < 2*stated.PeakPerSec || heaviest.PeakPerSec < 100 {
		return ""
	}
	return fmt.Sprintf("Sized on a guess: the heaviest load, %s (%s/s at peak), is assumed (%s), %s× the stated %s; %s follow from it → say how often it really happens and I will re-derive them.",
		heaviest.Name, conversation.Human(heaviest.PeakPerSec), heaviest.Basis, conversation.Human(heaviest.PeakPerSec/stated.PeakPerSec), stated.Name, r.sizedParts())
}

// sizedParts names the parts of this design whose size follows from the load: its cache and the
// replicas or shards of the store behind it, else its app servers.
func (r *renderer) sizedParts() string {
	var parts []string
	if r.has("cache") {
		parts = append(parts, r.name("cache")+"'s nodes")
	}
	for _, c := range r.stores() {
		t := strings.ToLower(c.Technology)
		switch {
		case c.Kind != "database" || c.Name != r.backingStore():
			// Only the store the load lands on is sized from it; an accounts store is not.
		case strings.Contains(t, "shard") || strings.Contains(t, "partition"):
			parts = append(parts, c.Name+"'s shards")
		case readReplicas(t):
			parts = append(parts, c.Name+"'s replicas")
		}
	}
	if len(parts) == 0 {
		return "the app servers above"
	}
	return series(parts, "and", "")
}

// storedDisagrees flags a stated total ("an object store for 10 PB") that the flows do not add up
// to within a factor of three: one of the figures, or an assumption between them (the size of an
// item, how long it is kept), is wrong, and the user can say which.
func (r *renderer) storedDisagrees() string {
	stated, kept, month := r.reading().Stored, r.capa.StorageBytesKept, r.capa.StorageBytesPerMonth
	B := conversation.Bytes
	if added := r.capa.UnheldBytesPerMonth; stated > 0 && added > 0 {
		return fmt.Sprintf("Figures disagree: the statement keeps %s in all, but the flows would add %s a month at their sizes; the storage above keeps the %s stated, taking most writes as replacing what is held → if they add instead (versions, history), say so and I will re-derive the storage.",
			B(stated), B(added), B(stated))
	}
	switch {
	case stated == 0 || month == 0 || kept <= 3*stated && kept >= stated/3:
		return ""
	case kept > 3*stated:
		days := stated / month * 30
		return fmt.Sprintf("Figures disagree: the statement keeps %s in all, but the flows add %s a month (%s over the retention), so either items are far smaller than assumed or most are deleted within about %s days → say which and I will re-derive the storage.",
			B(stated), B(month), B(kept), conversation.Human(math.Max(1, math.Round(days))))
	}
	return fmt.Sprintf("Figures disagree: the statement keeps %s in all, but the flows add only %s over the retention: the data already held is older than this load, or the load is higher than stated → the storage above counts only what the flows add.",
		B(stated), B(kept))
}

func (r *renderer) hasFeature(id string) bool {
	return slices.Contains(r.g.Requirements.Features, id)
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

// cacheFindings reports caches holding copies whose expiry or invalidation no text of the design
// states: its caching rules, degradation notes, flows or deep dives.
func (r *renderer) cacheFindings() []string {
	var rules []string
	for _, f := range r.fs {
		rules = append(rules, r.xs(f.Caching)...)
		rules = append(rules, r.xs(f.Reliability)...)
		for _, fl := range f.Flows {
			rules = append(rules, r.xs(fl.Steps)...)
		}
		for _, d := range f.Deep {
			rules = append(rules, r.x(d.Body))
		}
	}
	var out []string
	for _, c := range r.g.Components {
		// Only a copy of a source of truth can go stale. Counters, holds, positions, dedup sets
		// and leaderboards are state of their own, and a cache product's entries are its
		// callers' to invalidate.
		if t := strings.ToLower(c.Technology + " " + c.Description); c.Kind != "cache" ||
			!strings.Contains(t, "cache-aside") && !strings.Contains(t, "precomputed") && !strings.Contains(t, "fed by") {
			continue
		}
		covered := false
		for _, rule := range rules {
			l := strings.ToLower(rule)
			if strings.Contains(rule, c.Name) && (strings.Contains(l, "invalidat") || strings.Contains(l, "ttl") || strings.Contains(l, "expire") || strings.Contains(l, "refresh") || strings.Contains(l, "refill") || strings.Contains(l, "rebuil") || strings.Contains(l, "overwrit")) {
				covered = true
			}
		}
		t := strings.ToLower(c.Technology + " " + c.Description)
		if !covered && (strings.Contains(t, "ttl") || strings.Contains(t, "ephemeral") || strings.Contains(t, "rebuil")) {
			covered = true
		}
		if !covered {
			out = append(out, fmt.Sprintf("Cache without an invalidation rule: %s → cache-aside with a TTL (minutes) and delete-on-write after the database commit, driven by change events.", c.Name))
		}
	}
	return out
}

// moneyFindings reports write paths that move money or inventory without idempotency, and a
// payment design without reconciliation.
func (r *renderer) moneyFindings() []string {
	if !r.hasFeature("payments") && !r.hasFeature("inventory") && !r.hasFeature("tickets") && !r.hasFeature("orders") {
		return nil
	}
	var bad, out []string
	for _, e := range r.endpoints() {
		if e.Method != "POST" && e.Method != "PUT" && e.Method != "DELETE" && e.Method != "PATCH" {
			continue
		}
		p := strings.ToLower(e.Path)
		if strings.Contains(p, "estimate") || strings.Contains(p, "quote") || strings.Contains(p, "search") || strings.Contains(p, "preview") {
			continue // computing a price moves nothing
		}
		moves := strings.Contains(p, "order") || strings.Contains(p, "payment") || strings.Contains(p, "refund") || strings.Contains(p, "hold") || strings.Contains(p, "booking") || strings.Contains(p, "ride") || strings.Contains(p, "cart")
		if moves && !e.Idempotent {
			bad = append(bad, e.Method+" "+e.Path)
		}
	}
	if len(bad) > 0 {
		out = append(out, fmt.Sprintf("Write path without idempotency where money or inventory moves: %s → require an Idempotency-Key and store it with a unique constraint.", strings.Join(bad, ", ")))
	}
	if !r.has("reconciler") && r.hasFeature("payments") {
		out = append(out, "No reconciliation against the payment processor → add a daily job comparing the ledger with settlement reports.")
	}
	return out
}

// nothingFound says what the checks looked at in this design when none of them fired, so the
// line is a record of the review rather than a claim that could be made of any design.
func (r *renderer) nothingFound() string {
	var stores []string
	for _, c := range r.stores() {
		stores = append(stores, c.Name)
	}
	what := "no stateful parts to check"
	if len(stores) > 0 {
		what = "replication of " + strings.Join(stores, ", ")
	}
	return fmt.Sprintf("✔ Checked %s, the UI's calls against the API, the data model's stores against the diagram, and every component against the flows: no finding.", what)
}

// quoteList joins phrases as “a”, “b” and “c”.
func quoteList(ps []string) string {
	q := make([]string, len(ps))
	for i, p := range ps {
		q[i] = "“" + p + "”"
	}
	return series(q, "and", "")
}

// series joins items as English does, "a, b and c" (or "a, b or c"), and says none for no item.
func series(items []string, conj, none string) string {
	switch len(items) {
	case 0:
		return none
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + conj + " " + items[len(items)-1]
}

func itThem(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

// statedAvailability is the availability the statement asks for, as written and as a number
// ("99.95%", 99.95), or 0 when it names none: only a stated target can justify a second region's
// running standby.
func statedAvailability(problem string) (string, float64) {
	m := statedAvailabilityRe.FindStringSubmatch(problem)
	if m == nil {
		return "", 0
	}
	said := m[1] + m[2] // one of the two alternatives matched
	pct, err := strconv.ParseFloat(said, 64)
	if err != nil {
		return "", 0
	}
	return said + "%", pct
}

// statedAvailabilityRe finds a 99-something percent said of availability, before or after the
// figure ("99.95% uptime", "available 99.9% of the time", "an SLA of 99.99%"), not "99% of orders
// ship the same day".
var statedAvailabilityRe = regexp.MustCompile(`(?i)\b(?:availab\w*|uptime|up|sla|slo)\s+(?:\w+\s+){0,3}?(99(?:\.\d+)?)\s?%|\b(99(?:\.\d+)?)\s?%\s+(?:\w+\s+){0,2}?(?:availab\w*|uptime|up|sla|slo)\b`)
