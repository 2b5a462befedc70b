package workload

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// Tenant is the size of each of many groups the system serves, said per group: "companies of up
// to 50,000 employees", "schools with up to 2,000 pupils", "clubs of 20–200 members". The size
// is one group's, the largest or a range, never the total: the total needs the number of groups
// (Count, zero when not stated), and the largest group sizes the hottest partition.
type Tenant struct {
	Noun     string  // the group, singular: "company"
	Member   string  // its people, singular: "employee"
	Largest  float64 // the top of the stated size
	Smallest float64 // the bottom of a stated range; zero for "up to"
	Count    float64 // how many groups, where stated ("300 companies of …")
}

// tenantRe finds a size said per group: an optional count of groups, the group, "of" or "with",
// then a bound ("up to 50,000") or a range ("20–200") of its people.
var tenantRe = regexp.MustCompile(`(?i)\b(?:(\d[\d,.]*)\s*(k|thousand|m|million)?\s+)?([a-z]+)\s+(?:of|with|having|that have)\s+` +
	`(up to |as many as |at most |no more than )?(\d[\d,.]*)\s*(k|thousand|m|million)?` +
	`(?:\s*(?:-|–|to)\s*(\d[\d,.]*)\s*(k|thousand|m|million)?)?\s+([a-z]+)`)

// tenantGroups are groups of people, besides organisations and groupNouns, served as one tenant
// each.
var tenantGroups = set(`workspace league community society association`)

// readTenants finds the per-group sizes a statement gives. A bare size with no bound or range
// ("120 schools with 800 pupils each") is nest's: a count of every group's members.
func readTenants(statement string) []Tenant {
	var out []Tenant
	for _, m := range tenantRe.FindAllStringSubmatch(statement, -1) {
		group, member := singular(strings.ToLower(m[3])), singular(strings.ToLower(m[9]))
		if !IsOrg(group) && !groupNouns[group] && !tenantGroups[group] || !personNoun(member) && member != "member" && member != "seat" {
			continue
		}
		t := Tenant{Noun: group, Member: member, Count: magnitude(m[1], m[2])}
		switch lo, hi := magnitude(m[5], m[6]), magnitude(m[7], orWord(m[8], m[6])); {
		case hi > lo && lo > 0:
			t.Smallest, t.Largest = lo, hi
		case m[4] != "":
			t.Largest = lo
		default:
			continue
		}
		out = append(out, t)
	}
	return out
}

// magnitude reads "50,000" or "50" with "k".
func magnitude(digits, mag string) float64 {
	v, err := strconv.ParseFloat(strings.ReplaceAll(digits, ",", ""), 64)
	if err != nil {
		return 0
	}
	switch strings.ToLower(mag) {
	case "k", "thousand":
		v *= 1e3
	case "m", "million":
		v *= 1e6
	}
	return v
}

// Average is the size of a typical group: the geometric middle of a range, whose sizes spread
// over orders of magnitude, or a tenth of the largest where only the largest is said, as most
// groups are far smaller than the biggest a system is built to take.
func (t Tenant) Average() float64 {
	if t.Smallest > 0 {
		return math.Round(math.Sqrt(t.Smallest * t.Largest))
	}
	return math.Max(1, math.Round(t.Largest/10))
}

// boundTenants keeps a per-group size out of the people counted: "clubs of 20–200 members" are
// no 110 members in all.
func (r *reader) boundTenants() {
	for _, t := range r.out.Tenants {
		for _, m := range r.ms {
			if m.noun == t.Member && !m.used && (m.value == t.Largest || m.value == (t.Smallest+t.Largest)/2) {
				m.kind, m.limit = mOther, true
			}
		}
	}
}
