package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A crowd that acts every day within a stated window is that day's burst, read once: not also
// each of them once a day all day.
func TestReadDailyRushIsOneFlow(t *testing.T) {
	rd := workload.Read("at 11:45 every weekday, 30,000 pupils order lunch within 15 minutes")
	if len(rd.Flows) != 1 || !rd.Flows[0].Burst || rd.Flows[0].Count != 30000 {
		t.Errorf("flows %+v; want one burst of 30,000", rd.Flows)
	}
	if rd := workload.Read("every day 2,000 members book a court"); len(rd.Flows) != 1 || !rd.Flows[0].Each {
		t.Errorf("a daily habit with no window: %+v; want each member once a day", rd.Flows)
	}
}
