package workload

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// dutyNouns are the stretches of a day a vehicle or a machine is out working: what it reports
// on a clock only while it lasts ("during its 10-hour shift").
var dutyNouns = set(`shift run route round workday operation`)

// onDuty reads how long a day machines on a clock report, where the statement gives it: "each
// van reports GPS every 30 seconds during its 10-hour shift", "every 30 s, about 8 hours of
// driving a day". A window of clock times ("the 7-9am peak") says when
// the people's load bunches, not when the machines run: it is not read here. The rate stated is the rate while they work, so it is
// the peak; the day's average is that rate for those hours only, not the rate all day long.
func (r *reader) onDuty() {
	for i, f := range r.out.Flows {
		if f.Source != conversation.Stated || !f.Each || f.Actors == 0 || f.Burst {
			continue
		}
		machines := f.Steady && thingNouns[singular(f.ActorNoun)]
		// People who act every few minutes or more often ("twice a minute", "every 20 seconds")
		// do it at work, not around the clock.
		atWork := !machines && personNoun(singular(f.ActorNoun)) && f.PerSeconds/math.Max(f.Count, 1) <= 600
		open := r.opened[singular(f.ActorNoun)] && r.sending > 0
		if !machines && !atWork && !open {
			continue
		}
		hours, said := r.dutyHours(f.ActorNoun)
		assumed := false
		if hours == 0 && atWork && r.whileWorking() {
			hours, said, assumed = workingDay, "while they work", true
		}
		if hours == 0 && r.sending > 0 {
			hours, said = r.sending*3600, r.sendingSaid // "every 10 seconds during the runs, 6:30-8:30 am and 2:30-4:30 pm"
		}
		if hours == 0 || f.PerSeconds >= hours {
			continue
		}
		// Still Steady inside the stretch (a sender on a clock); the burst says it lasts only
		// those hours, once a day.
		f.Burst, f.Peak, f.Lasts, f.Recurs = true, true, hours, 86400
		r.out.Flows[i] = f
		how := "stated"
		if assumed {
			how = "a working day assumed"
		}
		works := "work"
		if r.opened[singular(f.ActorNoun)] {
			works = "are open"
		}
		r.note("%s: only while the %s %s, %s a day (%q): %s, so the day's average is %s of the rate stated",
			f.Name, f.ActorNoun, works, days(hours), said, how, strconv.FormatFloat(math.Round(hours/864), 'f', -1, 64)+"%")
	}
}

// dutyHours is how long a day the machines named work, in seconds, and the words that say it: a
// stated time a day in a sentence that names them ("8 hours of driving a day") or the length of
// their shift or run; 0 where the statement gives none.
func (r *reader) dutyHours(noun string) (float64, string) {
	names := func(m *mention) bool {
		return slices.ContainsFunc(r.sents[m.sent], func(w string) bool { return singular(w) == singular(noun) })
	}
	for _, m := range r.ms {
		if m.value < 3600 || m.value > 20*3600 || !names(m) {
			continue
		}
		if m.kind == mDaily && !m.used || m.span && dutyNouns[m.noun] {
			m.used = true
			if m.span && !strings.Contains(m.quote, m.noun) {
				return m.value, m.quote + " " + m.noun // "10-hour shift"
			}
			return m.value, m.quote
		}
	}
	return 0, ""
}

// workingDay is how long people at work act on a clock where the statement says only that they
// do it while working.
const workingDay = 8 * 3600

// whileWorking reports a statement that says its people act while they work: "while they
// work", "during working hours", "at work".
func (r *reader) whileWorking() bool {
	for _, toks := range r.sents {
		for j, w := range toks {
			switch {
			case w == "while" && (word(toks, j+2) == "work" || word(toks, j+2) == "working" || word(toks, j+1) == "working"),
				w == "working" && (word(toks, j+1) == "hours" || word(toks, j+1) == "day"),
				w == "business" && word(toks, j+1) == "hours",
				w == "office" && word(toks, j+1) == "hours":
				return true
			}
		}
	}
	return false
}
