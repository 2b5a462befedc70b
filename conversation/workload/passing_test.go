package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// Machines counted as they come through a place in a period ("3,000 trucks pass the gates a
// day") are the site's visits, its total: not a fleet active each day whose rate is assumed. What
// is said of each one after ("each truck gets OCR on 4 camera images") multiplies them, and what a
// machine takes of each thing (images, photos) is written.
func TestReadMachinesPassingAndWhatEachGets(t *testing.T) {
	for _, tc := range []struct {
		statement   string
		noun        string
		perDay      float64
		item        string
		itemsPerDay float64
	}{
		{"Design a port gate automation system: 3,000 trucks pass the gates a day, each truck gets OCR on 4 camera images", "truck", 3000, "truck image", 12000},
		{"Design a car park system: 1,200 cars enter the car park each day and each car gets 2 plate photos at the barrier", "car", 1200, "car photo", 2400},
		{"Design a weighbridge system for a quarry: 600 lorries leave the quarry a day, each lorry is weighed and has 3 photos taken", "lorry", 600, "lorry photo", 1800},
		{"A marina's berth system: 250 boats dock a day; each boat gets 1 hull photo at the pontoon", "boat", 250, "boat photo", 250},
	} {
		rd := workload.Read(tc.statement)
		got := map[string]conversation.Flow{}
		for _, f := range rd.Flows {
			got[f.Name] = f
		}
		f, ok := got[tc.noun]
		if !ok || f.Each || rd.Rate(f)*86400 != tc.perDay {
			t.Errorf("%q: flows %+v notes %q; want %v %s a day in all", tc.statement, rd.Flows, rd.Notes, tc.perDay, tc.noun)
			continue
		}
		it, ok := got[tc.item]
		if !ok || it.Kind != conversation.FlowWrite || rd.Rate(it)*86400 != tc.itemsPerDay {
			t.Errorf("%q: flows %+v notes %q; want %v %s written a day", tc.statement, rd.Flows, rd.Notes, tc.itemsPerDay, tc.item)
		}
	}
}

// People said to act on each counted item ("each script is marked by 2 examiners") are so many
// acts per item, not the system's whole population (2 examiners, 0.4 of them active a day); and
// what each of a bounded count gets ("up to 150 trucks unload at each silo a day, each truck gets
// a moisture test on 3 samples") multiplies the bound once it is read.
func TestReadActsOnEachItem(t *testing.T) {
	for _, tc := range []struct {
		statement, item string
		perItem         float64
	}{
		{"Design a marking system for an exam board: 50,000 scripts are scanned in the 10 days after the exam, and each script is marked by 2 examiners", "script", 2},
		{"A journal's submission system: 6,000 papers arrive a year, and each paper is reviewed by 3 referees", "paper", 3},
		{"An expense tool: 40,000 claims are filed a month; each claim is approved by 2 managers", "claim", 2},
		{"Design a grain intake system for a cooperative: 12 silos, up to 150 trucks unload at each silo a day, each truck gets a moisture test on 3 samples", "truck", 3},
	} {
		rd := workload.Read(tc.statement)
		found := false
		for _, f := range rd.Flows {
			found = found || f.ItemsOf != "" && f.Count == tc.perItem && f.Kind == conversation.FlowWrite
		}
		if !found || rd.Users != 0 || rd.DAU != 0 {
			t.Errorf("%q: flows %+v users %v dau %v notes %q; want %v written per %s and no population", tc.statement, rd.Flows, rd.Users, rd.DAU, rd.Notes, tc.perItem, tc.item)
		}
	}
}
