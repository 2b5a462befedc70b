package workload

import (
	"strings"
)

// Capacity is what a place holds, counted as its size: "a 1,400-space car park", "a hospital
// with 600 beds". A size is not load; the load follows from how often each unit turns over,
// which the statement does not say, so the turnover here is an assumption the designer names.
type Capacity struct {
	Value float64 // how many units: 1,400
	Unit  string  // singular: "space"
	Place string  // what holds them, when said: "car park"
	// PerDay is how many events one unit sees a day (assumed): a space's 3 cars a day, each an
	// entry and an exit, is 6; Event names them and Why says the assumption in words.
	PerDay float64
	Event  string
	Why    string
}

// turnover is how a unit of capacity turns into load, by the unit's noun.
type turnover struct {
	perDay float64
	event  string
	why    string
	venue  bool // the unit is capacity only in a venue: a theatre's seats, not a licence's
}

var turnovers = map[string]turnover{
	"space":  {6, "vehicle entry or exit", "about 3 vehicles a space a day, each an entry and an exit", false},
	"bay":    {6, "vehicle entry or exit", "about 3 vehicles a bay a day, each an entry and an exit", false},
	"bed":    {0.4, "admission or discharge", "a stay of about 5 days, each an admission and a discharge", false},
	"seat":   {1, "ticket sale", "one performance a day with every seat sold", true},
	"screen": {200, "ticket sale", "about 5 showings a screen a day, 40 tickets sold at each", false},
	"court":  {8, "court booking", "about 8 one-hour bookings a court a day", false},
	"pitch":  {4, "pitch booking", "about 4 bookings a pitch a day", false},
	"lane":   {8, "lane booking", "about 8 one-hour bookings a lane a day", false},
	"desk":   {1, "desk booking", "each desk booked once a working day", false},
	"room":   {1, "check-in or check-out", "a stay of about 2 nights, each a check-in and a check-out", true},
	"berth":  {0.2, "arrival or departure", "a stay of about 10 days, each an arrival and a departure", false},
	// A locker's compartment holds what is left in it (a parcel, a bag, a shop's order) from
	// its drop until it is collected, most within a day.
	"compartment": {1.4, "compartment opening", "about 0.7 drops a compartment a day, each an opening to fill it and one to empty it", false},
}

// venueNouns hold seats or rooms that turn over: a theatre's seats are sold, a licence's are not.
var venueNouns = set(`theatre theater cinema stadium arena hall auditorium venue concert opera playhouse amphitheatre
amphitheater hotel hostel inn motel resort lodge guesthouse b&b`)

// capacityOf marks m as the capacity of a place when its noun is a unit that turns over: place
// is what holds the units, from the words around.
func capacityOf(m *mention, place string) bool {
	t, ok := turnovers[m.noun]
	if !ok || t.venue && !venueWords(place) {
		return false
	}
	m.kind, m.capacity, m.place, m.limit = mOther, true, place, false
	return true
}

func venueWords(place string) bool {
	for _, w := range strings.Fields(place) {
		if venueNouns[singular(w)] {
			return true
		}
	}
	return false
}

// placeAfter is the place a hyphened size describes: "a 1,400-space car park" → "car park".
func placeAfter(toks []string, k int) string {
	var words []string
	for j := k; j < len(toks) && j < k+3 && isWord(toks[j]) && !stopWords[toks[j]]; j++ {
		words = append(words, toks[j])
	}
	return strings.Join(words, " ")
}

// placeBefore is the place a counted size belongs to, said before it: "a car park with 1,400
// spaces", "a theatre of 300 seats", "a hotel that has 200 rooms".
func placeBefore(toks []string, start int) string {
	j := start - 1
	for j >= 0 && (toks[j] == "with" || toks[j] == "of" || toks[j] == "has" || toks[j] == "have" || toks[j] == "that" ||
		toks[j] == "which" || toks[j] == "holding" || toks[j] == "about" || toks[j] == "around" || toks[j] == "over") {
		j--
	}
	var words []string
	for ; j >= 0 && j >= start-6 && isWord(toks[j]) && !stopWords[toks[j]] && len(words) < 2; j-- {
		words = append([]string{toks[j]}, words...)
	}
	return strings.Join(words, " ")
}

// capacityCount reads a counted size in words: "1,400 parking spaces", "a hospital with 600
// beds", "our 300 seats". A rate after it ("4,000 seats a day") makes it load, not a size.
func (r *reader) capacityCount(toks []string, m *mention, start, k int, mods []string) bool {
	head := singular(mods[len(mods)-1])
	if _, ok := turnovers[head]; !ok || r.hasRate(toks, k) && !whenOnly(toks, k) {
		return false
	}
	m.noun, m.end = head, k
	place := strings.Join(mods[:len(mods)-1], " ")
	if before := placeBefore(toks, start); before != "" && (place == "" || venueWords(before)) {
		place = strings.TrimSpace(before + " " + place)
	}
	return capacityOf(m, place)
}

// whenOnly reports that the period after a count ending at toks[k] says when, not how many:
// "400 pitches, booked mainly at weekends" are still 400 pitches.
func whenOnly(toks []string, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		if w := toks[j]; w == "on" || w == "at" || w == "over" || w == "during" {
			if sec, _ := calendarAt(toks, j); sec > 0 {
				return true
			}
		}
		if sec, _ := periodAt(toks, j); sec > 0 || rateAdverbs[toks[j]] > 0 {
			return false
		}
	}
	return false
}

// capacity files a size read as what a place holds read as what places hold, with the turnover assumed for each.
func (r *reader) capacity(m *mention) {
	t := turnovers[m.noun]
	c := Capacity{Value: m.value, Unit: m.noun, Place: m.place, PerDay: t.perDay, Event: t.event, Why: t.why}
	r.out.Capacities = append(r.out.Capacities, c)
	where := ""
	if c.Place != "" {
		where = " (" + c.Place + ")"
	}
	r.note("%s %s%s: stated; what the place holds, not load", human(c.Value), plural(c.Unit), where)
}
