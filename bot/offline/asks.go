package offline

import (
	"fmt"
	"slices"
	"strings"
)

// A clause whose verb asks for something ("hospitals request blood units", "gardeners reserve
// plots for a season", "museums request artworks") keeps the asking, not the thing: a request,
// reservation or loan that points at what was asked for and moves through a lifecycle
// (requested → fulfilled, declined or cancelled). What the design does next depends on what was
// asked for: a shared thing taken for a span of time must never be promised to two people for
// overlapping spans; interchangeable stock is allocated from what is on hand; anything else is
// fulfilled by someone.

// askVerbs ask someone for something.
var askVerbs = set("request", "order", "reserve", "book", "borrow", "apply", "rent", "hire", "claim")

// windowVerbs take one particular thing for a span of time.
var windowVerbs = set("reserve", "book", "borrow", "rent", "hire")

// spaceWords are places used by one party at a time: asking for one is asking for a span of it.
var spaceWords = set("room", "hall", "court", "pitch", "desk", "bay", "berth", "dock", "lane", "track", "venue", "studio", "booth",
	"suite", "pod", "cabin", "bunk", "pavilion", "field", "plot", "allotment", "locker", "garage", "slip", "mooring")

// stockWords are interchangeable units held in stock and handed out by count: any unit of the
// right kind will do.
var stockWords = set("unit", "dose", "vial", "packet", "pack", "pallet", "bag", "box", "crate", "carton", "tin", "can", "kit",
	"part", "spare", "supply", "ration", "parcel", "portion", "litre", "liter", "bottle", "cylinder", "voucher", "token", "sample", "tablet", "cartridge")

// actNouns are things that are themselves a service someone performs: asking for a refill is the
// refill, not a request for one.
var actNouns = set("refill", "repair", "ride", "pickup", "visit", "transfer", "leave", "quote", "callback", "review", "lesson",
	"session", "tow", "appointment", "meeting", "consultation", "inspection", "delivery", "collection", "test", "check", "interview",
	"tour", "trip", "lift", "escort", "shift", "swap", "exchange", "refund", "cleaning", "installation", "translation", "service",
	"help", "advice", "loan", "booking", "reservation", "order", "extension", "upgrade", "change", "cancellation", "transcript", "survey", "audit")

// fulfilNouns are records of handing over what was asked for: a delivery fulfils an order.
var fulfilNouns = set("delivery", "shipment", "dispatch", "handover", "dropoff", "drop-off", "issue", "allocation", "pickup", "collection", "transfusion", "fulfilment", "fulfillment")

// recordNouns name the record of an asking: a loan, a booking, an order.
var recordNouns = set("loan", "booking", "reservation", "order", "request", "application", "rental", "hire", "claim", "preorder")

type askKind int

const (
	plainAsk  askKind = iota // fulfilled by someone
	windowAsk                // one shared thing, taken for a span of time
	stockAsk                 // interchangeable units allocated from stock
	placeAsk                 // one of the places of a group occasion (occasions.go)
)

// ask is one clause that asks for something, read for the design.
type ask struct {
	act    action
	record string // what the asking keeps: "blood unit request", "reservation", "loan"
	thing  string // what is asked for ("blood unit"); "" when the record is the thing (a refill)
	kind   askKind
	window string // the span it is taken for, as the statement says it ("a season")
	by     string // who fulfils or approves it; "" when nobody needs to (self-service bookings)
	fulfil action // the fulfiller's clause that hands it over ("kitchens record deliveries")
	// hand is a second clause that passes on what fulfil readied ("archivists fetch boxes,
	// porters record handovers"), or hands out what is lent; a step of the same record.
	hand   action
	supply action // the clause that adds to stock ("donation centres record donations")
	// held is the state an asking waits in until it is paid or confirmed, when the statement
	// releases it after a while ("unpaid lockers are released after 7 days"); "" otherwise.
	held string
	// returns says the statement has the thing come back by a date ("boxes must be returned
	// within 3 days").
	returns bool
	// origin is the state a thing someone else made waits in before it is claimed, in the
	// maker's verb: "staff log found items, riders claim them" → logged; "" when the asking
	// makes its own record.
	origin string
	// lapses is the state an unclaimed thing passes into when the statement's hold on it runs
	// out ("claim them within 90 days" → disposed); "" without one.
	lapses string
}

// keepAsks names the record each asking clause keeps when the verb's own noun does not: a
// request for a thing ("hospitals request blood units" keeps blood unit requests), or the record
// the statement itself names for it ("museums request artworks, registrars approve loans").
func (rd *reading) keepAsks() {
	rd.Actions = slices.Clone(rd.Actions)
	for i, a := range rd.Actions {
		if !askVerbs[a.Verb] || a.Actor == "system" || a.Object == "" || actorWords[lastWord(a.Object)] || rd.assignedTo(a.Object) {
			continue
		}
		if rec := rd.namedRecord(a); rec != "" && rec != nominal(a.Verb) && rec != "request" {
			rd.Actions[i].Kept = rec
			continue
		}
		switch {
		case a.Verb == "request" && !actNouns[lastWord(a.Object)]:
			rd.Actions[i].Kept = a.Object + " request"
		case a.Verb == "claim" && !rd.createdBy(a.Object, a.Actor):
			rd.Actions[i].Kept = a.Object + " claim" // "residents claim parking permits"; couriers claiming deliveries change them
		}
	}
	rd.nameDecided()
}

// nameDecided gives a decision on a bare record noun the record it decides: "solicitors request
// hearing rooms, clerks approve requests" approves the hearing room requests, not some other
// requests.
func (rd *reading) nameDecided() {
	for _, a := range rd.Actions {
		if a.Kept == "" {
			continue
		}
		for j, b := range rd.Actions {
			if transitions[b.Verb] && recordNouns[b.Object] && b.Object != a.Kept && b.Object == lastWord(a.Kept) {
				bare := b.Object
				rd.Actions[j].Object = a.Kept
				rd.Entities = slices.DeleteFunc(slices.Clone(rd.Entities), func(e string) bool { return e == bare })
			}
		}
	}
}

