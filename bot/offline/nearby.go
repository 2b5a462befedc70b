package offline

import (
	"fmt"
	"slices"
	"strings"
)

// Finding places near someone that hold something ("patients find which nearby pharmacy has a
// drug in stock", "readers find the closest library with the book available") is a read with
// two filters: where the place is and what it holds now. Neither a list of places nor a list of
// what they hold answers it; the design keeps the place's location in a spatial index and what
// each place holds in rows keyed by the thing held, and the query meets the two.

// nearWords qualify a thing found by where it is.
var nearWords = set("nearby", "nearest", "closest", "near", "local")

// holdVerbs say a place holds something: "has a drug in stock", "carries the part".
var holdVerbs = set("has", "have", "had", "carries", "carry", "stocks", "holds", "hold", "offers", "offer")

// holdStates say in what state the thing held must be for the place to count.
var holdStates = []string{"in stock", "available", "free", "open", "on the shelf", "on hand"}

// readNearby reads what a clause that reads something asks of where it is and what it holds:
// toks[j:k] is the object as written ("which nearby pharmacy"), toks[k:] what follows it ("has a
// drug in stock").
func readNearby(a *action, toks []token, j, k int) {
	if !readsVerbs[a.Verb] || a.Object == "" {
		return
	}
	for _, t := range toks[j:min(k, len(toks))] {
		if nearWords[t.lower] {
			a.Near = true
		}
	}
	if k+1 < len(toks) && (toks[k].lower == "near" || toks[k].lower == "nearby") {
		a.Near = true // "find pharmacies near them"
	}
	h := k
	for h < len(toks) && (toks[h].lower == "that" || toks[h].lower == "which" || toks[h].lower == "with" && h == k) {
		h++
	}
	if h >= len(toks) || !holdVerbs[toks[h].lower] && toks[h-1].lower != "with" {
		return
	}
	if holdVerbs[toks[h].lower] {
		h++
	}
	held, n := objectAt(toks, h)
	if held == "" || actorWords[lastWord(held)] {
		return
	}
	a.Held = held
	for _, t := range toks[h : h+n] {
		if slices.Contains(holdStates, t.lower) {
			a.HeldState = t.lower // "has a free connector"
		}
	}
	if a.HeldState == "" {
		a.HeldState = stateAfter(toks[h+n : min(h+n+4, len(toks))]) // "has a drug in stock"
	}
}

// stateAfter returns the hold state the tokens open with, or "".
func stateAfter(toks []token) string {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.lower)
	}
	tail := strings.Join(words, " ")
	for _, s := range holdStates {
		if strings.HasPrefix(tail, s) {
			return s
		}
	}
	return ""
}

// nearbyFind returns the clause that finds places near someone by what they hold, if there is one.
func (m model) nearbyFind() (action, bool) {
	for _, a := range m.rd.Actions {
		if a.Near && a.Held != "" {
			return a, true
		}
	}
	return action{}, false
}

// heldClause writes what a found thing must hold: " that have a drug in stock".
func heldClause(a action) string {
	if a.Held == "" {
		return ""
	}
	if a.HeldState != "" && !strings.Contains(a.HeldState, " ") {
		return " that have " + withArticle(a.HeldState+" "+a.Held) // "a free connector"
	}
	return strings.TrimRight(" that have "+withArticle(a.Held)+" "+a.HeldState, " ")
}

// holding names the kept thing that records what each place holds: what the places themselves
// report ("pharmacies report stock"), else rows of the place and the thing held.
func (m model) holding(a action) string {
	for _, e := range m.kept {
		if e != a.Object && e != a.Held && m.actorOf(e) == a.Object {
			return e
		}
	}
	return a.Held + " availability"
}

