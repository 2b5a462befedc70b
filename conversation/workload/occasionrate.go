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
			factor := 0.0
			switch {
			case x.kind == mEvery && x.value > 0 && x.value < m.value && busyOccasion(toks, x.end):
				factor = m.value / x.value
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
			out = append(out, occasionPeak{period: m.value, factor: math.Round(factor*10) / 10, when: strings.Join(toks[end:occasionEnd(toks, end)], " ")})
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
		r.note("peak: %s %s × as often %s: stated", r.out.Flows[i].Name, human(p.factor), p.when)
	}
}
