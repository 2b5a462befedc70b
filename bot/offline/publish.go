package offline

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// A batch of places published at a stated time fills in a rush right after it: "popular shifts
// fill within minutes when the week's schedule is published Monday at 9am". The stated time
// replaces the pattern's own ("at 18:00"), and the rush is the burst the design is sized for, in
// the writes that fill the places (sign-ups), not the places created.

var (
	// publishRe finds when a batch is published: "published Monday at 9am", "released every
	// Friday at 18:00", "goes live at 10am".
	publishRe = regexp.MustCompile(`(?i)\b(?:published|released|posted|goes live|go live|announced|opens|open)\s+((?:(?:on|every|each)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+)?(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)`)
	// fillRushRe finds places said to fill soon after: "fill within minutes", "sell out in 10
	// minutes", "are taken in seconds".
	fillRushRe = regexp.MustCompile(`(?i)\b(?:fill|fills|filled|sell out|sells out|sold out|book up|books up|are taken|get taken|go|are gone)\s+(?:up\s+)?(?:within|in|inside)\s+(?:(\d+|a few)\s+)?(seconds|minutes|minute|an hour|hours)\b`)
)

// publishTime is the stated time a batch is published, with its preposition ("on Monday at
// 9am", "at 10am"), or "".
func publishTime(statement string) string {
	m := publishRe.FindStringSubmatch(statement)
	if m == nil {
		return ""
	}
	t := strings.TrimSpace(m[1])
	if !strings.ContainsAny(strings.ToLower(t), "apm:") {
		return "" // "opens 24 hours" is no clock time
	}
	t = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t, "on "), "each "), "every "))
	if !strings.HasPrefix(strings.ToLower(t), "at ") && !weekdayRe.MatchString(t) {
		t = "at " + t
	}
	if weekdayRe.MatchString(t) {
		t = "on " + t
	}
	return t
}

// weekdayRe finds a day of the week opening a publish time.
var weekdayRe = regexp.MustCompile(`(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b`)

// publishDefault is the pattern's own publish time, said where the statement states none.
const publishDefault = "at 18:00"

// fillPublishTime puts the stated publish time, else the pattern's, into lines that say
// {publish_time}.
func fillPublishTime(lines []string, statement string) []string {
	at := publishTime(statement)
	if at == "" {
		at = publishDefault
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.ReplaceAll(l, "{publish_time}", at)
	}
	return out
}

// rushShare is the part of the places' fills taken in the rush after publishing when the
// statement says only that the popular ones go fast.
const rushShare = 0.5

// rushMinutes is how long the rush after publishing lasts when the statement says "within
// minutes" with no number.
const rushMinutes = 10

// fillPlaces turns a stated count of places into the writes that fill them, for an archetype
// whose load is the filling (Places and PerPlace), and a stated rush after publishing into the
// burst among them.
func fillPlaces(w *conversation.Workload, statement string, p loadProfile, note func(string, ...any)) {
	if p.Places == "" || p.PerPlace <= 0 || p.Write == "" {
		return
	}
	for i, f := range w.Flows {
		if f.Kind != conversation.FlowWrite || f.Source != conversation.Stated || f.Each || f.Burst || lastWord(f.Name) != p.Places {
			continue
		}
		H := conversation.Human
		total := f.Count * p.PerPlace
		fill := conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: total, PerSeconds: f.PerSeconds, Source: conversation.Derived, From: f.From}
		note("%s: %s %ss %s × %s each (assumed) = %s %s; creating the %ss themselves is a small batch beside them",
			p.Write, H(f.Count), p.Places, strings.TrimPrefix(conversation.Period(f.PerSeconds), "every "), H(p.PerPlace), H(total), strings.TrimPrefix(conversation.Period(f.PerSeconds), "every "), p.Places)
		m := fillRushRe.FindStringSubmatch(statement)
		at := publishTime(statement)
		if m == nil || at == "" {
			w.Flows[i] = fill
			return
		}
		secs := rushSeconds(m[1], m[2])
		rush := fill
		rush.Name, rush.Count, rush.PerSeconds = p.Write+" rush", total*rushShare, secs
		rush.Burst, rush.Peak, rush.Recurs = true, true, f.PerSeconds
		fill.Count = total * (1 - rushShare)
		w.Flows[i] = fill
		w.Flows = append(w.Flows, rush)
		note("%s: the popular %ss fill right after they are published (%s: stated); about half of the %s in the first %s after (assumed)",
			rush.Name, p.Places, at, pluralNoun(p.Write), strings.TrimPrefix(conversation.Period(secs), "every "))
		return
	}
}

// rushSeconds reads how long a stated rush lasts: "within 10 minutes", "within minutes" (the
// assumed rushMinutes), "in seconds" (a minute).
func rushSeconds(n, unit string) float64 {
	per := map[string]float64{"seconds": 1, "minute": 60, "minutes": 60, "an hour": 3600, "hours": 3600}[strings.ToLower(unit)]
	if v, err := strconv.ParseFloat(n, 64); err == nil && v > 0 {
		return v * per
	}
	switch per {
	case 1:
		return 60
	case 60:
		return rushMinutes * 60
	}
	return per
}

// rushReads adds the reads of a publish rush, after the day's reads are assumed: those who sign
// up in the rush look at the rota first, and again to see what is left.
func rushReads(w *conversation.Workload, p loadProfile, note func(string, ...any)) {
	if p.ReadWrite <= 0 || p.Read == "" || p.Places == "" {
		return
	}
	for _, f := range w.Flows {
		if f.Name != p.Write+" rush" || !f.Burst {
			continue
		}
		w.Flows = append(w.Flows, conversation.Flow{Name: p.Read + " rush", Kind: conversation.FlowRead, Count: p.ReadWrite, PerSeconds: f.PerSeconds,
			ItemsOf: f.Name, Burst: true, Peak: true, Recurs: f.Recurs, Source: conversation.Assumed})
		note("%s rush: %s per %s (assumed)", p.Read, conversation.Human(p.ReadWrite), strings.TrimSuffix(f.Name, " rush"))
		return
	}
}