// namedRecord is a thing the statement names that nobody creates but someone other than the
// asker decides on ("registrars approve loans", "staff approve placements"): the record the
// asking clause a keeps.
func (rd *reading) namedRecord(a action) string {
	for _, e := range rd.Entities {
		if e == a.Object || rd.createdBy(e, "") || slices.ContainsFunc(rd.Actions, func(b action) bool { return b.Object == e && askVerbs[b.Verb] }) {
			continue
		}
		if slices.ContainsFunc(rd.Actions, func(b action) bool { return b.Object == e && changes(b) && b.Actor != a.Actor }) {
			return e
		}
	}
	return ""
}

// createdBy reports whether someone other than who makes or lists the thing in the statement.
func (rd *reading) createdBy(thing, who string) bool {
	return slices.ContainsFunc(rd.Actions, func(b action) bool {
		return b.Object == thing && b.Actor != who && b.Actor != "system" && !askVerbs[b.Verb] && !changes(b) && !readsVerbs[b.Verb]
	})
}

// changes reports whether a changes the state of a kept thing rather than creating one; an
// asking clause whose verb is also a change ("claim") creates its record.
func changes(a action) bool {
	return transitions[a.Verb] && a.Kept == "" && !presenceNouns[lastWord(a.Object)]
}

// presenceNouns are records made by marking them: "leaders mark attendance" writes who was
// there, it changes no one's row.
var presenceNouns = set("attendance", "register", "roll", "presence", "absence")

// asks reads the statement's asking clauses. Claims on what another person lists with a
// quantity ("shoppers preorder produce") are designed by claimDive and left out.
func (m model) asks() []ask {
	var out []ask
	claim, claimed := m.claimOf()
	for _, a := range m.rd.Actions {
		if !askVerbs[a.Verb] || a.Actor == "system" || a.Object == "" || actorWords[lastWord(a.Object)] {
			continue
		}
		if claimed && claim == a || m.rd.assignedTo(a.Object) {
			continue // what people book that others are assigned to is the occasion, not a thing taken (assign.go)
		}
		k := ask{act: a, record: resource(a), thing: a.Object, window: m.rd.windows[a.Object]}
		if k.record == a.Object {
			k.thing = ""
		}
		if a.With != "" && windowVerbs[a.Verb] {
			// "book sessions with one of 6 artists": the artist's time is what two clients contend
			// for, the session is the booking.
			k.thing, k.record = a.With, orDefault(nominal(a.Verb), k.record)
		}
		k.kind = m.askKind(k)
		k.by = m.fulfiller(k)
		for _, d := range m.rd.deadlines {
			if d.Kind == "release" && (sameThing(d.Subject, k.record) || k.thing != "" && sameThing(d.Subject, k.thing)) {
				k.held = orDefault(d.Qualifier, "held")
			}
			k.returns = k.returns || d.Kind == "return" && k.thing != "" && sameThing(d.Subject, k.thing)
			if d.Kind == "hold" && sameThing(d.Subject, k.record) {
				k.lapses = orDefault(d.Then, deadlineKinds["hold"].lapsed)
			}
		}
		m.linkFulfil(&k)
		k.origin = m.originOf(k)
		for _, b := range m.rd.Actions {
			if k.kind == stockAsk && b.Actor != a.Actor && b.Actor != "system" && !readsVerbs[b.Verb] && !changes(b) && !askVerbs[b.Verb] && !fulfilNouns[lastWord(resource(b))] && k.supply == (action{}) {
				k.supply = b
			}
		}
		out = append(out, k)
	}
	return out
}

// linkFulfil finds the clauses that answer an asking: the fulfiller's own hand-over or act on
// the thing asked for ("kitchens record deliveries", "archivists fetch boxes"), else anyone
// else's hand-over; a hand-over after that, or of what is lent, is a later step of the same
// record ("porters record handovers").
func (m model) linkFulfil(k *ask) {
	answers := func(b action, by string) bool {
		if b.Actor == k.act.Actor || b.Actor == "system" || by != "" && b.Actor != by {
			return false
		}
		return fulfilNouns[lastWord(resource(b))] || k.thing != "" && b.Object == k.thing && actNoun(b) != ""
	}
	passes := []string{}
	if k.by != "" {
		passes = append(passes, k.by)
	}
	if k.by != "" || k.returnable() {
		passes = append(passes, "") // then anyone else's: a porter hands over what the archivist fetched
	}
	for _, by := range passes {
		for _, b := range m.rd.Actions {
			if k.fulfil == (action{}) && answers(b, by) {
				k.fulfil = b
			}
		}
	}
	if k.returnable() {
		k.hand, k.fulfil = k.fulfil, action{} // what is lent goes out by the hand-over call
		return
	}
	if changes(k.fulfil) {
		return // a decision ("drivers confirm deliveries") is the last step, not one a hand-over follows
	}
	for _, b := range m.rd.Actions {
		if k.fulfil != (action{}) && b != k.fulfil && k.hand == (action{}) && b.Actor != k.act.Actor && b.Actor != "system" && fulfilNouns[lastWord(resource(b))] {
			k.hand = b
		}
	}
}

// actedOn reports whether a clause does something to the thing itself ("archivists fetch
// boxes"): one particular thing, not a unit of stock.
func (m model) actedOn(thing string) bool {
	return slices.ContainsFunc(m.rd.Actions, func(a action) bool { return a.Object == thing && actNoun(a) != "" })
}

// askKind tells a shared thing taken for a time (a verb that takes it for a while, a span the
// statement gives, or a date it must come back by) from stock handed out by count (units of a
// kind, or things that expire) from anything else.
func (m model) askKind(k ask) askKind {
	switch {
	case k.thing == "":
		return plainAsk
	case windowVerbs[k.act.Verb] && m.occasion(k.thing):
		return placeAsk
	case windowVerbs[k.act.Verb] && !stockWords[lastWord(k.thing)] || k.window != "" || m.limitOn(k.thing, "return") || spaceWords[lastWord(k.thing)]:
		return windowAsk
	case !m.created(k.thing) && !m.actedOn(k.thing) && (stockWords[lastWord(k.thing)] || m.limitOn(k.thing, "expire") || m.limitOn(k.thing, "valid")):
		return stockAsk
	}
	return plainAsk
}

