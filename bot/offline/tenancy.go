package offline

import (
	"regexp"
	"strings"
)

// A tenant is a customer organisation with its own users and data. A statement about one
// company's own tool ("our 30-person company") has none, so a store the knowledge keys by
// tenant_id is keyed there by what the system does have: time and the entity's own id.

var (
	// tenantsRe finds a statement whose system serves many organisations.
	tenantsRe = regexp.MustCompile(`(?i)\b(tenants?|multi-?tenant\w*|saas|white-?label\w*|workspaces|organi[sz]ations|companies|businesses|firms|agencies|customer (?:accounts|orgs)|merchants|retailers|brands|schools|clinics|practices|hospitals|councils|franchisees)\b`)
	// tenantColRe finds tenant_id in a key, a partition or a field list, with its separator.
	tenantColRe = regexp.MustCompile(`\btenant_id(?:\s*,\s*|\s+then\s+)|\s*,\s*tenant_id\b|\btenant_id\b`)
)

// hasTenants reports whether the statement's system serves several organisations.
func hasTenants(problem string) bool {
	return tenantsRe.MatchString(problem)
}

// untenanted takes tenant_id out of an entity whose system has no tenants; a partition left
// with nothing falls back to the entity's own key.
func untenanted(e entity) entity {
	if !strings.Contains(e.Key+e.Partition+e.Indexes+e.Fields, "tenant_id") {
		return e
	}
	drop := func(s string) string {
		s = tenantColRe.ReplaceAllString(s, "")
		s = strings.NewReplacer("(, ", "(", "()", "", "(,", "(").Replace(s)
		return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), ","))
	}
	e.Key, e.Partition, e.Indexes, e.Fields = drop(e.Key), drop(e.Partition), drop(e.Indexes), drop(e.Fields)
	if e.Partition == "" {
		e.Partition = strings.Trim(e.Key, "()")
	}
	return e
}
