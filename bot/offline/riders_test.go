package offline

import (
	"context"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// Where the statement says how often its vehicles or devices report, and the archetype's write
// is what devices send, the people counted beside them only read: riders send no telemetry.
func TestPeopleBesideReportingDevicesOnlyRead(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"A ferry tracker: 60 ferries, about 15,000 passengers a day. Position reports every 30 seconds.",
		"Snowplough tracking for a county with 200,000 residents and 90 ploughs; location pings every 5 seconds.",
		"Delivery drone telemetry: 500 drones, 80,000 customers a day; telemetry every 2 seconds.",
	} {
		_, req, err := New().Requirements(context.Background(), statement)
		if err != nil {
			t.Fatalf("%q: %v", statement, err)
		}
		for _, f := range req.Workload.Flows {
			if f.Kind == conversation.FlowWrite && f.Source == conversation.Assumed && f.ItemsOf == "" {
				t.Errorf("%q: assumed write %+v beside the devices' stated reports", statement, f)
			}
		}
	}
}
