package workload

import (
	"math"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// whileActing bounds a clock that runs only during an act whose length the statement gives:
// "the app autosaves each grid every 5 seconds while solving and an average solve takes 12
// minutes" saves 144 times a solve, not every 5 seconds all day. Each person is taken to do the
// act once a day; their sessions bunch as people's do, so the flow is no longer a steady clock.
func (r *reader) whileActing() {
	for si, toks := range r.sents {
		act, span := r.actSpan(si)
		if span == nil {
			continue
		}
		said := strings.Join(toks, " ")
		for i, f := range r.out.Flows {
			if f.Source != conversation.Stated || !f.Steady || !f.Each || f.Burst || f.PerSeconds >= span.value || !strings.Contains(said, f.From) {
				continue
			}
			span.used = true
			f.Count *= span.value / f.PerSeconds
			f.PerSeconds, f.Steady = 86400, false
			r.out.Flows[i] = f
			r.note("%s: only while %s, %s a %s (%q), one %s a day each (assumed): %s a day each", f.Name, act,
				days(span.value), span.noun, span.quote, span.noun, human(math.Round(f.Count)))
		}
	}
}

// actSpan finds "while <doing>" in sentence si and the stated length of that act in the same
// sentence ("an average solve takes 12 minutes"): the act as said and the span's mention.
func (r *reader) actSpan(si int) (string, *mention) {
	toks := r.sents[si]
	for j, w := range toks {
		ing := word(toks, j+1)
		if w != "while" || !strings.HasSuffix(ing, "ing") || len(ing) < 6 {
			continue
		}
		stem := strings.TrimSuffix(ing, "ing")
		if n := len(stem); stem[n-1] == stem[n-2] {
			stem = stem[:n-1] // "running": a run
		}
		for _, m := range r.ms {
			if m.sent == si && m.span && !m.used && (len(stem) >= 3 && strings.HasPrefix(m.noun, stem) || sessionNouns[m.noun]) {
				return ing, m
			}
		}
	}
	return "", nil
}

// actNouns name a stretch of doing something: "while playing … a typical game lasts 20
// minutes".
var actNouns = set(`session game match round visit call ride drive trip lesson class workout run`)
