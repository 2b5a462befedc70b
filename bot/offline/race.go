package offline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A mass-participation race (a marathon, a sportive, a fun run) is timed once, on its day: each
// participant's chip is read several times at each timing point, and nearly all of it falls in
// the few hours between the first wave's start and the mass finish. Its load is therefore
// participants × timing points × reads a crossing in those hours, once a year, not a daily
// average of a fifth of the participants; and its readers (families following bibs, the public
// results) come in the same hours.

// raceLoad is how a race archetype sizes its day.
type raceLoad struct {
	// Points are the timing points to assume (start, splits, finish) where the statement counts
	// none, and PointNouns the nouns it counts them by ("8 checkpoints", "5 timing points").
	Points     float64  `yaml:"points"`
	PointNouns []string `yaml:"point_nouns"`
	// NamedPoints are the timing points a race the statement names by these words has where it
	// counts none: a pigeon is read when it is basketed and when it lands at its loft.
	NamedPoints map[string]float64 `yaml:"named_points"`
	// ReadsPerCrossing is how many raw reads of one chip a mat's antennas make as it crosses.
	ReadsPerCrossing float64 `yaml:"reads_per_crossing"`
	// Hours is how long the reads run, from the first wave's start to the mass finish, and Long
	// how long a race the statement names by these words lasts to its cut-off (an ultra-trail's
	// field is out for a day and a night, an Ironman's for 17 hours).
	Hours float64            `yaml:"hours"`
	Long  map[string]float64 `yaml:"long"`
	// ViewsPerParticipant is the tracking and results page views each participant draws in the
	// same hours, from their followers and the public.
	ViewsPerParticipant float64 `yaml:"views_per_participant"`
	// Words are the race's words by placeholder as a road race says them ({rt_entrant}:
	// participant), and Competitions the words of the other timed competitions (racewords.go).
	Words        map[string]string `yaml:"words"`
	Competitions []raceCompetition `yaml:"competitions"`
	// FinisherParts are the components (by id) and entities (by name) only a person who finishes
	// a course needs, left out of a race of boats or birds.
	FinisherParts []string `yaml:"finisher_parts"`
}

// raceFlows sizes a race's day: the chip reads at its timing points and the views of its results,
// both in the race's hours, once a year. It reports false where the statement counts neither the
// participants nor anything the archetype's senders are, so the usual sizing applies.
func raceFlows(w *conversation.Workload, rd workload.Reading, statement string, p loadProfile, note func(string, ...any)) bool {
	r := p.Race
	H := conversation.Human
	field, noun := raceField(*w, rd, p)
	// Boats, crews or pigeons, as the statement calls what races, where it counts none by name.
	entrant := orDefault(p.Thing, "participant")
	if said, ok := raceWords(statement, "rt_entrant"); ok && noun == entrant {
		noun = said
	}
	if field == 0 {
		field, noun = p.ThingsAlone, entrant
		if said, ok := raceWords(statement, "rt_entrant"); ok {
			noun = said
		}
		note("%s: none counted, about %s assumed", pluralNoun(noun), H(field))
	}
	// The participants all race: the day's people are the field, not a fifth of it.
	w.Notes = slices.DeleteFunc(w.Notes, func(n string) bool { return strings.HasPrefix(n, "daily active users: ") })
	w.DAU = field
	points, how := r.Points, "assumed: start, splits and finish"
	for words, n := range r.NamedPoints {
		if namesPhrase(strings.ToLower(statement), words) {
			points, how = n, "assumed for a "+words+" race"
		}
	}
	every, course := splitLengths(statement)
	if every > 0 && course > every {
		// "500 m splits on a 2,000 m course": a mark every 500 m to the finish, and the start.
		points, how = math.Floor(course/every)+1, fmt.Sprintf("stated: a split every %s m over %s m, and the start", H(every), H(course))
	}
	for _, c := range slices.Concat(rd.Counted, rd.Things, rd.Kept) {
		if every > 0 && (c.Value == every || c.Value == course) {
			// The figure before "m splits" is how far apart they are, not how many, and the
			// course's is its length.
			w.Notes = slices.DeleteFunc(w.Notes, func(n string) bool { return n == workload.NotLoad(c.Value, c.Noun) })
			continue
		}
		if slices.Contains(r.PointNouns, c.Noun) {
			points, how = c.Value, "stated"
			w.Notes = slices.DeleteFunc(w.Notes, func(n string) bool { return n == workload.NotLoad(c.Value, c.Noun) })
			break
		}
	}
	if points == r.Points && singlePointRe.MatchString(statement) {
		// "a single finish mat": the gun starts everyone, and the finish is the one read.
		points, how = 1, "stated"
	}
	hours, span := r.Hours, "from the first start to the mass finish"
	low := strings.ToLower(statement)
	for words, h := range r.Long {
		// The longest race named decides, whatever order the map gives.
		if h > hours && namesPhrase(low, words) {
			hours, span = h, "from the start to the cut-off"
		}
	}
	year, window := 365.0*86400, hours*3600
	reads := field * points * r.ReadsPerCrossing
	// The race's hours are a stretch that comes once a year, not a burst averaged over it: its
	// rates are those of the day it runs (the mass finish bunching above them), its storage the
	// year's. Spread over a year, 360,000 reads in 4 hours would read as 41 an hour.
	w.Flows = append(w.Flows,
		conversation.Flow{Name: p.Write, Kind: conversation.FlowWrite, Count: reads, PerSeconds: window, Recurs: year, Source: conversation.Assumed},
		conversation.Flow{Name: p.Read, Kind: conversation.FlowRead, Count: field * r.ViewsPerParticipant, PerSeconds: window, Recurs: year, Source: conversation.Assumed})
	note("timing points: %s (%s)", H(points), how)
	pts := "timing points"
	if points == 1 {
		pts = "timing point"
	}
	note("%s: %s %s × %s %s × %s reads a crossing (several antennas, several reads each) = %s, in the %s hours %s, once a year (assumed)",
		p.Write, H(field), pluralNoun(noun), H(points), pts, H(r.ReadsPerCrossing), H(reads), H(hours), span)
	note("%s: %s for each of the %s in the same hours, from their followers and the public results (assumed)", p.Read, H(r.ViewsPerParticipant), pluralNoun(noun))
	if w.PeakFactor == 0 {
		// Within the race's hours the finish bunches: the winners' and the mass finish bring
		// most readers, and most crossings of the last mats, into part of those hours.
		w.PeakFactor = 2
		note("peak-to-average factor 2 (assumed): the mass finish within the race's hours")
	}
	return true
}

