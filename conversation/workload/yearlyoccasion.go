package workload

import (
	"regexp"
	"strings"

	"github.com/archbot/archbot/conversation"
)

const monthName = `(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`

// yearlyOccasionRe finds an occasion that comes once a year in a clause: a date ("on 1 March",
// "March 1st"), "once a year", "every year", "annually", or a launch or opening day.
var yearlyOccasionRe = regexp.MustCompile(`(?i)\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthName + `|` + monthName + `\s+\d{1,2}(?:st|nd|rd|th)?)\b|` +
	`\b(?:once\s+a\s+year|(?:every|each)\s+year|annually|yearly|annual|(?:launch|opening|release)\s+day)\b`)

// sentenceEndRe ends a sentence: a stop, a question or an exclamation mark before a space.
var sentenceEndRe = regexp.MustCompile(`[.!?]\s+|[.!?]$`)

// yearlyBursts reads a burst said in the sentence of a yearly occasion, or the one after it
// ("booking opens on 1 March at 9am and ~60k people hit the site in the first hour", "Booking
// opens on 1 March. Last year 60k people …"), as coming once a year: the peak to size for, not
// a rush every day that would make the year's average.
func (r *reader) yearlyBursts(statement string) {
	said := ""
	for _, clause := range sentenceEndRe.Split(statement, -1) {
		if s := yearlyOccasionRe.FindString(clause); s != "" {
			said = s
		} else if said == "" {
			continue
		}
		for i, f := range r.out.Flows {
			if f.Source != conversation.Stated || !f.Burst || f.Recurs > 0 || f.From == "" ||
				!strings.Contains(strings.ToLower(clause), strings.ToLower(firstWords(f.From))) {
				continue
			}
			r.out.Flows[i].Recurs = yearSeconds
			r.note("%s: a burst once a year (%q): stated; the peak to size for, the rest of the year far quieter", f.Name, strings.TrimSpace(said))
		}
		if yearlyOccasionRe.FindString(clause) == "" {
			said = "" // an occasion reaches the sentence after its own, no further
		}
	}
}
