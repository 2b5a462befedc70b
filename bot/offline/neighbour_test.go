package offline_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A pattern applies where its premise is said, not wherever its setting's word is: a hospital's
// ward pharmacy, a library's e-learning, an airline's crew rosters and a seed bank's catalogue
// sit next to a retail pharmacy, a lending library, a reservation system and a product catalogue,
// and none of them is that design.
func TestNeighbourIsNotThePattern(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		not       string   // the neighbour's feature
		gone      []string // the neighbour's own words
	}{
		{"Design a system for a hospital pharmacy to track controlled drug dispensing across 12 wards, with two-nurse sign-off and nightly reconciliation",
			"pharmacy", []string{"Surescripts", "PBM", "IVR", "refill"}},
		{"Our hospital's pharmacy stocks opioid cabinets on 30 wards; every dose a nurse takes out is witnessed and counted at each shift change",
			"pharmacy", []string{"Surescripts", "PBM", "NCPDP"}},
		{"Design an e-learning platform for a public library's members", "library", []string{"holds queue", "hold shelf", "checkout"}},
		{"The county library wants an app for its events: members sign up for talks and children's reading hours, 50 events a week",
			"library", []string{"hold shelf", "delivery van", "overdue"}},
		{"Design a system for an airline to manage crew rest rules and roster changes for 4,000 pilots", "reservation", []string{"overbook"}},
		{"Design a system for a seed bank to catalogue 200,000 seed samples and track germination tests", "catalog", []string{"faceted", "Product"}},
	} {
		d := design(t, tc.statement)
		if slices.Contains(d.Requirements.Features, tc.not) {
			t.Errorf("%q: features %v, want no %s", tc.statement, d.Requirements.Features, tc.not)
		}
		text := allText(d)
		for _, w := range tc.gone {
			if strings.Contains(text, w) {
				t.Errorf("%q: the %s neighbour's %q is in the design", tc.statement, tc.not, w)
			}
		}
	}
}

// Where a pattern does design a neighbour, the neighbour is what the overview calls it: a
// council's recycling slots are not a museum's admission system.
func TestNeighbourNamedForItself(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, kind, notKind string }{
		{"Design slot booking for a recycling centre so residents book a 15-minute slot to drop off waste", "household-waste", "timed-entry admission"},
		{"Residents of our borough must book a visit to the tip in advance: 3 sites, 20 cars per half hour, vans need a permit", "household-waste", "timed-entry admission"},
		{"Design timed-entry tickets for a science museum with 30-minute slots capped at 200 visitors", "timed-entry admission", "household-waste"},
	} {
		ov, _ := design(t, tc.statement).Section(conversation.Overview)
		if head, _, _ := strings.Cut(ov.Markdown, "\n>"); !strings.Contains(head, tc.kind) || strings.Contains(head, tc.notKind) {
			t.Errorf("%q: overview opens %q, want %q and not %q", tc.statement, head, tc.kind, tc.notKind)
		}
	}
}

// A measure is how much there is, not a thing kept: "2 million litres a day" of milk, tonnes of
// gravel and megawatt-hours of power do not name the design or its entities.
func TestMeasuresAreNotThings(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, unit string }{
		{"A dairy produces 2 million litres a day; design the system that tracks milk from farm collection to bottling", "Litre"},
		{"Our wind farm generates 300 MWh a day and we need a system to forecast output and bid it into the market", "Mwh"},
		{"A sugar mill crushes 8,000 tonnes of cane a day; design the system that records each truck's delivery and pays the growers", "Tonne"},
		{"Design a system for a fuel distributor that delivers 5 million gallons a month to 2,000 farms", "Gallon"},
	} {
		d := design(t, tc.statement)
		if strings.Contains(d.Title, tc.unit) {
			t.Errorf("%q: title %q names the measure", tc.statement, d.Title)
		}
		for _, e := range d.Requirements.Entities {
			if strings.HasPrefix(strings.ToLower(e), strings.ToLower(tc.unit)) {
				t.Errorf("%q: entity %q is the measure", tc.statement, e)
			}
		}
	}
}

// A members' election uses the formal ballot's sealed box and register, but one member has one
// vote for candidates: no holdings, control numbers or record dates unless the statement has
// shares, owners or a meeting's resolutions.
func TestMembersElectionIsNoShareholderMeeting(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		holders   bool
	}{
		{"Design the online voting system for a national student-union election with 300,000 students", false},
		{"an online ballot for our union's 120,000 members to elect the executive committee, secret ballot, results only after the close", false},
		{"The 9,000 members of our nurses' union vote online for a new general secretary; three candidates, secret ballot, a week to vote", false},
		{"Design electronic voting for a shareholders' annual meeting: 50,000 shareholders, votes weighted by shares held, results sealed until the poll closes", true},
		{"a condo association vote where each unit's owner votes on the budget, weighted by the unit's share of the building", true},
	} {
		d := design(t, tc.statement)
		if !slices.Contains(d.Requirements.Features, "ballots") {
			t.Errorf("%q: features %v, want ballots", tc.statement, d.Requirements.Features)
			continue
		}
		ov, _ := d.Section(conversation.Overview)
		req, _ := d.Section(conversation.Requirements)
		text := ov.Markdown + req.Markdown
		for _, w := range []string{"control number", "record date", "shares or units"} {
			if strings.Contains(text, w) != tc.holders {
				t.Errorf("%q: %q in the overview and requirements is %v, want %v", tc.statement, w, !tc.holders, tc.holders)
			}
		}
	}
}