// splitEveryRe finds splits said by how far apart they are ("500 m splits", "1 km splits"), and
// courseRe the length of the course they divide ("a 2,000 m course", "over 10 km").
var (
	splitEveryRe = regexp.MustCompile(`(?i)\b(\d[\d,]*(?:\.\d+)?)\s*(km|m|kilomet(?:re|er)s?|met(?:re|er)s?)\s+(?:splits?|intervals?|marks?|markers?|sections?)\b`)
	courseRe     = regexp.MustCompile(`(?i)\b(\d[\d,]*(?:\.\d+)?)\s*(km|m|kilomet(?:re|er)s?|met(?:re|er)s?)\s+(?:courses?|races?|distances?|routes?|tracks?)\b|\b(?:over|races?|rows?|across)\s+(\d[\d,]*(?:\.\d+)?)\s*(km|m|kilomet(?:re|er)s?|met(?:re|er)s?)\b`)
)

// splitLengths is how far apart the statement's splits are and how long its course is, in metres
// (0 where it says neither).
func splitLengths(statement string) (every, course float64) {
	metres := func(num, unit string) float64 {
		v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
		if err != nil {
			return 0
		}
		if u := strings.ToLower(unit); u == "km" || strings.HasPrefix(u, "kilo") {
			return v * 1000
		}
		return v
	}
	if m := splitEveryRe.FindStringSubmatch(statement); m != nil {
		every = metres(m[1], m[2])
	}
	if m := courseRe.FindStringSubmatch(statement); m != nil {
		if m[1] != "" {
			course = metres(m[1], m[2])
		} else {
			course = metres(m[3], m[4])
		}
	}
	return every, course
}

// singlePointRe finds a race timed at one point only: "a single finish mat", "just one timing mat".
var singlePointRe = regexp.MustCompile(`(?i)\b(?:a single|one|only one|just one|only a|just a)\s+(?:finish(?:ing)?[- ]line\s+|finish\s+)?(?:timing\s+)?(?:mat|timing point|reader|checkpoint)\b`)

// raceField is the number of participants the statement counts, as people or as the
// archetype's own senders ("10,000 riders", "3,000 entrants"), with their noun.
func raceField(w conversation.Workload, rd workload.Reading, p loadProfile) (float64, string) {
	for _, t := range slices.Concat(rd.Things, rd.Counted, rd.Kept) {
		if t.Noun == p.Thing || slices.Contains(p.SenderNouns, t.Noun) {
			return t.Value, t.Noun
		}
	}
	if w.Users > 0 {
		// "40,000 runners" were read as people: their noun is in the note that says so.
		noun := orDefault(p.Thing, "participant")
		for _, n := range w.Notes {
			v, rest, _ := strings.Cut(n, " ")
			if said, ok := strings.CutSuffix(rest, ": stated"); ok && v == conversation.Human(w.Users) && !strings.Contains(said, " ") {
				noun = singularNoun(said)
				break
			}
		}
		return w.Users, noun
	}
	return 0, ""
}
