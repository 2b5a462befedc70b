package workload

import "github.com/archbot/archbot/conversation"

// countedFor finds the things a frequency is said for, right after it: "record checks twice a
// day for about 12,000 animals", "inspect the gauges once a week for 800 boilers". Each of them
// gets the rate; without it the count is left unread and the rate is one a day in all. A count
// of events ("50,000 builds a day for 2,000 engineers") is a total made for them.
func (r *reader) countedFor(m *mention) *mention {
	if m.kind != mTimes {
		return nil // "50,000 builds a day for 2,000 engineers": a total, made for them
	}
	toks := r.sents[m.sent]
	j := m.end
	if word(toks, j) != "for" && word(toks, j) != "on" {
		return nil
	}
	j++
	switch word(toks, j) {
	case "about", "around", "some", "roughly", "nearly", "approximately", "each", "all", "every", "our", "the":
		j++
	}
	for _, n := range r.ms {
		// The count may have taken the rate before it as its own ("12K animals a day"), or be
		// the people counted as the users ("300 patients").
		if n != m && n.sent == m.sent && n.pos == j && n.value > 1 && n.noun != "" && (n.per == 0 || n.per == m.per) &&
			(n.kind == mActors || !n.used && (n.kind == mOther || n.kind == mEvents)) {
			return n
		}
	}
	return nil
}

// forEachCounted gives f the things its rate is said for, as each one's rate.
func (r *reader) forEachCounted(f *conversation.Flow, m *mention) {
	n := r.countedFor(m)
	if n == nil || f.Actors > 0 {
		return
	}
	f.Each, f.Actors, f.ActorNoun = true, n.value, plural(n.noun)
	if n.kind == mEvents {
		n.kind = mOther // no flow of its own: its count is this flow's
	}
	n.used = true
	r.note("%s: %s for each of the %s %s (stated)", f.Name, describe(*f), human(n.value), plural(n.noun))
}
