package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestCustodyDesigns designs an organisation keeping track of physical things handed between
// parties as custody tracking in the statement's own nouns: the thing is the core entity with its
// current stage and holder, every scan appends a movement event, the measurement belongs to its
// step, a double scan is a no-op and what one side sent is reconciled against what the other
// received. Before, the verb of keeping track became the entity ("Track system — a system for
// tracks", "Follow system", "Trace system") and the thing was lost.
func TestCustodyDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "An orchard co-op tracks 18k bins each harvest week from 40 growers to the packhouse, with grade and weight at weigh-in",
			mentions: []string{"bin custody tracking system", "bin, movement event, measurement, manifest, party", "at weigh-in the station records the bin's grade and weight",
				"what each grower sent against what the packhouse received", "`/v1/bins/{id}`", "`/v1/parties/{id}/bins", "a grower sees where each of its bins is", "double scan a no-op"},
			absent: []string{"track system", "users create tracks", "live as they grow", "{cu_"},
		},
		{
			statement: "A county crime lab follows every evidence bag from the arresting officer through the property room to the court, scanned at each handover",
			mentions:  []string{"evidence bag custody tracking system", "every hand-over of an evidence bag recorded once", "`/v1/evidence-bags/{id}`", "what each arresting officer sent against what the court received"},
			absent:    []string{"follow system", "users create follows", "live as they grow", "{cu_"},
		},
		{
			statement: "A brewery logs 25,000 returnable kegs a month as they go out to 600 pubs and come back, scanned at dispatch and on return",
			mentions:  []string{"returnable keg custody tracking system", "`/v1/returnable-kegs/{id}`", "the pub scans what arrives"},
			absent:    []string{"system for brewery logs", "breweries log", "live as they grow", "{cu_"},
		},
		{
			statement: "A hospital's sterile services department traces 3,000 surgical instrument trays a day from theatre to decontamination to sterilisation and back, recording who scanned each step",
			mentions:  []string{"instrument tray custody tracking system", "instrument_tray_id", "movement event"},
			absent:    []string{"trace system", "users create traces", "live as they grow", "{cu_"},
		},
		{
			statement: "Our library consortium records the handover of inter-loan boxes between 12 branch libraries and the central sorting hub, checking the item count on arrival",
			mentions:  []string{"inter-loan box custody tracking system", "item count recorded at arrival", "what each branch library sent against what the sorting hub received"},
			absent:    []string{"holds queue", "fines", "{cu_"},
		},
		{
			statement: "Design a system for a pallet pooling company that tracks 2 million returnable pallets as they move between manufacturers, retailers and its depots, inspected on return",
			mentions:  []string{"returnable pallet custody tracking system", "inspection result recorded at return", "what each manufacturer sent against what the depot received"},
			absent:    []string{"{cu_"},
		},
		{
			statement: "A pathology network logs specimens from 80 GP surgeries to the central lab; couriers scan every bag at pickup and the lab checks them in on arrival",
			mentions:  []string{"specimen custody tracking system", "what each gp surgery sent against what the central lab received", "`/v1/specimens/{id}`"},
			absent:    []string{"bag system", "telling couriers", "parcel", "{cu_"},
		},
		{
			statement: "Our dairy co-op records the handover of milk churns from 200 farms to the creamery, with volume and temperature at intake",
			mentions:  []string{"milk churn custody tracking system", "volume and temperature recorded at intake", "what each farm sent against what the creamery received"},
			absent:    []string{"record system", "users create records", "excursion", "{cu_"},
		},
		{
			statement: "A regional blood service traces every donation box from mobile collection sessions to the processing centre, scanned when the driver hands it over",
			mentions:  []string{"donation box custody tracking system", "what each collection session sent against what the processing centre received"},
			absent:    []string{"where blood lives", "{cu_"},
		},
		{
			statement: "We need software for a uniform rental firm that follows 40,000 garment bags between client sites and the laundry, counting items at each pickup",
			mentions:  []string{"garment bag custody tracking system", "what each client site sent against what the laundry received"},
			absent:    []string{"follow system", "{cu_"},
		},
		{
			statement: "An airline's engineering base tracks rotable parts as they go out to repair shops and come back, with serial number and condition recorded at goods-in",
			mentions:  []string{"rotable part custody tracking system", "serial number and condition recorded at goods-in"},
			absent:    []string{"users create tracks", "{cu_"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// TestReadCustody reads the thing after the verb of keeping track, its ends and what is measured
// where, whatever the numbers look like.
func TestReadCustody(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		want      custodyRead
	}{
		{"An orchard co-op tracks 18k bins each harvest week from 40 growers to the packhouse, with grade and weight at weigh-in",
			custodyRead{item: "bin", from: "grower", to: "packhouse", step: "weigh-in", measures: "grade and weight", org: "orchard co-op"}},
		{"The regional lab keeps track of about 4,500 blood samples a day from 30 clinics to its analysers, weighed and inspected at intake",
			custodyRead{item: "blood sample", from: "clinic", to: "analyser", step: "intake", measures: "weight and inspection result", org: "regional lab"}},
	} {
		if got := readCustody(tc.statement); got != tc.want {
			t.Errorf("%q: read %+v, want %+v", tc.statement, got, tc.want)
		}
	}
}

// A span after a verb that can be a noun ("scan logs 18 months") is how long data is kept, and a
// lead-in that asks for "a design for" names no entity: a warehouse's picking system tracks no
// months and designs no designs.
func TestSpansAndLeadInsAreNoThings(t *testing.T) {
	t.Parallel()
	s := "need a design for our warehouse picking system: 3 warehouses, each has 40 pickers who scan a barcode every 8 seconds, and 12k orders ship a day; keep scan logs 18 months for audits."
	if thing, _, ok := custodyThing(s); ok {
		t.Errorf("custodyThing(%q) = %q, want no thing", s, thing)
	}
	g, sec := renderAll(t, s)
	if over := strings.ToLower(g.Title + " " + sec[conversation.Overview]); strings.Contains(over, "month custody") || strings.Contains(over, "designs") {
		t.Errorf("%q: titled %q:\n%s", s, g.Title, sec[conversation.Overview])
	}
}
