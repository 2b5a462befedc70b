package offline

import (
	"fmt"
	"regexp"
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
// toks[j:k] is the object as written ("which nearby pharmacy", "what is in the fridge"), toks[k:]
// what follows it ("has a drug in stock", "near them", "within 2 km", "that is working").
func readNearby(a *action, toks []token, j, k int) {
	if !readsVerbs[a.Verb] || a.Object == "" {
		return
	}
	a.Contents = j+1 < len(toks) && toks[j].lower == "what" && !isPronoun(toks[j+1].lower)
	for _, t := range toks[j:min(k, len(toks))] {
		if nearWords[t.lower] {
			a.Near = true
		}
		if placeStates[t.lower] && t.lower != lastWord(a.Object) {
			a.PlaceState = t.lower // "open charging bays"
		}
	}
	for n, r := nearAfter(toks, k); n > 0; n, r = nearAfter(toks, k) {
		a.Near, a.Radius, k = true, orDefault(r, a.Radius), k+n // "near them", "within 2 km"
	}
	if s, ok := placeStateAfter(toks, k, toks[j].lower == "which"); ok {
		a.PlaceState = s // "the closest water point that is working"
		return
	}
	readHeld(a, toks, k)
}

// placeStates are states a place itself is in that decide whether it is worth going to.
var placeStates = set("open", "working", "free", "available", "operational", "functioning", "vacant", "unlocked", "accessible", "staffed")

// nearAfter reads a word or phrase at toks[k] that places the thing before it near the reader:
// "near them", "nearby", "around them", "close to home", "within 2 km" (whose radius it returns).
func nearAfter(toks []token, k int) (int, string) {
	if k >= len(toks) {
		return 0, ""
	}
	here := func(i int) bool {
		return i < len(toks) && (set("them", "me", "you", "us", "him", "her", "here", "home")[toks[i].lower])
	}
	switch w := toks[k].lower; {
	case w == "nearby":
		return 1, ""
	case (w == "near" || w == "around") && here(k+1):
		return 2, ""
	case w == "close" && k+1 < len(toks) && toks[k+1].lower == "to" && here(k+2):
		return 3, ""
	case w == "within":
		return radiusAt(toks, k+1)
	}
	return 0, ""
}

// radiusUnits are the units a search radius is given in: distances only, since "within 5
// minutes" is far more often how soon than how far.
var radiusUnits = map[string]string{"km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"mi": "miles", "mile": "miles", "miles": "miles", "m": "m", "metres": "m", "meters": "m"}

// radiusRe splits "2km" and "500m" into the figure and its unit.
var radiusRe = regexp.MustCompile(`^([0-9][0-9.,]*)([a-z]*)$`)

// radiusAt reads "2 km", "2km" or "500 metres" at toks[i], after "within": how many tokens it took,
// counting "within", and the radius as the design writes it.
func radiusAt(toks []token, i int) (int, string) {
	if i >= len(toks) {
		return 0, ""
	}
	m := radiusRe.FindStringSubmatch(toks[i].lower)
	if m == nil {
		return 0, ""
	}
	if u, ok := radiusUnits[m[2]]; ok && m[2] != "" {
		return 2, m[1] + " " + u
	}
	if u, ok := radiusUnits[toks[min(i+1, len(toks)-1)].lower]; ok && m[2] == "" && i+1 < len(toks) {
		return 3, m[1] + " " + u
	}
	return 0, ""
}

// placeStateAfter reads the state a place must be in, said after it: "that is working",
// "which are open", "and whether it is in its cabinet"; after a place asked for with "which",
// also "are open" ("which toilets near them are open").
func placeStateAfter(toks []token, k int, which bool) (string, bool) {
	h := k
	switch {
	case which && h+1 < len(toks) && (toks[h].lower == "is" || toks[h].lower == "are") && placeStates[toks[h+1].lower]:
		h++
	case h+1 < len(toks) && (toks[h].lower == "that" || toks[h].lower == "which") && (toks[h+1].lower == "is" || toks[h+1].lower == "are"):
		h += 2
	case h+3 < len(toks) && toks[h].lower == "and" && (toks[h+1].lower == "whether" || toks[h+1].lower == "if") &&
		(toks[h+2].lower == "it" || toks[h+2].lower == "they") && (toks[h+3].lower == "is" || toks[h+3].lower == "are"):
		h += 4
	default:
		return "", false
	}
	if h >= len(toks) || !placeStates[toks[h].lower] && toks[h].lower != "in" && toks[h].lower != "on" {
		return "", false // "that is owned by": no state of the place
	}
	var words []string
	// "in" opens the state ("in its cabinet") though it is a clause boundary elsewhere.
	for ; h < len(toks) && len(words) < 4 && (len(words) == 0 || !toks[h].boundary) && toks[h].lower != "and" && toks[h].lower != "or"; h++ {
		words = append(words, toks[h].lower)
	}
	return strings.Join(words, " "), true
}

// readHeld reads what the place must hold, at toks[k]: "has a drug in stock", "with a free
// connector".
func readHeld(a *action, toks []token, k int) {
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
	if held == "" {
		held, n = measuredHeld(toks, h) // "has the size in stock"
	}
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

// measuredHeld reads a held thing objectAt takes for a measure, when a hold state follows it:
// "has the size in stock" holds a size, not an amount.
func measuredHeld(toks []token, h int) (string, int) {
	i := h
	for i < len(toks) && (toks[i].lower == "the" || toks[i].lower == "a" || toks[i].lower == "an" || toks[i].lower == "their") {
		i++
	}
	if i >= len(toks) || !nounLike(toks[i]) || stateAfter(toks[i+1:min(i+5, len(toks))]) == "" {
		return "", 0
	}
	return singularNoun(toks[i].lower), i + 1 - h
}

// whatClause reads a clause's object said as "what …": the place whose contents a read asks for
// ("see what is in the fridge": fridge) or the thing a log keeps, named by what its people do
// ("log what they drop off": drop-off). It returns the object and the tokens it took, or "".
func whatClause(v string, toks []token, j int) (string, int) {
	if j+3 >= len(toks) || toks[j].lower != "what" {
		return "", 0
	}
	if readsVerbs[v] && (toks[j+1].lower == "is" || toks[j+1].lower == "are") && set("in", "inside", "at")[toks[j+2].lower] {
		place, n := objectAt(toks, j+3)
		if place == "" {
			return "", 0
		}
		return place, 3 + n
	}
	if !logVerbs[v] || !set("they", "we", "people", "donors")[toks[j+1].lower] {
		return "", 0
	}
	did, ok := verbBase(toks[j+2].lower)
	if !ok {
		return "", 0
	}
	if j+3 < len(toks) && set("off", "in", "up")[toks[j+3].lower] {
		return did + "-" + toks[j+3].lower, 4 // "drop off" → drop-off
	}
	if n := nominal(did); n != "" {
		return n, 3 // "log what they donate" → donation
	}
	return "", 0
}

// logVerbs record what someone did.
var logVerbs = set("log", "record", "report", "enter", "register", "list", "post")

// shownTo reads "show families the playgrounds around them" at the verb toks[i]: the people
// shown are who reads, so the clause is theirs ("families see the playgrounds"). It returns
// them and the index of their word.
func shownTo(toks []token, i int) (string, int, bool) {
	if toks[i].lower != "show" || i+2 >= len(toks) || !set("the", "which", "what", "where", "nearby", "nearest", "closest")[toks[i+2].lower] {
		return "", 0, false
	}
	w := toks[i+1].lower
	who := singularNoun(w)
	if who == w || !(actorWords[who] || roleSuffix(who) || set("family", "household", "parent", "neighbour", "neighbor")[who]) {
		return "", 0, false // "show prices the …": only people are shown things
	}
	return who, i + 1, true
}

// publicActor stands for whoever the statement lets read without being one of its people.
const publicActor = "visitor"

// anyoneWords say a read is open to all: "anyone can see", "the public can check".
var anyoneWords = set("anyone", "anybody", "everyone", "everybody", "public", "passers-by")

// anyoneBefore reports a verb at toks[i] whose subject is anyone at all, past a modal.
func anyoneBefore(toks []token, i int) bool {
	j := i - 1
	for j > 0 && modals[toks[j].lower] {
		j--
	}
	return j >= 0 && anyoneWords[toks[j].lower]
}

// openTo reports a read clause (verb at toks[i], its object ending before k) open to anyone: its
// subject is anyone, or it says so ("… without an account", "without signing in").
func openTo(toks []token, i, k int) bool {
	if anyoneBefore(toks, i) {
		return true
	}
	for h := k; h+1 < len(toks) && h < k+6 && !toks[h].boundary; h++ {
		if toks[h].lower == "without" && set("an", "a", "signing", "logging", "registering", "login", "account", "accounts")[toks[h+1].lower] {
			return true
		}
	}
	return false
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

// nearbyFind returns the clause that finds places near someone by what they hold, by their own
// state, within a radius the statement gives, or for what is in them, if there is one; a read of
// nearby things alone is only a nearby read.
func (m model) nearbyFind() (action, bool) {
	for _, a := range m.rd.Actions {
		if a.Near && (a.Held != "" || a.PlaceState != "" || a.Radius != "" || a.Contents) {
			return a, true
		}
	}
	return action{}, false
}

// heldClause writes what a found thing must hold or be: " that have a drug in stock", " that
// are working".
func heldClause(a action) string {
	switch {
	case a.Held == "" && a.PlaceState != "":
		return " that are " + strings.ReplaceAll(a.PlaceState, "its ", "their ") // "in their cabinet"
	case a.Held == "":
		return ""
	case a.HeldState != "" && !strings.Contains(a.HeldState, " "):
		return " that have " + withArticle(a.HeldState+" "+a.Held) // "a free connector"
	}
	return strings.TrimRight(" that have "+withArticle(a.Held)+" "+a.HeldState, " ")
}

// nearPhrase says where the found places are, in the statement's words where it gives them.
func nearPhrase(a action) string {
	switch {
	case a.Radius != "":
		return " within " + a.Radius
	case a.Contents:
		return " near them"
	}
	return ""
}

// holding names the kept thing that records what each place holds: what is logged into it
// ("volunteers log what they drop off": drop-offs), what the places themselves report
// ("pharmacies report stock"), else rows of the place and the thing held; "" when the read asks
// only for the place's own state.
func (m model) holding(a action) string {
	if a.Contents {
		return m.loggedInto(a)
	}
	if a.Held == "" {
		return ""
	}
	for _, e := range m.kept {
		if e != a.Object && e != a.Held && m.actorOf(e) == a.Object {
			return e
		}
	}
	return a.Held + " availability"
}

// loggedInto names what someone else's clause records going into the places a read looks
// inside ("volunteers log what they drop off": drop-off), else "item".
func (m model) loggedInto(a action) string {
	for _, x := range m.rd.Actions {
		if x.Actor != a.Actor && x.Actor != "system" && x.Object != "" && x.Object != a.Object && !readsVerbs[x.Verb] && !changes(x) {
			return x.Object
		}
	}
	return "item"
}

// takeWords say that what leaves a place is recorded too.
var takeWords = set("take", "takes", "took", "taken", "taking", "remove", "removes", "removed", "collect", "collects", "collected",
	"pick", "picks", "picked", "claim", "claims", "claimed", "empty", "empties", "emptied", "withdraw", "withdraws")

// onlyIn reports a read of what is in a place whose contents are only logged going in: the
// statement has people log what they leave and says nothing of what is taken out, so the rows
// are what was put in, not what is left.
func (m model) onlyIn(a action) bool {
	return a.Contents && m.loggedInto(a) != "item" && !slices.ContainsFunc(m.rd.words, func(w string) bool { return takeWords[w] })
}

// shapeNearby gives the found places their location and spatial index, and the rows of what
// they hold the key the query reads them by.
func (m model) shapeNearby(e entity) entity {
	a, ok := m.nearbyFind()
	if !ok {
		// A plain read of what is near ("show families the playgrounds around them") still
		// finds its places by where they are.
		if slices.ContainsFunc(m.rd.Actions, func(a action) bool { return a.Near && a.Object == strings.ToLower(e.Name) }) {
			e.Fields = withFields(e.Fields, "location (geography point)")
			e.Indexes += "; GiST (location) for the places within a radius"
		}
		return e
	}
	place := slug(a.Object, "_")
	switch name := strings.ToLower(e.Name); {
	case name == a.Object:
		e.Fields = withFields(e.Fields, "location (geography point)")
		if a.PlaceState != "" {
			e.Fields = withFields(e.Fields, fmt.Sprintf("%s (bool), %s_reported_at", stateColumn(a), stateColumn(a)))
		}
		e.Indexes += "; GiST (location) for the places within a radius"
	case name == m.holding(a) && a.Contents:
		// Rows of what was logged in, read by place and age: what is in a place now.
		e.Partition = place + "_id"
		e.Fields = withFields(e.Fields, fmt.Sprintf("%s_id, logged_at, expires_at", place))
		e.Indexes = fmt.Sprintf("(%s_id, expires_at) for what is in each %s now", place, a.Object)
		e.Why = fmt.Sprintf("what is in each %s now: its %s that have not expired, read by (%s_id, expires_at)", a.Object, pluralNoun(name), place)
	case name == m.holding(a):
		held := slug(a.Held, "_")
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

// footActors come on foot: the places worth showing them are a walk away.
var footActors = set("walker", "pedestrian", "hiker", "resident", "family", "parent", "neighbour", "neighbor", "runner", "student")

// radius is how far the lookup searches, as the endpoint takes it ("2", "km") and as the design
// says it with its reason: the statement's own figure, else a default for how the reader travels.
func (m model) radius(a action) (figure, unit, why string) {
	if a.Radius != "" {
		f, u, _ := strings.Cut(a.Radius, " ")
		return f, u, fmt.Sprintf("the %s the statement gives", a.Radius)
	}
	if footActors[a.Actor] {
		return "1", "km", fmt.Sprintf("1 km by default, about fifteen minutes on foot, since %s are on foot; the app widens it step by step when none is found", pluralNoun(a.Actor))
	}
	who := pluralNoun(a.Actor)
	if a.Actor == publicActor {
		who = "whoever asks"
	}
	return "5", "km", fmt.Sprintf("5 km by default, since the statement gives none: a few minutes' drive for %s, widened step by step when none is found", who)
}

// radiusQuery is the radius as a query parameter: "radius_km=2".
func (m model) radiusQuery(a action) string {
	f, u, _ := m.radius(a)
	return "radius_" + map[string]string{"km": "km", "miles": "mi", "m": "m"}[u] + "=" + f
}

// nearbyFlow is the read that finds the places near someone that hold a thing.
func (m model) nearbyFlow() (flow, bool) {
	a, ok := m.nearbyFind()
	if !ok {
		return flow{}, false
	}
	e, _ := m.endpointFor(a)
	places, place := pluralNoun(a.Object), slug(a.Object, "_")
	key, query := m.nearbyQuery(a)
	name := "Find nearby " + places + heldClause(a)
	if a.Contents {
		name = "See what is in the " + places + nearPhrase(a)
	}
	params := strings.TrimSuffix(strings.SplitN(e.Path, "?", 2)[len(strings.SplitN(e.Path, "?", 2))-1], "&cursor=")
	return flow{Name: name, Steps: []string{
		fmt.Sprintf("The %s's app sends `%s %s` with its position to {c:gateway}.", a.Actor, e.Method, stripQuery(e.Path)+"?"+params),
		fmt.Sprintf("{c:appsvc} looks the answer up in {c:cache} by (%s, geohash cell); on a miss it reads %s from {r:appdb} and caches it for a few minutes.", key, query),
		fmt.Sprintf("{unless:cache}{c:appsvc} reads %s from {r:appdb}.", query),
		fmt.Sprintf("The answer lists each %s with its distance%s.", strings.ReplaceAll(place, "_", " "), m.datedBy(a)),
	}}, true
}

// datedBy says what each found place's answer is dated by.
func (m model) datedBy(a action) string {
	switch {
	case a.Contents:
		return fmt.Sprintf(" and its %s, each with when it was logged", pluralNoun(m.holding(a)))
	case a.Held != "":
		return " and when it last reported"
	}
	return fmt.Sprintf(" and when it was last reported %s", a.PlaceState)
}

// nearbyQuery is what the lookup is cached by and the query it runs on a miss.
func (m model) nearbyQuery(a action) (string, string) {
	places, place := pluralNoun(a.Object), slug(a.Object, "_")
	f, u, _ := m.radius(a)
	within := fmt.Sprintf("the %s within %s %s (GiST on location)", places, f, u)
	switch {
	case a.Contents:
		return "radius", fmt.Sprintf("%s joined to their %s rows by (%s_id, expires_at > now()), nearest first", within, m.holding(a), place)
	case a.Held != "":
		held := slug(a.Held, "_")
		return held + "_id", fmt.Sprintf("%s joined to %s rows by (%s_id, %s_id) with quantity > 0, nearest first, each with its reported_at", within, m.holding(a), held, place)
	}
	return "radius", fmt.Sprintf("%s WHERE %s, nearest first", within, stateColumn(a))
}

// nearbyDive designs the query that finds the places near someone that hold a thing, are in a
// state, or whose contents are asked for.
func (m model) nearbyDive() (deepDive, bool) {
	a, ok := m.nearbyFind()
	if !ok {
		return deepDive{}, false
	}
	places := pluralNoun(a.Object)
	f, u, why := m.radius(a)
	where := fmt.Sprintf("%s keep their location as a PostGIS point with a GiST index, so \"within %s %s of here\" is an index range, not a scan; the radius is %s.", upperFirst(places), f, u, why)
	switch {
	case a.Contents:
		return deepDive{Title: fmt.Sprintf("Seeing what is in the %s%s", places, nearPhrase(a)), Weight: 9, Body: where + " " + m.contentsBody(a)}, true
	case a.Held == "":
		return deepDive{Title: fmt.Sprintf("Finding the nearby %s%s", places, heldClause(a)), Weight: 9, Body: where + " " + m.stateBody(a)}, true
	}
	return deepDive{Title: fmt.Sprintf("Finding the nearby %s%s", places, heldClause(a)), Weight: 9, Body: where + " " + m.heldBody(a)}, true
}

// heldBody is the dive on places found by what they hold: two filters, each with its index.
func (m model) heldBody(a action) string {
	places, place, held := pluralNoun(a.Object), slug(a.Object, "_"), slug(a.Held, "_")
	state := orDefault(a.HeldState, "on hand")
	return fmt.Sprintf(
		"The question has two filters, where and what, and each has its own index in {c:appdb}. What each %s holds is one %s row per (%s_id, %s_id) with its quantity, and a partial index on (%s_id, %s_id) WHERE quantity > 0 holds only the rows that count. The query starts from the narrower side: for a common %s, the %s within the radius (tens) are looked up in that index; for a rare one, the few %s that have it are checked for distance. Results are ordered by distance and say when each %s last reported, because what is %s changed since then: the answer is \"had it at 9:00\", not a promise. The same (%s, area) is asked again and again, so answers are cached for a few minutes keyed by the %s and a geohash cell of about a kilometre, and a new report from a %s drops the cells around it.",
		a.Object, m.holding(a), place, held, held, place, a.Held, places, places, a.Object, state, a.Held, a.Held, a.Object)
}

// stateBody is the dive on places found by their own state ("that is working", "open").
func (m model) stateBody(a action) string {
	places, col := pluralNoun(a.Object), stateColumn(a)
	return fmt.Sprintf(
		"Whether each %s is %s is a column on its row with %s_reported_at, and a partial GiST index on location WHERE %s holds only the %s that count, so the query is one index range, nearest first. The state is only as fresh as its last report: each result shows when it was last known to be %s, and one unreported for a day is shown as unknown rather than as %s. The same area is asked again and again, so answers are cached for a minute keyed by a geohash cell of about a kilometre, and a change of state drops the cells around that %s.",
		a.Object, a.PlaceState, col, col, places, a.PlaceState, a.PlaceState, a.Object)
}

// contentsBody is the dive on what is in each place now: rows of what was logged in, by place.
func (m model) contentsBody(a action) string {
	place, rows := slug(a.Object, "_"), pluralNoun(m.holding(a))
	s := fmt.Sprintf("What is in each %s now is its %s rows, read by an index on (%s_id, expires_at): one query fetches the %s within the radius and, for each, the %s that have not expired, newest first.",
		a.Object, m.holding(a), place, pluralNoun(a.Object), rows)
	if m.onlyIn(a) {
		who := pluralNoun(m.actorOf(m.holding(a)))
		s += fmt.Sprintf(" Only %s are logged: nobody logs taking anything out, so the rows say what %s put in, not what is left. Each %s therefore shows when it was logged (\"3 h ago\"), carries an expires_at set by a shelf life when it is logged (a day or two unless the %s says otherwise) and leaves the list once that passes, and a %s who checks a %s marks it emptied, which expires its rows at once.",
			rows, who, m.holding(a), m.actorOf(m.holding(a)), m.actorOf(m.holding(a)), a.Object)
	}
	return s + fmt.Sprintf(" Answers are cached for a minute keyed by a geohash cell of about a kilometre, and a new %s clears the cached cells around its %s.", m.holding(a), a.Object)
}

// openly says a read needs no account, where the statement opens it to anyone.
func openly(a action) string {
	if a.Public {
		return ", without signing in"
	}
	return ""
}

// foundPlace reports an entity that is a place a nearby read finds ("fridge"): its location is
// where the place stands, nobody's personal data.
func foundPlace(problem, name string) bool {
	return slices.ContainsFunc(readStatement(problem).Actions, func(a action) bool { return a.Near && a.Object == name })
}

// publicReadLine says how the read the statement opens to anyone is served without a sign-in,
// or "" when every read needs one.
func (r *renderer) publicReadLine() string {
	m := modelOf(r.g.Problem)
	i := slices.IndexFunc(m.rd.Actions, func(a action) bool { return a.Public })
	if i < 0 {
		return ""
	}
	a := m.rd.Actions[i]
	e, _ := m.endpointFor(a)
	what := fmt.Sprintf("the %s and what is known of them", pluralNoun(a.Object))
	if a.Contents {
		what = fmt.Sprintf("what is in the %s, never which %s logged it", pluralNoun(a.Object), m.actorOf(m.holding(a)))
	}
	return fmt.Sprintf("`%s %s` answers anyone with no account, as the statement asks: %s rate-limits it per IP address and its answers are cached per area for a minute, so a scraper costs the database little, and it returns %s.",
		e.Method, stripQuery(e.Path), upperFirst(r.entry()), what)
}

// stateColumn names the column a place's state is kept in: "in its cabinet" → in_cabinet.
func stateColumn(a action) string {
	var words []string
	for _, w := range strings.Fields(a.PlaceState) {
		if w != "its" && w != "their" && w != "the" {
			words = append(words, w)
		}
	}
	return slug(strings.Join(words, " "), "_")
}

// nearbyRead reports a statement with a read of what is near the reader, in any of its shapes.
func nearbyRead(problem string) bool {
	return slices.ContainsFunc(readStatement(problem).Actions, func(a action) bool { return a.Near })
}
