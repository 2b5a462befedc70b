package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestRecordsStaffKeep holds records staff keep about shared things to a partition by the thing
// or the site and writes authorised by role, and a person's own things to their owner.
func TestRecordsStaffKeep(t *testing.T) {
	t.Parallel()
	cases := []struct {
		problem, entity, partition string
		owned                      bool
	}{
		{"Design a weigh-in and settlement system for a grain cooperative with 25 elevators. Each weigh-in records gross and tare weight, moisture and grade; each weigh-in belongs to a truck and an elevator.",
			"Weigh-in", "elevator_id", false},
		{"Design an inspection system for a water utility's 4,000 wells. Inspectors visit wells and file inspections; each inspection records water level and a pass or fail.",
			"Inspection", "well_id", false},
		{"Design a citation system for a city: parking officers issue citations for vehicles, and drivers pay or appeal them.",
			"Citation", "citation_id", false},
		{"Design a treatment records system for a veterinary chain with 120 clinics. Vets record treatments for each animal; owners view their animals' history.",
			"Treatment", "clinic_id", false},
		{"Design a sheet-music library for an orchestra: the librarian lends parts to musicians for rehearsals. Each loan records the piece, the part, the musician and the due date.",
			"Loan", "part_id", false},
		{"Design a citation system for a city: parking officers issue citations for vehicles, and drivers pay or appeal them.",
			"Payment", "driver_id", false},
		{"Design a personal journal app where each user writes private entries with a title, body and mood; 1 million users.",
			"Entry", "user_id", true},
		{"Design a family to-do list app: family members share lists, add tasks with a due date and an assignee; 500,000 families.",
			"Task", "member_id", true},
		{"Design a budgeting app where users track their budget and expenses.", "Budget", "user_id", true},
	}
	for _, c := range cases {
		m := modelOf(c.problem)
		es := m.entities()
		i := slicesIndexName(es, c.entity)
		if i < 0 {
			t.Errorf("%q: no %s in %v", c.problem, c.entity, es)
			continue
		}
		if got := es[i].Partition; got != c.partition {
			t.Errorf("%q: %s partitioned by %q, want %q", c.problem, c.entity, got, c.partition)
		}
		_, sec := renderAll(t, c.problem)
		owned := strings.Contains(sec[conversation.Security], "refused unless the row's")
		if owned != c.owned {
			t.Errorf("%q: owner-only writes = %v, want %v:\n%s", c.problem, owned, c.owned, sec[conversation.Security])
		}
		if !c.owned && strings.Contains(sec[conversation.DataModel], "\"my "+pluralNoun(strings.ToLower(c.entity))) {
			t.Errorf("%q: data model calls %s someone's own", c.problem, c.entity)
		}
	}
}

func slicesIndexName(es []entity, name string) int {
	for i, e := range es {
		if e.Name == name {
			return i
		}
	}
	return -1
}
