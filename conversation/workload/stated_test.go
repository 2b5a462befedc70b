package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// hasThing reports a population of n of noun among what the reading counts but no flow used.
func hasThing(rd workload.Reading, n float64, noun string) bool {
	return slices.Contains(rd.Things, workload.Population{Value: n, Noun: noun})
}

// hasKept reports n of noun among the items the reading says the system holds.
func hasKept(rd workload.Reading, n float64, noun string) bool {
	return slices.Contains(rd.Kept, workload.Population{Value: n, Noun: noun})
}

// A rate said with the second of two counts is that count's own when the second is said as a
// peak or counts what happens to the first ("jobs" and "job triggers"): the first is a
// population, kept, never the same rate. A peak said of the whole system is never per thing.
func TestReadRateBelongsToItsOwnCount(t *testing.T) {
	for _, tc := range []struct {
		statement string
		rate      float64
		things    float64
		noun      string
	}{
		{"Design a distributed job scheduler: about 5 million scheduled jobs and peaks of 20,000 job triggers per second at the top of the hour.", 20e3, 5e6, "job"},
		{"A feature-flag service: 200,000 flags and 1 million flag evaluations a second", 1e6, 200e3, "flag"},
		{"A parcel locker network: 40,000 lockers and peaks of 900 locker openings per second on Monday mornings", 900, 40e3, "locker"},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Each || rd.Flows[0].Count != tc.rate || rd.Flows[0].PerSeconds != 1 || !hasThing(rd, tc.things, tc.noun) && !hasKept(rd, tc.things, tc.noun) {
			t.Errorf("%q: flows %+v things %+v; want one flow of %v a second and %v %ss kept (notes %q)", tc.statement, rd.Flows, rd.Things, tc.rate, tc.things, tc.noun, rd.Notes)
		}
	}
}

// People put in a queue arrive together when it opens: a burst of joins over its first minutes,
// assumed and said so, not the size of a group.
func TestReadCrowdInAQueueIsABurst(t *testing.T) {
	for _, tc := range []struct {
		statement string
		crowd     float64
	}{
		{"Design a concert ticketing system: a popular on-sale puts 2 million fans in a queue for a 60,000-seat stadium, holds expire after 10 minutes.", 2e6},
		{"A sneaker drop puts 500,000 shoppers into a virtual waiting room for 10,000 pairs", 500e3},
		{"At launch, 300,000 gamers join the queue for the new server", 300e3},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Limits) != 0 || len(rd.Flows) != 1 || !rd.Flows[0].Peak || !rd.Flows[0].Burst || rd.Flows[0].Kind != conversation.FlowWrite ||
			!near(rd.Rate(rd.Flows[0]), tc.crowd/300) || !slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "(assumed") }) {
			t.Errorf("%q: flows %+v limits %+v; want one burst of joins at %v/s, its window assumed (notes %q)", tc.statement, rd.Flows, rd.Limits, tc.crowd/300, rd.Notes)
		}
	}
	// A group's size is still a limit: "10 players in each match".
	if rd := workload.Read("a battle game where 10 players in each match fight"); len(rd.Limits) != 1 {
		t.Errorf("players in each match: limits %+v, want one (notes %q)", rd.Limits, rd.Notes)
	}
}

// A count said per one of some earlier counted events ("300 balls per match" after "600 matches
// each weekend") is that many for each of them, at their rate: the events inside are load.
func TestReadCountPerCountedEvent(t *testing.T) {
	for _, tc := range []struct {
		statement string
		name      string
		count     float64
		per       float64
	}{
		{"Design live stats for an amateur cricket league app: 600 matches each weekend, a scorer enters every ball on a phone (about 300 balls per match), and scorers often lose signal.", "ball", 180e3, week},
		{"A baggage system for an airport: 4,000 flights a day, with about 150 bags per flight, scanned at every transfer", "bag", 600e3, day},
		{"A food bank runs 120 distributions a week. Volunteers log about 250 parcels per distribution on tablets.", "log parcel", 30e3, week},
	} {
		rd := workload.Read(tc.statement)
		i := slices.IndexFunc(rd.Flows, func(f conversation.Flow) bool { return f.Name == tc.name })
		if i < 0 || rd.Flows[i].Count != tc.count || rd.Flows[i].PerSeconds != tc.per || len(rd.Limits) != 0 {
			t.Errorf("%q: flows %+v limits %+v; want %s at %v every %v s (notes %q)", tc.statement, rd.Flows, rd.Limits, tc.name, tc.count, tc.per, rd.Notes)
		}
	}
}

