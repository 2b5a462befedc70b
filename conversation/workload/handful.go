package workload

import "slices"

// handful keeps a vague count of people ("a few celebrity accounts have 40M followers", "several
// power users upload daily") from standing for the user base when the statement counts its users
// otherwise: the few are some of them, singled out, not everyone. It returns the population to
// take as the users instead (the largest counted with a number, or none), and notes the few;
// active are the counted daily, weekly or monthly actives.
func (r *reader) handful(users *mention, active ...*mention) *mention {
	if users == nil || !users.vague {
		return users
	}
	var firm *mention
	for _, m := range r.ms {
		if m.kind == mActors && m.class == "users" && !m.vague && (firm == nil || m.value > firm.value) {
			firm = m
		}
	}
	if firm == nil && !slices.ContainsFunc(active, func(m *mention) bool { return m != nil }) {
		return users
	}
	users.used = true
	r.note("%s %s: %s; a few of the users singled out, not the user base", human(users.value), plural(users.noun), statedAs(users))
	return firm
}
