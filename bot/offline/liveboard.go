package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// A board of shared things that staff change and others must see at once (beds a ward frees
// for the ED, trails rangers close, crossings technicians mark faulty) is hard in its push, not
// in its size: a few thousand rows fit any database, and what must hold is that a change reaches
// every screen watching that hospital or depot within the stated bound. liveBoard adds that
// design to a composed feature whose main thing no one owns, when the statement asks for changes
// in real time.

// liveBoundRe finds the bound a statement puts on seeing a change: "under 3 s", "within 5
// seconds".
var liveBoundRe = regexp.MustCompile(`(?i)\b(?:under|within|in under|in less than|less than|below)\s+(\d+(?:\.\d+)?|a|one)\s*(s|secs?|seconds?|ms|milliseconds?|mins?|minutes?)\b`)

// liveBoard is f with a deep dive on pushing each change of its shared main thing to the
// screens subscribed to its group, and the group's id on the thing's row.
func liveBoard(f *feature, problem string) *feature {
	if len(f.Entities) == 0 || slices.ContainsFunc(f.Deep, func(d deepDive) bool { return strings.Contains(d.Title, "always current") }) {
		return f
	}
	i := slices.IndexFunc(f.Entities, boardThing)
	if i < 0 {
		return f // one person's things: their own screens, not a board
	}
	main := f.Entities[i]
	id := slug(strings.ToLower(main.Name), "_") + "_id"
	group := boardGroup(problem, f.Entities, strings.ToLower(main.Name))
	bound := "a few seconds"
	if m := liveBoundRe.FindStringSubmatch(problem); m != nil {
		n, unit := strings.ToLower(m[1]), strings.ToLower(m[2])
		if n == "a" || n == "one" {
			n = "1"
		}
		switch unit[0] {
		case 's':
			bound = n + " s"
		case 'm':
			if strings.HasPrefix(unit, "mi") && !strings.HasPrefix(unit, "mil") {
				bound = n + " min"
			} else {
				bound = n + " ms"
			}
		}
	}
	things, gid := pluralNoun(strings.ToLower(main.Name)), slug(group, "_")+"_id"
	c := *f
	c.Entities = slices.Clone(f.Entities)
	if !strings.Contains(main.Fields, gid) {
		c.Entities[i] = main
		add := ", " + gid
		if !strings.Contains(main.Fields, "version") {
			add += ", version"
		}
		c.Entities[i].Fields = strings.Replace(main.Fields, id, id+add, 1)
		c.Entities[i].Indexes = fmt.Sprintf("(%s, status)", gid)
	}
	c.Deep = append(slices.Clone(f.Deep), deepDive{Title: fmt.Sprintf("A live board of %s per %s, within %s", things, group, bound), Weight: 9, Body: fmt.Sprintf(
		"The rows are few and the writes rare; what is hard is that every screen watching a %s sees a change within %s. Each change is one conditional update in {c:appdb} (WHERE version = :seen, so two people changing one %s at once cannot both win unseen) that commits the new status, a version, and an event row in the same transaction. The service publishes the committed event to {c:ws} on a channel per %s; each screen subscribes to the channels of the %ss it shows and applies changes in version order. A screen that reconnects, or sees a gap in versions, re-reads its %ss' current %s by the (%s, status) index and resubscribes, so a lost push costs one read, not a wrong board; a screen whose connection has been silent for longer than %s (the gateway sends a heartbeat every second) marks itself stale rather than showing old %s as current. Push latency is measured from commit to screen and alerted on against the %s bound.",
		group, bound, strings.ToLower(main.Name), group, group, group, things, gid, bound, things, bound)})
	return &c
}

// boardAttrs are what a statement says of a thing ("update the status of 600 berths"), not a
// thing on the board.
var boardAttrs = set("status", "state", "update", "availability", "level", "change", "event")

// boardThing says an entity is a thing on a board: keyed by its own id (no one's), and neither a
// place, an audit record nor something said of another thing.
func boardThing(e entity) bool {
	n := strings.ToLower(e.Name)
	id := slug(n, "_") + "_id"
	return e.Partition == id && !boardAttrs[lastWord(n)] && !placeEntities[n] && !isOrg(n) && !strings.Contains(n, "audit")
}

// boardGroup is what a board's things are grouped by: the statement's ward, unit or depot, else
// a place among the entities, else a site.
func boardGroup(problem string, es []entity, main string) string {
	if m := workScopeRe.FindString(problem); m != "" && singularNoun(strings.ToLower(m)) != main {
		return singularNoun(strings.ToLower(m))
	}
	for _, e := range es {
		if n := strings.ToLower(e.Name); n != main && (placeEntities[n] || isOrg(n)) {
			return n
		}
	}
	return "site"
}
