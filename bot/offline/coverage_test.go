package offline

import (
	"fmt"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A design that leaves out what the statement asks for says which parts, by the statement's own
// words, and a design that covers its statement says nothing of the kind.
func TestSelfReviewNamesWhatTheDesignLeavesOut(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		missing   []string // phrases the review must name
		covered   []string // phrases it must not
	}{
		{"Design a beekeeping app where hives report weight every hour and a swarm alarm sounds a siren",
			[]string{"siren"}, []string{"“hour”", "“app”"}},
		// The elevator group has a pattern now: nothing asked for is left out.
		{"Design the control system for a bank of 8 elevators in a 40-floor office tower: hall calls, car calls, dispatch to minimise waiting, and safe behaviour during a fire alarm or power loss.",
			nil, []string{"Asked for but not designed"}},
		{"Design a URL shortener for 100M new links a month", nil, []string{"Asked for but not designed"}},
		// Money and round counts measure, demands and "the peak hits" are verbs of no part, and a
		// licence is the license the design keeps.
		{"Design a table reservation network for restaurants: 60,000 restaurants, each doing about 80 covers a night, and restaurants can require a card deposit of 20 dollars per person",
			nil, []string{"“doing”", "“require”", "“dollars”"}},
		{"Design an e-book lending app for hundreds of public libraries: each library buys licences for titles, a licence lends one copy at a time", nil, []string{"“licences”", "“hundreds”"}},
		// "Away" says how far, which the design's ETA answers: no part is missing for it.
		{"Design a school bus tracking app for parents: 3,000 buses send GPS every 10 seconds, parents get a notice when their child's bus is 5 minutes away.", nil, []string{"“away”"}},

		// Duplicates designed as their removal, an on-sale as the sale opening, a third party as
		// the provider the design calls: none is left out.
		{"Design a podcast hosting platform: 80,000 shows, downloads counted by IAB rules that filter bots and duplicate requests", nil, []string{"“duplicate”"}},
		{"Design a podcast hosting platform: 40 million downloads a month, deduplicated per IAB rules (same IP and user agent within 24 hours counts once)", nil, []string{"“deduplicated”"}},
		{"Design a concert ticketing system: a popular on-sale puts 2 million fans in a queue, and payment is via a third-party processor", nil, []string{"“on-sale”", "“third-party”"}},
		// Microservices are services: a design that serves services covers them.
		{"Design a secrets manager like HashiCorp Vault for 3,000 microservices", nil, []string{"Asked for but not designed"}},
		// A contraction is no request, and "per-partner" qualifies the quotas the design has.
		{"We're opening our services to partners: design the gateway in front of them with per-partner quotas", nil, []string{"“we're”", "“per-partner”"}},
		// "jaeger-style" asks for Jaeger, which the design names.
		{"We want Jaeger-style traces of every request across our microservices", nil, []string{"“jaeger-style”"}},
		// A messenger is the messaging the previews go into, and the unfurler is what is designed.
		{"We run a workplace messenger with 4 million daily users; when someone pastes a URL we want to unfurl it into a card with the page's title, image and description. How would you build the unfurler?",
			nil, []string{"Asked for but not designed"}},
		// "Our college's" names the college, and students trying to enrol ask for no "try".
		{"Our college's class registration falls over every semester when 15,000 students try to enrol at 7am; sections have seat caps and prerequisites, and holds block registration.",
			nil, []string{"Asked for but not designed"}},
		// The kind of bank and where its transfers go qualify them; the transfers are what is
		// asked for, and the design has them.
		{"Design wire transfers between business accounts for a commercial bank: 40,000 business customers send 90,000 wires a day",
			nil, []string{"“commercial”"}},
		{"build the outgoing SEPA Instant credit transfer service for a European bank with 8 million retail customers and interbank transfers in seconds",
			nil, []string{"“retail”", "“interbank”"}},
		// Drugstores and chemists are pharmacies, narcotics controlled substances and a patient's
		// medicine what a prescription names: a pharmacy design covers them.
		{"We run 850 drugstores; pharmacists verify each refill and narcotics are checked against the state PDMP before patients get their medicine",
			nil, []string{"“drugstores”", "“narcotics”", "“medicine”"}},
		// Shipping by post is not what the pharmacy pattern designs, and the review says so.
		{"an online pharmacy that ships repeat prescriptions to 2 million patients by post, with a pharmacist checking each refill",
			[]string{"“ships”"}, nil},
		// A word that only qualifies a noun the design covers is no part of its own: refrigerated
		// trucks are trucks, underground garages the places crews work; "must not lose work" is a
		// promise the durability line keeps, not a thing to hold.
		{"Design a cold-chain monitoring system for a pharmaceutical distributor: 3,000 refrigerated trucks each send a temperature reading every 30 seconds",
			nil, []string{"“refrigerated”"}},
		{"Design a pothole reporting system: residents file reports with photos, and crews get work orders on tablets that often lose signal in underground garages; a crew must never lose a work order",
			nil, []string{"“underground”", "“lose”"}},
		{"A milk-collection app for a dairy co-op: 400 insulated tankers report the litres they collect from each farm",
			nil, []string{"“insulated”"}},
	}
	for _, tt := range tests {
		_, sec := renderAll(t, tt.statement)
		checkSays(t, fmt.Sprintf("%q: self-review of what is left out", tt.statement), sec[conversation.Tradeoffs], tt.missing, tt.covered)
	}
}