// "Up to N people" who do something live are the most online at once, a peak; "groups of up to
// 256 members" stays a bound.
func TestReadUpToPeopleLiveIsAPeak(t *testing.T) {
	for _, tc := range []struct {
		statement string
		online    float64
	}{
		{"Design live stats for a cricket league app: 600 matches each weekend, up to 40,000 fans follow live scorecards, and scorers often lose signal.", 40e3},
		{"A chess club app: up to 2,000 members watch live tournament boards", 2000},
	} {
		if rd := workload.Read(tc.statement); rd.Concurrent != tc.online || len(rd.Limits) != 0 {
			t.Errorf("%q: concurrent %v limits %+v, want %v online (notes %q)", tc.statement, rd.Concurrent, rd.Limits, tc.online, rd.Notes)
		}
	}
	if rd := workload.Read("A chat app with groups of up to 256 members"); len(rd.Limits) != 1 || rd.Concurrent != 0 {
		t.Errorf("groups of up to 256: limits %+v concurrent %v, want the limit (notes %q)", rd.Limits, rd.Concurrent, rd.Notes)
	}
}

// A bounded count in a named window ("up to 35,000 submissions in the hour before the deadline")
// is a burst in that window, its peak, as the same count without "up to" is.
func TestReadUpToInAWindowIsABurst(t *testing.T) {
	for _, tc := range []struct {
		statement string
		rate      float64
	}{
		{"Design a homework submission service: 140,000 students, up to 35,000 submissions in the hour before the 11:59pm deadline on Sunday nights.", 35e3 / hour},
		{"A tax office portal: up to 90,000 returns in the last 2 hours before the filing deadline", 90e3 / (2 * hour)},
		{"A flash sale site: up to 12,000 orders within the first 10 minutes of a drop", 12e3 / (10 * min)},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Limits) != 0 || len(rd.Flows) != 1 || !rd.Flows[0].Peak || !near(rd.Rate(rd.Flows[0]), tc.rate) {
			t.Errorf("%q: flows %+v limits %+v; want one peak at %v/s (notes %q)", tc.statement, rd.Flows, rd.Limits, tc.rate, rd.Notes)
		}
	}
}

// People at once on the same one thing are what one thing holds, not everyone online; a bare
// count of things listed as a fact is what the system keeps, a population.
func TestReadSameThingAtOnceAndKeptCount(t *testing.T) {
	for _, tc := range []struct {
		statement string
		limit     float64
		kept      float64
		noun      string
	}{
		{"Design a collaborative document editor: up to 100 people editing the same document at once, edits visible to others within 200 ms, full version history, 30 million documents.", 100, 30e6, "document"},
		{"A whiteboard tool where up to 50 students draw on the same board at once, 2 million boards", 50, 2e6, "board"},
	} {
		rd := workload.Read(tc.statement)
		if rd.Concurrent != 0 || len(rd.Limits) != 1 || rd.Limits[0].Value != tc.limit || !hasKept(rd, tc.kept, tc.noun) {
			t.Errorf("%q: concurrent %v limits %+v kept %+v; want a limit of %v and %v %ss kept (notes %q)", tc.statement, rd.Concurrent, rd.Limits, rd.Kept, tc.limit, tc.kept, tc.noun, rd.Notes)
		}
	}
}

