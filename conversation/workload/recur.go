package workload

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// recurringRe finds a time that comes back on the clock: "at the top of each hour", "on the
// hour", "at the start of every day", "at midnight".
var recurringRe = regexp.MustCompile(`(?i)\b(?:at|on)\s+the\s+(?:top|start|turn|stroke|beginning)\s+of\s+(?:each|every|the|an?)\s+(hour|day|week|month)\b|\b(?:on|every)\s+the\s+(hour)\b|\bat\s+(midnight)\b|\b(?:every|each)\s+(hour|day)\s+on\s+the\s+(?:hour|dot)\b`)

// recurUnits is how often each recurring time comes back.
var recurUnits = map[string]float64{"hour": 3600, "day": 86400, "week": 7 * 86400, "month": 30 * 86400, "midnight": 86400}

// recurring reads a rate stated at a time that comes back as a burst of that rate, lasting the
// period it was stated in, once each time the time comes: "30k jobs fire per minute at the top
// of each hour" is 30,000 jobs in a minute, 24 times a day, not 30,000 a minute all day.
func (r *reader) recurring(statement string) {
	for _, clause := range strings.FieldsFunc(statement, func(c rune) bool { return c == '.' || c == ';' }) {
		m := recurringRe.FindStringSubmatch(clause)
		if m == nil {
			continue
		}
		every := recurUnits[strings.ToLower(strings.Join(m[1:], ""))]
		for i, f := range r.out.Flows {
			if f.Source != conversation.Stated || f.Burst || f.Steady || f.PerSeconds <= 0 || f.PerSeconds >= every ||
				f.From == "" || !strings.Contains(strings.ToLower(clause), strings.ToLower(firstWords(f.From))) {
				continue
			}
			f.Burst, f.Peak, f.Recurs = true, true, every
			r.out.Flows[i] = f
			r.note("%s: a burst of %s, once %s (%q): stated", f.Name, strings.TrimPrefix(conversation.Period(f.PerSeconds), "every "),
				conversation.Period(every), strings.TrimSpace(m[0]))
		}
	}
}

// firstWords is the start of a quote, enough to find the clause it came from.
func firstWords(quote string) string {
	f := strings.Fields(quote)
	return strings.Join(f[:min(len(f), 2)], " ")
}

// sitting reads what a crowd that starts together at a clock time does on a schedule as lasting
// only the session they start: "180,000 students all start the same 3 hour exam at 9:00 sharp,
// answers autosave every 30 seconds" saves 6,000 times a second for 3 hours, once, not all day;
// and an exam's sitting comes back as often as the statement says, else about once a year.
func (r *reader) sitting(opening, statement string) {
	if opening == "" {
		return
	}
	span := 0.0
	for _, s := range r.out.Spans {
		if s.Value >= 10*60 && s.Value <= 12*3600 {
			span = s.Value
			break
		}
	}
	if span == 0 {
		return
	}
	every, sat := examRecurs(statement), false
	for i, f := range r.out.Flows {
		if f.Source != conversation.Stated || !f.Steady || !f.Each || f.PerSeconds >= span {
			continue
		}
		f.Steady, f.Burst, f.Peak, f.Lasts = false, true, true, span
		r.out.Flows[i] = f
		if every == 0 {
			r.note("%s: only during the %s session they start together, once a day (assumed)", f.Name, days(span))
			continue
		}
		r.note("%s: only during the %s sitting they start together (assumed)", f.Name, days(span))
		sat = true
	}
	if !sat {
		return
	}
	// The sitting's other rushes (everyone starting, everyone submitting) come back with it.
	for i, f := range r.out.Flows {
		if f.Burst && f.Recurs == 0 {
			r.out.Flows[i].Recurs = every
		}
	}
	r.note("the exam sitting comes once %s (%s)", strings.TrimPrefix(conversation.Period(every), "every "), recursSource(statement))
}

// recursSource says whether the statement gives how often the exam is sat.
func recursSource(statement string) string {
	if examTimesRe.MatchString(statement) {
		return "stated"
	}
	return "assumed"
}

// examRe finds an exam's sitting: a crowd that starts an exam, test or paper together sits it on
// a date in the calendar, not every day.
var examRe = regexp.MustCompile(`(?i)\b(exams?|examinations?|tests?|papers?|assessments?|olympiads?)\b`)

// examTimesRe finds how often the sittings come: "twice a year", "3 times per term".
var examTimesRe = regexp.MustCompile(`(?i)\b(once|twice|three times|four times|(\d+) times) (?:a|per|each) (year|term|semester|month|week)\b`)

var examPeriods = map[string]float64{"year": 365 * 86400, "term": 365 * 86400 / 3, "semester": 365 * 86400 / 2, "month": 30 * 86400, "week": 7 * 86400}

// examRecurs is how often an exam sitting comes back, in seconds: as often as the statement says,
// else about once a year (a national entrance exam, a licensing test); 0 where no exam is sat.
func examRecurs(statement string) float64 {
	if !examRe.MatchString(statement) {
		return 0
	}
	m := examTimesRe.FindStringSubmatch(statement)
	if m == nil {
		return examPeriods["year"]
	}
	n := map[string]float64{"once": 1, "twice": 2, "three times": 3, "four times": 4}[strings.ToLower(m[1])]
	if m[2] != "" {
		n, _ = strconv.ParseFloat(m[2], 64)
	}
	if n <= 0 {
		return examPeriods["year"]
	}
	return examPeriods[strings.ToLower(m[3])] / n
}
