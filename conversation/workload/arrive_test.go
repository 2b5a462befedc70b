package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// Events said to arrive at a rate are named by the clause before it: "OTA updates arrive at
// about 200 per second" are 200 updates a second coming in, writes, not 200 requests of every
// kind to divide into reads and writes.
func TestReadEventsArrivingAtARate(t *testing.T) {
	for _, tc := range []struct {
		statement string
		name      string
		kind      conversation.FlowKind
		count     float64
	}{
		{"A hotel chain syncs 350 hotels with five travel agencies; OTA updates arrive at about 200 per second.", "ota update", conversation.FlowWrite, 200},
		{"Our rental homes are on three booking sites, and channel messages come in at roughly 150 a second", "channel message", conversation.FlowWrite, 150},
		{"A campsite chain where bookings flow in at a rate of 40 per second at the start of the season", "booking", conversation.FlowWrite, 40},
		{"A product catalogue where search queries arrive at 500 per second", "search query", conversation.FlowRead, 500},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || len(rd.Totals) != 0 {
			t.Fatalf("%q: flows %+v totals %v, want one flow and no total", tc.statement, rd.Flows, rd.Totals)
		}
		f := rd.Flows[0]
		if f.Name != tc.name || f.Kind != tc.kind || rd.Rate(f) != tc.count {
			t.Errorf("%q: %q %s %v/s, want %q %s %v/s", tc.statement, f.Name, f.Kind, rd.Rate(f), tc.name, tc.kind, tc.count)
		}
	}
}

// "Online" before an organisation says what kind of business it is: "5 online travel agencies"
// are five partners, not five people connected at once.
func TestReadOnlineBusinessesAreNotConcurrent(t *testing.T) {
	for _, statement := range []string{
		"A hotel chain whose availability syncs with 5 online travel agencies",
		"A stock ledger for a brand that sells through 12 online shops",
	} {
		if rd := workload.Read(statement); rd.Concurrent != 0 {
			t.Errorf("%q: %v concurrent, want none (notes %q)", statement, rd.Concurrent, rd.Notes)
		}
	}
	if rd := workload.Read("A quiz app with 30,000 players online during the show"); rd.Concurrent != 30000 {
		t.Errorf("players online: %v concurrent, want 30000", rd.Concurrent)
	}
}
