package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// Sending the nearest free unit is a dispatch even where the statement never says how units'
// positions are known: "the nearest free crew must be assigned within 90 seconds" read as "Users
// create ambulances" because no clause had ambulances report GPS. The design now assumes the
// reports, says it assumes them, and keeps the deadline, the claim and the queue.
func TestDispatchWithoutStatedReports(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement        string
		unit, job, by    string
		within           float64
		deadline, assign string
	}{
		{"A regional ambulance service dispatches from 3 control rooms: roughly 1,400 emergency calls on a normal day, and the nearest free crew must be assigned within 90 seconds",
			"crew", "emergency call", "control room operator", 90, "within 1.5 min", "no crew is ever sent to two emergency calls at once"},
		{"Our lift maintenance firm gets about 200 breakdown calls a week; the system should send the closest available technician to each breakdown within 2 hours.",
			"technician", "breakdown", "", 7200, "within 2 h", "no technician is ever sent to two breakdowns at once"},
		{"When a distress alert comes in, the coastguard's duty officer dispatches the nearest idle lifeboat crew in under 5 minutes.",
			"lifeboat crew", "alert", "duty officer", 300, "within 5 min", "no lifeboat crew is ever sent to two alerts at once"},
		{"A boiler repair company wants the nearest free engineer allocated to each urgent callout within 15 minutes, roughly 600 callouts a week.",
			"engineer", "callout", "", 900, "within 15 min", "no engineer is ever sent to two callouts at once"},
		{"the closest free patrol must be dispatched to every burglar alarm within 4 minutes; a security firm covers 9,000 homes",
			"patrol", "alarm", "", 240, "within 4 min", "no patrol is ever sent to two alarms at once"},
	}
	for _, tt := range tests {
		d, ok := readDispatch(tt.statement)
		if !ok || d.unit != tt.unit || d.job != tt.job || d.by != tt.by || d.within != tt.within || !d.assumed {
			t.Errorf("%q: read %+v (%v), want unit %q job %q by %q within %v, reports assumed", tt.statement, d, ok, tt.unit, tt.job, tt.by, tt.within)
			continue
		}
		_, sec := renderAll(t, tt.statement)
		checkSays(t, tt.statement+": requirements", sec[conversation.Requirements],
			[]string{tt.deadline, tt.assign, "assumed: the statement asks for the " + d.near + " " + tt.unit}, []string{"Users create"})
		checkSays(t, tt.statement+": deep dives", sec[conversation.DeepDive], []string{"partial GiST index", "stays waiting at the top of the board"}, []string{"A live board of"})
		checkSays(t, tt.statement+": data flow", sec[conversation.DataFlow], []string{"AND status = '" + d.free + "'"}, nil)
	}
}
