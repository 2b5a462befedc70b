package workload

import (
	"math"
	"regexp"
	"slices"
	"strings"
)

// Periods said with a word of the trade rather than a bare clock unit: "each harvest week", "per
// school day", "a season", "every sailing". Each says how often the count before it comes, so the
// count is a rate; read as a bare count, it became what the system keeps.

// qualifiedPeriodRe finds a clock period narrowed to some of them: "each harvest week", "per
// school day", "every trading day", "a working week".
var qualifiedPeriodRe = regexp.MustCompile(`(?i)\b(a|an|per|each|every)\s+([a-z]+)\s+(day|week|month|night|fortnight|term|semester|season)\b`)

// namedPeriods say which period rather than what kind: "on match day", "every other week",
// "a typical day" are read where they are said.
var namedPeriods = set(`other second third fourth alternate single given new next last first final same whole entire full half`)

// qualifiedPeriods says "each harvest week" as "each week": within such a week the count comes
// at that rate, which is the rate to size for (the weeks outside it are quieter, not busier).
func qualifiedPeriods(statement string) (string, []string) {
	var notes []string
	var b strings.Builder
	last := 0
	for _, loc := range qualifiedPeriodRe.FindAllStringSubmatchIndex(statement, -1) {
		sub := func(k int) string { return statement[loc[2*k]:loc[2*k+1]] }
		mod := strings.ToLower(sub(2))
		if stopWords[mod] || wordNumbers[mod] > 0 || namedPeriods[mod] || periodAdjectives[mod] || eventNouns[mod] || busyDays[mod] ||
			partsOfDay[mod] || seasons[mod] || calendarPeriods[mod] > 0 || timeUnits[mod] > 0 ||
			strings.HasSuffix(mod, "ly") || !countedBefore(statement[:loc[0]]) {
			continue // "every Tuesday night"; "each shooting day produces 4 TB" is the subject, periodSubject's
		}
		said, unit := strings.ToLower(sub(0)), strings.ToLower(sub(3))
		notes = append(notes, "“"+said+"” read as "+strings.ToLower(sub(1))+" "+unit+": the rate within such a "+unit+", the one to size for")
		b.WriteString(statement[last:loc[0]] + sub(1) + " " + sub(3))
		last = loc[1]
	}
	b.WriteString(statement[last:])
	return b.String(), notes
}

// countedBefore reports a figure in the clause that ends the text: the period after it is that
// figure's.
func countedBefore(text string) bool {
	clause := text[strings.LastIndexAny(text, ".;:!?")+1:]
	words := strings.Fields(clause)
	for _, w := range words[max(len(words)-8, 0):] {
		if isNumberStart(w) || wordNumbers[strings.ToLower(w)] > 1 {
			return true
		}
	}
	return false
}

// seasonalPeriodRe finds a count said once a season of the trade: "60,000 lift passes per season",
// "3,000 barrels every vintage", "a harvest". Such a season comes once a year and holds all of
// the year's load.
var seasonalPeriodRe = regexp.MustCompile(`(?i)\b(a|per|each|every)\s+(season|harvest|vintage|crop)\b`)

// seasonalPeriods says such a period as "each year" and returns the season's peak over the
// year's average: the season is taken as a quarter of the year, as a named one is (seasonPeak).
func seasonalPeriods(statement string) (string, float64, string) {
	loc := seasonalPeriodRe.FindStringSubmatchIndex(statement)
	if loc == nil {
		return statement, 0, ""
	}
	said := strings.ToLower(statement[loc[0]:loc[1]])
	out := seasonalPeriodRe.ReplaceAllString(statement, "each year")
	share, how := dayShare(statement, loc[0], loc[1])
	factor := math.Round(share*4*10) / 10
	if factor <= 1 {
		return out, 0, ""
	}
	if f, _ := multiplies(statement); f > 0 {
		return out, 0, "" // "three times as many in December": the stated peak is the season's busiest
	}
	return out, factor, "season: “" + said + "” read as once a year, " + shareWords(share) + " of it in a season taken as a quarter of the year" + how +
		", so that season runs at " + human(factor) + " × the year's average (assumed)"
}

// occasionEvents are what a count can be said for each of, with how many of them come a week
// where the statement does not say: a ferry sails a couple of times a day, a club plays once a
// week in season.
var occasionEvents = map[string]float64{"sailing": 14, "crossing": 14, "departure": 14, "flight": 7, "voyage": 1, "concert": 1,
	"match": 1, "game": 1, "fixture": 1, "race": 1, "performance": 7, "show": 7, "screening": 7}

