package workload

import (
	"regexp"
	"strings"
)

// activesRe finds people counted by how often they are active, said as a noun: "150M daily
// actives", "2M monthly actives", "40K weekly active".
var activesRe = regexp.MustCompile(`(?i)\b(daily|weekly|monthly)[ -](actives?)\b`)

// weeklyRe finds people counted as active in a week: "800K weekly active users", "2M weekly
// actives", "300K WAU". "Weekly" here says who is counted, not how often anything happens.
var weeklyRe = regexp.MustCompile(`(?i)\bweekly[ -]active(s?)\b|\bWAU(s?)\b`)

// actives says "150M daily actives" as "150M daily active users", so the count is read as the
// active population it is, not a count of something called an "active"; and a weekly active
// count as "wau users", the class the reader knows them by.
func actives(statement string) string {
	statement = weeklyRe.ReplaceAllStringFunc(statement, func(m string) string {
		if strings.HasPrefix(strings.ToLower(m), "weekly") && !strings.HasSuffix(strings.ToLower(m), "s") {
			return "wau" // "weekly active listeners": the noun said is theirs
		}
		return "wau users"
	})
	return activesRe.ReplaceAllString(statement, "$1 active users")
}

// weeklyShare is the part of a week's active users assumed active on a day: a weekly user comes
// on some days of seven, as a monthly one on half of them.
const weeklyShare = 0.5

// activeClass are the classes of people counted by how often they are active: a flow said of
// each of them is per active user, over the day's active users, not over a count of its own.
var activeClass = map[string]bool{"dau": true, "wau": true, "mau": true}

// dailyOfActive sets the day's active users from those counted active in a week (wau) or a month
// (mau), the week's count first: a stated share active each day, else half of them.
func (r *reader) dailyOfActive(wau, mau *mention, share float64) {
	w := &r.out.Workload
	switch {
	case wau != nil:
		w.DAU, wau.used = wau.value*weeklyShare, true
		r.note("%s weekly active %s: stated; half of them active on a day = %s daily (assumed)", human(wau.value), plural(wau.noun), human(w.DAU))
	case share > 0:
		w.DAU, mau.used = mau.value*share, true
		r.note("%s monthly active %s × %s%% active each day = %s daily: stated", human(mau.value), plural(mau.noun), human(share*100), human(w.DAU))
	default:
		w.DAU, mau.used = mau.value/2, true
		r.note("%s monthly active %s: stated; half of them active on a day = %s daily (assumed)", human(mau.value), plural(mau.noun), human(w.DAU))
	}
}

// elidedActiveRe finds a second count of the same people said with its noun left out: "3
// million monthly users, 400,000 daily", "2M registered listeners and 300K weekly". Without the
// noun, "400,000 daily" read as 400,000 things called dailies, and the stated day's users were
// lost to half the monthly ones.
var elidedActiveRe = regexp.MustCompile(`(?i)\b((?:daily|weekly|monthly|registered|active|total)\s+(?:active\s+)?)([a-z]+)\b([^.;:!?]{0,30}?\b\d[\d,.]*\s*(?:k|m|million|thousand|billion|bn)?\s+)(daily|weekly|monthly)\b(\s*(?:[,.;:!?)]|and\b|with\b|$))`)

// elidedActives restores the left-out noun: "…, 400,000 daily users".
func elidedActives(statement string) string {
	return elidedActiveRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := elidedActiveRe.FindStringSubmatch(m)
		if !actorNouns[singular(strings.ToLower(sub[2]))] {
			return m
		}
		return sub[1] + sub[2] + sub[3] + sub[4] + " " + sub[2] + sub[5]
	})
}
