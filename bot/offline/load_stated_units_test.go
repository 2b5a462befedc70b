package offline

import (
	"context"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A stated count of the things themselves ("14 hospitals with 220 operating rooms") beats the
// usual number assumed at each counted site (10 theatres a hospital, 140).
func TestCountedThingsBeatThingsAssumedPerSite(t *testing.T) {
	t.Parallel()
	theatres := loadProfile{Things: 10, ThingsAlone: 10, Thing: "theatre", PerThingPerDay: 50, SenderNouns: []string{"theatre", "room"},
		Write: "case update", Read: "list view", ReadWrite: 20}
	w, _ := workloadFrom("theatre lists for a hospital network of 14 hospitals with 220 operating rooms", theatres)
	if f := firstOf(w.Flows, conversation.FlowWrite); f.Actors != 220 || f.Count != 50 {
		t.Errorf("case updates %+v: want 50 a day from each of the 220 rooms", f)
	}
	for _, tc := range []struct {
		statement string
		rooms     float64
	}{
		{"Design surgery scheduling for a hospital network of 14 hospitals with 220 operating rooms", 220},
		{"Design OR scheduling for a hospital group: 9 hospitals, each with 16 operating rooms", 144},
	} {
		_, req, err := New().Requirements(context.Background(), tc.statement)
		if err != nil {
			t.Fatal(err)
		}
		if f := firstOf(req.Workload.Flows, conversation.FlowWrite); f.Actors != tc.rooms {
			t.Errorf("%q: main write %+v, want it from each of the %v rooms (notes %q)", tc.statement, f, tc.rooms, req.Workload.Notes)
		}
	}
}
