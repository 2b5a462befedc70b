package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A rate said "per airport" belongs to the airports counted, even when people (the ground
// crews) do it; one said "across the group", "in total" or "altogether" is the whole's sum.
// Both were read per user and multiplied by an assumed population.
func TestReadPerPlaceAndAcrossTheWhole(t *testing.T) {
	for _, tc := range []struct {
		statement, name string
		actors          float64
		each            bool
	}{
		{"An airport group: 5 airports. Ground crews log about 120 bird sightings a day per airport.", "log bird sighting", 5, true},
		{"12 depots. Drivers scan about 900 parcels an hour per depot.", "scan parcel", 12, true},
		{"An airport group: 5 airports. Pilots file roughly 8 bird-strike reports a week across the group.", "file bird-strike report", 0, false},
		{"A chain of 30 clinics where vets write about 400 prescriptions a day in total.", "write prescription", 0, false},
	} {
		rd := workload.Read(tc.statement)
		f, ok := rd.Flow(tc.name)
		if !ok || f.Each != tc.each || f.Actors != tc.actors {
			t.Errorf("%q: flows %+v; want %q each=%v over %v", tc.statement, rd.Flows, tc.name, tc.each, tc.actors)
		}
	}
}
