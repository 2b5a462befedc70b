package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A hedge before a crowd's count ("roughly 400 jurors", "nearly 900 fans") says how sure the
// count is, never what the crowd does: a burst they make is named by their act alone, and a
// real object still names it ("upload roughly 300 photos").
func TestReadRushNotNamedByHedge(t *testing.T) {
	for _, tc := range []struct{ statement, name string }{
		{"Our county court summons around 6,000 jurors a month; they confirm online and about one in four asks for a deferral. On trial mornings roughly 400 jurors check in at lobby kiosks within 30 minutes before 8:30, and we must keep juror records for seven years.", "check in"},
		{"On match days nearly 900 fans check in at the turnstiles within 20 minutes before kick-off", "check in"},
	} {
		rd := workload.Read(tc.statement)
		var names []string
		for _, f := range rd.Flows {
			names = append(names, f.Name)
			if strings.Contains(f.Name, "roughly") || strings.Contains(f.Name, "nearly") {
				t.Errorf("%q: flow named %q", tc.statement, f.Name)
			}
		}
		if len(rd.Flows) == 0 || rd.Flows[0].Name != tc.name {
			t.Errorf("%q: flows %v, want %q first", tc.statement, names, tc.name)
		}
	}
}
