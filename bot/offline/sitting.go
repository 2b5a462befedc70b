package offline

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// An exam's saves run only while its sitting does: "30,000 students sit exams in the same
// two-hour window twice a year, answers autosave every 20 seconds" is 1,500 saves a second for
// those two hours, twice a year, not 1,500 a second all year round. And an exam keeps every save
// for appeals (its AnswerSave history), so an autosave does not replace the last one there.

// sittingRecursRe finds how often the sittings come: "twice a year", "three times a term".
var sittingRecursRe = regexp.MustCompile(`(?i)\b(once|twice|three times|four times|(\d+) times) (?:a|per|each) (year|term|semester|month|week)\b`)

// sittingHoursRe finds a sitting's length in hours: "a 2-hour window", "a three-hour paper".
var sittingHoursRe = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?|two|three|four|five)[- ]hours?\b`)

var sittingPeriods = map[string]float64{"year": 365 * 86400, "term": 365 * 86400 / 3, "semester": 365 * 86400 / 2, "month": 30 * 86400, "week": 7 * 86400}

// sittingRecurs is how often a sitting comes back, in seconds, or 0 when the statement does not
// say (sittingWindow then assumes once a year).
func sittingRecurs(statement string) float64 {
	m := sittingRecursRe.FindStringSubmatch(statement)
	if m == nil {
		return 0
	}
	n := map[string]float64{"once": 1, "twice": 2, "three times": 3, "four times": 4}[strings.ToLower(m[1])]
	if m[2] != "" {
		n, _ = strconv.ParseFloat(m[2], 64)
	}
	if n <= 0 {
		return 0
	}
	return sittingPeriods[strings.ToLower(m[3])] / n
}

// sittingWindow puts a one-sitting archetype's stated periodic writes (autosaves every 20 s)
// inside the sitting's window (the stated burst, else the stated length of the exam, else two
// hours) and keeps their history, has everyone load the paper in its first minute, and has the
// sittings recur as often as the statement says.
func sittingWindow(w *conversation.Workload, rd workload.Reading, statement string, p loadProfile, note func(string, ...any)) {
	if !p.OneSitting {
		return
	}
	window := 0.0
	for _, f := range w.Flows {
		if f.Kind == conversation.FlowWrite && f.Burst && f.Source == conversation.Stated {
			window = cmp.Or(f.Lasts, f.PerSeconds)
			break
		}
	}
	for _, s := range rd.Spans {
		if window == 0 && s.Value >= 1800 && s.Value <= 12*3600 {
			window = s.Value // "a four-hour assessment"
		}
	}
	if m := sittingHoursRe.FindStringSubmatch(statement); window == 0 && m != nil {
		h, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			h = smallNumbers[strings.ToLower(m[1])]
		}
		window = h * 3600 // "within a 2-hour window", "a three-hour paper" (smallNumbers: dispatch.go)
	}
	if window == 0 {
		window = 2 * 3600 // the archetype's usual sitting, as its load assumes
		note("sitting: 2 h (assumed)")
	}
	recurs := sittingRecurs(statement)
	if recurs == 0 {
		// An exam is sat on a date in the calendar, not every day: a national entrance exam or
		// a certification sitting with no stated recurrence comes back about once a year.
		recurs = sittingPeriods["year"]
		note("sittings: about once a year (assumed)")
	}
	sitting := cmp.Or(w.Concurrent, w.Users, w.DAU)
	for i := range w.Flows {
		f := &w.Flows[i]
		if f.Kind == conversation.FlowRead && f.Source == conversation.Assumed && f.Name == p.Read && sitting > 0 {
			// Everyone opens the paper at the start: the sitting in its first minute, not a
			// few loads a day per user.
			f.Count, f.PerSeconds, f.Each, f.Actors, f.Steady, f.Burst, f.Recurs = sitting, 60, false, 0, false, true, recurs
			w.Notes = slices.DeleteFunc(w.Notes, func(n string) bool { return strings.HasPrefix(n, f.Name+": ") && strings.Contains(n, "per user a day") })
			note("%s: all %s open the paper in the sitting's first minute (assumed)", f.Name, conversation.Human(sitting))
			continue
		}
		if f.Kind != conversation.FlowWrite || f.Source != conversation.Stated {
			continue
		}
		switch {
		case f.Steady && f.PerSeconds < window:
			f.Steady, f.Burst, f.Lasts, f.Recurs, f.Overwrites = false, true, window, recurs, false
			note("%s: only during the sitting (%s), each save kept for appeals", f.Name, strings.TrimPrefix(conversation.Period(window), "every "))
		case f.Burst && f.Recurs == 0:
			f.Recurs = recurs
		}
	}
}
