package offline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

var (
	// keepVerbRe finds a follow-up that says how long data stays: "keep records 7 years",
	// "messages must be retained for a decade", "we need 90 days of history".
	keepVerbRe = regexp.MustCompile(`\b(?:keep|keeps|kept|keeping|retain|retains|retained|retaining|retention|store|stored|hold|held|archive|archived|preserve|preserved|history|need \S+ (?:days?|weeks?|months?|years?) of)\b`)
	// expireRe finds the other way of saying it: data goes after a time ("delete chats after 30
	// days", "purge scans older than 2 years"). Its group is the time, read as a retention.
	expireRe = regexp.MustCompile(`\b(?:delete|deleted|purge|purged|erase|erased|expire|expired|drop|dropped|remove|removed)\b.*?\b(?:after|older than|once (?:they are|it is) older than)\s+((?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|thirty|ninety)\s+(?:days?|weeks?|months?|years?|decades?))\b`)
	// actDeadlineRe finds a time limit on an act that follows an event ("delete leaked data within
	// 48 h", "erase it within 30 days of a request"): an erasure deadline, not how long data stays.
	// assumedRetentionRe reads the capacity model's own assumption ("retention in years: 5
	// (assumed)").
	assumedRetentionRe = regexp.MustCompile(`^retention in years: ([\d.]+)`)
	actDeadlineRe      = regexp.MustCompile(`\bwithin\b|\bif\b|\bwhen\b|\bleak|\bbreach|\brequest`)
)

// asksRetention reports whether t changes how long the design keeps its data: a keeping verb
// with a stated time, or a deletion after one, and not a question about it or a deadline to act
// on an event.
func asksRetention(t string) bool {
	_, ok := retentionAsked(t)
	return ok
}

// retentionAsked reads the retention in years a follow-up asks for.
func retentionAsked(t string) (float64, bool) {
	if questionRe.MatchString(t) && strings.HasSuffix(strings.TrimSpace(t), "?") || strings.HasPrefix(t, "what if") {
		return 0, false
	}
	if m := expireRe.FindStringSubmatch(t); m != nil && !actDeadlineRe.MatchString(t) {
		if y := workload.Read("data is kept for " + m[1]).RetentionYears; y > 0 {
			return y, true
		}
	}
	if !keepVerbRe.MatchString(t) || actDeadlineRe.MatchString(t) {
		return 0, false
	}
	rd := workload.Read(t)
	if rd.RetentionYears <= 0 || len(rd.Flows) > 0 || rd.DAU > 0 || rd.Users > 0 {
		return 0, false // a load with a retention beside it is a re-size, read as one
	}
	return rd.RetentionYears, true
}

// planRetention keeps the design's data for the time asked: the workload's retention changes,
// so the storage the capacity model keeps, the requirement lines that quote it, and every
// section sized from it (partitions, storage tiers) are written again; what moved is said.
func planRetention(g bot.Grounding, t string) (*change, bool) {
	years, ok := retentionAsked(t)
	if !ok {
		return nil, false
	}
	old := g.Requirements.Workload
	if tiers := old.DataTiers(); len(tiers) > 0 {
		var ts []string
		for _, tr := range tiers {
			ts = append(ts, fmt.Sprintf("%s for %s", tr.Name, yearsText(tr.Years)))
		}
		return &change{unsupported: "This design keeps its data in tiers (" + strings.Join(ts, ", ") +
			"), so one retention would overwrite them all. Say which tier keeps " + yearsText(years) +
			", e.g. \"keep " + tiers[0].Name + " for " + yearsText(years) + "\"."}, true
	}
	oldCap := conversation.Estimate(old)
	oldYears := old.RetentionYears
	was := yearsText(oldYears)
	if oldYears <= 0 {
		oldYears = assumedYears(oldCap)
		was = yearsText(oldYears) + " (assumed)"
	}
	for _, n := range old.Notes {
		if strings.HasPrefix(n, "retention:") && strings.Contains(n, "assumed") && !strings.Contains(was, "assumed") {
			was += " (assumed)"
		}
	}
	if math.Abs(oldYears-years) < 1e-9 {
		return &change{unsupported: "The design already keeps its data " + yearsText(years) + " (see Back-of-the-envelope capacity); nothing changes."}, true
	}
	req := cloneReq(g.Requirements)
	req.Workload.RetentionYears = years
	// The retention the design assumed or stated goes: two retentions would read as a conflict.
	req.Workload.Notes = slices.DeleteFunc(slices.Clone(req.Workload.Notes), func(n string) bool { return strings.HasPrefix(n, "retention:") })
	req.Workload.Notes = append(req.Workload.Notes, "retention: "+yearsText(years)+": asked in the conversation")
	newCap := conversation.Estimate(req.Workload)
	req.NonFunctional = replaceNumbers(req.NonFunctional, newCap)
	H, B := conversation.Human, conversation.Bytes
	moved := []string{fmt.Sprintf("storage kept %s → %s", B(oldCap.StorageBytesKept), B(newCap.StorageBytesKept))}
	if oldCap.DBShards != newCap.DBShards {
		moved = append(moved, fmt.Sprintf("database partitions %d → %d", oldCap.DBShards, newCap.DBShards))
	}
	reply := fmt.Sprintf("Retention %s → %s: %s; the rates (%s writes/s at peak) do not change, only what is kept.",
		was, yearsText(years), strings.Join(moved, ", "), H(newCap.PeakWriteQPS))
	if years > oldYears && hasPersonalData(g) {
		reply += " Keeping records longer than their purpose needs clashes with erasure requests: a person's erasure then removes or pseudonymises their personal fields and keeps the record itself for the retention."
	}
	return &change{
		decision:  "Keep data for " + yearsText(years) + " (was " + was + ")",
		rationale: "asked in the conversation; " + strings.Join(moved, ", "),
		req:       &req, reply: reply,
	}, true
}

// yearsText says a retention in the unit a person would: "90 days", "18 months", "7 years".
func yearsText(y float64) string {
	days := y * 365
	months := days / 30 // the workload reader counts a month as 30 days
	switch {
	case days < 120:
		return unitCount(math.Round(days), "day")
	case y < 2 && math.Abs(months-math.Round(months)) < 0.05:
		return unitCount(math.Round(months), "month")
	case y < 1:
		return unitCount(math.Round(days), "day")
	}
	return unitCount(math.Round(y*10)/10, "year")
}

// unitCount counts a unit of time: "1 year", "30 days".
func unitCount(n float64, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return conversation.Human(n) + " " + unit + "s"
}

// hasPersonalData reports whether the design keeps personal data: an entity field that names a
// person's contact or identity.
func hasPersonalData(g bot.Grounding) bool {
	for _, e := range g.Requirements.Entities {
		if regexp.MustCompile(`(?i)\b(?:user|customer|patient|member|client|driver|guest|student|parent|employee)s?\b`).MatchString(e) {
			return true
		}
	}
	return false
}

// assumedYears reads the retention the capacity model assumed when the statement gave none.
func assumedYears(c conversation.Capacity) float64 {
	for _, a := range c.Assumptions {
		if m := assumedRetentionRe.FindStringSubmatch(a); m != nil {
			y, _ := strconv.ParseFloat(m[1], 64)
			return y
		}
	}
	return 0
}
