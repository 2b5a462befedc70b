package workload

import (
	"slices"

	"github.com/archbot/archbot/conversation"
)

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

// peopleInEach reads a count of people said of each of the events counted just before it:
// "2 million ranked matches a day, 10 players each" is ten players in every match, not the
// system's ten users. It reports whether it read one.
func (r *reader) peopleInEach(toks []string, m *mention, start, k int) bool {
	if w := word(toks, k); w != "each" && w != "apiece" || word(toks, start-1) != "," || len(r.ms) == 0 {
		return false
	}
	e := r.ms[len(r.ms)-1]
	if e.sent != r.sent || e.kind != mEvents || e.per <= 0 || e.noun == "" {
		return false
	}
	m.kind, m.limit, m.of, m.used, m.end = mOther, true, e.noun, true, k+1
	r.note("%s %s in each %s: %s %s a day take part, counted once for each %s they are in",
		human(m.value), plural(m.noun), e.noun, human(e.value/e.per*86400*m.value), m.noun+"-"+plural(e.noun), e.noun)
	return true
}

// sizedPer is the counted flow's item a size is said per ("a 15 MB replay per match", "a 2 MB
// invoice for each order"), singular, where a write flow of it is counted; else "".
func (r *reader) sizedPer(m *mention) string {
	toks := r.sents[m.sent]
	j := m.end // the size's unit ends here; its noun may follow ("15 MB replay per match")
	for i := m.end; i < min(m.end+3, len(toks)); i++ {
		if singular(toks[i]) == m.noun {
			j = i + 1
			break
		}
	}
	if w := word(toks, j); w != "per" && w != "for" && isWordNoun(w) && !stopWords[w] {
		j++ // "a 50 KB move log for each game": the compound's head
	}
	switch {
	case word(toks, j) == "per":
		j++
	case word(toks, j) == "for" && (word(toks, j+1) == "each" || word(toks, j+1) == "every"):
		j += 2
	default:
		return ""
	}
	y := singular(word(toks, j))
	if y == "" || y == m.noun {
		return ""
	}
	for _, f := range r.out.Flows {
		if f.Kind == conversation.FlowWrite && lastWord(f.Name) == y {
			return y
		}
	}
	return ""
}

// aPersonActs reports "a customer books", "an owner renews" at toks[i]: one person of a kind
// opening a clause as its subject, said of each of them, after a comma, "and" or the start.
func aPersonActs(toks []string, i int) bool {
	if w := toks[i]; w != "a" && w != "an" || i > 0 && toks[i-1] != "," && toks[i-1] != "and" && toks[i-1] != ";" {
		return false
	}
	return IsPerson(singular(word(toks, i+1))) && verbStem(word(toks, i+2)) != ""
}

// peopleFromHabit works out how many people a habit said of each of them ("a customer books
// about every 5 weeks") stands for, from the flow of what they do counted in all: 1,500
// appointments a day, each customer booking once in 35 days, is about 52,500 customers.
func (r *reader) peopleFromHabit(m *mention, who string) {
	for _, f := range r.out.Flows {
		if f.Kind != conversation.FlowWrite || f.ItemsOf != "" || f.Peak || f.Burst {
			continue
		}
		perDay := r.out.Workload.Rate(f) * 86400
		r.note("%s: %s %s a day, each %s once %s = about %s %s (derived)", plural(who), human(perDay), plural(lastWord(f.Name)), who,
			conversation.Period(m.value), human(perDay*m.value/86400), plural(who))
		return
	}
}
