package workload

import (
	"regexp"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// everyPeriodRe finds something done to every stretch of time rather than by someone: "every
// broadcast hour is recorded", "each night the bed census is exported", "every shift's
// handover is signed". What the clause names is done once a stretch for each source counted.
var everyPeriodRe = regexp.MustCompile(`(?i)\b(?:every|each)\s+(?:([a-z]+)\s+)?(hour|night|evening|morning|day|week|shift)(?:'s)?\b[^.;]{0,60}?\b(?:is|are|gets|get|will\s+be|must\s+be|should\s+be|has\s+to\s+be|needs\s+to\s+be)\s+(?:then\s+|also\s+|automatically\s+)?((?:[a-z]+-)?[a-z]+ed)\b`)

// shiftsADayRe finds how many shifts a day are worked: "three shifts a day", "2 shifts per day".
var shiftsADayRe = regexp.MustCompile(`(?i)\b(\d+|two|three|four)\s+shifts\s+(?:a|per|each)\s+day\b`)

// stretchSeconds are the stretches such a clause is said of, in seconds.
var stretchSeconds = map[string]float64{"hour": 3600, "night": 86400, "evening": 86400, "morning": 86400, "day": 86400, "week": 7 * 86400}

// everyPeriod reads "25 local radio stations … every broadcast hour is recorded and published"
// as 25 recordings an hour, 600 a day: a stretch said of counted sources recurs at each of them,
// not once. It reads only where no stated write took the statement's load and a count of
// sources (stations, plants, stores) was left over.
func (r *reader) everyPeriod(statement string) {
	if len(r.out.Things) == 0 || r.statedWrites() {
		return
	}
	sub := everyPeriodRe.FindStringSubmatch(statement)
	if sub == nil {
		return
	}
	qual, stretch := strings.ToLower(sub[1]), strings.ToLower(sub[2])
	per := stretchSeconds[stretch]
	if stretch == "shift" {
		n := shiftsADayRe.FindStringSubmatch(statement)
		if n == nil {
			return // how long a shift is is not said
		}
		per = 86400 / numberWord(n[1])
	}
	src := r.out.Things[0]
	for _, t := range r.out.Things[1:] {
		if t.Value > src.Value {
			src = t
		}
	}
	if qual == "single" || qual == "other" || qual == "one" || qual == "of" {
		qual = ""
	}
	name := strings.TrimSpace(qual + " " + stretch)
	if qual == "" {
		name = map[string]string{"hour": "hourly", "night": "nightly", "day": "daily", "week": "weekly"}[stretch]
		name = orWord(name, stretch) + " batch"
	}
	f := conversation.Flow{Name: name, Kind: conversation.FlowWrite, Count: 1, PerSeconds: per, Each: true,
		Actors: src.Value, ActorNoun: plural(src.Noun), Steady: true, Source: conversation.Stated, From: sub[0]}
	f = uniqueName(r.out.Flows, f)
	r.out.Flows = append(r.out.Flows, f)
	r.note("%s: stated (%s %s × 1 %s: %q is said of each of them)", f.Name, human(src.Value), plural(src.Noun), conversation.Period(per), strings.TrimSpace(sub[0]))
}

// statedWrites reports a stated write among the flows read so far.
func (r *reader) statedWrites() bool {
	for _, f := range r.out.Flows {
		if f.Kind == conversation.FlowWrite && f.Source == conversation.Stated {
			return true
		}
	}
	return false
}

// numberWord reads a small count in digits or words: "3", "three".
func numberWord(s string) float64 {
	if v := wordNumbers[strings.ToLower(s)]; v > 0 {
		return v
	}
	v := 0.0
	for _, c := range s {
		v = v*10 + float64(c-'0')
	}
	return v
}
