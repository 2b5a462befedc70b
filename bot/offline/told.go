package offline

import (
	"fmt"
	"slices"
)

// Who a composed design tells of a change is the person whose thing it is: the requester when
// their request is fulfilled or declined, the patient when a pharmacist verifies their refill,
// the owner of an animal someone applies for, the holder of a booking when its hold lapses.
// Someone who only happens to act elsewhere in the statement is not told: a crew logging its own
// callouts changes nothing of the office's.

// manyActing reports two or more kinds of people acting in the statement ("shelters list animals
// and adopters apply"): each then may need to hear of what the other did to their things.
func (m model) manyActing() bool {
	first := ""
	for _, a := range m.rd.Actions {
		if a.Actor == "" || a.Actor == "system" || a.Actor == "person" || readsVerbs[a.Verb] {
			continue // diners filtering dishes change nothing anyone needs to hear of
		}
		if first == "" {
			first = a.Actor
		} else if a.Actor != first {
			return true
		}
	}
	return false
}

// notifiedOf names the person told when actor makes or changes an e: the e's owner when someone
// else acted ("pharmacists verify refills" tells the patient), the asker when e answers their
// asking ("archivists fetch boxes" for a reader's box request), else the owner of what e is made
// on ("adopters apply for animals" a shelter lists); "" when it is nobody else's.
func (m model) notifiedOf(e, actor string) string {
	if !m.tells && !m.manyActing() {
		return ""
	}
	person := func(a string) bool {
		return a != "" && a != actor && a != "person" && a != "system" && !isMachine(a) && !slicesContains(m.rd.named, a) && slicesContains(m.rd.Actors, a)
	}
	if owner := m.actorOf(e); person(owner) && m.created(e) {
		return owner
	}
	for _, k := range m.asks() {
		if (resource(k.fulfil) == e && k.fulfil != (action{}) || resource(k.hand) == e && k.hand != (action{})) && person(k.act.Actor) {
			return k.act.Actor
		}
	}
	for _, o := range m.refs(e) {
		if owner := m.actorOf(o); m.created(o) && person(owner) {
			return owner
		}
	}
	return ""
}

// told names the first person a change tells, and the thing of theirs it changes: a claimant
// waiting on what they claimed, an action by someone else on it, or a limit passing on it.
func (m model) told() (who, what string) {
	for _, k := range m.asks() {
		if k.origin != "" && k.by != k.act.Actor && (m.tells || m.manyActing()) && !isMachine(k.act.Actor) {
			// "riders claim found items staff log": the rider waits on the hand-over, the maker
			// only works the queue of claims.
			return k.act.Actor, k.record
		}
	}
	for _, a := range m.rd.Actions {
		r := resource(a)
		if r == "" || readsVerbs[a.Verb] || a.Actor == "system" || m.supplies(a) {
			continue
		}
		if n := m.notifiedOf(r, a.Actor); n != "" {
			return n, m.theirs(r, n)
		}
	}
	for _, k := range m.asks() {
		if (k.by != "" || k.kind == stockAsk) && k.by != k.act.Actor && (m.tells || m.manyActing()) && !isMachine(k.act.Actor) {
			return k.act.Actor, k.record // the requester hears when someone fulfils or declines their request
		}
	}
	for _, l := range m.limits() {
		if owner := m.actorOf(l.row); m.created(l.row) && l.Kind != "delete" && (m.tells || m.manyActing()) && !isMachine(owner) && owner != "person" {
			return owner, l.row // "unpaid bookings are released": the booker hears of it
		}
	}
	return "", ""
}

// theirs names the thing of who's that a change to r changes: r itself when it is theirs, else
// the asking it answers or the thing it is made on.
func (m model) theirs(r, who string) string {
	if m.actorOf(r) == who && m.created(r) {
		return r
	}
	for _, k := range m.asks() {
		if k.act.Actor == who && (resource(k.fulfil) == r || resource(k.hand) == r) {
			return k.record
		}
	}
	for _, o := range m.refs(r) {
		if m.actorOf(o) == who {
			return o
		}
	}
	return r
}

// changesTo lists what others do to a thing, as the states they leave it in: "fetched, handed
// over or declined", "verified", "released".
func (m model) changesTo(what, who string) string {
	var out []string
	add := func(s string) {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	if k, ok := m.askFor(what); ok && k.record == what {
		_, done, _, _ := k.states()
		if k.by != "" || k.fulfil != (action{}) {
			add(done)
			add(k.handed())
			add("declined")
		}
		if k.hand != (action{}) && k.returnable() {
			add("handed out")
		}
	}
	for _, a := range m.rd.Actions {
		if a.Actor != who && changes(a) && resource(a) == what {
			add(pastTense(a.Verb))
		}
		if a.Actor != who && a.Actor != "system" && !changes(a) && !readsVerbs[a.Verb] && resource(a) != what && slices.Contains(m.refs(resource(a)), what) {
			add("given " + article(resource(a))) // an application made on their animal
		}
	}
	for _, l := range m.limitsOf(what) {
		if l.Kind != "delete" {
			add(l.lapsed)
		}
	}
	return series(out, "or", "changed by someone else")
}

// toldDive designs telling the person whose thing changed, and only them.
func (m model) toldDive() (deepDive, bool) {
	who, what := m.told()
	if who == "" {
		return deepDive{}, false
	}
	return deepDive{Title: fmt.Sprintf("Telling %s when their %s change", pluralNoun(who), pluralNoun(what)), Weight: 6, Body: fmt.Sprintf(
		"%s hear when %s %s is %s, and nobody else is told: the event names the %s and so its %s. Each change {handoff} the row it changes, so no notification is sent for a change that rolled back and none is lost for one that committed. {c:notifyworker} look up that %s's channel preferences, send through {c:pushprov} with email as fallback, and record the event id as sent, so a redelivery sends nothing twice; the one who made the change is never told of their own act. Bursts (many changes to one %s) collapse into one message per minute.",
		upperFirst(pluralNoun(who)), article(personNoun(who))+"'s", what, m.changesTo(what, who), what, who, who, what)}, true
}
