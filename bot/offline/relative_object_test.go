package offline

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A clause inside a relative clause acts on the noun the relative clause hangs from: "outages
// that customers report" is customers reporting outages, not customers reporting nothing.
func TestRelativeClauseObject(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, actor, verb, object string }{
		{"A court reporting agency assigns stenographers to depositions that law firms book", "firm", "book", "deposition"},
		{"A utility where dispatchers assign repair crews to outages that customers report", "customer", "report", "outage"},
		{"Volunteers deliver the food parcels which local shops donate, and families collect them", "shop", "donate", "food parcel"},
		{"Editors schedule the articles that freelancers submit each week", "freelancer", "submit", "article"},
	}
	for _, tc := range tests {
		rd := readStatement(tc.statement)
		found := false
		for _, a := range rd.Actions {
			found = found || strings.HasSuffix(a.Actor, tc.actor) && a.Verb == tc.verb && a.Object == tc.object
		}
		if !found {
			t.Errorf("%q: no %s %s %s in %+v", tc.statement, tc.actor, tc.verb, tc.object, rd.Actions)
		}
	}
}

// Assigning one thing to another keeps the assignment as a row of its own, made on what it is
// assigned to, and the design says what must never happen: one open outage per crew, or, for
// what is booked for a time, no stenographer on two depositions that overlap.
func TestAssignedToAThing(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "A utility where dispatchers assign repair crews to outages that customers report",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Dispatchers assign repair crews to outages", "Customers report outages"},
				conversation.API:          {"POST | `/v1/outages/{id}/assignments` | {repair_crew_id}"},
				conversation.DataModel:    {"unique (repair_crew_id) where released_at is null"},
				conversation.DeepDive:     {"one open outage per repair crew"},
			}},
		{statement: "A court reporting agency assigns stenographers to depositions that law firms book",
			want: map[conversation.SectionID][]string{
				conversation.DataModel: {"exclude using gist (stenographer_id with =, tstzrange(starts_at, ends_at) with &&)"},
				conversation.DeepDive:  {"never one stenographer on two depositions that overlap", "staff of the reporting agency"},
			},
			absent: map[conversation.SectionID][]string{conversation.DeepDive: {"no overlapping stenographers"}}},
		{statement: "An orchestra office assigns players to rehearsals that conductors schedule",
			want: map[conversation.SectionID][]string{
				conversation.DeepDive: {"never one player on two rehearsals that overlap"},
			}},
	})
}

// People who share things within a group are asked who belongs, since membership decides every
// permission; two kinds of people who act apart are asked what each may see of the other's.
func TestAccessFollowsMembership(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"Design a family to-do app: a household of up to 10 people shares lists and chores, items can be assigned to a member with a due date and reminder, and the app works offline. 2 million households.", "Who may join a household, and who invites them?"},
		{"Authors submit manuscripts and reviewers write reports on them", "May authors see the"},
	} {
		got := strings.Join(modelOf(tc.statement).open(), "\n")
		if !strings.Contains(got, tc.want) {
			t.Errorf("%q: open questions %q, want %q", tc.statement, got, tc.want)
		}
	}
}

// People named in the plural after "by" do the act; they are no attribute to group things by:
// "transcribed twice by different volunteers" groups nothing, "jobs grouped by driver" does.
func TestByPeopleIsNoGrouping(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		by        []string
	}{
		{"A regional archive digitises parish records: volunteers scan pages, each page is transcribed twice by different volunteers", nil},
		{"Dispatchers see delivery jobs grouped by driver", []string{"driver"}},
	} {
		if got := readStatement(tc.statement).By; !slices.Equal(got, tc.by) {
			t.Errorf("%q: by %q, want %q", tc.statement, got, tc.by)
		}
	}
}
