package offline

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// sectionCase is one statement and what its composed design's sections must and must not say.
type sectionCase struct {
	statement string
	want      map[conversation.SectionID][]string
	absent    map[conversation.SectionID][]string
}

func checkSections(t *testing.T, tests []sectionCase) {
	t.Helper()
	for _, tt := range tests {
		_, sec := renderAll(t, tt.statement)
		if !strings.Contains(sec[conversation.Overview], "— a system for") {
			t.Errorf("%q: not composed:\n%s", tt.statement, sec[conversation.Overview])
			continue
		}
		for id, ws := range tt.want {
			checkSays(t, fmt.Sprintf("%q: %s", tt.statement, id), sec[id], ws, nil)
		}
		for id, ws := range tt.absent {
			checkSays(t, fmt.Sprintf("%q: %s", tt.statement, id), sec[id], nil, ws)
		}
	}
}

// checkSays fails t for each of want that text lacks and each of without that it has; what names
// the text in the message.
func checkSays(t *testing.T, what, text string, want, without []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, text)
		}
	}
	for _, w := range without {
		if strings.Contains(text, w) {
			t.Errorf("%s has %q:\n%s", what, w, text)
		}
	}
}

// checkDesignSays designs statement and checks its whole document, lower-cased, for what it must
// and must not say.
func checkDesignSays(t *testing.T, statement string, want, without []string) {
	t.Helper()
	g, sections := renderAll(t, statement)
	var all strings.Builder
	for _, id := range conversation.SectionOrder {
		all.WriteString(strings.ToLower(sections[id]) + "\n")
	}
	checkSays(t, fmt.Sprintf("%q (%s)", statement, g.Title), all.String(), want, without)
}

// A singular subject acts as a plural one does: "the unit records dispatches", "each branch
// orders flour", "the coxswain logs launches" are clauses the design keeps.
func TestComposedReadsSingularSubjects(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "Design a system for a fire brigade where the unit records dispatches, crews log callouts and the office approves permits.",
			want: map[conversation.SectionID][]string{conversation.Requirements: {"Units record dispatches", "Crews log callouts"}, conversation.API: {"`/v1/dispatches`"}}},
		{statement: "Design a system for a chain of bakeries: each branch orders flour weekly, the mill ships sacks and drivers confirm deliveries",
			want: map[conversation.SectionID][]string{conversation.Requirements: {"Branches order flour", "Mills ship sacks"}}},
		{statement: "Design a tool for a lifeboat station where the coxswain logs launches and the secretary approves expense claims",
			want: map[conversation.SectionID][]string{conversation.Requirements: {"Coxswains log launches"}, conversation.API: {"`/v1/launches`"}}},
	})
	// Something that happens to a thing, and a thing that shows what people give, act on nothing.
	for _, s := range []string{"a hive monitor that sounds an alarm when the hive splits", "the form collects names and the price includes tax"} {
		if rd := readStatement(s); len(rd.Actions) > 0 {
			t.Errorf("%q: read actions %+v, want none", s, rd.Actions)
		}
	}
}

// A verb the reader learnt from its place names its own call: fetching a box is a fetch made on
// what it answers (or on the box), not a new box; a hand-over after it moves the same record on,
// and a hand-over of what is lent is the loan's hand-over call, not a row of its own.
func TestComposedVerbsNameTheirCalls(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "Design a records system for a county archive: archivists fetch boxes for readers, porters record handovers and readers request boxes before the reading room closes.",
			want: map[conversation.SectionID][]string{
				conversation.API:       {"`/v1/box-requests/{id}/fetches`", "`/v1/box-requests/{id}/handovers`"},
				conversation.DataModel: {"requested → fetched → handed over"}},
			absent: map[conversation.SectionID][]string{conversation.API: {"| POST | `/v1/boxes` |", "`/v1/handovers`"}}},
		{statement: "Design a system for a hospital's sterile supply unit: theatre nurses request instrument trays, technicians sterilise trays and runners record deliveries to theatres",
			want: map[conversation.SectionID][]string{
				conversation.API:       {"`/v1/instrument-tray-requests/{id}/sterilisations`", "`/v1/instrument-tray-requests/{id}/deliveries`"},
				conversation.DataModel: {"requested → sterilised → delivered"}},
			absent: map[conversation.SectionID][]string{conversation.API: {"| POST | `/v1/instrument-trays` |"}}},
		{statement: "Design a trail app where rangers inspect trails and hikers report hazards",
			want:   map[conversation.SectionID][]string{conversation.API: {"`/v1/trails/{id}/inspections`"}},
			absent: map[conversation.SectionID][]string{conversation.API: {"| POST | `/v1/trails` |"}}},
		{statement: "Design a kit room app: climbers hire harnesses for a weekend and the warden records handovers",
			want:   map[conversation.SectionID][]string{conversation.API: {"`/v1/hires/{id}/handover`", "by a warden"}},
			absent: map[conversation.SectionID][]string{conversation.API: {"`/v1/handovers`"}, conversation.DataModel: {"Handover"}}},
		{statement: "Design a system for a university music department: students borrow instruments for a term, technicians log repairs and porters record handovers",
			want:   map[conversation.SectionID][]string{conversation.API: {"`/v1/loans/{id}/handover`", "by a porter"}},
			absent: map[conversation.SectionID][]string{conversation.API: {"`/v1/handovers`"}}},
		// A light verb makes its object: teachers who leave comments write comments, not "leavings".
		{statement: "Design a homework app for a school district: students hand in assignments and teachers leave comments on each one",
			want:   map[conversation.SectionID][]string{conversation.DataModel: {"Comment"}},
			absent: map[conversation.SectionID][]string{conversation.Requirements: {"eaving"}, conversation.DataModel: {"eaving"}, conversation.API: {"eaving"}}},
	})
}

