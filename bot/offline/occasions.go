package offline

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Booking a class, a guided tour or a workshop takes one of its places: many people book the same
// occasion, and what must never happen is one booking more than it holds, not two bookings that
// overlap. An occasion is a row with its capacity and the places taken; a booking takes a place by
// a conditional update on that row, a full occasion puts the rest on a waiting list, and a
// cancellation hands its place to the first on it.

// occasionWords are things held at a time for a group of people: booking one is taking a place.
var occasionWords = set("class", "tour", "workshop", "seminar", "webinar", "talk", "lecture", "tasting", "excursion", "outing",
	"camp", "retreat", "screening", "sailing", "bootcamp", "meetup", "masterclass", "course", "cruise", "crossing")

// sharedOccasionWords are held one to one as often as for a group (a therapy session, a driving
// lesson): they are a group's only where the statement gives them a number of places.
var sharedOccasionWords = set("session", "lesson", "trip", "walk", "ride", "clinic", "event", "slot", "dive", "departure")

// placeNouns count the people an occasion holds.
const placeNouns = `people|persons|places|seats|spots|spaces|participants|visitors|children|kids|guests|learners|students|pupils|attendees|riders|divers|climbers|members|adults|passengers|cars|vehicles|walkers|runners`

// capacityRes find an occasion's number of places as people state it: "each tour takes 25
// people", "every workshop has 12 seats", "30 spots per class", "tours of up to 20 visitors".
var capacityRes = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(?:each|every|a|one|per)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:has|have|takes|take|holds|hold|seats|seat|fits|fit|allows|allow|admits|admit|is capped at|are capped at|is limited to|are limited to|caps at|can take|can hold)\s+(?:up to\s+|at most\s+|a maximum of\s+|max\.?\s+)?(\d[\d,]*)(?:\s+(?:` + placeNouns + `))?\b`),
	regexp.MustCompile(`(?i)\b(\d[\d,]*)\s+(?:(?:` + placeNouns + `)\s+)?(?:per|a|each|in each|in every|on each|on every|to a|to each)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b`),
	regexp.MustCompile(`(?i)\b([a-z]+)\s+(?:of|for)\s+(?:up to\s+|at most\s+|no more than\s+)?(\d[\d,]*)\s+(?:` + placeNouns + `)\b`),
}

// readCapacities reads the number of places the statement gives each kind of occasion, by its
// singular head word ("tour": 25).
func readCapacities(s string) map[string]int {
	out := map[string]int{}
	for i, re := range capacityRes {
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			word, count := m[1], m[2]
			if i == 1 {
				word, count = m[2], m[1]
			}
			n, err := strconv.Atoi(strings.ReplaceAll(count, ",", ""))
			w, ok := occasionIn(word)
			if err != nil || n < 2 || !ok {
				continue
			}
			if _, seen := out[w]; !seen {
				out[w] = n
			}
		}
	}
	return out
}

// occasionIn finds the occasion among the first words of a phrase: "spin class at" is a class.
func occasionIn(phrase string) (string, bool) {
	for _, f := range strings.Fields(strings.ToLower(phrase)) {
		if w := singularNoun(f); isOccasion(w) {
			return w, true
		}
	}
	return "", false
}

// isOccasion reports a word that names an occasion, for a group or one to one.
func isOccasion(w string) bool { return occasionWords[w] || sharedOccasionWords[w] }

// occasion reports whether thing is booked by the place: a group occasion by its name, or one the
// statement gives a number of places.
func (m model) occasion(thing string) bool {
	w := lastWord(thing)
	_, sized := m.rd.capacities[w]
	return occasionWords[w] || sized
}

// placesOf says how many places the statement gives an occasion, as a phrase: " (25 as stated)".
func (m model) placesOf(thing string) string {
	if n, ok := m.rd.capacities[lastWord(thing)]; ok {
		return fmt.Sprintf(" (%d as stated)", n)
	}
	return ""
}

// placeSteps are the states of a booking of a place: it waits on the list while the occasion is
// full, holds its place once confirmed, and ends attended, a no-show or cancelled.
func (k ask) placeSteps() string {
	_, _, _, cancel := k.states()
	return "waitlisted → confirmed → attended / no-show / " + stateOf(cancel)
}

// placeShape gives the occasion its capacity and count, and the booking its place in the queue
// and the index that allows one live booking per person and occasion.
func (m model) placeShape(e entity, k ask, record bool) entity {
	t := slug(k.thing, "_")
	if record {
		e.Fields = withFields(e.Fields, t+"_id", "waitlist_position (null once confirmed)")
		e.Indexes = withIndex(e.Indexes, fmt.Sprintf("UNIQUE (%s_id, %s_id) WHERE status IN ('waitlisted', 'confirmed'): one live %s per %s and %s", t, slug(k.act.Actor, "_"), k.record, k.act.Actor, k.thing))
		return e
	}
	e.Fields = withFields(e.Fields, "starts_at", "capacity", "places_taken")
	e.Why = fmt.Sprintf("one row per scheduled %s with its capacity and the places taken, changed in the same transaction as each %s, so the count is never off by a race", k.thing, k.record)
	return e
}

// placeEndpoint books a place: confirmed while places are left, waitlisted once it is full.
func (k ask) placeEndpoint() endpoint {
	key := slug(k.record, "_")
	return endpoint{Method: "POST", Path: k.thingPath() + "/{id}/" + slug(pluralNoun(k.record), "-"), Request: "{} + Idempotency-Key",
		Response: fmt.Sprintf("201 {%s_id, status: confirmed}; 201 {%s_id, status: waitlisted, position} when the %s is full", key, key, k.thing), Idempotent: true,
		Note: fmt.Sprintf("the %s's place count decides: whoever takes the last place gets it, later %s join the waiting list", k.thing, pluralNoun(k.record))}
}

// placeListing lists the occasions with the places left, read from the count the bookings keep.
func (k ask) placeListing() endpoint {
	return endpoint{Method: "GET", Path: k.thingPath() + "?from=&to=&cursor=", Response: "{items[]: {id, starts_at, capacity, places_left}, next_cursor}", Paginated: true,
		Note: fmt.Sprintf("places_left is capacity − places_taken on the %s's own row", k.thing)}
}

// placeWriteSteps take a place by a conditional update on the occasion's row, or queue the
// booking when none is left.
func (k ask) placeWriteSteps(who string) []string {
	t := slug(k.thing, "_")
	return []string{
		fmt.Sprintf("{c:appsvc} takes a place with one conditional update, `UPDATE %s SET places_taken = places_taken + 1 WHERE id = $1 AND places_taken < capacity`, and inserts the %s as confirmed in the same transaction{with_outbox}; the unique (%s_id, %s_id) index makes a retried or repeated %s return the first one.", t, k.record, t, slug(who, "_"), k.record),
		fmt.Sprintf("When no row is updated the %s is full: the %s is inserted as waitlisted with its position, and the %s sees where they stand. Two %s taking the last place at once queue on the %s's row lock, so exactly one of them gets it.", k.thing, k.record, who, pluralNoun(who), k.thing),
	}
}

// placeFunctional states the promise: never more bookings than places, a waiting list, and a
// freed place going to the first on it.
func (m model) placeFunctional(k ask) string {
	return fmt.Sprintf("Each %s holds a fixed number of places%s: %s %s takes one while any are left and otherwise joins the %s's waiting list, and a cancellation gives its place to the first on the list; each %s moves %s",
		k.thing, m.placesOf(k.thing), possessive(k.act.Actor), k.record, k.thing, k.record, k.lifecycle())
}

// placeUseCases are the moments that test places: the last one, and one freed.
func (k ask) placeUseCases() []string {
	return []string{
		fmt.Sprintf("Two %s ask for the last place on %s: the first gets it, the second joins its waiting list", pluralNoun(k.act.Actor), article(k.thing)),
		fmt.Sprintf("%s cancels and the first %s on the %s's waiting list is confirmed and told", upperFirst(article(k.act.Actor)), k.act.Actor, k.thing),
	}
}

// placeDive is the hard part of places: counting them under contention, and the waiting list.
func (m model) placeDive(k ask) deepDive {
	t, who, recs := k.thing, pluralNoun(k.act.Actor), pluralNoun(k.record)
	body := fmt.Sprintf("Many %s book the same %s, so what must hold is a count, not an absence of overlap: a %s with N places never gets an (N+1)th confirmed %s. Counting the %s and then inserting is a race (two requests both see one place left), so the %s's row carries capacity and places_taken, and a %s takes a place with `UPDATE %s SET places_taken = places_taken + 1 WHERE id = ? AND places_taken < capacity`: the row lock serialises the two, and the one that finds it full is inserted as waitlisted instead. Cancelling is one transaction too: it gives the place back and confirms the oldest waitlisted %s of that %s (`ORDER BY waitlist_position LIMIT 1 FOR UPDATE SKIP LOCKED`), who is told at once; a place freed hours before the start can be offered with a deadline to accept instead. places_taken is never recomputed from the bookings on the request path; a nightly check compares it with the count of confirmed %s and alerts on a difference. One %s's row is a hot spot only if thousands book it in the same second (new dates released to a crowd); then its places are split over a few counter rows taken at random, but at {peak_write} writes/s a single row carries it.",
		who, t, t, k.record, recs, t, k.record, slug(t, "_"), k.record, t, recs, t)
	return deepDive{Title: fmt.Sprintf("The last place on %s: counting places, not overlaps", article(t)), Weight: 10, Body: body}
}
