package workload

import (
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// switchRe finds senders that change their cadence: "switch to every 30 seconds", "go to
// reporting every minute".
var switchRe = regexp.MustCompile(`\b(switch|switches|go|goes|move|moves|drop|drops|speed up|speeds up|change|changes)\s+to\s+(?:reporting\s+|sending\s+)?every\b`)

// namedSeasons are stretches of the year said by name, taken as a quarter of it each.
var namedSeasons = set(`season summer winter spring autumn fall`)

// switchedCadence reads a share of the senders that switch to a faster cadence for a stretch of
// the year: "4,000 hives report every 5 minutes, and about a third of the hives switch to every 30
// seconds during swarm season (April to June)" is 1,333 hives sending 9 more reports every 5
// minutes for three months, not 4,000 hives every 30 seconds all year.
func (r *reader) switchedCadence() {
	for i := range r.out.Flows {
		f := &r.out.Flows[i]
		if !f.Steady || !f.Each || !switchRe.MatchString(f.From) {
			continue
		}
		b := slices.IndexFunc(r.out.Flows, func(g conversation.Flow) bool {
			return g.Steady && g.Each && g.Name != f.Name && g.ActorNoun == f.ActorNoun && g.PerSeconds > f.PerSeconds
		})
		si, start, end := r.quoteAt(f.From)
		if b < 0 || si < 0 {
			continue
		}
		base := r.out.Flows[b]
		share, said := r.shareWithin(si, start, end)
		f.Actors, f.Count = base.Actors*share, 1-f.PerSeconds/base.PerSeconds
		after := slices.Clone(r.sents[si][end:])
		if si+1 < len(r.sents) {
			after = append(after, r.sents[si+1]...) // "(April to June)" is an aside of its own
		}
		months, season := seasonAfter(after, 0)
		if months == 0 {
			months, season = seasonAfter(r.sents[si][max(start-4, 0):end], 0) // "in flood season 25% of the gauges switch …"
		}
		if months > 0 {
			f.Burst, f.Steady, f.Lasts, f.Recurs = true, false, float64(months)*yearSeconds/12, yearSeconds
		}
		r.out.Notes = slices.DeleteFunc(r.out.Notes, func(n string) bool { return strings.HasPrefix(n, f.Name+": stated (") })
		f.Name = uniqueName(r.out.Flows, conversation.Flow{Name: base.Name + " at the faster rate"}).Name
		then := f.Actors * f.Count / f.PerSeconds
		r.note("%s: %s of the %s %s switch from %s to %s%s: %s × %s more %s = %s/s then, %s/s over the year", f.Name, said, human(base.Actors),
			base.ActorNoun, conversation.Period(base.PerSeconds), conversation.Period(f.PerSeconds), season, human(f.Actors),
			human(base.PerSeconds/f.PerSeconds-1), conversation.Period(base.PerSeconds), human(then), human(then*burstOf(*f)))
	}
}

// burstOf is the share of the year a flow runs at its rate: all of it unless it has a season.
func burstOf(f conversation.Flow) float64 {
	if f.Burst && f.Recurs > 0 {
		return f.Lasts / f.Recurs
	}
	return 1
}

// sharesSaid are shares said in words before "of": "a third of the hives".
var sharesSaid = map[string]float64{"half": 0.5, "a third": 1.0 / 3, "a quarter": 0.25, "a fifth": 0.2, "a tenth": 0.1, "two thirds": 2.0 / 3,
	"three quarters": 0.75, "most": 0.6, "some": 0.2, "a few": 0.1}

// shareWithin is the share of the senders said in toks[start:end] of sentence si, as a number or
// in words ("20% of the meters", "a third of the hives"), with how it was said; all of them
// where none is.
func (r *reader) shareWithin(si, start, end int) (float64, string) {
	for _, p := range r.ms {
		if p.kind == mPercent && p.sent == si && p.pos >= start && p.pos < end && p.value > 0 && p.value < 100 {
			p.used = true
			return p.value / 100, human(p.value) + "%"
		}
	}
	toks := r.sents[si]
	for k := start; k < end; k++ {
		for _, n := range []int{2, 1} {
			said := strings.Join(toks[k:min(k+n, end)], " ")
			if v, ok := sharesSaid[said]; ok && word(toks, k+n) == "of" {
				return v, said
			}
		}
	}
	return 1, "all"
}

// quoteAt finds the sentence and token span a flow's quote was taken from, or -1.
func (r *reader) quoteAt(quote string) (int, int, int) {
	want := strings.Fields(quote)
	for si, toks := range r.sents {
		for k := 0; k+len(want) <= len(toks); k++ {
			if slices.Equal(toks[k:k+len(want)], want) {
				return si, k, k + len(want)
			}
		}
	}
	return -1, 0, 0
}

// seasonAfter reads the stretch of the year said within a few words after toks[k]: "(April to
// June)" is 3 months, "during swarm season" or "in summer" a quarter of the year; 0 where none.
func seasonAfter(toks []string, k int) (int, string) {
	named := false
	for j := k; j < len(toks) && j < k+8; j++ {
		a := months[toks[j]]
		if b := months[word(toks, j+2)]; a > 0 && b > 0 && within(toks, j+1, j+2, "to", "through", "until", "and", "-", "–") {
			return (b-a+12)%12 + 1, " (" + titled(toks[j]) + "–" + titled(word(toks, j+2)) + ")"
		}
		named = named || namedSeasons[toks[j]]
	}
	if named {
		return 3, " in its season (taken as a quarter of the year)"
	}
	return 0, ""
}
