package offline

import (
	"fmt"
	"slices"
	"strings"
)

// measureNouns are quantities a sensor or a person measures: a value at a time, kept as a field
// of a reading, not a thing with a life of its own ("valves send vibration and pressure" keeps
// readings with a vibration and a pressure).
var measureNouns = set("vibration", "pressure", "temperature", "humidity", "moisture", "voltage", "amperage", "turbidity", "salinity",
	"conductivity", "rpm", "decibel", "luminance", "radiation", "ph")

// positionNouns name where a sender is: one position is kept per report, whatever the statement
// calls it.
var positionNouns = set("gps", "geolocation", "coordinates")

// readingsOfMeasures renames what a clause reports when it is a measurement: "pumps send
// vibration" keeps readings whose fields are the measurements the statement names, and "buses
// report gps" keeps positions.
func (rd reading) readingsOfMeasures() reading {
	var measures []string
	for _, w := range rd.words {
		if measureNouns[w] && !slicesContains(measures, w) {
			measures = append(measures, w)
		}
	}
	renamed := map[string]string{}
	acts := slices.Clone(rd.Actions)
	for i, a := range acts {
		w := lastWord(a.Object)
		switch {
		case measureNouns[w] && a.Kept == "":
			if a.Actor != "system" && !actorWords[lastWord(a.Actor)] && !slicesContains(rd.sensors, a.Actor) {
				rd.sensors = append(slices.Clip(rd.sensors), a.Actor) // a nurse who records temperature stays a nurse
			}
			renamed[a.Object] = "reading"
			acts[i].Object = "reading"
			if a.Has == "" {
				acts[i].Has = strings.Join(append(slices.Clone(measures), "measured_at"), ", ")
			}
		case positionNouns[w] && a.Kept == "":
			renamed[a.Object] = "position"
			acts[i].Object = "position"
		}
	}
	if len(renamed) == 0 {
		return rd
	}
	var ents []string
	for _, e := range rd.Entities {
		if r, ok := renamed[e]; ok {
			e = r
		} else if measureNouns[lastWord(e)] {
			continue // "vibration and pressure readings": pressure is a field of the reading
		}
		if !slicesContains(ents, e) {
			ents = append(ents, e)
		}
	}
	rd.Actions, rd.Entities = acts, ents
	return rd
}

// ownsMain says the owner makes the design's main things, or the system makes them for the
// owner, so "their" list is theirs: "wards request medicines" gives wards their requests,
// "harbour masters assign berths" gives harbour masters no berths, and an engineer does not own
// what valves report.
func (m model) ownsMain() bool {
	if m.rd.device(m.owner) || vehicleWords[lastWord(m.owner)] {
		return false
	}
	makes := func(who func(string) bool) bool {
		return slices.ContainsFunc(m.rd.Actions, func(a action) bool {
			return who(a.Actor) && resource(a) == m.main && !changes(a) && !readsVerbs[a.Verb]
		})
	}
	if makes(func(who string) bool { return who == m.owner }) {
		return true
	}
	// "a build farm that runs builds for engineers": what the system makes and no one else does
	// is made for the people it serves.
	return makes(func(who string) bool { return who == "system" }) && !makes(func(who string) bool { return who != "system" })
}

// ofTheirs is the owner's place the statement puts the main things in, "" when it names none:
// "harbour masters manage the moorings of their harbour" → harbour.
func (m model) ofTheirs() string {
	main := strings.ToLower(pluralNoun(m.main))
	w := m.rd.words
	for i := 0; i+3 < len(w); i++ {
		if w[i] == lastWord(main) && w[i+1] == "of" && (w[i+2] == "their" || w[i+2] == "its") {
			return singularNoun(w[i+3])
		}
	}
	return ""
}

// seesOwn is the requirement that the owner sees their main things, worded for what the
// statement says they hold; ok is false when the owner does not make them.
func (m model) seesOwn() (string, bool) {
	if !m.ownsMain() || slices.Contains(m.rd.bodies, m.owner) {
		return "", false // one body's own things are all there is: no "my" list to speak of
	}
	return fmt.Sprintf("%s see %s and each one's current state", upperFirst(pluralNoun(m.owner)), m.ownPhrase()), true
}

// ownPhrase names the owner's main things as the statement relates them: "their moorings", or
// "the moorings of their harbour".
func (m model) ownPhrase() string {
	if place := m.ofTheirs(); place != "" {
		return fmt.Sprintf("the %s of their %s", pluralNoun(m.main), place)
	}
	return "their " + pluralNoun(m.main)
}

// sharedMain says the main entity's row is keyed by its own id (a berth harbour masters assign,
// not one they make): no line may call it one person's.
func (m model) sharedMain(es []entity) bool {
	i := slices.IndexFunc(es, func(e entity) bool { return e.Name == upperFirst(m.main) })
	return i >= 0 && es[i].Partition == slug(m.main, "_")+"_id"
}

// bodyWords are groups and places that act beside orgWords: people act for them, and a
// harbour or a team has a name and a place, not an email and a password.
var bodyWords = set("harbour", "harbor", "team", "crew", "squad", "ward", "pantry", "cooperative", "co-op", "trust", "authority", "district",
	"department", "committee", "board", "depot", "store")

// isOrg says an actor is an organisation or place rather than a person.
func isOrg(who string) bool {
	w := lastWord(who)
	return orgWords[w] && !homeWords[w] || bodyWords[w]
}

// orgRow is the row of an organisation that acts: its name and where it is, and the people who
// act for it as members, each signing in as themselves.
func orgRow(a string) entity {
	id := slug(a, "_") + "_id"
	return entity{Name: upperFirst(a), Store: "appdb", Key: id + " (Snowflake)", Partition: id, Indexes: "unique(name); " + slug(a, "_") + "_members (" + id + ", user_id) primary key",
		Fields: id + ", name, address, location (lat, lng), created_at; " + slug(a, "_") + "_members: " + id + ", user_id, role, added_at",
		Why:    fmt.Sprintf("one row per %s: its name and where it is; the people who act for it are members with a role, each signing in as themselves, so what %s does is done by a named person", a, article(a))}
}

// measured says an entity is the readings a clause reports: they are their sender's, whoever
// reads them.
func (m model) measured(e string) bool {
	return slices.ContainsFunc(m.rd.Actions, func(a action) bool {
		return resource(a) == e && (e == "reading" || e == "position") && a.Actor != "system"
	})
}

// device says an actor is a machine: by its noun, or because it reports measurements.
func (rd reading) device(who string) bool { return isMachine(who) || slicesContains(rd.sensors, who) }
