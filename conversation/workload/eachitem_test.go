package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// "Each item", "each one", "each of them" name no noun of their own: they are each of the things
// counted just before, whatever those were called ("2 million sheets and gowns; each item is
// scanned 6 times a day" is 12 million scans a day, not 6 for each of the 40 hospitals). A tagged
// thing scanned at a gate or a door records where it is: a write, as a parcel's scan is.
func TestEachItemIsTheThingsCountedBefore(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		perDay    float64
		kind      conversation.FlowKind
	}{
		{"A hospital group with 40 hospitals and 2 million RFID-tagged sheets and gowns; each item is scanned at laundry gates about 6 times a day", 12e6, conversation.FlowWrite},
		{"A warehouse with 300,000 pallets, each one is scanned at dock doors about 4 times a day", 1.2e6, conversation.FlowWrite},
		{"The museum lends out 8,000 artworks across 12 galleries and each of them is inspected twice a day", 16000, conversation.FlowWrite},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		found := false
		for _, f := range rd.Flows {
			n := f.Count * 86400 / f.PerSeconds
			if f.Each && f.Actors > 0 {
				n *= f.Actors
			}
			found = found || n == tc.perDay && f.Kind == tc.kind
		}
		if !found {
			t.Errorf("%q: flows %+v; want %v a day, %s", tc.statement, rd.Flows, tc.perDay, tc.kind)
		}
	}
}

// A parcel scanned on its way is tracked: each scan is an event kept. A code scanned by a
// guest opens what it points to.
func TestScannedParcelIsTrackedButScannedCodeIsRead(t *testing.T) {
	t.Parallel()
	for statement, want := range map[string]conversation.FlowKind{
		"A courier handles 15M parcels a day, each scanned 6 times":                 conversation.FlowWrite,
		"An airport handles 90,000 bags a day and every bag is scanned 5 times":     conversation.FlowWrite,
		"A restaurant prints 5,000 QR codes a month; each code is scanned 20 times": conversation.FlowRead,
	} {
		rd := workload.Read(statement)
		var got []conversation.Flow
		for _, f := range rd.Flows {
			if f.ItemsOf != "" {
				got = append(got, f)
			}
		}
		if len(got) != 1 || got[0].Kind != want {
			t.Errorf("%q: per-item flows %+v; want one, a %s", statement, got, want)
		}
	}
}