// fulfiller is who answers an asking: whom it is asked of ("from central kitchens"), else who
// decides on it ("registrars approve loans"), else, for stock or a plain request, another kind
// of person or organisation that acts in the statement.
func (m model) fulfiller(k ask) string {
	if k.act.Source != "" {
		return k.act.Source
	}
	for _, b := range m.rd.Actions {
		if changes(b) && b.Actor != k.act.Actor && b.Actor != "system" && (resource(b) == k.record || b.Object == k.thing && k.thing != "") {
			return b.Actor
		}
	}
	if k.kind == windowAsk || k.kind == placeAsk {
		return "" // the calendar or the place count decides: the first to take a free span gets it
	}
	for _, b := range m.rd.Actions {
		if k.thing != "" && b.Object == k.thing && actNoun(b) != "" && b.Actor != k.act.Actor {
			return b.Actor // "archivists fetch boxes for readers": whoever acts on the thing answers
		}
	}
	// Else whoever acts next after the asking, then whoever acted before it: "arborists record
	// inspections; residents request plantings, and the forestry team plans pruning" are answered
	// by the forestry team, not by the arborists named first.
	at := max(0, slices.Index(m.rd.Actions, k.act))
	for _, b := range append(slices.Clone(m.rd.Actions[at:]), m.rd.Actions[:at]...) {
		if b.Actor != k.act.Actor && b.Actor != "system" && b.Actor != "" && !readsVerbs[b.Verb] && !isMachine(b.Actor) {
			return b.Actor
		}
	}
	return ""
}

// askOf returns the asking clause a is, if it is one.
func (m model) askOf(a action) (ask, bool) {
	for _, k := range m.asks() {
		if k.act == a {
			return k, true
		}
	}
	return ask{}, false
}

// askFor returns the asking whose record or thing e is.
func (m model) askFor(e string) (ask, bool) {
	for _, k := range m.asks() {
		if k.record == e || k.thing == e {
			return k, true
		}
	}
	return ask{}, false
}

// fulfilling returns the asking a fulfils ("kitchens record deliveries" fulfils the orders).
func (m model) fulfilling(a action) (ask, bool) {
	for _, k := range m.asks() {
		if k.fulfil == a && a != (action{}) {
			return k, true
		}
	}
	return ask{}, false
}

// originOf names the state a claimed thing waits in from the verb of whoever made it ("staff log
// found items" → logged), when the claim changes that thing rather than keeping a record of its
// own.
func (m model) originOf(k ask) string {
	if k.act.Verb != "claim" || k.thing != "" {
		return ""
	}
	for _, b := range m.rd.Actions {
		if b.Object == k.act.Object && b.Actor != k.act.Actor && b.Actor != "system" && !askVerbs[b.Verb] && !changes(b) && !readsVerbs[b.Verb] {
			return pastTense(b.Verb)
		}
	}
	return ""
}

// states names an asking's lifecycle in the words of its verb: an application is submitted and
// approved or withdrawn, an order placed, a request requested and fulfilled.
func (k ask) states() (first, done, fulfil, cancel string) {
	if f := k.fulfil; f != (action{}) && k.thing != "" && f.Object == k.thing && actNoun(f) != "" {
		// "archivists fetch boxes for readers": a box request is fetched, by the fetch call.
		first, _, _, cancel = k.verbStates()
		return first, pastTense(f.Verb), f.Verb, cancel
	}
	return k.verbStates()
}

// verbStates are an asking's states by its own verb alone.
func (k ask) verbStates() (first, done, fulfil, cancel string) {
	switch {
	case k.origin != "":
		// A found item is claimed, then handed over once the claim is checked.
		return "claimed", "handed over", "hand over", "withdraw"
	}
	switch k.act.Verb {
	case "apply":
		return "submitted", "approved", "approve", "withdraw"
	case "order":
		return "placed", "fulfilled", "fulfil", "cancel"
	}
	return "requested", "fulfilled", "fulfil", "cancel"
}

// handedStates name the state a hand-over leaves a record in.
var handedStates = map[string]string{"dropoff": "dropped off", "delivery": "delivered", "shipment": "shipped", "dispatch": "dispatched", "handover": "handed over",
	"issue": "issued", "allocation": "allocated", "pickup": "picked up", "collection": "collected", "transfusion": "transfused"}

// handed is the state the hand clause leaves the record in ("handed over"); "" without one.
func (k ask) handed() string {
	if k.hand == (action{}) || k.returnable() {
		return ""
	}
	return orDefault(handedStates[lastWord(resource(k.hand))], "handed over")
}

// stateOf names the state a verb leaves a record in: cancel → cancelled, withdraw → withdrawn.
func stateOf(v string) string {
	switch v {
	case "cancel":
		return "cancelled"
	case "withdraw":
		return "withdrawn"
	}
	return pastTense(v)
}

// returnable reports whether what is asked for is handed out and must come back: a loan, or a
// thing the statement says must be returned.
func (k ask) returnable() bool {
	return k.kind == windowAsk && (k.returns || k.act.Verb == "borrow" || k.act.Verb == "rent" || k.act.Verb == "hire" || lentRecords[lastWord(k.record)])
}

// lentRecords are what a thing taken for a while and brought back is kept as, whichever verb
// asked for it ("customers reserve tools" a store rents out).
var lentRecords = set("loan", "rental", "hire")

// lifecycle writes the states an asking's record passes through, alternatives after a slash (no
// commas: it sits in a comma-separated field list), ending in what an unclaimed one lapses to.
func (k ask) lifecycle() string {
	if k.lapses != "" {
		return k.steps() + " / " + k.lapses
	}
	return k.steps()
}

// steps are the states an asking moves through by people's acts.
func (k ask) steps() string {
	first, done, _, cancel := k.states()
	end := "completed"
	if k.returnable() {
		end = "out → returned"
	}
	if k.held != "" {
		first = k.held // "unpaid → confirmed → …": a hold that lapses unless it is confirmed
		cancel = "release"
	}
	if k.origin != "" {
		first = k.origin + " → " + first // "logged → claimed → handed over"
	}

	switch {
	case k.kind == placeAsk:
		return k.placeSteps()
	case k.kind == windowAsk && k.by == "" && k.held != "":
		return k.held + " → confirmed → " + end + " / released / cancelled"
	case k.kind == windowAsk && k.by == "":
		return "confirmed → " + end + " / " + stateOf(cancel)
	case k.kind == windowAsk:
		return first + " → approved → " + end + " / declined / " + stateOf(cancel)
	case k.handed() != "":
		return first + " → " + done + " → " + k.handed() + " / declined / " + stateOf(cancel)
	}
	return first + " → " + done + " / declined / " + stateOf(cancel)
}