// The person told of a change is the one whose thing changed: readers when their box requests
// are fetched, climbers when their hires go out; where nobody's thing is changed by another,
// nobody is told and there is no dive about it.
func TestComposedTellsWhoseThingChanged(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "Design a records system for a county archive: archivists fetch boxes for readers, porters record handovers and readers request boxes",
			want:   map[conversation.SectionID][]string{conversation.DeepDive: {"Telling readers when their box requests change", "fetched, handed over or declined"}},
			absent: map[conversation.SectionID][]string{conversation.DeepDive: {"Telling porters", "Telling archivists"}}},
		{statement: "Design a kit room app: climbers hire harnesses for a weekend and the warden records handovers",
			want:   map[conversation.SectionID][]string{conversation.DeepDive: {"Telling climbers when their hires change"}},
			absent: map[conversation.SectionID][]string{conversation.DeepDive: {"Telling wardens"}}},
		{statement: "Design a system for a fire brigade where the unit records dispatches, crews log callouts and the office approves permits.",
			absent: map[conversation.SectionID][]string{conversation.DeepDive: {"Telling"}, conversation.Overview: {"notification workers"}}},
		{statement: "Design a tool for a lifeboat station where the coxswain logs launches and the secretary approves expense claims",
			absent: map[conversation.SectionID][]string{conversation.DeepDive: {"Telling"}}},
	})
}

// The self-review lists only what the design must answer and does not name: not hedges, places,
// products, people, times or verbs of coming and going, not the organisation the system is for,
// and never a clause run together; what the composer can design ("held for 90 days") it designs.
func TestSelfReviewListsOnlyRealGaps(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		listed    []string // gaps the review must name
		notListed []string
		designed  map[conversation.SectionID][]string
	}{
		{statement: "Design a lost property system for a railway: porters log found items at stations, riders describe what they lost, maybe by phone, and the system suggests matches; staff match claims and unclaimed items held for 90 days are donated.",
			notListed: []string{"“railway”", "“maybe”", "match claims", "unclaimed", "“held”", "“suggests”"},
			designed:  map[conversation.SectionID][]string{conversation.DataModel: {"held_until (created_at + 90 days)"}, conversation.DeepDive: {"held for 90 days, then donated"}}},
		{statement: "A dog walking app like Wag for London and Paris: owners book walks, walkers accept runs, couples share a dog, walks end with a photo. Lunch walks come at noon.",
			notListed: []string{"wag", "london", "paris", "couples", "lunch", "noon", "“runs”", "“end”", "“come”"}},
		{statement: "Design a tool for a sailing school in Brighton where instructors log sessions, perhaps on tablets, and the crew maybe records weather each morning",
			notListed: []string{"brighton", "perhaps", "maybe", "“crew”", "morning", "sailing school"}},
		// A real gap is still named, and a verb is its own gap, not the head of a run.
		{statement: "Design a beekeeping app where hives report weight every hour and a swarm alarm sounds a siren",
			listed: []string{"“siren”"}, notListed: []string{"swarm alarm sounds"}},
	}
	for _, tt := range tests {
		_, sec := renderAll(t, tt.statement)
		review := strings.ToLower(sec[conversation.Tradeoffs])
		for _, w := range tt.listed {
			if !strings.Contains(review, w) {
				t.Errorf("%q: self-review does not list %s:\n%s", tt.statement, w, review)
			}
		}
		for _, w := range tt.notListed {
			if i := strings.Index(review, "asked for but not designed"); i >= 0 && strings.Contains(review[i:], w) {
				t.Errorf("%q: self-review lists %s as asked for:\n%s", tt.statement, w, review[i:])
			}
		}
		for id, ws := range tt.designed {
			for _, w := range ws {
				if !strings.Contains(sec[id], w) {
					t.Errorf("%q: %s lacks %q:\n%s", tt.statement, id, w, sec[id])
				}
			}
		}
	}
}

