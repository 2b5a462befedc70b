package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// "120 wardens patrol streets and scan licence plates": the wardens are counted and act, though
// no suffix says they are people; "40 scans an hour each during 8-hour shifts" is each warden's
// rate on shift, "during" after "each" no act of each scan.
func TestReadWardensScanEachDuringShifts(t *testing.T) {
	rd := workload.Read("Design a parking enforcement app: 120 wardens patrol streets and scan licence plates with a handheld, about 40 scans an hour each during 8-hour shifts.")
	if len(rd.Flows) != 1 {
		t.Fatalf("flows %+v; want one scan flow", rd.Flows)
	}
	f := rd.Flows[0]
	if f.Name != "scan" || !f.Each || f.Actors != 120 || !f.Burst || f.Lasts != 8*3600 || f.Recurs != 86400 {
		t.Errorf("scan flow %+v; want 40 an hour for each of 120 wardens, 8 h a day", f)
	}
	if got := rd.Rate(f); got < 1.33 || got > 1.34 {
		t.Errorf("scans on shift %.3f/s; want 120 × 40/h = 1.33/s", got)
	}
}

// Files said with the thing named just before "with" are that thing's: the photos of "a penalty
// notice with 3 photos of 2 MB" are 6 MB a notice, not the scans' counted before it.
func TestReadMediaWithTheNounBeforeWith(t *testing.T) {
	rd := workload.Read("wardens make 40 scans an hour; one scan in twenty results in a penalty notice with 3 photos of 2 MB")
	if got := rd.Sizes["penalty notice"]; got != 6e6 {
		t.Errorf("sizes %v; want 6 MB per penalty notice", rd.Sizes)
	}
	if got := rd.Sizes["scan"]; got != 0 {
		t.Errorf("sizes %v; want no size on the scans", rd.Sizes)
	}
	// "each with" names no noun: the item counted before it carries the photos.
	rd = workload.Read("40,000 claims a day, each with 5 photos of about 4 MB")
	if got := rd.Sizes["claim"]; got != 20e6 {
		t.Errorf("claims: sizes %v; want 20 MB per claim", rd.Sizes)
	}
}

// A visit someone carries out is a job done and recorded, a write; a site's visits are reads, and
// so is a search or a lookup, whoever does it.
func TestReadVisitsDoneAreWrites(t *testing.T) {
	for s, want := range map[string]conversation.FlowKind{
		"piano tuning cooperative - 85 tuners, each doing about 5 visits a day": conversation.FlowWrite,
		"200 home nurses each make 6 visits a day":                              conversation.FlowWrite,
		"our site gets 2M visits a day":                                         conversation.FlowRead,
		"The public does about 3,000 searches a day":                            conversation.FlowRead, // a search done is still a read
		"analysts make 40,000 lookups a day":                                    conversation.FlowRead,
	} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.Flows[0].Kind != want {
			t.Errorf("%q: flows %+v; want one of kind %v", s, rd.Flows, want)
		}
	}
}
