package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// Many of something said with one singular word before a plural one are of the plural: "5 home
// visits" are visits, not homes that visit, so the flow is named "home visit".
func TestReadPluralHeadAfterCount(t *testing.T) {
	for _, tc := range []struct{ statement, name string }{
		{"220 nurses who each make 5 home visits a day", "home visit"},
		{"a hospice with 14 nurses' teams (about 220 of them in total) who each make roughly 5 home visits per shift", "home visit"},
		{"inspectors do 20 site inspections a week", "site inspection"},
	} {
		rd := workload.Read(tc.statement)
		if _, ok := rd.Flow(tc.name); !ok {
			t.Errorf("%q: flows %+v; want %q", tc.statement, rd.Flows, tc.name)
		}
	}
	// A plural subject and its verb stay apart: "2,000 homes send readings".
	rd := workload.Read("2,000 homes send meter readings every 15 minutes")
	if len(rd.Flows) != 1 || rd.Flows[0].Actors != 2000 {
		t.Errorf("homes that send: flows %+v; want the 2,000 homes sending", rd.Flows)
	}
}