// recordPath is the collection path of an asking's records.
func (k ask) recordPath() string { return "/v1/" + slug(pluralNoun(k.record), "-") }

// thingPath is the collection path of what is asked for.
func (k ask) thingPath() string { return "/v1/" + slug(pluralNoun(k.thing), "-") }

// withFields adds fields to a row's field list before its state and timestamps.
func withFields(fields string, add ...string) string {
	have := map[string]bool{}
	for _, f := range strings.Split(fields, ", ") {
		name, _, _ := strings.Cut(f, " (")
		have[name] = true
	}
	add = slices.DeleteFunc(slices.Clone(add), func(f string) bool { name, _, _ := strings.Cut(f, " ("); return have[name] })
	if len(add) == 0 {
		return fields
	}
	if i := strings.Index(fields, ", status"); i >= 0 {
		return fields[:i] + ", " + strings.Join(add, ", ") + fields[i:]
	}
	return fields + ", " + strings.Join(add, ", ")
}

// withIndex adds an index to a row's index list.
func withIndex(idx, add string) string {
	if idx == "" {
		return add
	}
	return idx + "; " + add
}

// withStates says which states a row's status passes through.
func withStates(fields, states string) string {
	return strings.Replace(fields, ", status,", ", status ("+states+"),", 1)
}

// shapeAsked gives the rows an asking touches what the asking needs: its record a lifecycle,
// the thing it refers to and, for a span of time, the exclusion that keeps two from
// overlapping; stock its holder and the request it went to; what fulfils it a reference back.
func (m model) shapeAsked(e entity) entity {
	name := strings.ToLower(e.Name)
	for _, k := range m.asks() {
		switch {
		case k.record == name:
			e = m.shapeRecord(e, k)
		case k.thing == name && k.kind == stockAsk:
			var add []string
			if k.supply != (action{}) {
				add = append(add, slug(k.supply.Actor, "_")+"_id (where it is held)", slug(resource(k.supply), "_")+"_id (where it came from)")
			} else if k.by != "" {
				add = append(add, slug(k.by, "_")+"_id (where it is held)")
			}
			add = append(add, "type", slug(k.record, "_")+"_id (null until allocated)")
			e.Fields = withStates(withFields(e.Fields, add...), "available → reserved → issued / expired")
			e.Indexes = withIndex(e.Indexes, "(type, "+m.stockOrder(k)+") WHERE status = 'available': allocation reads the next units in order")
			e.Why = fmt.Sprintf("one row per %s in stock, handed out by count to %s; a unit goes to one %s only", k.thing, pluralNoun(k.record), k.record)
		case k.kind == placeAsk && sameThing(k.thing, name):
			e = m.placeShape(e, k, false)
		case k.thing == name && k.kind == windowAsk:
			e.Why = fmt.Sprintf("taken for spans of time through %s; which spans are free is read from them, never stored twice", pluralNoun(k.record))
		case k.fulfil != (action{}) && resource(k.fulfil) == name:
			e.Fields = withFields(e.Fields, slug(k.record, "_")+"_id")
			e.Why += fmt.Sprintf("; writing one fulfils its %s in the same transaction", k.record)
		}
	}
	return e
}

// shapeRecord gives an asking's record its request fields, its states and, for a span of time on
// one thing, the constraint that refuses an overlapping one.
func (m model) shapeRecord(e entity, k ask) entity {
	switch k.kind {
	case stockAsk:
		e.Fields = withFields(e.Fields, "type", "quantity", "needed_by")
		if k.by != "" {
			e.Fields = withFields(e.Fields, slug(k.by, "_")+"_id (who fulfils it)")
		}
	case placeAsk:
		e = m.placeShape(e, k, true)
	case windowAsk:
		e.Fields = strings.Replace(e.Fields, "starts_at, ends_at", "during (tstzrange, half-open)", 1)
		if !strings.Contains(e.Fields, "during") {
			e.Fields = withFields(e.Fields, "during (tstzrange, half-open)")
		}
		t := slug(k.thing, "_")
		e.Indexes = withIndex(e.Indexes, fmt.Sprintf("EXCLUDE USING gist (%s_id WITH =, during WITH &&) WHERE %s: no two live %s of one %s overlap", t, k.live(), pluralNoun(k.record), k.thing))
	default:
		if k.by != "" && !slices.Contains(strings.Split(e.Fields, ", "), slug(k.by, "_")+"_id") {
			e.Fields = withFields(e.Fields, slug(k.by, "_")+"_id (who fulfils it)")
		}
	}
	e.Fields = withStates(e.Fields, k.lifecycle())
	if k.by != "" && !strings.Contains(e.Indexes, "(status") {
		e.Indexes = withIndex(e.Indexes, fmt.Sprintf("(status, created_at) for the %s' queue of those waiting", pluralNoun(k.by)))
	}
	return e
}

// live is the condition on states in which an asking still holds its thing.
func (k ask) live() string {
	states := []string{"'confirmed'"}
	if k.held != "" {
		states = append([]string{"'" + k.held + "'"}, states...)
	}
	if k.by != "" {
		first, _, _, _ := k.states()
		states = []string{"'" + first + "'", "'approved'"}
	}
	if k.returnable() {
		states = append(states, "'out'")
	}
	if len(states) == 1 {
		return "status = " + states[0]
	}
	return "status IN (" + strings.Join(states, ", ") + ")"
}

// stockOrder is the order stock is handed out in: first to expire first where it expires, else
// oldest first.
func (m model) stockOrder(k ask) string {
	for _, l := range m.limitsOf(k.thing) {
		if l.Kind == "expire" || l.Kind == "valid" {
			return l.column
		}
	}
	return "created_at"
}

