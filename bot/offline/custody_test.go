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

// TestCustodySlotDesigns designs things in custody that are also booked onto a resource by the
// slot (a crematorium's retorts) as custody first, with the slots its second part: the tracked
// thing is the statement's noun, the slot is one resource and window, and the status page reads
// the custody row. Before, the passive "every body … must be tracked from intake" was not read, so
// the bookings made it a hotel's search, holds and card guarantees, and "every site" was traced.
func TestCustodySlotDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "Design a scheduling and chain-of-custody system for a crematorium group with 9 sites. Each site runs 3 retorts doing about 4 cremations per retort per day. Every body gets a metal ID disc and must be tracked from intake through cremation to urn pickup, with a signed record at each handoff. Funeral directors book slots online, about 150 bookings a day across the group, and families can check status.",
			mentions: []string{"body custody tracking system", "each body has a metal id disc", "funeral directors book a slot online for a body", "a slot is one retort for one window",
				"(retort_id, starts_at)", "the body's current stage from its custody record"},
			absent: []string{"party size", "card guarantee", "every site is traceable", "what each intake sent", "urn pickup scans", "{cu_"},
		},
		{
			statement: "We run 5 crematoria, each with 2 retorts doing 5 cremations per retort a day. Each body is tagged with a steel ID disc and must be traced from intake to urn collection with a signature at every hand-over; funeral directors book slots online (about 60 bookings a day) and families check progress.",
			mentions:  []string{"body custody tracking system", "each body has a steel id disc", "retort slot"},
			absent:    []string{"party size", "card guarantee", "{cu_"},
		},
		{
			statement: "A booking and chain of custody platform for a pet crematorium: each pet is tracked from collection at the vet through cremation to the return of the ashes, scanned at each handoff; vets book slots online, around 40 bookings a day, and owners can see where their pet is.",
			mentions:  []string{"pet custody tracking system", "vets book a slot online for a pet"},
			absent:    []string{"working-hours template", "party size", "{cu_"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// TestReadCustody reads the thing after the verb of keeping track, its ends and what is measured
// where, whatever the numbers look like.
func TestReadCustody(t *testing.T) {
	t.Parallel()
	// unsaid is r with the slot and tag words a statement without them reads.
	unsaid := func(r custodyRead) custodyRead {
		r.res, r.booker, r.tag = "resource", "customer", "tag (barcode or RFID)"
		return r
	}
	for _, tc := range []struct {
		statement string
		want      custodyRead
	}{
		{"An orchard co-op tracks 18k bins each harvest week from 40 growers to the packhouse, with grade and weight at weigh-in",
			unsaid(custodyRead{item: "bin", from: "grower", to: "packhouse", step: "weigh-in", measures: "grade and weight", org: "orchard co-op"})},
		{"The regional lab keeps track of about 4,500 blood samples a day from 30 clinics to its analysers, weighed and inspected at intake",
			unsaid(custodyRead{item: "blood sample", from: "clinic", to: "analyser", step: "intake", measures: "weight and inspection result", org: "regional lab"})},
		// The thing is the subject of a passive verb, its ends are stages of the journey (so the
		// parties stay plain), and the statement names its tag, the booked resource and who books.
		{"Each site runs 3 retorts doing about 4 cremations per retort per day. Every body gets a metal ID disc and must be tracked from intake through cremation to urn pickup, with a signed record at each handoff. Funeral directors book slots online",
			custodyRead{item: "body", from: "sender", to: "receiver", step: "handoff", measures: "signed record", org: "organisation", res: "retort", booker: "funeral director", tag: "metal ID disc"}},
		{"A kiln studio fires 6 kilns; each kiln runs 2 firings per kiln a day. Each pot is labelled with a QR code and is traced from glazing to firing to collection, signed for at every handoff, and potters reserve a slot online",
			custodyRead{item: "pot", from: "sender", to: "receiver", step: "handoff", measures: "count and condition", org: "organisation", res: "kiln", booker: "potter", tag: "QR code"}},
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
