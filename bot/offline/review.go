package offline

import (
	"fmt"
	"slices"
	"strings"
)

// review checks the finished design for the gaps reviewers find most often and reports each check
// as passed (✔) or as a finding (⚠) with its fix. It reads only the grounding, so a design changed
// in conversation (a swapped store, a dropped cache) is reviewed as it now stands.
func (r *renderer) review() []string {
	var out []string
	ok := func(format string, a ...any) { out = append(out, "✔ "+fmt.Sprintf(format, a...)) }
	flag := func(format string, a ...any) { out = append(out, "⚠ "+fmt.Sprintf(format, a...)) }

	// Single points of failure.
	var stateful []string
	for _, c := range r.g.Components {
		t := strings.ToLower(c.Technology + " " + c.Description)
		if strings.Contains(t, "single instance") || strings.Contains(t, "single node") || strings.Contains(t, "sqlite") {
			flag("Single point of failure: %s (%s) runs as one instance → run it replicated across zones or replace it with a managed, replicated equivalent.", c.Name, c.Technology)
		}
		if strings.Contains(t, "stateful") {
			stateful = append(stateful, c.Name)
		}
	}
	if len(stateful) > 0 {
		flag("%s %s stateful per key (one owner per document/connection): each owner is a small single point of failure → leases with automatic takeover and client resend of unacknowledged work, as described above.", strings.Join(stateful, ", "), isAre(len(stateful)))
	}
	if !r.has("geodns") {
		flag("Single region: a regional outage takes the whole service down → acceptable for a first version with cross-region backups; ask \"what if we need multi-region?\" for the active-active variant.")
	} else {
		ok("Multi-region: traffic fails over between regions through %s.", r.name("geodns"))
	}
	ok("Stateless services run ≥ 3 instances across zones behind %s; no single instance is a point of failure.", r.entry())

	// Stores without replication.
	unreplicated := 0
	for _, s := range r.stores() {
		if replication(s) == "" {
			unreplicated++
			flag("Store without replication: %s (%s) → use a replicated configuration (replica per shard in another zone, or RF=3) or a managed service that replicates.", s.Name, s.Technology)
		}
	}
	if unreplicated == 0 && len(r.stores()) > 0 {
		ok("Every store (%d) is replicated across zones (see Reliability).", len(r.stores()))
	}

	// Caches without an invalidation rule.
	var rules []string
	for _, f := range r.fs {
		rules = append(rules, r.xs(f.Caching)...)
	}
	for _, c := range r.g.Components {
		if c.Kind != "cache" {
			continue
		}
		covered := false
		for _, rule := range rules {
			l := strings.ToLower(rule)
			if strings.Contains(rule, c.Name) && (strings.Contains(l, "invalidat") || strings.Contains(l, "ttl") || strings.Contains(l, "expire") || strings.Contains(l, "refresh")) {
				covered = true
			}
		}
		t := strings.ToLower(c.Technology + " " + c.Description)
		if !covered && (strings.Contains(t, "ttl") || strings.Contains(t, "ephemeral") || strings.Contains(t, "rebuil")) {
			covered = true
		}
		if covered {
			ok("%s has an explicit expiry/invalidation rule (see Scalability).", c.Name)
		} else {
			flag("Cache without an invalidation rule: %s → cache-aside with a TTL (minutes) and delete-on-write after the database commit, driven by change events.", c.Name)
		}
	}

	// Money and inventory need idempotent writes.
	moves := r.hasFeature("payments") || r.hasFeature("inventory") || r.hasFeature("tickets") || r.hasFeature("orders")
	if moves {
		var bad []string
		n := 0
		for _, e := range r.endpoints() {
			if e.Method != "POST" && e.Method != "PUT" && e.Method != "DELETE" && e.Method != "PATCH" {
				continue
			}
			p := strings.ToLower(e.Path)
			if strings.Contains(p, "order") || strings.Contains(p, "payment") || strings.Contains(p, "refund") || strings.Contains(p, "hold") || strings.Contains(p, "booking") || strings.Contains(p, "ride") || strings.Contains(p, "cart") {
				n++
				if !e.Idempotent {
					bad = append(bad, e.Method+" "+e.Path)
				}
			}
		}
		if len(bad) > 0 {
			flag("Write path without idempotency where money or inventory moves: %s → require an Idempotency-Key and store it with a unique constraint.", strings.Join(bad, ", "))
		} else {
			ok("All %d endpoints that move money or inventory take an idempotency key, and the payment processor receives the same key.", n)
		}
		if !r.has("reconciler") && r.hasFeature("payments") {
			flag("No reconciliation against the payment processor → add a daily job comparing the ledger with settlement reports.")
		}
	}
	if r.has("queue") {
		ok("Consumers of %s are idempotent (at-least-once delivery is assumed everywhere).", r.name("queue"))
	}

	// Orphans: a component nothing talks to and that talks to nothing is either missing an edge
	// or not needed.
	talked := map[string]bool{}
	for _, c := range r.g.Components {
		for _, t := range c.TalksTo {
			talked[t] = true
		}
	}
	for _, c := range r.g.Components {
		if len(c.TalksTo) == 0 && !talked[c.Name] {
			flag("%s is not connected to anything → connect it or drop it.", c.Name)
		}
	}
	return out
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