// askEndpoint is the call that makes an asking: a request for stock names a type and a count, a
// span of one thing is asked for on the thing and refused with 409 when it overlaps, anything
// else is a request on what it asks for.
func (m model) askEndpoint(k ask) endpoint {
	key := slug(k.record, "_")
	state, _, _, _ := k.states() // "placed" for an order, "submitted" for an application
	switch k.kind {
	case stockAsk:
		first, _, _, _ := k.states()
		return endpoint{Method: "POST", Path: k.recordPath(), Request: "{type, quantity, needed_by} + Idempotency-Key",
			Response: fmt.Sprintf("201 {%s_id, status: %s}", key, first), Idempotent: true,
			Note: fmt.Sprintf("asks for %s of a type, not particular ones; stock is allocated when it is fulfilled", pluralNoun(k.thing))}
	case placeAsk:
		return k.placeEndpoint()
	case windowAsk:
		if k.by == "" {
			state = orDefault(k.held, "confirmed")
		}
		return endpoint{Method: "POST", Path: k.thingPath() + "/{id}/" + slug(pluralNoun(k.record), "-"), Request: "{starts_at, ends_at} + Idempotency-Key",
			Response: fmt.Sprintf("201 {%s_id, status: %s}; 409 {clashes[], free[]} when the span overlaps a live %s", key, state, k.record), Idempotent: true,
			Note: fmt.Sprintf("the exclusion constraint decides: of two overlapping %s of one %s, the first to commit wins", pluralNoun(k.record), k.thing)}
	}
	e, _ := m.plainEndpoint(k.act, k.record)
	e.Response = fmt.Sprintf("201 {%s_id, status: %s}", key, state)
	return e
}

// askEndpoints are the calls an asking's lifecycle needs beyond making it: the asker cancels, the
// one who fulfils works through a queue and fulfils or declines, a span of a thing is looked up
// before it is asked for, and a lent thing is handed out and back.
func (m model) askEndpoints() []endpoint {
	var out []endpoint
	for _, k := range m.asks() {
		p, key := k.recordPath(), slug(k.record, "_")
		first, done, _, cancel := k.states()
		if k.kind == windowAsk {
			out = append(out, endpoint{Method: "GET", Path: k.thingPath() + "/{id}/availability?from=&to=", Response: "{free[]: {starts_at, ends_at}}",
				Note: fmt.Sprintf("the spans no live %s holds, read from the same rows the constraint checks", k.record)})
		}
		if k.kind == placeAsk {
			out = append(out, k.placeListing())
		}
		if k.by != "" || k.kind == stockAsk {
			out = append(out, m.fulfilEndpoints(k)...) // stock is handed out by someone, named or not
		}
		if k.held != "" {
			out = append(out, endpoint{Method: "POST", Path: p + "/{id}/confirm", Request: "{payment_ref} + If-Match: version", Response: fmt.Sprintf("{%s}; 409 once it was released", key), Idempotent: true,
				Note: fmt.Sprintf("pays or confirms %s before its hold_expires_at", article(k.held+" "+k.record))})
		}
		if k.returnable() {
			out = append(out, k.handoverEndpoint(),
				endpoint{Method: "POST", Path: p + "/{id}/return", Request: "If-Match: version (no body)", Response: fmt.Sprintf("{%s}", key), Idempotent: true,
					Note: fmt.Sprintf("the %s is back; frees the rest of its span", k.thing)})
		}
		until := "until it is " + done
		if k.kind == windowAsk || k.kind == placeAsk {
			until = "until it starts"
		} else if first == "submitted" {
			until = "until it is decided"
		}
		out = append(out, endpoint{Method: "POST", Path: p + "/{id}/" + slug(cancel, "-"), Request: "If-Match: version (no body)", Response: fmt.Sprintf("{%s}", key), Idempotent: true,
			Note: fmt.Sprintf("by the %s %s; frees what it held", k.act.Actor, until)})
	}
	return out
}

// handoverEndpoint is the call by which a lent thing goes out, and the call of a clause that
// records hand-overs of it ("porters record handovers").
func (k ask) handoverEndpoint() endpoint {
	by := ""
	if k.hand != (action{}) {
		by = fmt.Sprintf("by %s: ", article(personNoun(k.hand.Actor)))
	}
	return endpoint{Method: "POST", Path: k.recordPath() + "/{id}/handover", Request: "If-Match: version (no body)", Response: fmt.Sprintf("{%s, due_at}", slug(k.record, "_")), Idempotent: true,
		Note: fmt.Sprintf("%sthe %s goes out; %s", by, k.thing, map[bool]string{true: "its due date runs from now", false: "it is due back when its span ends"}[k.returns])}
}

// handing returns the asking whose later hand-over a is ("porters record handovers").
func (m model) handing(a action) (ask, bool) {
	for _, k := range m.asks() {
		if k.hand == a && a != (action{}) {
			return k, true
		}
	}
	return ask{}, false
}

// handEndpoint is the call of a clause that hands over what another clause readied: the lent
// thing's hand-over call, else a hand-over row made on the record it moves on.
func (m model) handEndpoint(k ask, a action) endpoint {
	if k.returnable() {
		return k.handoverEndpoint()
	}
	r := resource(a)
	_, done, _, _ := k.states()
	return endpoint{Method: "POST", Path: k.recordPath() + "/{id}/" + slug(pluralNoun(r), "-"), Request: "{notes} + Idempotency-Key", Response: fmt.Sprintf("201 {%s_id}; 409 unless it is %s", slug(r, "_"), done), Idempotent: true,
		Note: fmt.Sprintf("by %s: moves the %s from %s to %s in the same transaction", article(personNoun(a.Actor)), k.record, done, k.handed())}
}

// fulfilEndpoints are the calls of whoever answers an asking: the queue of those waiting, the
// fulfilment (allocating stock where it is stock) and the refusal. A decision the statement
// already names ("registrars approve loans") and a hand-over that fulfils ("kitchens record
// deliveries") are designed with their own clauses.
func (m model) fulfilEndpoints(k ask) []endpoint {
	p, key := k.recordPath(), slug(k.record, "_")
	first, _, fulfil, _ := k.states()
	decides := k.by != "" && m.changedBy(k.record, k.by)
	by := orDefault(k.by, "staff member")
	var out []endpoint
	if !decides {
		out = append(out, endpoint{Method: "GET", Path: p + "?status=" + first + "&cursor=", Response: "{items[], next_cursor}", Paginated: true,
			Note: fmt.Sprintf("the %s waiting for %s, oldest first", pluralNoun(k.record), article(by))})
	}
	switch {
	case k.kind == stockAsk && k.fulfil == (action{}):
		out = append(out, endpoint{Method: "POST", Path: p + "/{id}/" + slug(fulfil, "-"), Request: "If-Match: version (no body)", Response: fmt.Sprintf("{%s, allocated[]}", key), Idempotent: true,
			Note: fmt.Sprintf("by %s: allocates available %s %s in one transaction", article(by), pluralNoun(k.thing), m.orderWords(k))})
	case k.kind == plainAsk && k.fulfil == (action{}) && !decides:
		out = append(out, endpoint{Method: "POST", Path: p + "/{id}/" + slug(fulfil, "-"), Request: "If-Match: version (no body)", Response: fmt.Sprintf("{%s}", key), Idempotent: true,
			Note: fmt.Sprintf("by %s; a repeat is a no-op", article(by))})
	}
	return append(out, endpoint{Method: "POST", Path: p + "/{id}/decline", Request: "{reason} + If-Match: version", Response: fmt.Sprintf("{%s}", key), Idempotent: true,
		Note: fmt.Sprintf("by %s, while it is still %s", article(by), first)})
}