// shapeNearby gives the found places their location and spatial index, and the rows of what
// they hold the key the query reads them by.
func (m model) shapeNearby(e entity) entity {
	a, ok := m.nearbyFind()
	if !ok {
		return e
	}
	place, held := slug(a.Object, "_"), slug(a.Held, "_")
	switch strings.ToLower(e.Name) {
	case a.Object:
		e.Fields = withFields(e.Fields, "location (geography point)")
		e.Indexes += "; GiST (location) for the places within a radius"
	case m.holding(a):
		// One row per place and thing held, replaced by each report: the current state, not a log.
		e.Key = fmt.Sprintf("(%s_id, %s_id)", place, held)
		e.Partition = place + "_id"
		e.Fields = fmt.Sprintf("%s_id, %s_id, quantity, reported_at, updated_at", place, held)
		e.Indexes = fmt.Sprintf("(%s_id, %s_id) WHERE quantity > 0 for who has one", held, place)
		e.Why = fmt.Sprintf("what each %s holds now, one row per %s, replaced by each report; the query for who has one reads the partial index", a.Object, a.Held)
	}
	return e
}

// holdingEndpoint is how a place reports what it holds: every row at once, replacing the last
// report's, so a report is one request and one transaction however many things it lists.
func (m model) holdingEndpoint(a action) (endpoint, bool) {
	f, ok := m.nearbyFind()
	if !ok || a.Actor != f.Object || resource(a) != m.holding(f) {
		return endpoint{}, false
	}
	held := slug(f.Held, "_")
	return endpoint{Method: "PUT", Path: "/v1/" + slug(pluralNoun(f.Object), "-") + "/{id}/" + slug(pluralNoun(resource(a)), "-"),
		Request: fmt.Sprintf("{reported_at, items[]: {%s_id, quantity}} + Idempotency-Key", held), Response: "200 {updated, unchanged}", Idempotent: true,
		Note: fmt.Sprintf("the %s's whole %s at once; a row per %s is upserted, a report older than the stored one is ignored", f.Object, resource(a), f.Held)}, true
}

// nearbyFlow is the read that finds the places near someone that hold a thing.
func (m model) nearbyFlow() (flow, bool) {
	a, ok := m.nearbyFind()
	if !ok {
		return flow{}, false
	}
	e, _ := m.endpointFor(a)
	places, held := pluralNoun(a.Object), slug(a.Held, "_")
	query := fmt.Sprintf("the %s within the radius (GiST on location) joined to %s rows by (%s_id, %s_id) with quantity > 0, nearest first, each with its reported_at", places, m.holding(a), held, slug(a.Object, "_"))
	return flow{Name: "Find nearby " + places + heldClause(a), Steps: []string{
		fmt.Sprintf("The %s's app sends `%s %s` with its position to {c:gateway}.", a.Actor, e.Method, stripQuery(e.Path)+"?near=…&"+held+"_id=…"),
		fmt.Sprintf("{c:appsvc} looks the answer up in {c:cache} by (%s_id, geohash cell); on a miss it reads %s from {r:appdb} and caches it for a few minutes.", held, query),
		fmt.Sprintf("{unless:cache}{c:appsvc} reads %s from {r:appdb}.", query),
	}}, true
}

// nearbyDive designs the query that finds the places near someone that hold a thing.
func (m model) nearbyDive() (deepDive, bool) {
	a, ok := m.nearbyFind()
	if !ok {
		return deepDive{}, false
	}
	places, place, held := pluralNoun(a.Object), slug(a.Object, "_"), slug(a.Held, "_")
	state := orDefault(a.HeldState, "on hand")
	rows := m.holding(a)
	return deepDive{Title: fmt.Sprintf("Finding the nearby %s%s", places, heldClause(a)), Weight: 9, Body: fmt.Sprintf(
		"The question has two filters, where and what, and each has its own index in {c:appdb}. %s keep their location as a PostGIS point with a GiST index, so \"within 5 km of here\" is an index range, not a scan. What each %s holds is one %s row per (%s_id, %s_id) with its quantity, and a partial index on (%s_id, %s_id) WHERE quantity > 0 holds only the rows that count. The query starts from the narrower side: for a common %s, the %s within the radius (tens) are looked up in that index; for a rare one, the few %s that have it are checked for distance. Results are ordered by distance and say when each %s last reported, because what is %s changed since then: the answer is \"had it at 9:00\", not a promise. The same (%s, area) is asked again and again, so answers are cached for a few minutes keyed by the %s and a geohash cell of about a kilometre, and a new report from a %s drops the cells around it.",
		upperFirst(places), a.Object, rows, place, held, held, place, a.Held, places, places, a.Object, state, a.Held, a.Held, a.Object)}, true
}