// What one report holds ("daily stock of 5,000 drugs") is that many rows in each report: a flow
// counted per report, at the reports' rate.
func TestReadRowsInEachReport(t *testing.T) {
	for _, tc := range []struct {
		statement string
		rows      float64
	}{
		{"Design a stock-sharing network: 2,000 independent pharmacies report daily stock of 5,000 drugs", 2000 * 5000 / day},
		{"Design an inventory hub: 300 warehouses upload a nightly inventory snapshot of 40,000 SKUs", 300 * 40e3 / day},
	} {
		rd := workload.Read(tc.statement)
		i := slices.IndexFunc(rd.Flows, func(f conversation.Flow) bool { return f.ItemsOf != "" })
		if len(rd.Flows) != 2 || i < 0 || !near(rd.Rate(rd.Flows[i]), tc.rows) {
			t.Errorf("%q: flows %+v; want the reports and their rows at %v/s (notes %q)", tc.statement, rd.Flows, tc.rows, rd.Notes)
		}
	}
}

// A range of counts is its middle on average, and its top is noted as the high end: read as its
// first figure it would size for the bottom.
func TestReadRangeIsItsMiddle(t *testing.T) {
	for _, tc := range []struct {
		statement string
		rate      float64
		top       string
	}{
		{"Design a medication reminder: 12,000 patients, each with 3-8 doses a day; the patient's tablet app confirms each dose.", 12e3 * 5.5 / day, "(8)"},
		{"A survey tool: 1.5-2.5 million responses a day", 2e6 / day, "(2.5 million)"},
		{"A photo contest: between 200k and 500k entries a month", 350e3 / month, "(500k)"},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || !near(rd.Rate(rd.Flows[0]), tc.rate) || !slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, tc.top) }) {
			t.Errorf("%q: flows %+v; want one at %v/s and its top %s noted (notes %q)", tc.statement, rd.Flows, tc.rate, tc.top, rd.Notes)
		}
	}
	// Years are no range.
	if rd := workload.Read("Our archive covers 2020-2024 filings"); slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "a range") }) {
		t.Errorf("2020-2024 read as a range (notes %q)", rd.Notes)
	}
}

// What a system is said to hold ("hosts about 250,000 shows", "stores 2 billion photos") is a
// population it keeps, not events at no rate.
func TestReadHeldCountIsKept(t *testing.T) {
	for _, tc := range []struct {
		statement string
		n         float64
		noun      string
	}{
		{"A podcast network where creators host about 250,000 shows, and listeners download 40 million episodes a month", 250e3, "show"},
		{"A photo site that stores 2 billion photos and serves 50,000 views a second", 2e9, "photo"},
		{"Design a podcast hosting and analytics platform: 80,000 shows, 15 million episode downloads each week served through a CDN", 80e3, "show"},
	} {
		if rd := workload.Read(tc.statement); !hasKept(rd, tc.n, tc.noun) || len(rd.Things) != 0 {
			t.Errorf("%q: kept %+v things %+v, want %v %ss kept (notes %q)", tc.statement, rd.Kept, rd.Things, tc.n, tc.noun, rd.Notes)
		}
	}
}

// A count that is the subject of its own verb before "every" is the things that do it ("600 stop
// displays refresh every 30 seconds"), not so many per item of a group named before it.
func TestReadSubjectBeforeEveryIsThePopulation(t *testing.T) {
	for _, tc := range []struct {
		statement string
		rate      float64
	}{
		{"Design bus arrival predictions: 4,200 stops, and 600 stop displays refresh every 30 seconds.", 600.0 / 30},
		{"A parcel network of 80 depots, and 2,000 handheld scanners sync every 5 minutes", 2000.0 / 300},
	} {
		rd := workload.Read(tc.statement)
		got := 0.0
		for _, f := range rd.Flows {
			got += rd.Rate(f)
		}
		if got != tc.rate {
			t.Errorf("%q: %v events/s, want %v (flows %+v, notes %q)", tc.statement, got, tc.rate, rd.Flows, rd.Notes)
		}
	}
}