// changedBy reports whether the statement has someone change a record's state ("registrars
// approve loans").
func (m model) changedBy(record, who string) bool {
	return slices.ContainsFunc(m.rd.Actions, func(a action) bool { return a.Actor == who && changes(a) && resource(a) == record })
}

// waiting is the state a record waits in for someone else's decision: an asking is requested,
// anything else submitted.
func (m model) waiting(r string) string {
	if k, ok := m.askFor(r); ok && k.record == r {
		first, _, _, _ := k.states()
		return first
	}
	return "submitted"
}

// before is the path a record takes to the state it waits in.
func (m model) before(r string) string {
	if k, ok := m.askFor(r); ok && k.record == r {
		first, _, _, _ := k.states()
		return first
	}
	return "draft → submitted"
}

// writeSteps say how the service writes what an action keeps: a span of a shared thing under the
// constraint that refuses an overlap, a request for stock without choosing units yet, stock
// coming in with its expiry, a hand-over that fulfils its request; anything else as one row.
func (m model) writeSteps(a action, e endpoint, r, who string) []string {
	call := e.Method + " " + e.Path
	plain := fmt.Sprintf("{c:appsvc} checks the %s may do it and writes the %s row to {c:appdb} in one transaction{with_outbox}, under a unique idempotency key so a retried `%s` returns the first result.", who, r, call)
	if k, ok := m.askOf(a); ok {
		switch k.kind {
		case placeAsk:
			return k.placeWriteSteps(who)
		case windowAsk:
			return []string{
				fmt.Sprintf("{c:appsvc} inserts the %s with during = tstzrange(starts_at, ends_at, '[)'){with_outbox}; the exclusion constraint on (%s_id, during) refuses it inside the insert if a live %s of that %s overlaps, so two %s asking at the same moment cannot both get it.", r, slug(k.thing, "_"), r, k.thing, pluralNoun(who)),
				fmt.Sprintf("A refused insert (exclusion violation, SQLSTATE 23P01) writes nothing and answers 409 with the clashing spans and the free ones around them, read from the same rows as `GET %s/{id}/availability`.", k.thingPath()),
			}
		case stockAsk:
			first, _, _, _ := k.states()
			return []string{fmt.Sprintf("{c:appsvc} writes the %s row (type, quantity, needed_by) as %s{with_outbox}, under a unique idempotency key; no %s is chosen yet: units are allocated when %s fulfils it, from what is in stock then.", r, first, k.thing, article(orDefault(k.by, "staff member")))}
		}
	}
	for _, k := range m.asks() {
		switch {
		case k.kind == stockAsk && k.supply == a:
			return []string{plain, fmt.Sprintf("In the same transaction it inserts the %s the %s yields as available at that %s, each with its type%s, so stock is never counted apart from the rows that make it.", pluralNoun(k.thing), r, a.Actor, m.expiryClause(k.thing))}
		case k.fulfil == a && a != (action{}) && k.kind == stockAsk:
			// "wholesalers record dispatches": the dispatch takes the stock.
			return m.allocationSteps(k, fmt.Sprintf("{c:appsvc} writes the %s row and, in the same transaction on {c:appdb}{with_outbox}:", r))[1:3]
		case k.fulfil == a && a != (action{}):
			first, done, _, _ := k.states()
			return []string{fmt.Sprintf("{c:appsvc} writes the %s row and moves its %s from %s to %s (`WHERE status = '%s' AND version = ?`) in one transaction{with_outbox}; a second %s for a %s %s gets 409.", r, k.record, first, done, first, r, done, k.record)}
		case k.hand == a && a != (action{}) && k.returnable():
			return []string{fmt.Sprintf("{c:appsvc} moves the %s to out and sets due_at in one conditional update (`WHERE status IN (%s) AND version = ?`){with_outbox}, so the %s goes out once; a repeat returns the first result.", k.record, strings.TrimPrefix(strings.TrimSuffix(k.live(), ")"), "status IN ("), k.thing)}
		case k.hand == a && a != (action{}):
			_, done, _, _ := k.states()
			return []string{fmt.Sprintf("{c:appsvc} writes the %s row and moves its %s from %s to %s (`WHERE status = '%s' AND version = ?`) in one transaction{with_outbox}; one not yet %s gets 409.", r, k.record, done, k.handed(), done, done)}
		}
	}
	return []string{plain}
}

// expiryClause is ", expiring at created_at + 42 days" for a thing the statement says expires.
func (m model) expiryClause(thing string) string {
	for _, l := range m.limitsOf(thing) {
		if l.Kind == "expire" || l.Kind == "valid" {
			return fmt.Sprintf(" and %s = %s", l.column, l.setWhen())
		}
	}
	return ""
}

// allocationFlows fulfil requests for stock where no clause of the statement hands them over:
// the units are chosen and taken in one transaction.
func (m model) allocationFlows() []flow {
	var out []flow
	for _, k := range m.asks() {
		if k.kind == stockAsk && k.fulfil == (action{}) {
			out = append(out, flow{Name: "Fulfil " + withArticle(k.record), Steps: m.allocationSteps(k, "{c:appsvc}, in one transaction on {c:appdb}:")})
		}
	}
	return out
}

