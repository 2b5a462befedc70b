package offline

import (
	"slices"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// assumedTenants is how many groups a system serves where the statement sizes one group but
// does not count them: a product sold to organisations has customers in the thousands long
// before it has the public's millions.
const assumedTenants = 1000

// tenantPeople sets the users from a size said per group ("companies of up to 50,000
// employees"): the groups counted, or assumed, times a typical group's people. The largest
// group is no total; read as one, or ignored for a famous product's public scale, it sized the
// design for the wrong thing. What it does size is the hottest partition, so it is said.
func tenantPeople(w *conversation.Workload, rd workload.Reading, statement string, note func(string, ...any)) {
	H := conversation.Human
	t := rd.Tenants[0]
	count, said := t.Count, "stated"
	if i := slices.IndexFunc(rd.Things, func(p workload.Population) bool { return p.Noun == t.Noun }); count == 0 && i >= 0 {
		count = rd.Things[i].Value
	}
	if count == 0 {
		count, said = assumedTenants, "assumed: the statement sizes one, not how many"
	}
	avg, how := t.Average(), "a tenth of the largest, assumed: most are far smaller"
	if t.Smallest > 0 {
		how = "the geometric middle of the stated range, assumed"
	}
	group, member := pluralNoun(t.Noun), pluralNoun(t.Member)
	w.Users = count * avg
	note("%s: %s (%s), averaging %s %s each (%s) = %s %s", group, H(count), said, H(avg), member, how, H(w.Users), member)
	note("largest %s: %s %s (stated), not the total: it sizes the hottest partition (one %s's data on one shard, a %s-wide channel or feed reaching all %s of them)",
		t.Noun, H(t.Largest), member, t.Noun, t.Noun, H(t.Largest))
	dailyFromUsers(w, statement, note)
}
