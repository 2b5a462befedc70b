package offline

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A formal ballot (a shareholders' meeting, a union election) is one poll with a hard close, and
// its voters leave it late: most ballots arrive in the final hour or hours before the close. Its
// load is therefore that rush, once a year, not a daily average with a peak factor, and what it
// keeps is the year's ballots, not a day's times 365.

// electorate sets a ballot's voters: its turnout of the register the statement counts, in people
// ("50,000 shareholders") or in the archetype's voting units ("420 units" of a condominium, one
// vote each).
func electorate(w *conversation.Workload, rd workload.Reading, statement string, p loadProfile, note func(string, ...any)) {
	H := conversation.Human
	// "most members vote in the last two hours" restates the rush before the close, which
	// pollFlows sizes from the turnout and that stated window, not the whole register at once.
	w.Flows = slices.DeleteFunc(w.Flows, func(f conversation.Flow) bool {
		rush := f.Kind == conversation.FlowWrite && f.Burst && finalHoursRe.MatchString(f.From)
		if rush {
			w.Notes = slices.DeleteFunc(w.Notes, func(n string) bool { return strings.HasPrefix(n, f.Name+": stated") })
		}
		return rush
	})
	if w.Users == 0 {
		for _, t := range rd.Things {
			if slices.Contains(p.SenderNouns, t.Noun) {
				w.Users = t.Value
				note("register: the %s %s, one entry each (stated)", H(t.Value), pluralNoun(t.Noun))
				break
			}
		}
	}
	if m := votingUnitRe.FindStringSubmatch(statement); m != nil {
		// The reader counts people and devices, not a building's units: "(420 units)". The
		// register is the larger count: "1,800 homes … elect three board members" votes 1,800.
		if n, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64); err == nil && n > max(w.Users, 1) {
			w.Users = n
			unused := workload.NotLoad(n, strings.TrimSuffix(strings.ToLower(m[2]), "s"))
			w.Notes = slices.DeleteFunc(w.Notes, func(s string) bool { return s == unused })
			note("register: the %s %s, one entry each (stated)", H(n), strings.ToLower(m[2]))
		}
	}
	if w.Users == 0 {
		return
	}
	w.DAU = w.Users * p.Turnout
	note("voters: %s%% of the %s on the register vote, all in the one poll = %s (assumed turnout)", H(p.Turnout*100), H(w.Users), H(w.DAU))
}

// votingUnitRe finds a count of the units that carry a vote in a building or an estate.
var votingUnitRe = regexp.MustCompile(`(?i)\b(\d[\d,]*)\s+(?:residential\s+|strata\s+)?(units|apartments|flats|lots|households|homes|condos|condominiums)\b`)

// finalHoursRe finds how long the rush before a close lasts where the statement says: "most vote
// in the final hour", "in the last two hours", "the last 30 minutes before the poll closes".
var finalHoursRe = regexp.MustCompile(`(?i)\b(?:final|last)\s+(?:(\d+|one|two|three|four|few|couple of)\s+)?(hours?|minutes?)\b`)

var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "few": 3, "couple of": 2}

// closeRushShare is the share of a poll's ballots cast in its rush before the close: most, as
// turnout reports of shareholder and member ballots show.
const closeRushShare = 0.6

// pollOpenDays is how long a formal poll is open before its rush: the notice period during which
// early ballots and proxies trickle in.
const pollOpenDays = 14

// closeRushSeconds reads the rush's length from the statement, else the final hour, and
// whether the statement said it.
func closeRushSeconds(statement string) (float64, bool) {
	m := finalHoursRe.FindStringSubmatch(statement)
	if m == nil {
		return 3600, false
	}
	n := 1.0
	if v, ok := numberWords[strings.ToLower(m[1])]; ok {
		n = v
	} else if v, err := strconv.ParseFloat(m[1], 64); err == nil && v > 0 {
		n = v
	}
	if strings.HasPrefix(strings.ToLower(m[2]), "minute") {
		return n * 60, true
	}
	return n * 3600, true
}

// pollFlows sizes a formal ballot's once-a-year poll: its voters (the turnout) cast writes
// ballots each, closeRushShare of them in the rush before the close and the rest over the
// weeks before it, and read the ballot reads times each.
func pollFlows(w *conversation.Workload, statement string, p loadProfile, writes, reads float64, note func(string, ...any)) {
	H := conversation.Human
	year := 365.0 * 86400
	total := w.DAU * writes
	rush, stated := closeRushSeconds(statement)
	window := "assumed"
	if stated {
		window = "the window stated, the share assumed"
	}
	span := "final hour"
	if rush != 3600 {
		span = "final " + strings.TrimPrefix(conversation.Period(rush), "every ")
	}
	w.Flows = append(w.Flows,
		conversation.Flow{Name: p.Write + " before the close", Kind: conversation.FlowWrite, Count: total * closeRushShare, PerSeconds: rush,
			Burst: true, Peak: true, Recurs: year, Source: conversation.Assumed},
		conversation.Flow{Name: p.Write + " earlier", Kind: conversation.FlowWrite, Count: total * (1 - closeRushShare), PerSeconds: pollOpenDays * 86400,
			Burst: true, Peak: true, Recurs: year, Source: conversation.Assumed})
	note("%s: %s per voter = %s in the poll, once a year (assumed)", p.Write, H(writes), H(total))
	note("%s before the close: %s%% of them in the %s before it closes (%s), the rest over the %s days it is open before", p.Write, H(closeRushShare*100), span, window, H(pollOpenDays))
	if reads > 0 {
		for _, f := range w.Flows[len(w.Flows)-2:] {
			w.Flows = append(w.Flows, conversation.Flow{Name: p.Read + strings.TrimPrefix(f.Name, p.Write), Kind: conversation.FlowRead, Count: reads / writes,
				PerSeconds: f.PerSeconds, ItemsOf: f.Name, Burst: true, Peak: true, Recurs: year, Source: conversation.Assumed})
		}
		note("%s: %s per %s (assumed)", p.Read, H(reads/writes), p.Write)
	}
}