// allocationSteps take stock for a request: the queue, the skip-locked selection in stock order,
// too little stock, and who is told.
func (m model) allocationSteps(k ask, lead string) []string {
	things, rec, by := pluralNoun(k.thing), k.record, orDefault(k.by, "staff member")
	first, done, fulfil, _ := k.states()
	order, fresh := m.stockOrder(k), ""
	if order != "created_at" {
		fresh = fmt.Sprintf(" AND %s > $needed_by", order)
	}
	return []string{
		fmt.Sprintf("%s opens the queue (`GET %s?status=%s`), oldest needed_by first, and sends `POST %s/{id}/%s`.", upperFirst(article(by)), k.recordPath(), first, k.recordPath(), slug(fulfil, "-")),
		fmt.Sprintf("%s `SELECT … FROM %s WHERE type = $type AND status = 'available'%s ORDER BY %s LIMIT $quantity FOR UPDATE SKIP LOCKED`, marks those rows reserved with the %s's id, and moves the %s from %s to %s (`WHERE status = '%s' AND version = $seen`).", lead, slug(things, "_"), fresh, order, rec, rec, first, done, first),
		fmt.Sprintf("Fewer %s than asked for: the transaction rolls back and answers 409 with how many there are, so the %s fulfils in part or declines; two %s fulfilling at once skip each other's locked rows instead of waiting or taking the same unit.", things, by, pluralNoun(by)),
		fmt.Sprintf("{publish_lead} %sChanged {publish_prep} {c:queue}, and {c:notifyworker} tell the %s which %s are on their way.", camel(rec), k.act.Actor, things),
	}
}

// supplies reports whether a adds to the stock others ask for ("donation centres record
// donations"): nobody waits to hear of it.
func (m model) supplies(a action) bool {
	return slices.ContainsFunc(m.asks(), func(k ask) bool { return k.kind == stockAsk && k.supply == a })
}

// askStyle names what the database itself decides for the askings: no overlapping spans, no unit
// handed out twice.
func (m model) askStyle() string {
	for _, k := range m.asks() {
		switch k.kind {
		case placeAsk:
			return fmt.Sprintf(", where each %s takes one of %s's places by a conditional update on its count, and a full %s puts the rest on a waiting list", k.record, article(k.thing), k.thing)
		case windowAsk:
			return fmt.Sprintf(", where an exclusion constraint keeps two %s of one %s from overlapping", pluralNoun(k.record), k.thing)
		case stockAsk:
			return fmt.Sprintf(", where %s take %s from stock %s in one transaction", pluralNoun(k.record), pluralNoun(k.thing), m.orderWords(k))
		}
	}
	return ""
}

// orderWords says the order stock is handed out in.
func (m model) orderWords(k ask) string {
	if m.stockOrder(k) == "created_at" {
		return "oldest first"
	}
	return "first-expiring first"
}

// holder is who holds a thing in stock: whoever adds it, else whoever fulfils from it, else the
// one who asks for it.
func (m model) holder(thing string) string {
	for _, k := range m.asks() {
		switch {
		case k.thing != thing || k.kind != stockAsk:
		case k.supply != (action{}):
			return k.supply.Actor
		default:
			return orDefault(k.by, "staff member")
		}
	}
	return m.actorOf(thing)
}

// askFunctional states what each asking promises: stock handed out in order, no overlapping
// spans, and a lifecycle someone drives.
func (m model) askFunctional() []string {
	var out []string
	for _, k := range m.asks() {
		recs, by := pluralNoun(k.record), pluralNoun(orDefault(k.by, "staff"))
		switch k.kind {
		case stockAsk:
			out = append(out, fmt.Sprintf("%s fulfil %s from the %s in stock, %s; each moves %s (the %s may cancel until then)", upperFirst(by), recs, pluralNoun(k.thing), m.orderWords(k), k.lifecycle(), k.act.Actor))
		case placeAsk:
			out = append(out, m.placeFunctional(k))
		case windowAsk:
			out = append(out, fmt.Sprintf("%s is never %s by two %s for overlapping times: a clash is refused with the times still free; each %s moves %s", upperFirst(article(k.thing)), pastTense(k.act.Verb), pluralNoun(k.act.Actor), k.record, k.lifecycle()))
		default:
			if k.by != "" {
				_, _, fulfil, _ := k.states()
				out = append(out, fmt.Sprintf("%s %s or decline %s; each moves %s", upperFirst(by), fulfil, recs, k.lifecycle()))
			}
		}
	}
	return out
}

// askDives are the hard parts of asking: stock allocated under contention (and expiry), spans of
// one thing that must not overlap, and a request's lifecycle driven by two people.
func (m model) askDives() []deepDive {
	var out []deepDive
	for _, k := range m.asks() {
		switch {
		case k.kind == stockAsk:
			out = append(out, m.stockDive(k))
		case k.kind == placeAsk:
			out = append(out, m.placeDive(k))
		case k.kind == windowAsk:
			out = append(out, m.windowDive(k))
		case k.by != "" && !m.changedBy(k.record, k.by):
			out = append(out, m.lifecycleDive(k))
		}
	}
	return out
}

// stockDive allocates interchangeable units: one transaction, skip-locked, in expiry order.
func (m model) stockDive(k ask) deepDive {
	things, rec, by := pluralNoun(k.thing), k.record, orDefault(k.by, "staff member")
	order := m.stockOrder(k)
	title := fmt.Sprintf("No %s handed out twice: allocating stock to %s", k.thing, pluralNoun(rec))
	body := fmt.Sprintf("%s asks for a type and a count, not particular %s, so the hard step is allocation: %s fulfil many %s from the same stock at once. Allocation is one transaction in {c:appdb}: select available %s of the type ordered by %s, `LIMIT n FOR UPDATE SKIP LOCKED`, mark them reserved with the %s's id, and move the %s to fulfilled with a version check. SKIP LOCKED lets two allocations run side by side without taking the same unit or queueing behind each other, and a unit is tied to one %s only because its update requires status = 'available'. ",
		upperFirst(article(rec)), things, pluralNoun(by), pluralNoun(rec), things, order, rec, rec, rec)
	if l, ok := m.expiry(k.thing); ok {
		title = fmt.Sprintf("Allocating %s first-expiring first, before they expire", things)
		body += fmt.Sprintf("%s expire %s after %s, so the order is %s: the unit closest to expiry goes first, which keeps waste down, and a unit that would expire before it can be used is never offered (`%s > needed_by`, plus the time to get it there). The sweep that marks %s expired is housekeeping; no path depends on it, because every allocation checks %s itself. ",
			upperFirst(things), l.Span, orDefault(l.After, "they are recorded"), l.column, l.column, things, l.column)
		if h := m.holder(k.thing); h != k.act.Actor {
			body += fmt.Sprintf("What expires within a week is listed per %s by %s, so stock can be moved to where it will be used in time. ", h, l.column)
		}
	}
	body += fmt.Sprintf("Cancelling a fulfilled %s puts its units back as available in the same way, if they are still usable; stock levels per type are a query over these rows (an index on (type, %s) where available), never a counter kept beside them.", rec, order)
	return deepDive{Title: title, Weight: 10, Body: body}
}

