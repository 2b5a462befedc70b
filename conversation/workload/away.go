package workload

import (
	"math"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// awayNouns name what a share of people staying away or dropping out makes, by the word said.
var awayNouns = map[string]string{"absent": "absence", "absence": "absence", "absences": "absence", "sick": "absence", "ill": "absence",
	"no-show": "no-show", "no-shows": "no-show", "cancel": "cancellation", "cancels": "cancellation", "cancelled": "cancellation",
	"canceled": "cancellation", "late": "late arrival", "miss": "missed visit", "missed": "missed visit"}

// awayShares reads a share of counted people who stay away on a day as the events they make:
// "120 schools, each with ~50 teachers; on a typical morning 4% of teachers call in absent" is
// 240 absences a day, which the design handles one by one. It is no share of who is active
// (activeShare leaves it), and nothing else counts it.
func (r *reader) awayShares() {
	for _, m := range r.ms {
		if m.kind != mPercent || m.used || m.value <= 0 || m.value >= 100 || !r.near(m, "day", "daily", "morning", "typical", "typically", "usually", "average") {
			continue
		}
		toks := r.sents[m.sent]
		noun := ""
		for j := m.end; j < len(toks) && j <= m.end+6 && noun == ""; j++ {
			noun = awayNouns[toks[j]]
		}
		who := r.peopleNamed(singular(word(toks, m.end+1)))
		if word(toks, m.end) != "of" || noun == "" || who == nil {
			continue
		}
		f := conversation.Flow{Name: noun, Kind: conversation.FlowWrite, Count: math.Round(who.Value * m.value / 100), PerSeconds: 86400,
			Source: conversation.Stated, From: strings.Join(toks[m.pos:min(m.end+6, len(toks))], " ")}
		f = uniqueName(r.out.Flows, f)
		r.out.Flows = append(r.out.Flows, f)
		m.used = true
		r.note("%s: %s%% of the %s %s a day = %s a day: stated", f.Name, human(m.value), human(who.Value), plural(who.Noun), human(f.Count))
	}
}

// peopleNamed is the counted population of noun, or nil.
func (r *reader) peopleNamed(noun string) *Population {
	for i, p := range r.out.People {
		if p.Noun == noun {
			return &r.out.People[i]
		}
	}
	if r.out.DAU > 0 && r.out.DayNoun == noun {
		return &Population{Value: r.out.DAU, Noun: noun} // "2,400 nurses, and on a typical day 5% of nurses…"
	}
	return nil
}