// A recorded thing holds what its statement lists ("with species and weight"), else what its
// noun implies (a weight in kilograms with when it was measured, when and where a callout
// happened, when a box was fetched), never a bare value.
func TestComposedRowsHoldWhatTheirNounsImply(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "Design an angling club app where members log catches with species and weight, and bailiffs check permits",
			want:   map[conversation.SectionID][]string{conversation.DataModel: {"species, weight"}, conversation.API: {"{species, weight}"}},
			absent: map[conversation.SectionID][]string{conversation.DataModel: {" value,"}, conversation.API: {"/bailiff", "bailiff_id"}}},
		{statement: "Design an app for a beekeeping society: members record hive weights every week and inspectors log inspections",
			want:   map[conversation.SectionID][]string{conversation.DataModel: {"value, unit (kg unless stated), measured_at"}},
			absent: map[conversation.SectionID][]string{conversation.DataModel: {"value, recorded_at"}}},
		{statement: "Design a system for a fire brigade where the unit records dispatches, crews log callouts with the address and crew size, and the office approves permits.",
			want:   map[conversation.SectionID][]string{conversation.DataModel: {"occurred_at, location", "address, crew_size", "valid_until"}},
			absent: map[conversation.SectionID][]string{conversation.DataModel: {" value,"}}},
		{statement: "Design a records system for a county archive: archivists fetch boxes for readers and readers request boxes",
			want: map[conversation.SectionID][]string{conversation.DataModel: {"fetched_at"}}},
	})
}

// One of the staff is "a staff member", an office is "an office", and what closes is named in
// the statement's own word: the submission window, the term, not a "round".
func TestComposedGrammarAndClosingNouns(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "Design a lost-and-found service: staff log found items at 60 stations, riders describe what they lost, and staff match claims",
			want:   map[conversation.SectionID][]string{conversation.Requirements: {"A staff member logs a found item"}},
			absent: map[conversation.SectionID][]string{conversation.Requirements: {"A staff logs", "A staff matches"}}},
		{statement: "Design a system for a fire brigade where the unit records dispatches and the office approves permits.",
			want:   map[conversation.SectionID][]string{conversation.API: {"approved by an office"}},
			absent: map[conversation.SectionID][]string{conversation.API: {"by a office"}}},
		{statement: "Design a system for a short story prize: writers submit stories before the submission window closes and judges score stories",
			want:   map[conversation.SectionID][]string{conversation.DataModel: {"submission_window_id (its closes_at is checked on insert)"}, conversation.DeepDive: {"Closing submission windows"}},
			absent: map[conversation.SectionID][]string{conversation.DataModel: {"round"}, conversation.DeepDive: {"round"}}},
		{statement: "Design a coursework tool: students upload essays by the end of the term, tutors mark essays and moderators approve marks",
			want:   map[conversation.SectionID][]string{conversation.DataModel: {"term_id (its closes_at is checked on insert)"}, conversation.DeepDive: {"Closing terms"}},
			absent: map[conversation.SectionID][]string{conversation.DataModel: {"round"}}},
	})
}

// What fresh statements showed: a product named as a channel is neither the archetype nor the
// scale, things let go after a while are limits, a person running something is no job, and a
// place's name is not a thing kept.
func TestComposedReadsChannelsLimitsAndPlaces(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"members sign up for Sunday rides, maybe via WhatsApp", "the winner is announced, perhaps on Instagram"} {
		if name, dau := famousScale(s); dau > 0 {
			t.Errorf("%q: sized as %s (%v users)", s, name, dau)
		}
	}
	if _, dau := famousScale("Design WhatsApp"); dau == 0 {
		t.Errorf("Design WhatsApp: no longer sized as WhatsApp")
	}
	for text, want := range map[string]deadline{
		"unreturned packets are written off after a year": {Subject: "packet", Qualifier: "unreturned", Kind: "hold", Verb: "kept", Span: "1 year", Then: "written off"},
		"sightings older than 5 years are archived":       {Subject: "sighting", Kind: "hold", Verb: "kept", Span: "5 years", Then: "archived"},
		"unclaimed items held for 90 days are donated":    {Subject: "item", Qualifier: "unclaimed", Kind: "hold", Verb: "held", Span: "90 days", Then: "donated"},
		"logs older than 30 days are deleted":             {Subject: "log", Kind: "delete", Verb: "deleted", Span: "30 days"},
	} {
		var rd reading
		rd.readDeadlines(text)
		if len(rd.deadlines) != 1 || rd.deadlines[0] != want {
			t.Errorf("%q: %+v, want %+v", text, rd.deadlines, want)
		}
	}
	for s, job := range map[string]bool{
		"Design an app for a tennis club where members reserve courts and the coach runs lessons": false,
		"Design a tool for a choir where the director runs rehearsals and singers log attendance": false,
		"Design a tool where developers run test suites and reviewers approve merges":             true,
	} {
		if got := slices.Contains(composed(s).Components, "jobworkers"); got != job {
			t.Errorf("%q: job workers = %v, want %v", s, got, job)
		}
	}
	for _, s := range []string{"Design an app for a tennis club in Leeds where members reserve courts", "Design a tool for a bakery in Bristol where bakers log batches"} {
		if rd := readStatement(s); slices.ContainsFunc(rd.Entities, func(e string) bool { return e == "leed" || e == "bristol" }) {
			t.Errorf("%q: a place's name kept as a thing: %q", s, rd.Entities)
		}
	}
}
