package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count per event said after what each person does ("each tech does 6 visits per shift and
// attaches 5 photos per visit") comes with every one of those events, at their rate for each
// person: 5 photos a visit, not 30 photos a day in all.
func TestReadCountPerEventOfEachPerson(t *testing.T) {
	rd := workload.Read("150 firms with 9,000 technicians working two 8-hour shifts, each tech does 6 visits per shift and attaches 5 photos (~3 MB each) per visit.")
	photo, ok := rd.Flow("photo")
	if !ok || photo.ItemsOf != "visit" || photo.Count != 5 {
		t.Fatalf("flows %+v; want 5 photos per visit", rd.Flows)
	}
	if got := rd.Rate(photo) * 86400; got < 269e3 || got > 271e3 {
		t.Errorf("photos a day %v; want 9,000 × 6 × 5 = 270K", got)
	}
}

// A count already multiplied by its group takes the group's period, not its count again: 1,200
// matches of 600 ball events are 720K events on the day, not 864M.
func TestReadGroupedEventsMultiplyOnce(t *testing.T) {
	rd := workload.Read("Live scoring for amateur cricket leagues: about 1,200 matches on a typical Saturday, each scorer taps roughly 600 ball events per match.")
	for _, f := range rd.Flows {
		if f.Name == "event" && rd.Rate(f)*86400 != 720e3 {
			t.Errorf("ball events a day %v; want 720K", rd.Rate(f)*86400)
		}
	}
}
