package offline

import (
	"fmt"
	"slices"
	"strings"
)

// Someone assigning one kind of thing to another ("dispatchers assign repair crews to
// outages", "the agency assigns stenographers to depositions") keeps the assignment as a row of
// its own, and what must never happen depends on the thing assigned to: one open outage per
// crew, or, when what they go to is booked for a time, no stenographer on two depositions that
// overlap.

// assignVerbs give their object to a target named after "to".
var assignVerbs = set("assign", "allocate", "dispatch", "match", "pair", "send", "deploy", "roster", "rota", "attach", "post")

// readTarget reads what an assigning clause's object goes to, at toks[k] ("to outages"), and
// how many tokens that took; 0 when the clause names none, or names people the object is sent
// to rather than a thing it is assigned to.
func (rd *reading) readTarget(a *action, toks []token, k int) int {
	if a.Object == "" || !assignVerbs[a.Verb] || k >= len(toks) || toks[k].lower != "to" {
		return 0
	}
	to, m := objectAt(toks, k+1)
	if w := strings.Fields(to); len(w) > 1 && strings.HasSuffix(w[0], "ing") {
		to = strings.Join(w[1:], " ") // "to arriving vessels": vessels, whatever they are doing
	}
	if to == "" || to == a.Object {
		return 0
	}
	a.To = to
	rd.addEntity(to)
	return m + 1
}

// assigned is the statement's first assignment of one thing to another.
func (m model) assigned() (action, bool) {
	i := slices.IndexFunc(m.rd.Actions, func(a action) bool { return a.To != "" && a.Object != "" })
	if i < 0 {
		return action{}, false
	}
	return m.rd.Actions[i], true
}

// assignedTo reports a thing the statement assigns something to.
func (rd *reading) assignedTo(e string) bool {
	return e != "" && slices.ContainsFunc(rd.Actions, func(a action) bool { return a.To == e })
}

// timed reports a thing the statement books or schedules for a time: what is assigned to it is
// held for that time, not until someone releases it.
func (m model) timed(e string) bool {
	return slices.ContainsFunc(m.rd.Actions, func(a action) bool {
		return a.Object == e && (a.Verb == "book" || a.Verb == "schedule" || a.Verb == "reserve" || a.Verb == "plan")
	})
}

func (m model) assignDive() (deepDive, bool) {
	a, ok := m.assigned()
	if !ok {
		return deepDive{}, false
	}
	x, y, who := a.Object, a.To, pluralNoun(a.Actor)
	if slices.Contains(m.rd.bodies, a.Actor) {
		who = "staff of the " + a.Actor // "the agency assigns": one body, several people at it
	}
	xs, ys := pluralNoun(x), pluralNoun(y)
	xid, yid := slug(x, "_")+"_id", slug(y, "_")+"_id"
	title := fmt.Sprintf("Assigning %s to %s: one open %s per %s", xs, ys, y, x)
	rule := fmt.Sprintf("A partial unique index on (%s) WHERE released_at IS NULL keeps one open assignment per %s: %s already on %s cannot be given another until that one is released, and releasing it is part of the same transaction that closes the %s, so the list of free %s never lags.",
		xid, x, article(x), article(y), y, xs)
	if m.timed(y) {
		title = fmt.Sprintf("Assigning %s to %s: never one %s on two %s that overlap", xs, ys, x, ys)
		rule = fmt.Sprintf("%s are booked for a time, so the rule is on time rather than on open rows: the assignment carries the %s's start and end, and an exclusion constraint (EXCLUDE USING gist (%s WITH =, tstzrange(starts_at, ends_at) WITH &&)) refuses %s on two %s that overlap; moving a %s's time re-checks its assignment in the same transaction.",
			upperFirst(ys), y, xid, article(x), ys, y)
	}
	return deepDive{Title: title, Weight: 8, Body: fmt.Sprintf(
		"Each assignment is a row of its own (%s, %s, assigned_by, assigned_at, released_at), not a column on either side, so a reassignment keeps its history and anyone can see who had each %s. %s Two %s assigning the same %s at once cannot both win: the insert is one statement guarded by that constraint, and the one who loses is shown where the %s is now. The screen %s assign from lists the %s free for a %s from those same rows, so it never offers one the constraint would refuse.",
		xid, yid, y, rule, who, x, x, who, xs, article(y))}, true
}

// assignEndpoint assigns one thing to another, on the thing assigned to: the row it makes is
// the assignment, and a refusal says where the thing is now.
func (m model) assignEndpoint(a action) endpoint {
	xid := slug(a.Object, "_") + "_id"
	return endpoint{Method: "POST", Path: "/v1/" + slug(pluralNoun(a.To), "-") + "/{id}/assignments", Request: fmt.Sprintf("{%s} + Idempotency-Key", xid),
		Response: fmt.Sprintf("201 {assignment_id, %s, %s_id}; 409 {%s_id it is on now}", xid, slug(a.To, "_"), slug(a.To, "_")), Idempotent: true,
		Note: fmt.Sprintf("%s %s to the %s by %s", pastTense(a.Verb), article(a.Object), a.To, article(a.Actor))}
}

// shapeAssigned gives the assignment row what assignDive says of it: both sides, who assigned
// it, when it was released, and the index that keeps one open assignment per thing (or the
// times an exclusion constraint compares).
func (m model) shapeAssigned(e entity) entity {
	a, ok := m.assigned()
	if !ok || e.Name != "Assignment" {
		return e
	}
	xid, yid := slug(a.Object, "_")+"_id", slug(a.To, "_")+"_id"
	e.Partition = yid
	e.Fields = strings.Join([]string{"assignment_id", xid, yid, "assigned_by", "assigned_at", "released_at"}, ", ")
	e.Indexes = fmt.Sprintf("unique (%s) where released_at is null; (%s, assigned_at desc)", xid, yid)
	if m.timed(a.To) {
		e.Fields += ", starts_at, ends_at"
		e.Indexes = fmt.Sprintf("exclude using gist (%s with =, tstzrange(starts_at, ends_at) with &&); (%s, assigned_at desc)", xid, yid)
	}
	e.Why = fmt.Sprintf("who is on which %s, one row per assignment so a reassignment keeps its history; read by %s and by %s", a.To, a.To, a.Object)
	return e
}
