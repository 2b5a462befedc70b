package workload

import (
	"math"
	"slices"

	"github.com/archbot/archbot/conversation"
)

// flaggedShare is the share of the data taken to be flagged when the statement keeps what is
// flagged longer than the rest and does not say how much is: a small set, assumed.
const flaggedShare = 0.01

// flaggedWords mark a retention said of a picked-out part of the data: "anything flagged for 3
// years", "starred clips for a year", "evidence kept 7 years".
var flaggedWords = set(`flagged flag marked starred tagged reported disputed escalated pinned bookmarked evidence`)

// flaggedKept reports a retention span at toks[pos] said of the flagged part of the data: a flag
// word among the few words before it in its clause ("anything flagged for 3 years", "keep
// flagged clips 2 years").
func flaggedKept(toks []string, pos int) bool {
	for j := pos - 1; j >= 0 && j >= pos-5; j-- {
		switch w := toks[j]; {
		case w == "," || w == ";" || w == "." || w == "and":
			return false
		case flaggedWords[w]:
			return true
		}
	}
	return false
}

// flaggedTier reads "keep frames 30 days, anything flagged for 3 years": two tiers, all the data
// for the shorter time and only the flagged part of it for the longer, not all of it for the
// longest. Said with no other retention, the flagged span is the retention as before.
func (r *reader) flaggedTier() {
	var flagged *mention
	for _, m := range r.ms {
		if r.allDataKept(m) && flaggedKept(r.sents[m.sent], m.pos) {
			flagged = m
		}
	}
	if flagged == nil {
		return
	}
	years := flagged.value / (365 * 86400)
	if tiers := r.out.DataTiers(); len(tiers) > 0 {
		// "keep raw readings 30 days and anything flagged for 5 years": the raw tier is said;
		// the flagged part is one more tier, not dropped with the retention notes.
		if !slices.ContainsFunc(tiers, func(t conversation.Tier) bool { return t.Years >= years }) {
			r.out.Tiers = append(r.out.Tiers, conversation.Tier{Name: "flagged data", Fraction: flaggedShare, Years: years})
			r.out.RetentionYears = years
			r.note("retention of flagged data: %s (%s%% of the data, assumed): stated; sized as a tier of its own", yearsSaid(years), human(flaggedShare*100))
		}
		return
	}
	rest, said := 0.0, []string{"retention: " + days(flagged.value) + ": stated"}
	for _, m := range r.ms {
		if m != flagged && r.allDataKept(m) {
			rest = math.Max(rest, m.value/(365*86400))
			said = append(said, "retention: "+days(m.value)+": stated")
		}
	}
	if rest == 0 || rest >= years {
		return
	}
	r.out.Tiers = append(r.out.Tiers,
		conversation.Tier{Name: "all data", Fraction: 1, Years: rest},
		conversation.Tier{Name: "flagged data", Fraction: flaggedShare, Years: years})
	r.out.RetentionYears = years
	r.out.Notes = slices.DeleteFunc(r.out.Notes, func(n string) bool { return slices.Contains(said, n) })
	r.note("retention tiers: all data %s, flagged data %s (%s%% of the data, assumed): stated; each sized for its own time",
		yearsSaid(rest), yearsSaid(years), human(flaggedShare*100))
}

// allDataKept reports a stated retention that no one flow took as its own tier.
func (r *reader) allDataKept(m *mention) bool {
	return m.kind == mRetention && !slices.ContainsFunc(r.out.Tiers, func(t conversation.Tier) bool { return t.Flow != "" && t.Name == m.noun && m.noun != "" })
}