// perOccasion reads a count done for each of some events whose schedule the statement does not
// give: "scans 900 boarding passes every sailing", "sells 1,200 tickets per performance". The
// count comes again with every event, so it is a rate of the events' assumed schedule; read
// alone, it was a limit or a count the system keeps. A schedule stated ("12 crossings a day") is
// nestInEvents' to read.
func (r *reader) perOccasion() {
	for _, n := range r.ms {
		if !countable(n) || n.value < 2 || n.pos == 0 {
			continue
		}
		toks := r.sents[n.sent]
		k := n.end
		if w := word(toks, k); w != "per" && w != "each" && w != "every" {
			continue
		}
		event := singular(word(toks, k+1))
		perWeek, known := occasionEvents[event]
		if !known || event == n.noun || r.scheduled(event) || !doneBy(toks, n.pos) {
			continue // "11 players per match" counts a side, not something done; a verb says it is done
		}
		each := n.value
		n.kind, n.limit, n.class, n.nested = mEvents, false, "", true
		n.value, n.per, n.end = each*perWeek, 7*86400, k+2
		if n.name == "" {
			n.name = n.noun
		}
		r.kindOf(toks, n, n.pos)
		r.note("%s %s for each %s × %s a week (assumed) = %s %s a week", human(each), plural(n.noun), event, counted(perWeek, event), human(n.value), plural(n.noun))
	}
}

// scheduled reports events of noun counted with a period anywhere in the statement: their
// schedule is stated, and what is done at each of them is multiplied by it where it is read.
func (r *reader) scheduled(noun string) bool {
	return slices.ContainsFunc(r.ms, func(m *mention) bool { return m.noun == noun && m.per > 0 })
}

// bookedFor reads a write done for each of the things counted at toks[start] and names it in
// m.name: "book deck space for 300 trucks", "reserve slots for 40 lorries". The verb and what it
// books stand within a few words before "for".
func bookedFor(toks []string, start int, m *mention) bool {
	if word(toks, start-1) != "for" {
		return false
	}
	for j := start - 2; j >= 0 && j >= start-6; j-- {
		if toks[j] == "," || toks[j] == ";" || isNumberStart(toks[j]) {
			return false
		}
		v := verbAt(toks, j)
		if v == "" || !writeVerbs[v] || neutralVerbs[v] {
			continue
		}
		var object []string
		for _, w := range toks[j+1 : start-1] {
			if !stopWords[w] && isWord(w) {
				object = append(object, w)
			}
		}
		if len(object) == 0 {
			return false
		}
		object[len(object)-1] = singular(object[len(object)-1])
		m.name, m.verb = flowName(v, strings.Join(object, " ")), v
		return true
	}
	return false
}

// doneBy reports a verb just before the count at toks[pos], with or without its particle:
// "scans 900 passes", "checks in 300 bags".
func doneBy(toks []string, pos int) bool {
	if verbStem(word(toks, pos-1)) != "" {
		return true
	}
	switch word(toks, pos-1) {
	case "in", "out", "up", "off", "on":
		return verbStem(word(toks, pos-2)) != ""
	}
	return false
}

// spreadAcross reports a count of where the load is spread, at toks[pos]: "checks for 12,000
// mice across 6 rooms", "shared among 40 clinics". The period said for the sentence is the
// load's, not a rate of rooms.
// Things counted there that each do the act ("nightly ETL across 3,000 pipelines") take it.
func spreadAcross(toks []string, pos int) bool {
	switch word(toks, pos-1) {
	case "across", "among", "amongst", "between", "spanning":
	default:
		return false
	}
	_, _, next, _ := number(toks, pos)
	n := singular(word(toks, next))
	return placeNouns[n] || orgNouns[n] || unitNouns[n] || spreadPlaces[n]
}

// spreadPlaces are where a load is spread: the rooms, wards and lines work is done in.
var spreadPlaces = set(`room ward floor building line route region zone depot farm field shed barn yard dock wing lab
laboratory kitchen centre center hub warehouse terminal`)

// doneActs are what is done for or on each of a counted group, named before it.
var doneActs = set(`check inspection test exam examination assessment review visit screening`)

// actDoneFor names the act said just before a count it is done for or on: "daily health checks
// for 12,000 mice" is a health check, "welfare checks on 2,000 animals" a welfare check; "" when
// none stands there.
func actDoneFor(toks []string, pos int) string {
	if w := word(toks, pos-1); w != "for" && w != "on" && w != "of" {
		return ""
	}
	act := singular(word(toks, pos-2))
	if !doneActs[act] {
		return ""
	}
	if mod := word(toks, pos-3); isWord(mod) && !stopWords[mod] && rateAdverbs[mod] == 0 && habitAdjectives[mod] == 0 && verbStem(mod) == "" {
		return mod + " " + act
	}
	return act
}
