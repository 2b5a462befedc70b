package offline

import (
	"fmt"
	"slices"
	"strings"
)

// Who owns a record is not always who writes it. An inspector's inspection of a well, a scale
// operator's weigh-in at an elevator, a vet's treatment at a clinic are the organisation's
// records about a shared thing: they are listed by the thing or the site, and a write is allowed
// by the writer's role there, not because the row carries their id. A person's own things (their
// journal entries, their budget, their family's tasks) stay theirs.

// recordKeepers are roles whose writes are the organisation's records, beyond the staff that
// work at a site (load.go's staffRoles).
var recordKeepers = set("vet", "veterinarian", "doctor", "dentist", "clinician", "paramedic", "dispatcher", "archivist", "curator",
	"auditor", "assessor", "surveyor", "registrar", "controller", "scientist", "analyst", "engineer")

// ownWriters are staffRoles whose writes are mostly their own: an employee's expenses, a
// driver's payment of a citation.
var ownWriters = set("employee", "driver", "courier")

// ownThings are records that are the person's who makes them, unless staff make them for the
// organisation (a librarian's loans): what people write for themselves, ask for or spend.
var ownThings = set("note", "photo", "journal", "entry", "diary", "budget", "expense", "claim", "timesheet", "application", "profile",
	"goal", "habit", "reminder", "bookmark", "playlist", "list", "wishlist", "message", "post", "comment", "favourite", "favorite",
	"preference", "setting", "resume", "cv", "draft", "booking", "reservation", "order", "request", "submission", "task", "todo",
	"to-do", "upload", "album", "video", "recipe", "plan", "workout", "meal", "loan", "subscription", "donation", "bid", "vote", "rsvp")

// siteWords are places staff work at, by which their records are kept together.
var siteWords = set("elevator", "clinic", "site", "depot", "station", "branch", "warehouse", "store", "yard", "plant", "mill", "farm",
	"port", "terminal", "school", "hospital", "ward", "office", "lab", "laboratory", "practice", "pharmacy", "kitchen", "library",
	"centre", "center", "base", "team", "unit", "hall", "venue", "park", "pool")

// keeperRole says an actor writes the organisation's records rather than their own.
func keeperRole(who string) bool {
	w := singularNoun(lastWord(who))
	return staffRoles[w] && !ownWriters[w] || recordKeepers[w]
}

// keptAbout says a record is the organisation's, not its writer's, and names what it is kept
// by: the site it is made at, else the thing it is about, else "" (its own id). ok is false for
// a person's own thing, and for a record neither written by staff nor said to belong to a thing.
func (m model) keptAbout(e, who string) (scope string, ok bool) {
	if ownThings[lastWord(e)] && !keeperRole(who) || e == m.rd.mutual {
		return "", false
	}
	// "elevator" ends like "operator": a site is never a person, whatever its suffix.
	stated := slices.DeleteFunc(slices.Clone(m.rd.attrs.refsOf(e)), func(t string) bool { return isPeople(t) && !isSite(t) })
	if !keeperRole(who) && len(stated) == 0 {
		return "", false
	}
	for _, t := range stated {
		if isSite(t) {
			return t, true // a weigh-in at an elevator
		}
	}
	if len(stated) > 0 {
		return stated[0], true
	}
	if ts := m.keeperThings(e, who, true); len(ts) > 0 {
		return ts[0], true // a moving of a case: the case's history
	}
	if s := m.workSite(); s != "" {
		return s, true // a treatment at one of 120 clinics
	}
	if ts := m.keeperThings(e, who, false); len(ts) > 0 {
		return ts[0], true // "inspectors visit wells and file inspections": a well's inspection
	}
	return "", true
}

// isSite says a thing is a place people work at rather than a thing they work on.
func isSite(t string) bool { return siteWords[lastWord(t)] || isOrg(t) }

