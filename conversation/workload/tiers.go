package workload

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

const tierSpan = `(\d[\d,.]*)[\s-]*(days?|weeks?|months?|years?)`

var (
	// rawTierRe finds how long raw data is kept: "keep raw data 90 days", "raw readings are kept
	// for 30 days", "raw points for 2 weeks".
	rawTierRe = regexp.MustCompile(`(?i)\braw\s+(?:[a-z]+\s+)?(?:(?:are|is)\s+)?(?:kept\s+|retained\s+|stored\s+|held\s+)?(?:for\s+)?` + tierSpan + `\b`)
	// rollupTierRe finds a coarser tier and its time: "10-minute averages for 20 years", "hourly
	// rollups kept for 5 years".
	rollupTierRe = regexp.MustCompile(`(?i)\b(?:(\d+)[\s-]*(second|minute|min|hour|day)|(hourly|daily|minutely))\s+(averages|rollups|roll-ups|aggregates|summaries|means|downsamples|min/max/avg)\s+(?:(?:are|is)\s+)?(?:kept\s+|retained\s+|stored\s+|held\s+)?(?:for\s+)?` + tierSpan + `\b`)
)

var tierSteps = map[string]float64{"second": 1, "minute": 60, "min": 60, "hour": 3600, "day": 86400, "hourly": 3600, "daily": 86400, "minutely": 60}

// spanYears reads a span of tierSpan as years.
func spanYears(n, unit string) float64 {
	v, err := strconv.ParseFloat(strings.ReplaceAll(n, ",", ""), 64)
	if err != nil {
		return 0
	}
	per := map[byte]float64{'d': 1.0 / 365, 'w': 7.0 / 365, 'm': 1.0 / 12, 'y': 1}[strings.ToLower(unit)[0]]
	return v * per
}

// tiers reads stated retention tiers: raw data kept for one time and coarser rollups for
// another. Each keeps its own share of the data for its own time; the longest is the retention.
// A rollup holds one point per step for every point the senders send per interval.
func (r *reader) tiers(statement string) {
	raw := rawTierRe.FindStringSubmatch(statement)
	if raw == nil {
		return
	}
	var quotes []string
	tiers := []conversation.Tier{{Name: "raw data", Fraction: 1, Years: spanYears(raw[1], raw[2])}}
	quotes = append(quotes, raw[1])
	interval := r.sendInterval()
	for _, m := range rollupTierRe.FindAllStringSubmatch(statement, -1) {
		step, name := tierSteps[strings.ToLower(m[3])], strings.ToLower(m[3])+" "+strings.ToLower(m[4])
		if m[1] != "" {
			n, _ := strconv.ParseFloat(m[1], 64)
			step, name = n*tierSteps[strings.ToLower(m[2])], m[1]+"-"+strings.ToLower(m[2])+" "+strings.ToLower(m[4])
			quotes = append(quotes, m[1]+"-"+m[2], m[1]+" "+m[2])
		}
		quotes = append(quotes, m[5])
		tiers = append(tiers, conversation.Tier{Name: name, Fraction: math.Min(1, interval/step), Years: spanYears(m[5], m[6]), Step: step})
	}
	r.out.Tiers = append(r.out.Tiers, tiers...)
	longest := 0.0
	var said []string
	for _, t := range tiers {
		longest = math.Max(longest, t.Years)
		said = append(said, t.Name+" "+yearsSaid(t.Years))
	}
	r.out.RetentionYears = longest
	// The tiers' times are said once, as tiers, not as spans that are not load or as one
	// retention for all the data.
	r.out.Notes = slices.DeleteFunc(r.out.Notes, func(n string) bool {
		if strings.HasPrefix(n, "retention: ") {
			return true
		}
		return strings.Contains(n, "how long something lasts") && slices.ContainsFunc(quotes, func(q string) bool {
			return strings.HasPrefix(n, fmt.Sprintf("%q", q)) || strings.HasPrefix(n, `"`+q+" ")
		})
	})
	r.note("retention tiers: %s: stated; each sized for its own time", strings.Join(said, ", "))
}

// sendInterval is how often each sender sends, in seconds: the shortest stated schedule, else a
// minute (assumed).
func (r *reader) sendInterval() float64 {
	every := 0.0
	for _, f := range r.out.Flows {
		if f.Steady && f.Each && f.PerSeconds > 0 && (every == 0 || f.PerSeconds < every) {
			every = f.PerSeconds
		}
	}
	if every == 0 {
		return 60
	}
	return every
}

// yearsSaid says a tier's time in its own unit: "90 days", "20 years".
func yearsSaid(y float64) string {
	switch d := y * 365; {
	case y >= 1 && math.Abs(y-math.Round(y)) < 0.01:
		return human(math.Round(y)) + map[bool]string{true: " year", false: " years"}[math.Round(y) == 1]
	case math.Round(d) == 1:
		return "1 day"
	case d >= 1:
		return human(math.Round(d)) + " days"
	}
	return human(y) + " years"
}

// retention reads how long data is kept. Said of what one stated flow sends ("live location ...
// deleted after 24h" of drivers sending their location), it is that flow's tier: the rest of the
// data is kept for its own retention, not a day.
func (r *reader) retention(m *mention) {
	years := m.value / (365 * 86400)
	if m.kind == mRetention && m.noun == "" && r.retentions() > 1 {
		// "keep location history 30 days, scans for 1 year": each span is its own thing's.
		m.noun = keptThing(r.sents[m.sent], m.pos)
	}
	if m.kind == mRetention && m.noun != "" {
		for _, f := range r.out.Flows {
			if f.Kind != conversation.FlowWrite || f.Source != conversation.Stated || !carriesThing(f, m.noun) {
				continue
			}
			r.out.Tiers = append(r.out.Tiers, conversation.Tier{Name: m.noun, Flow: f.Name, Fraction: 1, Years: years})
			r.note("retention of %s (%s): %s: stated; the rest of the data is kept for its own time", f.Name, m.noun, days(m.value))
			return
		}
	}
	r.out.RetentionYears = math.Max(r.out.RetentionYears, years)
	r.note("retention: %s: stated", days(m.value))
}

// carries reports a flow that sends the thing named: in its name or in the words it was read
// from ("location update", "a 200-byte reading every 10 seconds").
func carries(f conversation.Flow, thing string) bool {
	for _, w := range strings.Fields(strings.ToLower(f.Name + " " + f.From)) {
		if singular(strings.Trim(w, ",.;")) == thing {
			return true
		}
	}
	return false
}

// retentions counts the retentions the statement states.
func (r *reader) retentions() int {
	n := 0
	for _, m := range r.ms {
		if m.kind == mRetention {
			n++
		}
	}
	return n
}

// keptThing is what a keep verb just before a span at toks[pos] keeps: the word before a history
// word ("keep location history 30 days": "location"), else the kept noun; "" where none.
func keptThing(toks []string, pos int) string {
	for j := pos - 1; j >= 1 && j >= pos-5; j-- {
		if w := toks[j]; w == "," || w == ";" {
			return ""
		}
		if !retainVerbs[toks[j-1]] {
			continue
		}
		for k := pos - 1; k >= j; k-- {
			if historyWords[toks[k]] && k > j {
				return singular(toks[k-1])
			}
		}
		if isWordNoun(toks[j]) && !stopWords[toks[j]] {
			return singular(toks[j])
		}
	}
	return ""
}
