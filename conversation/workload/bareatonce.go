package workload

import "slices"

// atOnceOfPeople reads a figure with no noun of its own said to be at once, right after a
// counted group of people in the same sentence: "12,000 students sit exams …, up to 3,000 at
// once" is 3,000 of those students online together, the concurrency, not a count of nothing
// (and not the whole 12,000 at once). It reports whether it read one.
func (r *reader) atOnceOfPeople(toks []string, m *mention, k int) bool {
	if m.per > 0 || !atOnceAfter(toks, k) {
		return false
	}
	for i := len(r.ms) - 1; i >= 0; i-- {
		p := r.ms[i]
		if p.sent != r.sent {
			return false
		}
		if p.kind != mActors || !personNoun(p.noun) || p.value <= m.value {
			continue
		}
		m.kind, m.class, m.peak, m.noun, m.end = mActors, "concurrent", true, p.noun, k
		return true
	}
	return false
}

// clockBefore is the clock said just before m in one predicate joined by "and": in "the browser
// sends a snapshot every 10 seconds and autosaves answers every 30 seconds" the autosave is the
// browser's, like the snapshot ("autosaves" is its verb, not a sender). Nil where none is.
func (r *reader) clockBefore(m *mention) *mention {
	toks := r.sents[m.sent]
	for _, p := range r.ms {
		if p.kind != mEvery || p.sent != m.sent || p.end >= m.pos || word(toks, p.end) != "and" || m.pos-p.end > 6 {
			continue
		}
		if slices.ContainsFunc(toks[p.end:m.pos], func(w string) bool { return w == "," || w == ";" || w == ":" }) {
			continue
		}
		if verbStem(word(toks, p.end+1)) != "" {
			return p
		}
	}
	return nil
}

// stretchNouns name a stretch of time things happen in: "a two-week window", "a 3-day period".
var stretchNouns = set(`window period stretch season`)

// stretchOf reports a span said as the stretch the acts fall in ("over a two-week window",
// "during a 3-day period") with nothing kept in the words before it.
func stretchOf(toks []string, start, end int) bool {
	if !stretchNouns[word(toks, end)] || !within(toks, start-3, start, "over", "during", "across", "within", "in") {
		return false
	}
	return !within(toks, start-6, start, "keep", "keeps", "kept", "retain", "retains", "retained", "store", "stored", "retention", "archive", "archived")
}
