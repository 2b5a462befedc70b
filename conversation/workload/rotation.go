package workload

import (
	"strings"

	"github.com/archbot/archbot/conversation"
)

// rotationNouns name a schedule that works through every one of a counted stock in turn: "plans
// pruning on a 7-year rotation", "resurfaced on a 12-year cycle".
var rotationNouns = set(`rotation cycle`)

// rotations read a length said of a rotation ("the forestry team plans pruning on a 7-year
// rotation") over the things the statement counts (85,000 street trees) as a flow: each of them
// once in that time, 12,100 prunings a year, not a span that is no load.
func (r *reader) rotations() {
	for _, m := range r.ms {
		if !m.span || m.used || !rotationNouns[m.noun] || m.value <= 0 {
			continue
		}
		stock := r.rotatedStock(m)
		if stock == nil {
			continue
		}
		toks := r.sents[m.sent]
		name := rotatedAct(toks, m.pos)
		if name == "" {
			name = stock.noun + " " + m.noun
		}
		m.used, stock.used = true, true
		r.out.Flows = append(r.out.Flows, conversation.Flow{Name: name, Kind: conversation.FlowWrite, Count: stock.value, PerSeconds: m.value,
			Source: conversation.Stated, From: strings.TrimSpace(stock.quote + " … " + m.quote)})
		r.note("%s: stated (%s %s, each once %s)", name, human(stock.value), plural(stock.noun), strings.TrimPrefix(conversation.Period(m.value), "every "))
	}
}

// rotatedStock is the largest count of things with no rate said before a rotation: what the
// rotation works through (the city's 85,000 street trees, said sentences before).
func (r *reader) rotatedStock(rot *mention) *mention {
	var best *mention
	for _, s := range r.ms {
		if s == rot || s.sent > rot.sent || s.sent == rot.sent && s.pos > rot.pos {
			continue
		}
		if s.used || s.per > 0 || s.noun == "" || personNoun(s.noun) || s.value < 100 || s.kind != mEvents && s.kind != mActors {
			continue
		}
		if best == nil || s.value > best.value {
			best = s
		}
	}
	return best
}

// rotatedAct is the act a rotation schedules, said right before "on a … rotation": "plans
// pruning on a 7-year rotation" gives "pruning".
func rotatedAct(toks []string, pos int) string {
	j := pos - 1
	for j >= 0 && (toks[j] == "a" || toks[j] == "an" || toks[j] == "the") {
		j--
	}
	if word(toks, j) != "on" && word(toks, j) != "in" {
		return ""
	}
	if w := word(toks, j-1); strings.HasSuffix(w, "ing") && len(w) > 4 {
		return w
	}
	return ""
}
