package offline_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// requirementsOf reads a statement's requirements without designing the rest.
func requirementsOf(t *testing.T, statement string) (features, functional, entities []string) {
	t.Helper()
	_, req, err := offline.New().Requirements(context.Background(), statement)
	if err != nil {
		t.Fatalf("requirements: %v", err)
	}
	return req.Features, req.Functional, req.Entities
}

// Money moved between accounts that keep a balance is a ledger's transfer, even when no word
// says "money": the wallet's double-entry ledger, not a composed "Transfer" with no amount.
func TestTransfersOfHeldBalancesGetTheLedger(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"A trade union wants members to move money between their dues accounts; no account may be overdrawn and big transfers get reviewed.",
		"Members of our credit union transfer funds to one another from the app; no balance may drop below zero and transfers over 5,000 dollars are flagged.",
		"Staff at a cooperative transfer credits between their canteen accounts; the ledger must balance, balances never go negative and anything over 2,000 credits waits for a manager's approval.",
	} {
		features, functional, entities := requirementsOf(t, s)
		if !slices.Contains(features, "wallet") {
			t.Errorf("%q: features %v, want wallet", s, features)
		}
		if !slices.Contains(entities, "Ledger entry") {
			t.Errorf("%q: entities %v, want a Ledger entry", s, entities)
		}
		if !slices.ContainsFunc(functional, func(f string) bool { return strings.Contains(f, "review threshold is held") }) {
			t.Errorf("%q: no held review of large transfers in %q", s, functional)
		}
	}
}

// Transfers of files, stock or students keep no balance of money.
func TestTransfersWithoutMoneyAreNoWallet(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Warehouses transfer pallets between sites and the planners keep stock levels in balance.",
		"A hospital transfers patients between wards and tracks bed balance per ward.",
		"A secure file transfer service for law firms with an audit ledger of every download.",
	} {
		if features, _, _ := requirementsOf(t, s); slices.Contains(features, "wallet") {
			t.Errorf("%q: features %v, want no wallet", s, features)
		}
	}
}

// A body named by the word before it (credit union, housing association, building society) is
// who the system serves; "Union" or "Association" is not a thing it keeps.
func TestNamedBodiesAreNotEntities(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Our credit union needs a tool where loan officers log member complaints and track each one to resolution.",
		"A housing association lets tenants report repairs and contractors close them out.",
		"The building society wants branch staff to record customer visits and follow-up calls.",
	} {
		_, _, entities := requirementsOf(t, s)
		for _, e := range entities {
			if l := strings.ToLower(e); l == "union" || l == "association" || l == "society" {
				t.Errorf("%q: entities %v hold the body %q", s, entities, e)
			}
		}
	}
}

// "Resolution" of a complaint or a ticket is no motion put to a vote: a union or a co-op
// tracking cases to resolution runs no ballot.
func TestResolvedCasesAtMemberBodiesAreNoBallot(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Our credit union needs a tool where loan officers log member complaints and track each one to resolution.",
		"A trade union's caseworkers record members' disputes with employers and measure time to resolution.",
		"A housing co-op wants a maintenance desk where each fault report is tracked until resolution.",
	} {
		if features, _, _ := requirementsOf(t, s); slices.Contains(features, "ballots") {
			t.Errorf("%q: features %v, want no ballots", s, features)
		}
	}
}

// Slots at a county's waste sites are entry slots with a vehicle cap per slot, not hotel rooms
// searched by location and party size; residency and material reports follow the statement.
func TestWasteSiteSlotsAreTimedEntry(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Residents book a time slot to drop off bulky waste at one of the county's 6 recycling centres; each centre takes 40 cars an hour, residents must prove they live in the county, and we report tonnes per material to the state each month.",
		"Let people reserve a 15-minute slot at our three household waste sites; each site fits 25 vehicles per hour and only council-tax payers may book.",
		"Booking for drop-off sites in a rural district: 12 vans per half hour per site, proof of address required, monthly kilograms of each material sent to the environment agency.",
	} {
		features, functional, _ := requirementsOf(t, s)
		if !slices.Contains(features, "timedentry") || slices.Contains(features, "lodging") || slices.Contains(features, "reservation") {
			t.Errorf("%q: features %v, want timedentry without hotel reservations", s, features)
		}
		text := strings.Join(functional, "\n")
		for _, want := range []string{"Only residents book", "vehicle places"} {
			if !strings.Contains(text, want) {
				t.Errorf("%q: functional does not say %q:\n%s", s, want, text)
			}
		}
		if strings.Contains(text, "Schools and tour operators") {
			t.Errorf("%q: a waste site gets school group bookings:\n%s", s, text)
		}
		if _, _, entities := requirementsOf(t, s); slices.Contains(entities, "Group booking") || slices.Contains(entities, "Member") || slices.Contains(entities, "Payment intent") {
			t.Errorf("%q: a free waste-site booking keeps a museum's entities %v", s, entities)
		}
	}
}

