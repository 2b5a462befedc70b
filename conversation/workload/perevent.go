package workload

import (
	"math"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// eventsPerWeek is how often an event a count is said for comes, where the statement does not
// say: a club plays a home match about once a week in season, a theatre gives a performance
// most days. Anything else is taken as weekly.
var eventsPerWeek = map[string]float64{"match": 1, "game": 1, "fixture": 1, "race": 1, "performance": 7, "show": 7, "screening": 7}

// perEventWindows reads a count said for a stretch before or after each of some events ("80,000
// seats, sold in the 2 weeks before each match", "2,500 seats sold over the month before each
// concert, about 150 concerts a year"): the count comes again with every event, so its rate is
// the count times the events' rate, stated or assumed, whatever the stretch. Read as one count
// in one stretch, the design sized for one match, or for a stretch once a year.
func (r *reader) perEventWindows() {
	for _, w := range r.ms {
		if w.kind != mWindow || w.used {
			continue
		}
		toks := r.sents[w.sent]
		if !ofEach(toks, w.end) || word(toks, w.end) == "of" {
			continue // "the last minute of each auction" is a rush inside each, bursts' to read
		}
		event := singular(word(toks, w.end+2))
		c := r.countBefore(w)
		if c == nil || c.noun == event {
			continue
		}
		perSec, said := r.eventRate(event)
		name := orWord(c.name, c.noun)
		if t, ok := turnovers[c.noun]; ok {
			name = t.event // each seat is sold once an event
		} else if v := verbStem(word(toks, c.end)); v != "" {
			name = flowName(v, c.noun) // "5,000 attendees register …"
		}
		week := math.Round(c.value * perSec * 7 * 86400)
		r.out.Flows = append(r.out.Flows, conversation.Flow{Name: name, Kind: conversation.FlowWrite, Count: week,
			PerSeconds: 7 * 86400, Source: conversation.Stated, From: strings.Join(toks[c.pos:min(w.end+3, len(toks))], " ")})
		c.used, w.used = true, true
		r.note("%s: %s %s for each %s, over the %s before it, %s = %s a week: stated",
			name, human(c.value), plural(c.noun), event, days(w.value), said, human(week))
	}
}

// countBefore is the counted thing a stretch before each event is said of: the nearest count
// before it in its sentence, of people, things, events or what a place holds.
func (r *reader) countBefore(w *mention) *mention {
	var c *mention
	for _, m := range r.ms {
		if m.sent == w.sent && m.pos < w.pos && !m.used && m.per == 0 && m.noun != "" &&
			(m.kind == mActors || m.kind == mEvents || m.capacity) {
			c = m
		}
	}
	return c
}

// eventRate is how many of the events come a second, and how that was found: a count of them
// with a period anywhere in the statement ("about 150 concerts a year"), else eventsPerWeek.
func (r *reader) eventRate(event string) (float64, string) {
	for _, e := range r.ms {
		if e.noun == event && e.per > 0 && e.value > 0 {
			e.used, e.kind = true, mOther // the events' schedule, not a flow of its own
			return e.value / e.per, counted(e.value, event) + " " + periodWord(e.per) + " (stated)"
		}
	}
	n, ok := eventsPerWeek[event]
	if !ok {
		n = 1
	}
	return n / (7 * 86400), counted(n, event) + " a week (assumed)"
}

// counted says n of a noun: "1 match", "8 performances".
func counted(n float64, noun string) string {
	if n != 1 {
		noun = plural(noun)
	}
	return human(n) + " " + noun
}
