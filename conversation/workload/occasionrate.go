package workload

import (
	"math"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// occasionPeak is a faster schedule the same senders keep only on an occasion: "400 buoys report
// every 10 minutes, every 30 seconds during a storm", "3,000 stations reporting every 2 minutes,
// 10 times as often during an alert". It is the flow's peak, not a second flow on all the time.
type occasionPeak struct {
	period float64 // the usual period, whose flow peaks
	factor float64 // how many times as often on the occasion
	when   string
	share  float64 // the share of the senders on the faster clock at once
}

// clocks reads the schedules senders keep, each faster one said for an occasion taken out first
// and made the peak of the usual schedule's flow.
func (r *reader) clocks() {
	occasions := r.occasionPeriods()
	r.periodic()
	r.occasionPeaks(occasions)
}

// occasionPeriods finds, before the schedules become flows, a second period or a "N times as
// often" said of the same senders for an occasion; it takes the second figure out of the periods
// read, and returns what the usual schedule's flow is to peak at.
func (r *reader) occasionPeriods() []occasionPeak {
	var out []occasionPeak
	for _, m := range r.ms {
		if m.kind != mEvery || m.value <= 0 || m.used {
			continue
		}
		toks := r.sents[m.sent]
		for _, x := range r.ms {
			if x == m || x.sent != m.sent || x.pos <= m.pos || x.pos-m.end > 4 || x.used || x.onDays > 0 {
				continue // an occasion counted in days ("which occur on about 15 days a year") runs on them, not as a peak
			}
			factor, share := 0.0, 1.0
			switch {
			case x.kind == mEvery && x.value > 0 && x.value < m.value && (busyOccasion(toks, x.end) || thresholdCrossed(toks, x.end)):
				// Only a share of the senders may be on the faster clock at once ("maybe 20% of
				// sensors are in fast mode"): the rest keep the usual one.
				share = r.shareOnOccasion(m.sent, x.end)
				factor = 1 + share*(m.value/x.value-1)
			case x.kind == mFactor && x.value > 1 && oftenAfter(toks, x.end) && busyOccasion(toks, x.end+2):
				factor = x.value
			default:
				continue
			}
			end := x.end
			if x.kind == mFactor {
				end += 2
			}
			x.kind, x.used = mOther, true
			out = append(out, occasionPeak{period: m.value, factor: math.Round(factor*10) / 10, when: strings.Join(toks[end:occasionEnd(toks, end)], " "), share: share})
		}
	}
	return out
}

// oftenAfter reports "as often" or "more often" at toks[k:].
func oftenAfter(toks []string, k int) bool {
	return (word(toks, k) == "as" || word(toks, k) == "more") && word(toks, k+1) == "often"
}

// occasionPeaks makes each such schedule's flow peak on its occasion: off its fixed clock, so it
// takes the stated factor as its peak over the average.
func (r *reader) occasionPeaks(ps []occasionPeak) {
	for _, p := range ps {
		i := slices.IndexFunc(r.out.Flows, func(f conversation.Flow) bool { return f.Steady && f.PerSeconds == p.period })
		if i < 0 {
			continue
		}
		r.out.Flows[i].Steady = false
		r.out.PeakFactor = math.Max(r.out.PeakFactor, p.factor)
		if p.share < 1 {
			r.note("peak: %s %s × as often %s, with %s%% of the senders on the faster clock: stated", r.out.Flows[i].Name, human(p.factor), p.when, human(p.share*100))
			continue
		}
		r.note("peak: %s %s × as often %s: stated", r.out.Flows[i].Name, human(p.factor), p.when)
	}
}

// thresholdCrossed reports a condition on a reading at toks[k] that puts senders on a faster
// clock: "every 30 seconds once the level rises past 70%", "if the temperature exceeds 8 °C".
func thresholdCrossed(toks []string, k int) bool {
	if w := word(toks, k); w != "once" && w != "when" && w != "whenever" && w != "if" {
		return false
	}
	for j := k + 1; j < occasionEnd(toks, k); j++ {
		if calendarGrowth[toks[j]] {
			return false
		}
	}
	return within(toks, k+1, occasionEnd(toks, k), "past", "above", "over", "exceeds", "exceed", "exceeding", "passes", "pass", "crosses", "cross", "reaches", "reach", "hits", "hit", "beyond", "rises", "rise")
}

// shareOnOccasion is the share of the senders counted in sentence si said to be on the faster
// clock, after toks[from] or in the next sentence ("during a big storm maybe 20% of sensors are
// in fast mode"), else all of them.
func (r *reader) shareOnOccasion(si, from int) float64 {
	noun := ""
	for _, a := range r.ms {
		if a.sent == si && a.kind == mActors && a.pos < from {
			noun = a.noun
		}
	}
	for _, p := range r.ms {
		if p.kind != mPercent || p.used || p.value <= 0 || p.value >= 100 || !(p.sent == si && p.pos >= from || p.sent == si+1) {
			continue
		}
		toks := r.sents[p.sent]
		next := word(toks, p.end+1)
		if next == "the" || next == "our" || next == "these" || next == "those" {
			next = word(toks, p.end+2)
		}
		if word(toks, p.end) == "of" && (next == "them" || noun != "" && singular(next) == noun) {
			p.used = true
			return p.value / 100
		}
	}
	return 1
}
