package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// "Ships send ETA updates every 15 min" beside "60 pilots cover ~45,000 ship movements a year":
// the ships send, not the pilots counted in another sentence. Those in transit at once are a
// day's movements for the hours each sends (assumed).
func TestReadNamedSenderIsTheSubject(t *testing.T) {
	for _, tc := range []struct {
		s, flow, noun string
		actors        float64 // 0: no flow of that name
	}{
		{"We need a dispatch system for our harbour pilots: about 60 pilots cover ~45,000 ship movements a year. Ships send ETA updates every 15 min or so once within 200 nm.", "eta update", "ships", 21}, // 45,000 / 365 × 4 h / 24 h ≈ 20.5, whole ships,
		{"A courier firm: 300 dispatchers plan 12,000 van trips a day. Vans send GPS pings every 30 seconds.", "", "vans", 2000},
		{"Our 40 nurses handle 2,100 patient visits a week. Patients send check-ins every hour.", "", "patients", 50},
		// Near misses: the subject counted, or no subject named, keeps its sender.
		{"We track 5,000 drivers. Drivers share location every 10 seconds.", "location update", "drivers", 5000},
		{"We have 200 stores. Each sends a sales summary every hour.", "", "stores", 200},
	} {
		rd := workload.Read(tc.s)
		found := false
		for _, f := range rd.Flows {
			if tc.flow != "" && f.Name != tc.flow || f.ActorNoun != tc.noun {
				continue
			}
			found = true
			if !near(f.Actors, tc.actors) {
				t.Errorf("%q: %s sent by %v %s, want %v (%v)", tc.s, f.Name, f.Actors, f.ActorNoun, tc.actors, rd.Notes)
			}
		}
		if !found {
			t.Errorf("%q: no flow %q sent by %s: %+v (%v)", tc.s, tc.flow, tc.noun, rd.Flows, rd.Notes)
		}
	}
	// Estimated senders make a derived flow, which no rule may take for a counted fleet.
	for _, f := range workload.Read("About 60 pilots cover ~45,000 ship movements a year. Ships send ETA updates every 15 min.").Flows {
		if f.Name == "eta update" && f.Source != conversation.Derived {
			t.Errorf("updates from estimated senders: source %q, want derived", f.Source)
		}
	}
	// Senders named but neither counted nor counted as events are no one else's.
	rd := workload.Read("60 pilots use the app. Ships send ETA updates every 15 minutes.")
	for _, f := range rd.Flows {
		if f.ActorNoun == "pilots" {
			t.Errorf("the ships' updates given to the pilots: %+v", f)
		}
	}
}
