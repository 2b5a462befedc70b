package workload

import (
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// whileCounted bounds a clock that runs only during an act the statement counts and times:
// "chargers send meter values every 30 s while charging" with "9,000 sessions a day, averaging
// 90 minutes" sends from the 9,000 × 90 min ÷ 24 h ≈ 560 chargers in a session at any moment
// (19/s), not from all 2,000 all day (67/s). The sessions bunch as people's do, so the flow
// is no steady clock.
func (r *reader) whileCounted() {
	for _, toks := range r.sents {
		act := whileDoing(toks)
		if act == "" {
			continue
		}
		said := strings.Join(toks, " ")
		for i, f := range r.out.Flows {
			if f.Source != conversation.Stated || !f.Steady || !f.Each || f.Burst || f.Actors <= 0 || !strings.Contains(said, f.From) {
				continue
			}
			g, span := r.timedAct(act, f)
			if span == nil {
				continue
			}
			at := r.out.Rate(*g) * span.value
			if at >= f.Actors || span.value <= f.PerSeconds {
				continue // more at once than there are senders: the count is of something else
			}
			span.used = true
			r.note("%s: only while %s: %s a day × %s (%q) ÷ 24 h = %s of the %s %s at once",
				f.Name, act, human(g.Count*86400/g.PerSeconds), days(span.value), span.quote, human(at), human(f.Actors), f.ActorNoun)
			f.Actors, f.ActorNoun, f.Steady = at, f.ActorNoun+" "+act+" at once", false
			r.out.Flows[i] = f
		}
	}
}

// whileDoing is the act in "while <doing>" ("while charging", "while a car is charging"), or "".
func whileDoing(toks []string) string {
	for j, w := range toks {
		if w != "while" {
			continue
		}
		for k := j + 1; k <= j+4 && k < len(toks) && toks[k] != "," && toks[k] != ";"; k++ {
			if ing := toks[k]; strings.HasSuffix(ing, "ing") && len(ing) >= 6 {
				return ing
			}
		}
	}
	return ""
}

// timedAct finds the counted flow of the act ("9,000 charging sessions a day") and the stated
// length of one ("averaging 90 minutes", "the average session lasts 90 minutes"), or nil.
func (r *reader) timedAct(act string, f conversation.Flow) (*conversation.Flow, *mention) {
	stem := strings.TrimSuffix(act, "ing")
	for i := range r.out.Flows {
		g := &r.out.Flows[i]
		last := lastWord(g.Name)
		if g.Name == f.Name || g.Each || g.Count <= 0 || g.PerSeconds < 3600 || !sessionNouns[last] && !actNouns[last] && !strings.Contains(g.Name, stem) {
			continue
		}
		for _, m := range r.ms {
			if !m.span || m.used || m.value < 60 {
				continue
			}
			if m.noun == last || strings.Contains(g.From, m.quote) || r.saidAfter(g, m) {
				return g, m
			}
		}
	}
	return nil, nil
}

// saidAfter reports a span said in the clause right after the act's count ("9,000 charging
// sessions a day, averaging 90 minutes"), of no noun of its own.
func (r *reader) saidAfter(g *conversation.Flow, m *mention) bool {
	toks := r.sents[m.sent]
	said := strings.Join(toks[:m.pos], " ")
	k := strings.LastIndex(said, g.From)
	if k < 0 || m.noun != "" && !strings.HasSuffix(m.noun, "ing") {
		return false
	}
	between := strings.Fields(said[k+len(g.From):])
	return len(between) <= 4 && !slices.ContainsFunc(between, func(w string) bool { return w == ";" || w == "." })
}
