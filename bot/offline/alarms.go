package offline

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// A statement that says how fast alarms must arrive, and where, states what a monitoring
// pattern's defaults say otherwise: "alarms must reach the control room within 5 seconds"
// replaces "a rule fires within a minute" and "notifications go to PagerDuty". Stated retention
// tiers ("raw data 90 days and 10-minute averages for 20 years") replace the pattern's "raw for a
// couple of days, 1-minute and 1-hour rollups". The pattern's texts name these through
// placeholders, rendered here.

var (
	// alarmRe finds a deadline on alarms: "alarms must reach the control room within 5 seconds".
	alarmRe = regexp.MustCompile(`(?i)\b(?:alarms?|alerts?|alerting|warnings?)\b([^.;]{0,60}?)\bwithin\s+(\d[\d.,]*)\s*(seconds?|secs?|s|minutes?|mins?)\b`)
	// reachRe finds whom the alarms must reach, between the alarm and its deadline: "reach the
	// control room", "be shown on the operators' screens".
	reachRe = regexp.MustCompile(`(?i)\b(?:reach|reaches|get to|go to|be sent to|be delivered to|be shown (?:in|on|at)|appear (?:in|on|at))\s+((?:the|our|their|a|an)\s+)?([a-z'’-]+(?:\s+[a-z'’-]+)?)\s*$`)
)

// keptForRe is a pattern's own retention in a requirement line: "history kept for two years".
var keptForRe = regexp.MustCompile(`(?i)\b(?:kept|retained|stored) for (?:\d+|a|one|two|three|five|seven|ten) (?:days?|weeks?|months?|years?)\b`)

// tiersSaid lists stated retention tiers: "raw data 90 days, 10-minute averages 20 years".
func tiersSaid(ts []conversation.Tier) string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Name+" "+tierSpan(t.Years))
	}
	return strings.Join(out, ", ")
}

// statedAlarm is a deadline on alarms and whom they must reach ("" when not said).
type statedAlarm struct {
	seconds float64
	to      string
}

// alarmOf reads the statement's deadline on alarms, if it states one.
func alarmOf(statement string) (statedAlarm, bool) {
	m := alarmRe.FindStringSubmatch(statement)
	if m == nil {
		return statedAlarm{}, false
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
	if err != nil || n <= 0 {
		return statedAlarm{}, false
	}
	if strings.HasPrefix(strings.ToLower(m[3]), "m") {
		n *= 60
	}
	a := statedAlarm{seconds: n}
	if r := reachRe.FindStringSubmatch(strings.TrimSpace(m[1]) + " "); r != nil {
		a.to = strings.ToLower(strings.TrimSpace(r[1] + r[2]))
	}
	return a, true
}

// alarmLine is the non-functional line for a stated alarm deadline, in place of the pattern's.
func alarmLine(a statedAlarm) string {
	if a.to != "" {
		return fmt.Sprintf("Alert latency: an alarm reaches %s within %s of the condition, as stated", a.to, duration(a.seconds))
	}
	return fmt.Sprintf("Alert latency: an alarm fires within %s of the condition, as stated", duration(a.seconds))
}

// alarmWords renders the placeholders of an alerting path: {alert_latency}, {alert_eval} and
// {alert_to}, from the statement where it says them, else the pattern's defaults.
func (r *renderer) alarmWords(name string) (string, bool) {
	a, stated := alarmOf(r.g.Problem)
	switch name {
	case "alert_latency":
		if stated {
			return "within " + duration(a.seconds), true
		}
		return "within a minute", true
	case "alert_eval":
		if stated && a.seconds <= 30 {
			// A polling cycle of 15-30 s alone would spend the whole deadline.
			return fmt.Sprintf("on each point as it arrives (a 15-30 s polling cycle would spend the stated %s on its own)", duration(a.seconds)), true
		}
		return "every 15-30 s", true
	case "alert_to":
		if stated && a.to != "" {
			return fmt.Sprintf("%s first (a live push to the screens there, which a person acknowledges), escalating to %s when unacknowledged after a minute", a.to, r.name("alertchan")), true
		}
		return r.name("alertchan"), true
	}
	return r.tierWords(name)
}

// tierWords renders the placeholders of retention tiers: {raw_keep}, {rollup_tiers},
// {rollup_names}, {resolutions} and {rollup_example}.
func (r *renderer) tierWords(name string) (string, bool) {
	tiers := r.reading().DataTiers()
	var raw, rollups []conversation.Tier
	for _, t := range tiers {
		if t.Step == 0 {
			raw = append(raw, t)
		} else {
			rollups = append(rollups, t)
		}
	}
	stated := len(raw) > 0
	switch name {
	case "raw_keep":
		if stated {
			return "for " + tierSpan(raw[0].Years) + " as stated", true
		}
		return "for a couple of days in the hot tier", true
	case "rollup_names":
		if len(rollups) > 0 {
			return series(rollupNames(rollups), "and", "") + " rollups", true
		}
		return "1-minute and 1-hour rollups", true
	case "rollup_tiers":
		if len(rollups) > 0 {
			var kept []string
			for _, t := range rollups {
				kept = append(kept, fmt.Sprintf("%s rollups kept for %s", stepName(t.Step), tierSpan(t.Years)))
			}
			return series(kept, "and", "") + " as stated (each with min, max, sum and count — enough to recompute averages exactly)", true
		}
		return "1-minute rollups (min, max, sum, count — enough to recompute averages exactly) kept for the stated retention, and 1-hour rollups kept for longer", true
	case "resolutions":
		if stated && len(rollups) > 0 {
			return fmt.Sprintf("raw ≤ %s, %s rollups beyond", tierSpan(raw[0].Years), series(rollupNames(rollups), "then", "")), true
		}
		return "raw ≤ 2 days, 1-min rollups ≤ 30 days, 1-h beyond", true
	case "rollup_example":
		if len(rollups) > 0 && rollups[0].Fraction > 0 && rollups[0].Fraction < 1 {
			t := rollups[0]
			year := 365 * 86400.0
			return fmt.Sprintf("A year of history at %s resolution reads %s points per series instead of %s raw ones.", stepName(t.Step),
				conversation.Human(year/t.Step), conversation.Human(year/(t.Step*t.Fraction))), true
		}
		return "A 30-day dashboard at 1-minute resolution reads 43K points per series instead of 259K raw ones.", true
	}
	return "", false
}

// rollupNames names each rollup by its step: "10-minute", "1-hour".
func rollupNames(ts []conversation.Tier) []string {
	var out []string
	for _, t := range ts {
		out = append(out, stepName(t.Step))
	}
	return out
}

// stepName says a rollup's step as an adjective: "10-minute", "1-hour", "1-day".
func stepName(sec float64) string {
	n, unit := inLargestUnit(sec)
	return conversation.Human(n) + "-" + [...]string{"second", "minute", "hour", "day"}[unit]
}

// tierSpan says how long a tier is kept: "90 days", "20 years".
func tierSpan(years float64) string {
	switch d := years * 365; {
	case years >= 1:
		return conversation.Human(years) + map[bool]string{true: " year", false: " years"}[years == 1]
	case d >= 1:
		return conversation.Human(d) + map[bool]string{true: " day", false: " days"}[conversation.Human(d) == "1"]
	}
	h := conversation.Human(years * 365 * 24)
	return h + map[bool]string{true: " hour", false: " hours"}[h == "1"]
}
