package offline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// A roll call (knowledge/archetypes-attendance.yaml) is two bursts a school day, not a daily
// average: every student is marked in the window after the bell ("teachers take attendance in a
// 10 min window after first bell"), then the absent ones' guardians are told before a deadline
// ("within 15 min of the bell"), one notice per contact ("up to 3 contacts"). Its texts quote
// those figures as {at_marks}, {at_notices}, {at_window} and {at_deadline}.

// rollFigures are what a statement says about its roll call; a zero is unsaid.
type rollFigures struct {
	students, window, deadline, share, contacts float64
	shareText                                   string // "1 in 12", "8%"
	noun                                        string // "students", "kids"
	doubles, flu                                bool
}

var (
	rollWindowRe   = regexp.MustCompile(`(?i)\b(\d+)[- ]?min(?:ute)?s?\)? window\b|\bwindow of (\d+)[- ]?min|\bfirst (\d+)[- ]?min(?:ute)?s?\b`)
	rollDeadlineRe = regexp.MustCompile(`(?i)\bwithin (\d+)[- ]?min(?:ute)?s?\b`)
	rollShareRe    = regexp.MustCompile(`(?i)\b(?:(\d+) in (\d+)|(\d+(?:\.\d+)?) ?%)[^.;]{0,40}\b(?:absent|absence|miss)`)
	rollContactsRe = regexp.MustCompile(`(?i)\bup to (\d+) (?:contacts|phone numbers|numbers|emails|addresses)\b`)
	rollDoublesRe  = regexp.MustCompile(`(?i)\b(?:doubles|double|doubled|twice as many)\b`)
	rollStudentsRe = regexp.MustCompile(`(?i)\b(\d[\d,.]*)\s*(k)?\s+(students|pupils|kids|children|learners)\b`)
)

// readRoll reads a roll call's figures from the statement; people is the workload's count of
// users, for a statement that counts no students, pupils or kids of its own.
func readRoll(problem string, people float64) rollFigures {
	f := rollFigures{students: people, noun: "students"}
	atoi := func(s string) float64 { v, _ := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64); return v }
	if m := rollStudentsRe.FindStringSubmatch(problem); m != nil {
		// "1,200 kids" are who is on the rolls, where the general reading kept them as stored
		// things and guessed people from the clubs.
		f.students, f.noun = atoi(m[1]), strings.ToLower(m[3])
		if m[2] != "" {
			f.students *= 1000
		}
	}
	if m := rollWindowRe.FindStringSubmatch(problem); m != nil {
		f.window = 60 * atoi(m[1]+m[2]+m[3]) // one group matched; the others are empty
	}
	if m := rollDeadlineRe.FindStringSubmatch(problem); m != nil {
		f.deadline = 60 * atoi(m[1])
	}
	if m := rollShareRe.FindStringSubmatch(problem); m != nil {
		if m[1] != "" && atoi(m[2]) > 0 {
			f.share, f.shareText = atoi(m[1])/atoi(m[2]), m[1]+" in "+m[2]
		} else if m[3] != "" {
			f.share, f.shareText = atoi(m[3])/100, m[3]+"%"
		}
	}
	if m := rollContactsRe.FindStringSubmatch(problem); m != nil {
		f.contacts = atoi(m[1])
	}
	f.doubles = rollDoublesRe.MatchString(problem)
	f.flu = strings.Contains(strings.ToLower(problem), "flu")
	return f
}

// minutes says a span in whole minutes: "10 minutes".
func minutes(seconds float64) string {
	if seconds == 60 {
		return "1 minute"
	}
	return fmt.Sprintf("%d minutes", int(math.Round(seconds/60)))
}

// notices is how many notices one day's absences send, with the sum that gives it.
func (f rollFigures) notices() (float64, string) {
	absences := math.Round(f.students * f.share)
	contacts := math.Max(f.contacts, 1)
	total := math.Round(f.students * f.share * contacts)
	sum := fmt.Sprintf("about %s absences (%s of %s %s)", commaInt(absences), f.shareText, conversation.Human(f.students), f.noun)
	if f.contacts > 0 {
		sum += fmt.Sprintf(" × up to %s contacts ≈ %s notices", commaInt(contacts), commaInt(total))
	}
	return total, sum
}

