package offline

import (
	"slices"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A particle after the object makes a phrasal verb another act: to check a swimmer in records an
// arrival (a write that keeps a check-in), where to check one would only look.
func TestComposedPhrasalVerbAfterItsObject(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "Design a system for a city's public swimming pools: 14 pools publish lane schedules, about 25,000 swimmers book 45-minute lane slots each week, lifeguards check swimmers in.",
			want:   map[conversation.SectionID][]string{conversation.Requirements: {"Lifeguards check in swimmers"}, conversation.API: {"| POST | `/v1/check-ins`", "check_in_id"}},
			absent: map[conversation.SectionID][]string{conversation.API: {"| GET | `/v1/swimmers"}}},
		// Climbing walls are a gym check-in archetype now (gymcheckin_test.go); pottery studios
		// keep the generic reading whose API the particle composes.
		{statement: "Design a system for a network of public pottery studios: 12 studios publish kiln firing days, potters buy day passes, studio staff check potters in.",
			want: map[conversation.SectionID][]string{conversation.API: {"| POST | `/v1/check-ins`"}}},
		{statement: "Design a system for a city's community darkrooms: 9 darkrooms list open sessions, photographers reserve enlarger slots and technicians sign photographers out.",
			want: map[conversation.SectionID][]string{conversation.API: {"| POST | `/v1/sign-outs`"}}},
	})
	// Two particles joined by "and" are two acts of the same verb.
	for _, st := range []string{"Design a system for a university's lecture halls: 60 halls list free hours, societies book halls for evenings, porters sign keys out and back in.",
		"Design a hostel app: guests book beds, staff check guests in and out."} {
		var verbs []string
		for _, a := range readStatement(st).Actions {
			verbs = append(verbs, a.Verb)
		}
		if !slices.Contains(verbs, "sign out") && !slices.Contains(verbs, "check in") || !slices.Contains(verbs, "sign in") && !slices.Contains(verbs, "check out") {
			t.Errorf("%q: verbs %q, want both particles' acts", st, verbs)
		}
	}
	// A particle that opens a place is no part of the verb.
	rd := readStatement("Design a hostel app: guests book beds, staff check guests in the lobby.")
	for _, a := range rd.Actions {
		if a.Actor == "staff" && a.Verb != "check" {
			t.Errorf("staff %q guests, want check (the lobby is where)", a.Verb)
		}
	}
}

// A one-word actor that is the head of a longer name the statement gave is that thing: "public
// swimming pools: 14 pools publish" names one kind of thing, not a swimming pool and a pool.
func TestComposedOneNameForOneThing(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "Design a system for a city's public swimming pools: 14 pools publish lane schedules, about 25,000 swimmers book 45-minute lane slots each week, lifeguards check swimmers in.",
			want:   map[conversation.SectionID][]string{conversation.Requirements: {"Swimming pools publish lane schedules"}, conversation.DataModel: {"| Swimming pool |"}},
			absent: map[conversation.SectionID][]string{conversation.DataModel: {"| Pool |"}}},
		{statement: "Design a system for a city's community darkrooms: 9 darkrooms list open sessions, photographers reserve enlarger slots and technicians sign photographers out.",
			want:   map[conversation.SectionID][]string{conversation.DataModel: {"| Community darkroom |"}},
			absent: map[conversation.SectionID][]string{conversation.DataModel: {"| Darkroom |"}}},
		// One that does nothing the design keeps is the thing itself, not a role beside it.
		{statement: "Design a system for a university's lecture halls: 60 halls list free hours, societies book halls for evenings, porters sign keys out and back in.",
			want:   map[conversation.SectionID][]string{conversation.DataModel: {"| Lecture hall |"}},
			absent: map[conversation.SectionID][]string{conversation.DataModel: {"| Hall |"}}},
		{statement: "Design a system for a regional seed bank network: 40 farms request seed packets, 12 seed centres record about 3,000 harvests a day, and packets expire after 42 days",
			absent: map[conversation.SectionID][]string{conversation.DataModel: {"| Packet |"}}},
	})
}

// Who asks is never who provides: "each store rents out 150 tools, customers reserve online"
// has the customers reserve tools (a rental the store hands over), so the clash to prevent is
// two customers asking for one tool, not two stores.
func TestComposedAskerIsTheProvidersCounterpart(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "Design a tool-rental counter for 80 hardware stores: each store rents out roughly 150 tools a day, customers reserve online and pay a deposit.",
			want: map[conversation.SectionID][]string{conversation.Overview: {"Two customers, one tool"}, conversation.Requirements: {"Customers reserve tools", "Two customers ask for the same tool"},
				conversation.API: {"`/v1/rentals/{id}/handover`", "by a store"}},
			absent: map[conversation.SectionID][]string{conversation.Overview: {"Two stores"}, conversation.Requirements: {"Two stores"}}},
		{statement: "Design a system for 6 camera shops: each shop rents out around 30 lenses a week, photographers reserve ahead.",
			want:   map[conversation.SectionID][]string{conversation.Overview: {"Two photographers, one lens"}},
			absent: map[conversation.SectionID][]string{conversation.Overview: {"Two shops", "one ahead"}}},
	})
}

// "by" before a time sets a deadline: "return seeds by October" groups nothing by October.
func TestByATimeIsADeadline(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		by        []string
	}{
		{"Design a county seed library: 30 branch libraries lend seed packets, around 4,000 gardeners borrow packets each spring and return seeds from their harvest by October.", nil},
		{"Design a school uniform swap: parents donate outgrown blazers and families claim them by Friday", nil},
		{"Design a volunteer rota: coordinators see shifts grouped by region", []string{"region"}},
	} {
		if rd := readStatement(tc.statement); !slices.Equal(rd.By, tc.by) {
			t.Errorf("%q: by %q, want %q", tc.statement, rd.By, tc.by)
		}
	}
}

// A clause after "and" that starts with a verb and its object is no second grouping: "browse the
// map by area and log finds" groups by area; "by skill and region" groups by both.
func TestByStopsAtTheNextClause(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		by        []string
	}{
		{"players browse the map by area and log finds with a short note", []string{"area"}},
		{"staff see requests by region and book visits for the week", []string{"region"}},
		{"Design a volunteer rota: coordinators match volunteers by skill and region", []string{"skill", "region"}},
	} {
		if rd := readStatement(tc.statement); !slices.Equal(rd.By, tc.by) {
			t.Errorf("%q: by %q, want %q", tc.statement, rd.By, tc.by)
		}
	}
}
