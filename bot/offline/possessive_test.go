package offline

import (
	"slices"
	"strings"
	"testing"
)

// TestPossessiveQualifies reads an owner's word ("a pharmacy's robot", "our members' loans") as a
// qualifier of what follows, never as a verb, an entity or an actor of its own, for 's and s'
// alike; a phrase in single quotes keeps its closing quote.
func TestPossessiveQualifies(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		actor     string // an actor the reading must hold
		entity    string // an entity the reading must hold
		action    [3]string
	}{
		{statement: "a hospital pharmacy's robot dispensing system: 3 robots pick about 9,000 medication orders a day, every dose is barcode-checked before it leaves",
			actor: "robot", entity: "medication order", action: [3]string{"robot", "pick", "medication order"}},
		{statement: "our members' loans are approved by officers", actor: "member", entity: "loan"},
		{statement: "a county library's vans deliver crates of books to 30 branches and librarians log returns",
			actor: "librarian", action: [3]string{"librarian", "log", "return"}},
		{statement: "tutors mark the students' essays and students see their grades",
			actor: "tutor", action: [3]string{"tutor", "mark", "student essay"}},
		{statement: "staff tag tickets as 'urgent issues' and customers see the status", actor: "customer", entity: "ticket"},
	}
	for _, tc := range tests {
		rd := readStatement(tc.statement)
		var words []string
		words = append(words, rd.Actors...)
		words = append(words, rd.Entities...)
		for _, a := range rd.Actions {
			words = append(words, a.Actor, a.Verb, a.Object)
		}
		if i := slices.IndexFunc(words, func(w string) bool { return strings.ContainsAny(w, "'’") }); i >= 0 {
			t.Errorf("%q: read %q as a word of its own (actors %q, entities %q, actions %+v)", tc.statement, words[i], rd.Actors, rd.Entities, rd.Actions)
		}
		if tc.actor != "" && !slices.Contains(rd.Actors, tc.actor) {
			t.Errorf("%q: actors %q, want %q among them", tc.statement, rd.Actors, tc.actor)
		}
		if tc.entity != "" && !slices.Contains(rd.Entities, tc.entity) {
			t.Errorf("%q: entities %q, want %q among them", tc.statement, rd.Entities, tc.entity)
		}
		if tc.action[0] != "" && !slices.ContainsFunc(rd.Actions, func(a action) bool { return [3]string{a.Actor, a.Verb, a.Object} == tc.action }) {
			t.Errorf("%q: actions %+v, want %q", tc.statement, rd.Actions, tc.action)
		}
	}
}