// rollWords renders the {at_*} placeholders from the statement and the workload's people.
func rollWords(problem string, w conversation.Workload, name string) (string, bool) {
	f := readRoll(problem, w.Users)
	switch name {
	case "at_window":
		if f.window > 0 {
			return minutes(f.window), true
		}
		return "a few minutes", true
	case "at_deadline":
		if f.deadline > 0 {
			return minutes(f.deadline), true
		}
		return "a few minutes", true
	case "at_marks":
		return f.marksWords(), true
	case "at_notices":
		return f.noticeWords(), true
	}
	return "", false
}

// marksWords is the marks' burst: "19K marks in the 10 minutes after the bell, about 32 a second".
func (f rollFigures) marksWords() string {
	switch {
	case f.students > 0 && f.window > 0:
		return fmt.Sprintf("%s marks in the %s after the bell, about %s a second", conversation.Human(f.students), minutes(f.window),
			conversation.Human(math.Round(f.students/f.window)))
	case f.students > 0:
		return conversation.Human(f.students) + " marks in the minutes after the bell"
	}
	return "every student's mark in the minutes after the bell"
}

// noticeWords is the notices' burst: how many, between the close and the deadline, and how many
// when absences double.
func (f rollFigures) noticeWords() string {
	if f.students == 0 || f.share == 0 {
		return "a notice to each contact of every absent student, all due at once after the close"
	}
	n, s := f.notices()
	when := " within minutes of the close"
	if f.deadline > f.window && f.window > 0 {
		when = fmt.Sprintf(" in the %s between the close and the deadline", minutes(f.deadline-f.window))
	}
	s += when
	if f.doubles {
		season := "when absences double"
		if f.flu {
			season = "in flu season, when absences double"
		}
		s += fmt.Sprintf(", about %s %s", commaInt(2*n), season)
	}
	return s
}

// rollWindow puts a roll call's marks in the window after the bell, every counted student
// marked once a school day, and adds the notices that follow the close: the daily averages of a
// consumer app (a fifth of users, five writes each) would miss both bursts.
func rollWindow(w *conversation.Workload, statement string, p loadProfile, note func(string, ...any)) {
	if !p.RollCall {
		return
	}
	f := readRoll(statement, w.Users)
	if f.students == 0 {
		return
	}
	w.Users = f.students
	window := f.window
	if window == 0 {
		window = 10 * 60
		note("roll window: 10 minutes after the bell (assumed)")
	}
	dropNotes(w, f, p)
	w.DAU = w.Users
	note("daily active users: all %s %s are on a roll each day", conversation.Human(w.Users), f.noun)
	for i := range w.Flows {
		fl := &w.Flows[i]
		if fl.Kind != conversation.FlowWrite || fl.Source != conversation.Assumed || fl.Name != p.Write {
			continue
		}
		fl.Count, fl.PerSeconds, fl.Each, fl.Burst, fl.Steady = w.Users, window, false, true, false
		note("%s: each of the %s %s marked once in the %s after the bell = %s/s", p.Write, conversation.Human(w.Users), f.noun, minutes(window),
			conversation.Human(math.Round(w.Users/window)))
	}
	if f.share == 0 {
		return
	}
	n, sum := f.notices()
	span := 5 * 60.0
	if f.deadline > window {
		span = f.deadline - window
	}
	w.Flows = append(w.Flows, conversation.Flow{Name: "absence notice", Kind: conversation.FlowWrite, Count: n, PerSeconds: span, Burst: true,
		StoredBytes: 300, Source: conversation.Assumed})
	note("absence notice: %s, sent in the %s before the deadline", sum, minutes(span))
}

// dropNotes removes the notes a roll call's reading replaces: the assumed daily share of the
// students and their daily writes, and the share absent, the contacts and the window that the
// general reading set aside as no load but that size the two bursts here.
func dropNotes(w *conversation.Workload, f rollFigures, p loadProfile) {
	w.Notes = slices.DeleteFunc(w.Notes, func(n string) bool {
		switch {
		case strings.HasPrefix(n, "daily active users:"), strings.HasPrefix(n, "people: "), strings.Contains(n, "which sizes storage, not load"),
			strings.HasPrefix(n, p.Write+": ") && strings.Contains(n, "per user a day"):
			return true
		case f.share > 0 && strings.Contains(n, "read, not used as load"):
			return true
		case f.contacts > 0 && strings.Contains(n, "contacts: a limit, not load"):
			return true
		}
		return f.window > 0 && strings.Contains(n, "a time with no count that falls in it")
	})
}