// A refrigerated fleet reports to keep its loads in a temperature band: the points carry the
// measured quantity, excursions held over a duration are the alert, and a stated tamper-evident
// record is designed; idling is not what it asked for.
func TestRefrigeratedFleetsDesignTheMeasuredQuantity(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"A cold-chain carrier has 800 refrigerated trailers that report temperature every 30 seconds; alert dispatch when any load stays outside 2-8°C for more than 15 minutes, and keep a tamper-evident temperature record for 5 years.",
		"Our 250 reefer trucks send a temperature reading each minute; if a vaccine shipment is above 8 degrees for 10 minutes we must alert, and auditors need an append-only log kept 3 years.",
		"Design monitoring for 300 refrigerated vans carrying pharmaceuticals: humidity and temperature every 20 s, excursions over 20 minutes raise an alarm, records hash-chained for regulators.",
	} {
		text := allText(design(t, s))
		if !strings.Contains(text, "Excursions: a band held over time") && !strings.Contains(text, "a clock per device") {
			t.Errorf("%q: no deep dive on the time a load spends out of its band", s)
		}
		for _, want := range []string{"A tamper-evident temperature record", "fuel_level, temperature", "measured temperature"} {
			if !strings.Contains(text, want) && !strings.Contains(text, strings.Replace(want, "fuel_level, temperature", "fuel_level, humidity, temperature", 1)) {
				t.Errorf("%q: the design does not say %q", s, want)
			}
		}
		if strings.Contains(text, "An idling alert") || strings.Contains(text, "idling and other timers") {
			t.Errorf("%q: a temperature fleet is designed around idling", s)
		}
	}
}

// A van fleet that asks about idling keeps its idling design and no temperature record.
func TestVanFleetsKeepIdling(t *testing.T) {
	t.Parallel()
	text := allText(design(t, "Track 600 delivery vans every 10 seconds and alert managers when a van idles over 15 minutes."))
	if !strings.Contains(text, "idling and other timers") || strings.Contains(text, "tamper-evident") || strings.Contains(text, "Excursions") {
		t.Errorf("a van fleet lost its idling design or gained a temperature one")
	}
}

// A small shop's preorders are the preorder pattern, with a cut-off and a production list, paid
// by deposit; nothing says sale, so no flash-sale dive.
func TestSmallShopPreordersHaveNoFlashSale(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"A village butcher wants customers to pre-order Christmas joints online with a £10 deposit; around 400 orders over December, collection slots at the counter.",
		"Preorder system for a small cheese shop: 60 orders a day, order by 6pm for next-day pickup, a daily pick list per shop.",
		"Our family patisserie with three branches takes 120 preorders a day for cakes; a deposit secures each one and bakers need a list per branch each morning.",
	} {
		d := design(t, s)
		if !slices.Contains(d.Requirements.Features, "preorder") {
			t.Errorf("%q: features %v, want preorder", s, d.Requirements.Features)
		}
		text := allText(d)
		if strings.Contains(text, "Flash-sale peaks") {
			t.Errorf("%q: a small shop's preorders got the flash-sale dive", s)
		}
		if !slices.ContainsFunc(d.Requirements.Functional, func(f string) bool { return strings.Contains(f, "close at the shop's cut-off") }) {
			t.Errorf("%q: no cut-off and production list in %q", s, d.Requirements.Functional)
		}
	}
}

// "Gaming" or "players" alone is a community's interest, not a contest: the competitive-play
// control needs something won, ranked or matched.
func TestGamingWordsAloneAreNoCompetitivePlay(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Group chat for our gaming community: 40,000 members in topic channels, voice rooms and DMs.",
		"A forum where tabletop game players swap house rules and post photos of their painted miniatures.",
		"A board-game café lets regulars reserve tables and borrow games from its library of 600 titles.",
	} {
		if sec, ok := design(t, s).Section(conversation.Security); ok && strings.Contains(sec.Markdown, "Competitive play") {
			t.Errorf("%q: security speaks of competitive play", s)
		}
	}
	for _, s := range []string{
		"A chess site where players are matched by rating and climb a ladder each season.",
		"Weekly online tournaments for a puzzle game with cash prizes for the top 10 players.",
	} {
		if sec, _ := design(t, s).Section(conversation.Security); !strings.Contains(sec.Markdown, "Competitive play") {
			t.Errorf("%q: security lost competitive play", s)
		}
	}
}

// A process that stalls in measured equipment (a fermentation whose gravity stops falling) is
// condition monitoring of that equipment, not a generic record of tanks and messages.
func TestStalledProcessesInMeasuredEquipmentAreMonitored(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"A brewery tracks fermentation tanks: gravity and temperature every minute, brewers get a message when fermentation stalls.",
		"Our winery has 60 steel tanks logging temperature every 2 minutes; the winemaker wants a text if a ferment gets stuck.",
		"A cidery's 30 fermentation tanks send gravity readings hourly; the cellar master wants a message when a batch stalls.",
	} {
		if features, _, _ := requirementsOf(t, s); !slices.Contains(features, "plant") {
			t.Errorf("%q: features %v, want plant", s, features)
		}
	}
}