// expiry returns the limit that makes a thing expire, if the statement gives one.
func (m model) expiry(thing string) (limit, bool) {
	for _, l := range m.limitsOf(thing) {
		if l.Kind == "expire" || l.Kind == "valid" {
			return l, true
		}
	}
	return limit{}, false
}

// windowDive keeps two people from taking one thing for overlapping spans.
func (m model) windowDive(k ask) deepDive {
	who, recs, t := pluralNoun(k.act.Actor), pluralNoun(k.record), k.thing
	span := ""
	if k.window != "" {
		span = fmt.Sprintf(" (%s)", k.window)
	}
	body := fmt.Sprintf("The crux is two %s asking for the same %s for spans that overlap%s, often at the same moment, when %s open. Checking for a clash and then inserting is a race: both checks pass and both inserts succeed. So {c:appdb} decides: each %s stores its span as a half-open range `[starts_at, ends_at)`, and an exclusion constraint `EXCLUDE USING gist (%s_id WITH =, during WITH &&) WHERE (%s)` refuses the second overlapping insert inside its own transaction. The loser gets 409 with the clashing spans and the free ones nearby, read from the same rows as the availability call, so their screen offers another time rather than an error. Half-open ranges let one %s end exactly when the next starts; a turnaround between uses (cleaning, handover) is kept by widening the stored range. Cancelling or declining takes %s out of the live states, which frees its span at once and keeps the history.",
		who, t, span, recs, k.record, slug(t, "_"), k.live(), k.record, article(k.record))
	if k.by != "" {
		body += fmt.Sprintf(" A requested %s holds its span while it waits for %s, so one left unanswered lapses after a set time instead of blocking the %s.", k.record, article(k.by), t)
	}
	for _, l := range m.limitsOf(k.record) {
		if l.Kind == "return" && l.Span != "" {
			body += fmt.Sprintf(" No %s may run longer than the %s the %s must come back within: the insert checks `upper(during) - lower(during) <= interval '%s'`, and an extension is a new span checked under the same constraint.", k.record, l.Span, t, l.Span)
		}
	}
	return deepDive{Title: fmt.Sprintf("Two %s, one %s: no overlapping %s", who, t, recs), Weight: 10, Body: body}
}

// lifecycleDive drives a request from requested to its end with two people acting on it.
func (m model) lifecycleDive(k ask) deepDive {
	recs := pluralNoun(k.record)
	first, done, _, cancel := k.states()
	body := fmt.Sprintf("%s is a state machine in {c:appdb} (%s), each step a conditional update (`WHERE status = '%s' AND version = ?`), so %s deciding it and the %s %s it at the same moment cannot both win: the second gets 409 with the current state. %s work from a queue of %s ones, oldest first, each handed to one of them with `FOR UPDATE SKIP LOCKED` and a short lease; every transition is kept as a row (who, when, from, to).",
		upperFirst(article(k.record)), k.lifecycle(), first, article(k.by), k.act.Actor, gerund(cancel), upperFirst(pluralNoun(k.by)), first)
	if k.fulfil != (action{}) {
		f := resource(k.fulfil)
		body += fmt.Sprintf(" Writing %s and moving its %s to %s are one transaction, so no %s is %s without %s and none twice.", article(f), k.record, done, k.record, done, article(f))
	}
	return deepDive{Title: fmt.Sprintf("%s from %s to %s, once", upperFirst(recs), first, done), Weight: 8, Body: body}
}

// gerund writes a verb's -ing form: cancel → cancelling, withdraw → withdrawing.
func gerund(v string) string {
	if strings.Contains(v, " ") {
		return onVerb(v, gerund)
	}
	switch {
	case v == "cancel":
		return "cancelling"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee"):
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

// askUseCases are the moments that test an asking: stock handed out as it nears its limit, a
// clash over one thing's span, a request answered, a limit passing.
func (m model) askUseCases() []string {
	var out []string
	for _, k := range m.asks() {
		_, done, fulfil, _ := k.states()
		switch {
		case k.kind == stockAsk:
			out = append(out, fmt.Sprintf("%s %ss %s from the %s in stock, %s", upperFirst(article(orDefault(k.by, "staff member"))), fulfil, article(k.record), pluralNoun(k.thing), m.orderWords(k)))
		case k.kind == placeAsk:
			out = append(out, k.placeUseCases()...)
		case k.kind == windowAsk:
			out = append(out, fmt.Sprintf("Two %s ask for the same %s for overlapping times: the first gets it, the second gets 409 and the free times", pluralNoun(k.act.Actor), k.thing))
		case k.by != "" && k.fulfil != (action{}):
			f := article(resource(k.fulfil))
			if k.fulfil.Object == k.thing && actNoun(k.fulfil) != "" {
				f = "the " + k.thing // "an archivist fetches the box for a waiting box request"
			}
			out = append(out, fmt.Sprintf("%s %s %s for a waiting %s, which marks it %s", upperFirst(article(personNoun(k.fulfil.Actor))), thirdPerson(k.fulfil.Verb), f, k.record, done))
			if h := k.handed(); h != "" {
				out = append(out, fmt.Sprintf("%s %s %s for a %s %s, which marks it %s", upperFirst(article(personNoun(k.hand.Actor))), thirdPerson(k.hand.Verb), article(resource(k.hand)), done, k.record, h))
			}
		case k.by != "" && !m.changedBy(k.record, k.by):
			out = append(out, fmt.Sprintf("%s sees the %s waiting and marks one %s or declines it", upperFirst(article(k.by)), pluralNoun(k.record), done))
		}
	}
	for _, l := range m.limits() {
		what := "marks it " + l.lapsed
		if l.Kind == "delete" {
			what = "deletes it"
		}
		out = append(out, fmt.Sprintf("%s passes its %s and the sweep %s", upperFirst(article(l.row)), l.column, what))
	}
	return out
}