// An aside inside a sentence ("20 X-ray images (about 15 MB each) per clinic per day") is read
// after it: the count keeps its rate and the aside sizes the word before it.
func TestReadAsideInsideASentence(t *testing.T) {
	for _, tc := range []struct {
		statement, noun string
		perDay, size    float64
	}{
		{"Design records for 140 veterinary clinics: vets attach up to 20 X-ray images (about 15 MB each) per clinic per day.", "image", 140 * 20, 15e6},
		{"A survey firm: 60 crews upload about 30 drone photos (roughly 8 MB each) per crew per day.", "photo", 60 * 30, 8e6},
	} {
		rd := workload.Read(tc.statement)
		got := 0.0
		for _, f := range rd.Flows {
			got += rd.Rate(f) * 86400
		}
		if got < tc.perDay/2 || got > tc.perDay*1.01 || rd.Sizes[tc.noun] != tc.size {
			t.Errorf("%q: %v a day, sizes %v; want up to %v a day of %s sized %v (flows %+v, notes %q)", tc.statement, got, rd.Sizes, tc.perDay, tc.noun, tc.size, rd.Flows, rd.Notes)
		}
	}
}

// A size said per person or account is what each keeps in all, never the size of one upload.
func TestReadSizePerPersonIsWhatEachKeeps(t *testing.T) {
	for _, tc := range []struct {
		statement string
		stored    float64
	}{
		{"Design a backup service for smartphone photos with 1 billion accounts, 2 GB kept per account on average", 2e18},
		{"A webmail service: 50 million users, about 3 GB per user", 1.5e17},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Sizes) != 0 || rd.Stored != tc.stored {
			t.Errorf("%q: sizes %v, stored %v; want no item size and %v kept (notes %q)", tc.statement, rd.Sizes, rd.Stored, tc.stored, rd.Notes)
		}
	}
}

// A size said per machine or feed is what each sends each time, not what it keeps in all:
// "pulls feeds from 400 agencies every 15 seconds (each feed ~200 KB)" is 5.3 MB/s in.
func TestReadSizePerFeedIsEachFetch(t *testing.T) {
	for _, s := range []string{
		"Pipeline that pulls GTFS-realtime feeds from 400 transit agencies every 15 seconds (each feed ~200 KB), normalizes them and computes on-time performance per route per day.",
		"We fetch 2,000 partner feeds every 5 minutes, about 1 MB per feed.",
	} {
		rd := workload.Read(s)
		if rd.Stored != 0 || rd.Sizes["feed"] == 0 {
			t.Errorf("%q: sizes %v, stored %v; want a size per feed and nothing kept in all (notes %q)", s, rd.Sizes, rd.Stored, rd.Notes)
		}
	}
}

// A thing that ends like a role is no one: "1.5M transfers a day" is a rate of transfers beside
// the customers counted, not 1.5 million daily active "transferers".
func TestReadRoleEndingThingIsARate(t *testing.T) {
	for _, tc := range []struct {
		statement string
		perDay    float64
	}{
		{"Design a bank's domestic transfer system: 2M customers, 1.5M transfers a day", 1.5e6},
		{"wire transfers for a commercial bank: 40,000 business accounts send 90,000 transfers a day", 90e3},
		{"a job marketplace where 300,000 employers post jobs and candidates receive 2 million offers a day", 2e6},
	} {
		rd := workload.Read(tc.statement)
		if rd.DAU != 0 || len(rd.Flows) != 1 || !near(rd.Rate(rd.Flows[0])*86400, tc.perDay) {
			t.Errorf("%q: dau %v flows %+v; want no daily active count and one flow of %v a day (notes %q)", tc.statement, rd.DAU, rd.Flows, tc.perDay, rd.Notes)
		}
	}
}
