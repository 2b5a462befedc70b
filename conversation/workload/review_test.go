package workload_test

import (
	"math"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// perDay is how many a day a flow makes in all.
func perDay(f conversation.Flow) float64 {
	n := f.Count * 86400 / f.PerSeconds
	if f.Each && f.Actors > 0 {
		n *= f.Actors
	}
	return n
}

// Machines counted across places are who act, not the places: "2,000 camera traps across three
// national parks each upload 150 photos a night" is 300,000 photos a night.
func TestThingsAcrossPlacesAct(t *testing.T) {
	t.Parallel()
	rd := workload.Read("About 2,000 camera traps across three national parks each upload roughly 150 photos a night, about 4 MB each.")
	if len(rd.Flows) == 0 || perDay(rd.Flows[0]) != 300000 || rd.Flows[0].ActorNoun != "traps" {
		t.Errorf("flows %+v; want 300,000 photos a day from the 2,000 traps", rd.Flows)
	}
}

// A share of a counted group said as "a third of them" acts, not all of them: 1,000 of the
// 3,000 farmers check their balance each day.
func TestShareOfThemActs(t *testing.T) {
	t.Parallel()
	for statement, want := range map[string]float64{
		"About 3,000 member farmers sell through us, and during harvest roughly a third of them check their running settlement balance every day.": 1000,
		"Our 40,000 members, 25% of them check the timetable twice a day":                                                                          20000,
	} {
		rd := workload.Read(statement)
		if len(rd.Flows) == 0 || math.Abs(perDay(rd.Flows[0])-want) > want*0.015 { // "a third" is read as 33%
			t.Errorf("%q: flows %+v; want %v a day", statement, rd.Flows, want)
		}
		for _, n := range rd.Notes {
			if strings.Contains(n, "not used as load") {
				t.Errorf("%q: note %q; the share is used", statement, n)
			}
		}
	}
}

// What a share of one flow's events turns into is a flow of its own at that share: "one scan
// in twenty results in a citation" is 5% of the scans, "3% of visits end in a purchase".
func TestShareOfEventsBecomesAFlow(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		name      string
		perDay    float64
	}{
		{"Each of our 120 parking officers scans a licence plate about twice a minute, and roughly one scan in twenty results in a citation with photos.", "citation", 120 * 2 * 1440 / 20.0},
		{"The shop gets 200,000 visits a day and 3% of visits end in a purchase.", "purchase", 6000},
		{"We handle 50,000 orders a day; 1 in 10 orders leads to a support ticket.", "ticket", 5000},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		var got []float64
		for _, f := range rd.Flows {
			if strings.Contains(f.Name, tc.name) {
				got = append(got, f.Count)
				base := 0.0
				for _, g := range rd.Flows {
					if g.Name == f.ItemsOf {
						base = perDay(g)
					}
				}
				if math.Abs(base*f.Count-tc.perDay) > 1 || f.Kind != conversation.FlowWrite {
					t.Errorf("%q: %+v of %v a day; want %v a day, a write", tc.statement, f, base, tc.perDay)
				}
			}
		}
		if len(got) != 1 {
			t.Errorf("%q: flows %+v; want one %q", tc.statement, rd.Flows, tc.name)
		}
	}
}

// A few people named in a scenario ("when two inspectors update the same asset") are no
// population, and how long a stretch lasts ("for several days at a time") is no retention.
func TestScenarioFiguresAreNotLoad(t *testing.T) {
	t.Parallel()
	rd := workload.Read("Inspectors check wells, pumps and valves in areas with no mobile coverage, sometimes for several days at a time. The app must resolve conflicting edits when two inspectors update the same asset.")
	if rd.Users != 0 || rd.DAU != 0 || len(rd.Flows) != 0 {
		t.Errorf("users %v, DAU %v, flows %+v; want none", rd.Users, rd.DAU, rd.Flows)
	}
	if rd.RetentionYears != 0 {
		t.Errorf("retention %v years; want none stated", rd.RetentionYears)
	}
	for _, n := range rd.Notes {
		if strings.Contains(n, "2 inspectors: stated") {
			t.Errorf("note %q; two inspectors in a scenario are no population", n)
		}
	}
}
