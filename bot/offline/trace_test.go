package offline

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestTraceOfReadsTheNouns checks that the thing traced and the ends of a trace are read in the
// statement's own words, however traceability is said.
func TestTraceOfReadsTheNouns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		want      traceWords
	}{
		{"A tissue bank where each graft must be fully traceable from donor to recipient", traceWords{"graft", "donor", "recipient"}},
		{"A meat processor's system in which every batch of mince can be traced back from the supermarket to the farm", traceWords{"batch", "supermarket", "farm"}},
		{"Custody tracking for a forensic lab: a chain of custody for every sample from the crime scene to the courtroom", traceWords{"sample", "scene", "courtroom"}},
		{"A records system for a railway that keeps the genealogy of every wheelset", traceWords{"wheelset", "source", "recipient"}},
		{"A winery app showing the provenance of each bottle, from vineyard to glass", traceWords{"bottle", "vineyard", "glass"}},
		{"A coroner's lab where every specimen is logged on arrival and each transfer needs a chain of custody", traceWords{"specimen", "source", "recipient"}},
		{"A gallery's records of every painting, traceable from the artist's studio to every later owner", traceWords{"painting", "studio", "owner"}},
		// A bare "each" stands for the plural said before it, not for the verb after it.
		{"Design a LIMS for a hospital lab: technicians receive 3,000 samples a day, each is barcoded and tested, and the chain of custody must be kept", traceWords{"sample", "source", "recipient"}},
		{"A seed bank takes in 500 packets a week; each goes through drying and each must keep its chain of custody", traceWords{"packet", "source", "recipient"}},
		{"A museum lends 40 artworks, each with a condition report, and keeps a chain of custody", traceWords{"artwork", "source", "recipient"}},
		// "serialized" says what it qualifies: the parts, not the shop said before them.
		{"a parts-tracking system for an aircraft maintenance shop: 3,000 serialized parts, technicians log part movements", traceWords{"part", "source", "recipient"}},
		{"Our pharmacy wholesaler ships serialised medicine packs to 900 pharmacies", traceWords{"pack", "source", "recipient"}},
	} {
		if got := traceOf(tc.statement); got != tc.want {
			t.Errorf("%q: trace %+v, want %+v", tc.statement, got, tc.want)
		}
	}
}

// TestTraceabilityInTheProblemsNouns checks that a design asked for traceability records each
// hand-over, keeps both ends as keys and walks them both ways, in the problem's nouns; and that
// designs whose statements do not ask for it (a courier's parcel tracking, request tracing) get
// none of it.
func TestTraceabilityInTheProblemsNouns(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a plasma collection network: 60 centres take 3,000 donations a day, each bag of plasma is sent to a fractionation plant, and every bag must be traceable from the donor to the patient who receives the medicine")
	for id, want := range map[conversation.SectionID]string{
		conversation.Requirements: "Every bag is traceable from donor to patient",
		conversation.DataModel:    "(donor_id) on origin events; (patient_id) on final events",
		conversation.API:          "every patient reached from one donor",
		conversation.DeepDive:     "Tracing every bag from donor to patient, both ways",
		conversation.Tradeoffs:    "Append-only custody events",
		conversation.DataFlow:     "### Record a hand-over of a bag",
	} {
		if !strings.Contains(sec[id], want) {
			t.Errorf("%s has no %q:\n%s", id, want, sec[id])
		}
	}
	for _, s := range []string{
		"Design a parcel tracking app for a courier delivering 1 million parcels a day from depots to homes",
		"Design a distributed tracing system that follows every request from the gateway to the database across 500 microservices",
		"A blood donation booking app where donors pick a slot at one of 15 centres",
		// The composed design records each hand-off of a staged thing already.
		"Design a tissue bank's tracking: 300 grafts arrive each week, every graft moves through 4 stages, and each hand-off needs a chain-of-custody record",
	} {
		if ids, _ := detect(s); slices.Contains(ids, "traceability") {
			t.Errorf("%q: traceability on, want off", s)
		}
	}
}
