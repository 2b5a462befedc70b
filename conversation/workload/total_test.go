package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// perSecond is a flow's average rate: each of its actors' count, or the whole's.
func perSecond(f conversation.Flow) float64 {
	n := f.Count / f.PerSeconds
	if f.Each && f.Actors > 0 {
		n *= f.Actors
	}
	return n
}

// A part of the day said with "each" or "every" ("each night", "every evening") or "a night" is
// the count's period, not "each" of a group counted elsewhere; and a count drawn from the whole
// ("from our ledger", "from our marketplace"), thousands a day, is the whole's total though
// the sentence counts a group beside it.
func TestReadNightAndOurWholeAreTotals(t *testing.T) {
	for _, tc := range []struct {
		statement string
		perDay    float64
	}{
		{"Design the nightly bank reconciliation system for a mid-size payments company: each night about 9 million transactions from our ledger must be matched against statement files from 35 partner banks that arrive between midnight and 5am", 9e6},
		{"A clearing service for a card network: every evening roughly 6 million card authorisations from our switch are settled with 120 issuing banks", 6e6},
		{"A settlement service: 9 million transactions a night from our ledger are matched with files from 35 banks", 9e6},
		{"A payout tool for 400 sellers who receive 2,000 payouts a day from our marketplace", 2000},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Each || !near(perSecond(rd.Flows[0])*86400, tc.perDay) {
			t.Errorf("%q: flows %+v; want one flow of %v a day in all (notes %q)", tc.statement, rd.Flows, tc.perDay, rd.Notes)
		}
		if len(rd.Acts) > 0 {
			t.Errorf("%q: acts %+v; the files arrive, the banks do nothing", tc.statement, rd.Acts)
		}
	}
	// "each" said of the subject still makes the count each one's.
	rd := workload.Read("A CRM where 50 reps who each log 3,000 calls a day on our platform")
	if len(rd.Flows) != 1 || !rd.Flows[0].Each || rd.Flows[0].Actors != 50 {
		t.Errorf("each rep's calls: flows %+v; want 3,000 for each of the 50 reps", rd.Flows)
	}
}

// A rate said as each one's cap ("each with its own limit of …", "each capped at …", "a quota
// of … per key") is a limit, not what each one sends; a total said as such ("totalling",
// "in total", "overall", "combined") is the load and wins over any product of a share.
func TestReadCapOfEachAndStatedTotal(t *testing.T) {
	for _, tc := range []struct {
		statement string
		noun      string
		perSecond float64
		limit     bool
	}{
		{"Design a distributed rate limiter for a public payments API: 2,000 merchant accounts, each with its own limit between 10 and 5,000 requests per second, traffic across 3 regions totalling 400,000 requests per second", "request", 400e3, true},
		{"A rate limiter: 10,000 tenants, each capped at 500 requests per second, with a global limit of 200,000 requests per second", "request", 200e3, true},
		{"A rate limiter for 2,000 merchant accounts, each sending about 500 requests per second at its busiest, 400,000 requests per second in total", "request", 400e3, false},
		{"A metrics pipeline: 20,000 hosts each emit 50 samples a second, about 1.5 million samples a second combined", "sample", 1.5e6, false},
		{"A ride-hailing location service: 300,000 drivers, each sending a location update every 4 seconds while on shift; overall about 20,000 location updates per second", "update", 20e3, false},
		{"A chat backend: 3 million users who each send 40 messages a day; overall the service handles 150 million messages a day", "message", 150e6 / 86400, false},
	} {
		rd := workload.Read(tc.statement)
		var sum float64
		for _, f := range rd.Flows {
			if strings.HasSuffix(f.Name, tc.noun) || strings.Contains(f.Name, tc.noun+" ") {
				sum += perSecond(f)
			}
		}
		if !near(sum, tc.perSecond) {
			t.Errorf("%q: %ss %v/s, want %v/s (flows %+v, notes %q)", tc.statement, tc.noun, sum, tc.perSecond, rd.Flows, rd.Notes)
		}
		if limited := slices.ContainsFunc(rd.Limits, func(p workload.Population) bool { return p.Noun == tc.noun }); limited != tc.limit {
			t.Errorf("%q: limits %+v, want a limit on %s: %v", tc.statement, rd.Limits, tc.noun, tc.limit)
		}
	}
}

// "each of our N Xs has A to B Ys" counts N × (A+B)/2 Ys in all, not one X's.
func TestReadEachOfOurGroupsHasARange(t *testing.T) {
	for _, tc := range []struct {
		statement string
		noun      string
		total     float64
	}{
		{"Design a booking system for a hotel chain: each of our 300 hotels has 150 to 600 rooms", "room", 300 * 375},
		{"A parking app for a city: each of the 60 car parks has between 200 and 1,000 spaces", "space", 60 * 600},
	} {
		rd := workload.Read(tc.statement)
		i := slices.IndexFunc(rd.Capacities, func(c workload.Capacity) bool { return c.Unit == tc.noun })
		if i < 0 || rd.Capacities[i].Value != tc.total {
			t.Errorf("%q: capacities %+v, want %v %ss in all (notes %q)", tc.statement, rd.Capacities, tc.total, tc.noun, rd.Notes)
		}
	}
	rd := workload.Read("A school platform: each of our 120 schools has 400-1,200 pupils who log homework twice a week")
	if len(rd.Flows) != 1 || rd.Flows[0].Actors != 120*800 {
		t.Errorf("pupils of all the schools: flows %+v, want 96,000 pupils (notes %q)", rd.Flows, rd.Notes)
	}
}

// A count said beside the organisations that have it ("14 hospitals with 220 operating
// rooms", "180 operating rooms across 12 hospitals", "9 hospitals, each with 16 operating
// rooms") is all their units, counted: the designer may size load by it.
func TestReadUnitsOfCountedOrganisations(t *testing.T) {
	for _, tc := range []struct {
		statement string
		rooms     float64
	}{
		{"A surgery scheduling system for a hospital network of 14 hospitals with 220 operating rooms", 220},
		{"Operating theatre scheduling for a health board: 180 operating rooms across 12 hospitals", 180},
		{"Theatre scheduling: our 14 hospitals have 220 operating rooms between them", 220},
		{"OR scheduling for a hospital group: 9 hospitals, each with 16 operating rooms", 144},
	} {
		rd := workload.Read(tc.statement)
		if !slices.Contains(rd.Counted, workload.Population{Value: tc.rooms, Noun: "room"}) {
			t.Errorf("%q: counted %+v, want %v rooms (notes %q)", tc.statement, rd.Counted, tc.rooms, rd.Notes)
		}
		if slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "not used as load") }) {
			t.Errorf("%q: notes %q say a stated count is not used", tc.statement, rd.Notes)
		}
	}
}