// keeperThings are the shared things a record is about: what its own actions act on (own), or
// what its writer acts on elsewhere ("inspectors visit wells and file inspections").
func (m model) keeperThings(e, who string, own bool) []string {
	var out []string
	for _, a := range m.rd.Actions {
		if mine := resource(a) == e; mine == own && (mine || a.Actor == who) && a.Object != "" && a.Object != e &&
			!isPeople(a.Object) && !slicesContains(m.rd.Actors, a.Object) && slicesContains(m.kept, a.Object) && !m.created(a.Object) {
			out = appendNew(out, a.Object)
		}
	}
	return out
}

// workSite is the place the statement says staff work at, in the plural ("120 clinics", "its
// depots"), or "": one "sheet-music library" is the whole organisation, and a key that every row
// shares spreads nothing.
func (m model) workSite() string {
	for _, w := range m.rd.words {
		w = strings.Trim(w, ".,;:'")
		if one := singularNoun(w); siteWords[one] && one != w && one != "team" && one != "unit" {
			return one
		}
	}
	return ""
}

// keptRow turns a record someone made into the organisation's record about scope: partitioned
// and listed by the site or thing, its writer a reference.
func keptRow(row entity, e, who, scope string) entity {
	id, whoID := slug(e, "_")+"_id", slug(who, "_")+"_id"
	part := id
	if scope != "" {
		part = slug(scope, "_") + "_id"
	}
	fields := strings.Split(row.Fields, ", ")
	if i := slices.Index(fields, whoID); i >= 0 && keeperRole(who) {
		fields[i] = whoID + " (who recorded it)"
	}
	if part != id && !slices.Contains(fields, part) {
		fields = slices.Insert(fields, 1, part)
	}
	row.Fields, row.Partition = strings.Join(fields, ", "), part
	row.Indexes = strings.Replace(row.Indexes, "("+whoID+", created_at desc)", "("+part+", created_at desc); ("+whoID+", created_at desc)", 1)
	list := "by id"
	if part != id {
		list = fmt.Sprintf("by id and as \"%s %s\"", possessive(scope), pluralNoun(e))
	}
	_, fks, _ := strings.Cut(row.Why, "; foreign keys ")
	if part != id && !strings.Contains(fks, part) {
		fks = strings.TrimPrefix(fks+", "+part+" → "+upperFirst(scope), ", ")
	}
	row.Why = fmt.Sprintf("read %s; the organisation's record, not the %s's who wrote it: writes are allowed by role", list, who)
	if !keeperRole(who) {
		row.Why = fmt.Sprintf("read %s; the organisation's record, which the %s it names reads: writes are allowed by role", list, who)
	}
	if fks != "" {
		row.Why += "; foreign keys " + fks
	}
	return row
}

// mainKept says the main things are the organisation's records, and what they are kept by.
func (m model) mainKept() (scope string, ok bool) {
	if m.derivedFrom(m.main) != "" || !m.created(m.main) {
		return "", false
	}
	return m.keptAbout(m.main, m.actorOf(m.main))
}

// keptAccess says how writes to records the organisation keeps are allowed: by the caller's
// role at the site or thing, not by an owner's id on the row.
func (m model) keptAccess(entry, scope string) string {
	where := ""
	if isSite(scope) {
		where = " and the " + pluralNoun(scope) + " they are assigned to"
	}
	return fmt.Sprintf("%s verifies short-lived OAuth 2.0 tokens; %s are the organisation's records, not any one %s's, so each write is checked against the caller's role (who may record, who may correct or approve)%s, and every change keeps who made it.",
		upperFirst(entry), pluralNoun(m.main), m.actorOf(m.main), where)
}

// keptPlacement says how the organisation's records are spread and cached when a site or thing
// keeps them: by its id, so its list is one shard, and no one's "my" list.
func (m model) keptPlacement(scope string) (partitioning, caching string) {
	p, key := pluralNoun(m.main), slug(scope, "_")+"_id"
	partitioning = fmt.Sprintf("{c:appdb} by %s: %s %s stay on one shard, so its list and history are a single-shard query; who recorded each is a column, not the key.", key, possessive(scope), p)
	caching = fmt.Sprintf("{c:cache}: %s by id and each %s's first page of %s, cache-aside, TTL 10 min, deleted after the commit that changes them.", p, scope, p)
	return partitioning, caching
}
