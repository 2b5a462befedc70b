package offline

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A what-if that changes how often something reports ("every 5 seconds instead of every 30",
// "once a minute") changes a period, and a period divides the load: what reports 6× as often
// writes 6× as much. It is read before places, which would otherwise take "5 seconds" for a
// count of things and scale the load by 5/30.

const periodNumber = `\d[\d,]*(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty`

// reportPeriodRe finds how often something recurs: "every 5 seconds", "every minute", "once a
// minute", "once per hour".
var reportPeriodRe = regexp.MustCompile(`(?i)\b(?:every|once (?:a|an|per|every))\s+(?:(` + periodNumber + `)\s+)?(second|sec|minute|min|hour|day|week)s?\b`)

// insteadPeriodRe finds the period a what-if replaces, after the new one: "instead of every
// 30", "rather than once a minute", "(was 30 s)"; a bare number takes the new period's unit.
var insteadPeriodRe = regexp.MustCompile(`(?i)\b(?:instead of|rather than|was|not|from)\s+(?:(?:every|once (?:a|an|per|every))\s+)?(?:(` + periodNumber + `)\s*)?(second|sec|s|minute|min|hour|h|day|week)?s?\b`)

var periodUnitSeconds = map[string]float64{"second": 1, "sec": 1, "s": 1, "minute": 60, "min": 60, "hour": 3600, "h": 3600, "day": 86400, "week": 7 * 86400}

// periodValue reads one period's number and unit; a missing number is one ("every minute").
func periodValue(n, unit string) float64 {
	v := 1.0
	if w, ok := placeWordNumbers[strings.ToLower(n)]; ok {
		v = w
	} else if w, ok := map[string]float64{"an": 1, "fifteen": 15, "thirty": 30}[strings.ToLower(n)]; ok {
		v = w
	} else if n != "" {
		v = number(n)
	}
	return v * periodUnitSeconds[strings.ToLower(unit)]
}

// askedPeriods reads the new period of a what-if and, when it says it, the old one: "every 5
// seconds instead of every 30" is 5 s for 30 s; "from every 30 seconds to every 5" reads the
// other way round.
func askedPeriods(t string) (now, was float64, ok bool) {
	ms := reportPeriodRe.FindAllStringSubmatchIndex(t, -1)
	if len(ms) == 0 {
		return 0, 0, false
	}
	m := ms[0]
	now = periodValue(sub(t, m, 1), sub(t, m, 2))
	if regexp.MustCompile(`(?i)\bfrom\s+$`).MatchString(t[:m[0]]) {
		// "from every 30 seconds to every 5 (seconds)": the first is the old one.
		to := regexp.MustCompile(`(?i)^\s+to\s+(?:every\s+)?(` + periodNumber + `)?\s*(second|sec|minute|min|hour|day|week)?s?\b`).FindStringSubmatch(t[m[1]:])
		if to == nil {
			return 0, 0, false
		}
		return periodValue(to[1], orDefault(to[2], sub(t, m, 2))), now, true
	}
	rest := t[m[1]:]
	if o := insteadPeriodRe.FindStringSubmatch(rest); o != nil && (o[1] != "" || o[2] != "") {
		was = periodValue(o[1], orDefault(o[2], sub(t, m, 2)))
	}
	return now, was, now > 0
}

func sub(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

// interval is how often one actor of a flow sends, in seconds; 0 for flows not sent on a
// schedule by each of a counted population.
func interval(f conversation.Flow) float64 {
	if !f.Each || f.Count <= 0 || f.PerSeconds <= 0 || f.Burst || f.ItemsOf != "" || f.Kind == conversation.FlowStream {
		return 0
	}
	return f.PerSeconds / f.Count
}

// periodChange re-sizes the design's scheduled flows for the period a what-if asks: the flows
// that send once every old period send once every new one. The old period is the one the
// what-if replaces or, unsaid, the one period the design's scheduled flows share.
func periodChange(g bot.Grounding, t string) (conversation.Workload, []string, bool) {
	now, was, ok := askedPeriods(t)
	if !ok {
		return conversation.Workload{}, nil, false
	}
	w := g.Requirements.Workload.Clone()
	if was == 0 {
		was = sharedInterval(w.Flows)
	}
	if was <= 0 || now == was {
		return conversation.Workload{}, nil, false
	}
	var what []string
	for i := range w.Flows {
		f := &w.Flows[i]
		if iv := interval(*f); iv <= 0 || math.Abs(iv-was) > was/100 {
			continue
		}
		if f.Count == 1 {
			f.PerSeconds = now
		} else {
			f.Count *= was / now
		}
		what = append(what, fmt.Sprintf("%s %s (was %s)", f.Name, every(now), every(was)))
		w.Notes = append(w.Notes, fmt.Sprintf("%s: once %s, changed in conversation (was %s); its rate ×%s", f.Name, every(now), every(was), conversation.Human(was/now)))
	}
	return w, what, len(what) > 0
}

// sharedInterval is the one interval the scheduled flows share, 0 when they differ or none is
// scheduled.
func sharedInterval(fs []conversation.Flow) float64 {
	shared := 0.0
	for _, f := range fs {
		iv := interval(f)
		switch {
		case iv <= 0:
		case shared == 0:
			shared = iv
		case math.Abs(iv-shared) > shared/100:
			return 0
		}
	}
	return shared
}

// every says a period as people do: "every 5 s", "every minute".
func every(sec float64) string {
	if w, ok := map[string]string{"1 s": "second", "1 min": "minute", "1 h": "hour", "1 day": "day"}[duration(sec)]; ok {
		return "every " + w
	}
	return "every " + duration(sec)
}