// Words read in the sense their neighbours give them: a bank of elevators holds no money and a
// library's e-book loans are not credit.
func TestSecurityReadsWordsInTheirSense(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"Design the control system for a bank of 8 elevators in a 40-floor office tower",
		"Design a public library system where members reserve books and borrow e-book loans limited by publisher licences",
		// A ledger page, a parish or burial ledger is a register of names, not accounts.
		"Design a burial records and plot search system for a county that runs 60 cemeteries, with 90,000 scanned ledger pages",
		"a genealogy site that transcribes parish ledgers and census returns for 40 villages",
		"a museum's digitised visitors' ledger from 1850 to 1920, searchable by name",
	} {
		_, sec := renderAll(t, statement)
		if s := sec[conversation.Security]; strings.Contains(s, "Money (") || strings.Contains(s, "Plaid") {
			t.Errorf("%q: security treats it as money:\n%s", statement, s)
		}
	}
	_, sec := renderAll(t, "Design a budgeting app that imports bank transactions")
	if !strings.Contains(sec[conversation.Security], "Money (bank") {
		t.Errorf("a budgeting app's bank data lost its money controls:\n%s", sec[conversation.Security])
	}
	_, sec = renderAll(t, "a double-entry ledger for a wallet app: every transfer posts two ledger entries")
	if !strings.Contains(sec[conversation.Security], "Money (") {
		t.Errorf("a money ledger lost its money controls:\n%s", sec[conversation.Security])
	}
}

// A verb with no object says how something behaves, not a part to build: "a cache that sits in
// front of", "must catch up", "should appear within", "degrade gracefully", "we expect 300k".
// The review names no such verb, and still names a verb that acts on something ("ships").
func TestSelfReviewPassesOverVerbsWithoutObjects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		covered   []string // phrases it must not name
	}{
		{"Design a ticket kiosk service that sits beside every turnstile at 40 stadiums; fans buy match tickets and entry must open within 1 second",
			[]string{"“sits”", "“beside”"}},
		{"A notification inbox for 5 million app users: people who were offline for a week must catch up on every alert they missed",
			[]string{"“catch”"}},
		{"Design live scoring for a darts league: each throw should appear on the venue screens within a second, 300 venues on league night",
			[]string{"“appear”"}},
		{"A parcel locker network of 9,000 lockers: when a locker loses its uplink the screens should degrade gracefully and still release parcels by PIN",
			[]string{"“degrade”"}},
		{"We expect roughly 2 million photo uploads a day for our insurance inspection app; inspectors annotate each photo",
			[]string{"“expect”"}},
	}
	for _, tt := range tests {
		_, sec := renderAll(t, tt.statement)
		checkSays(t, fmt.Sprintf("%q: self-review of what is left out", tt.statement), sec[conversation.Tradeoffs], nil, tt.covered)
	}
}
