package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count of groups followed by how many they hold in all counts the people in them, and it is
// the people who act: "14 nurses' teams (about 220 of them in total) who each make 5 visits" is
// 220 nurses making 5 visits a day each.
func TestReadMembersInTotalOfGroups(t *testing.T) {
	for _, tc := range []struct {
		statement string
		actors    float64
	}{
		{"a hospice with 14 nurses' teams (about 220 of them in total) who each make roughly 5 home visits per shift", 220},
		{"a hospice with 14 teams of nurses (220 of them in all) who each make 5 home visits a day", 220},
		{"30 crews of cleaners, some 400 of them altogether, who each clean 6 rooms a day", 400},
		{"we run 8 squads of inspectors (roughly 90 of them) and each inspector files 4 reports a day", 90},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Actors != tc.actors {
			t.Errorf("%q: flows %+v; want one flow of %v people's", tc.statement, rd.Flows, tc.actors)
		}
	}
	// Fewer of them than groups are some of the groups, not their members.
	rd := workload.Read("12 teams of nurses (3 of them on nights) who each make 5 home visits a day")
	for _, f := range rd.Flows {
		if f.Actors == 3 {
			t.Errorf("some of the teams read as the people: %+v", rd.Flows)
		}
	}
}
