package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// lineWith returns the first line of text that contains marker, or "".
func lineWith(text, marker string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, marker) {
			return l
		}
	}
	return ""
}

// TestDowntimeBudgetWeighedInTheDesignsOwnWrites keeps a three-nines target from closing with a
// clause every small design shares ("its standby fails over in seconds, well inside that"): the
// budget is said in the design's own writes at its own rate, and claims no standby the
// requirements stage cannot yet know of.
func TestDowntimeBudgetWeighedInTheDesignsOwnWrites(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, want string }{
		{"Design donation tracking for a church with 1,200 members giving weekly by card", "donations"},
		{"Design a sign-up sheet for a chess club's 40 members to book tournament slots", "bookings"},
		{"Design a booking system for a dentist practice with 6 dentists where 4,000 patients book appointments", "bookings"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.Requirements], "downtime a year")
		if !strings.Contains(got, "would wait for retry") || !strings.Contains(got, tc.want) {
			t.Errorf("%q: availability line %q, want the budget in %s", tc.problem, got, tc.want)
		}
		if strings.Contains(got, "standby") {
			t.Errorf("%q: availability line %q claims a standby before components are chosen", tc.problem, got)
		}
	}
}

// TestObjectStorageSaysWhatItKeeps keeps the object store's failure line from being the
// provider's durability figure ("11 nines"), the same in every design with a blob: it names what
// the design keeps there and the parts its outage stops.
func TestObjectStorageSaysWhatItKeeps(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, keeps, caller string }{
		{"Design a file sync service like Dropbox for 4 million users storing 20 GB each", "blocks", "Block service"},
		{"Design a system where 300 architects upload building plans as PDFs and clients comment on them", "plans", "service"},
		{"Design a web crawler that fetches 1 billion pages a month", "pages", "Fetcher"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.Reliability], "**Object storage**")
		if strings.Contains(strings.ToLower(got), "nines") || !strings.Contains(got, tc.keeps) || !strings.Contains(got, tc.caller) {
			t.Errorf("%q: object storage line %q, want %q kept and %q named, no nines", tc.problem, got, tc.keeps, tc.caller)
		}
	}
}

// TestLogConsumersNamedByWhatTheyRead keeps "its consumers", the same words in every design
// with a log, out of the reliability section: a log no worker is linked to is named by what it
// carries.
func TestLogConsumersNamedByWhatTheyRead(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, carries string }{
		{"Build a news feed for a social network with 80 million daily users who follow 300 accounts", "PostCreated"},
		{"Design a file sync service like Dropbox for 4 million users storing 20 GB each", "change events"},
		{"Design a chat app for 30 million daily users sending 40 messages each per day", "message events"},
	} {
		_, sec := renderAll(t, tc.problem)
		rel := sec[conversation.Reliability]
		got := lineWith(rel, "delivers at least once")
		if strings.Contains(rel, "its consumers") || !strings.Contains(got, tc.carries) {
			t.Errorf("%q: log line %q, want its consumers named by %q", tc.problem, got, tc.carries)
		}
	}
}

// TestOutsideProviderSaysWhatWaits keeps an outside provider's line about this design's work:
// each caller is named with what it sends there, so two designs with the same provider differ
// in what their outage holds up.
func TestOutsideProviderSaysWhatWaits(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, provider, call string }{
		{"Design a booking system for a dentist practice with 6 dentists where 4,000 patients book appointments and get SMS reminders", "**Delivery providers**", "(SMS, email)"},
		{"Design a ride hailing service for 100,000 riders a day", "**Maps & routing provider**", "Pricing service (route distance)"},
		{"Design a ride hailing service for 100,000 riders a day", "**Payment processor (PSP)**", "(authorize/capture/refund)"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.Reliability], tc.provider)
		if strings.Contains(got, "outside our control") || !strings.Contains(got, tc.call) {
			t.Errorf("%q: provider line %q, want it to name %q", tc.problem, got, tc.call)
		}
	}
}

// TestAccountsSayWhoseTheyAre keeps the accounts feature, the same in every design that has it,
// from reading the same: its service, its store's reason and its sign-in rule name whose
// accounts they are, from the statement.
func TestAccountsSayWhoseTheyAre(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, who string }{
		{"Design a chat app like WhatsApp for 30 million daily users sending 40 messages a day", "the 30M users"},
		{"Design a leaderboard for a mobile game with 5 million daily players posting scores after each match", "players"},
		{"Design a ride hailing service where 200,000 drivers share their location and riders book trips", "drivers"},
	} {
		g, sec := renderAll(t, tc.problem)
		for _, c := range g.Components {
			if (c.Name == "User service" || c.Name == "User DB") && !strings.Contains(c.Description, tc.who) {
				t.Errorf("%q: user service %q, want %q named", tc.problem, c.Description, tc.who)
			}
		}
		for id, marker := range map[conversation.SectionID]string{conversation.DataModel: "**User** →", conversation.Security: "Argon2id"} {
			if got := lineWith(sec[id], marker); got != "" && !strings.Contains(got, tc.who) {
				t.Errorf("%q: %s line %q, want %q named", tc.problem, id, got, tc.who)
			}
		}
	}
}

func TestAccountHolders(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		problem string
		w       conversation.Workload
		want    string
	}{
		{"Design a chat app for teenagers", conversation.Workload{DAU: 30e6}, "the 30M teenagers"},
		{"Design a chat app", conversation.Workload{DAU: 30e6}, "the 30M users"},
		{"Design donation tracking for a church where members give weekly", conversation.Workload{Users: 1200}, "the 1,200 members"},
		{"Design a rota where keepers feed animals on schedules set by vets", conversation.Workload{}, "keepers and vets"},
		{"Design a URL shortener", conversation.Workload{}, "the product's users"},
		// The count is the tuners', who are no actor here; the customers who book hold accounts.
		{"booking and routing app for a piano tuning cooperative - 85 tuners, each doing about 5 visits a day, customers book online 2-8 weeks ahead", conversation.Workload{Users: 85}, "customers"},
		// Buses that send their position are machines, not account holders beside the parents.
		{"Design a school bus tracking app for parents: 3,000 buses send GPS every 10 seconds, parents get a notice when their child's bus is 5 minutes away.", conversation.Workload{}, "parents and children"},
	} {
		if got := accountHolders(tc.problem, tc.w); got != tc.want {
			t.Errorf("accountHolders(%q) = %q, want %q", tc.problem, got, tc.want)
		}
	}
}

// TestErasureReachesTheDesignsOwnRecords keeps the personal-data line from ending the same in
// every design: an erasure names the design's own records that carry a person's id.
func TestErasureReachesTheDesignsOwnRecords(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, reaches string }{
		{"Design a chat app like WhatsApp for 30 million daily users", "messages"},
		{"Design a library lending system for a city with 12 branches and 90,000 members who borrow books", "loans"},
		{"Design a volunteer rota where 300 volunteers sign up for shifts at a food festival", "assignments"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.Security], "Personal data")
		if !strings.Contains(got, "Personal data of ") || !strings.Contains(got, "an erasure also reaches") || !strings.Contains(got, tc.reaches) {
			t.Errorf("%q: personal data line %q, want the erasure to reach %s", tc.problem, got, tc.reaches)
		}
	}
}

// A record the statement keeps for years by law outlives an erasure request: the erasure says so
// rather than deleting the invoices the tax office asks for.
func TestErasureKeepsWhatTheStatementKeeps(t *testing.T) {
	t.Parallel()
	problem := "We run an HVAC service company: 35 branches, each with about 20 technicians, every tech does 6 jobs a day; job records and signed invoices must be kept 7 years."
	_, sec := renderAll(t, problem)
	got := lineWith(sec[conversation.Security], "Personal data")
	if !strings.Contains(got, "the records the statement keeps for 7 years stay") || strings.Contains(got, "which are deleted") {
		t.Errorf("personal data line %q: want the 7-year records kept through an erasure", got)
	}
}

// TestAccountStoreSaysWhatWaits keeps the accounts store, when it is not the main store, from
// repeating the database's failover paragraph: its failure stops sign-ins, and the line names the
// design's own work that goes on.
func TestAccountStoreSaysWhatWaits(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, goesOn string }{
		{"Design a leaderboard for a mobile game with 5 million daily players posting scores", "Leaderboard store go on"},
		{"Design a ticket booking system for concerts: 2 million fans try to buy 60,000 seats", "Booking DB go on"},
		{"Design a news feed for 80 million daily users who follow 300 accounts", "go on"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.Reliability], "**User DB**")
		if !strings.Contains(got, "only sign-ins and profile changes wait") || !strings.Contains(got, tc.goesOn) || strings.Contains(got, "Patroni") {
			t.Errorf("%q: User DB line %q, want sign-ins to wait and %q", tc.problem, got, tc.goesOn)
		}
	}
}

// TestSmallStoreNeedsNoFailoverTooling keeps Patroni and its 503 choreography out of designs
// aiming at three nines, where a managed standby's minute of failover is a small part of the
// budget.
func TestSmallStoreNeedsNoFailoverTooling(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, holds string }{
		{"Design a sign-up sheet for a chess club's 40 members to book tournament slots", "bookings"},
		{"Design a todo app for my family", "todos"},
		{"Design an internal web tool where 30 staff log the hours they work on client projects", "point-in-time restore"},
	} {
		_, sec := renderAll(t, tc.problem)
		rel := sec[conversation.Reliability]
		if strings.Contains(rel, "Patroni") || !strings.Contains(lineWith(rel, "managed primary"), tc.holds) {
			t.Errorf("%q: reliability names Patroni or lacks a managed standby holding %s:\n%s", tc.problem, tc.holds, rel)
		}
	}
}

// TestMoneyNamesTheRowsThatMoveIt keeps the money control from reading the same in every design
// that takes payments: it names the design's own entities that move money.
func TestMoneyNamesTheRowsThatMoveIt(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, rows string }{
		{"Design a payment ledger for a digital wallet with 10 million users making 3 transfers a day", "transfers"},
		{"Design a parking garage system where drivers pay at exit for 20,000 spaces", "payments are append-only"},
		{"Design a crowdfunding site where 100,000 backers pledge to projects", "pledges"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.Security], "Money (")
		if strings.Contains(got, "rows that move money") || !strings.Contains(got, tc.rows) || strings.Contains(got, "card numbers never reach our servers (the processor") {
			t.Errorf("%q: money line %q, want %q", tc.problem, got, tc.rows)
		}
	}
}

// TestSingleRegionWeighedAgainstTheTarget keeps the single-region flag from closing with advice
// every large design shared: whether a rebuild from copies is enough follows from the
// availability the statement states, and a warm standby is advised only when that target needs
// one. (It once pinned a standby for statements that set no target at all.)
func TestSingleRegionWeighedAgainstTheTarget(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, want, not string }{
		{"Design a URL shortener that creates 5 million short links a day and serves 2 billion redirects a day with 99.99% availability", "warm standby of Link store", "fits"},
		{"Design a chat app like WhatsApp for 30 million daily users sending 40 messages each, up 99.9% of the time", "fits the ≈ 8.8 h a year the stated 99.9% allows", "warm standby"},
		{"A stock exchange's market data feed must be up 99.999% of trading hours, 2 million quotes a second to 5,000 brokers", "the stated 99.999% allows", "fits"},
		{"Design a leaderboard for a mobile game with 5 million daily players posting scores after each match", "(snapshots and log shipping).", "warm standby"},
		{"Design a chat app like WhatsApp for 30 million daily users sending 40 messages each", "(snapshots and log shipping).", "allows"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.Tradeoffs], "Single region")
		if !strings.Contains(got, tc.want) || strings.Contains(got, tc.not) {
			t.Errorf("%q: single-region flag %q, want %q and not %q", tc.problem, got, tc.want, tc.not)
		}
	}
}

// TestGuessNamesWhatItSizes keeps the sized-on-a-guess flag naming this design's parts that
// follow from the guessed load, not "the cache, replicas and shards" of any design.
func TestGuessNamesWhatItSizes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, parts string }{
		{"Design a ticket booking system for concerts: 2 million fans try to buy 60,000 seats in the first 10 minutes of a sale", "Booking DB's shards"},
		{"Design a chat app like WhatsApp for 30 million daily users sending 40 messages each per day", "Cache's nodes"},
		{"Design search autocomplete for an online store with 50 million searches a day", "Cache's nodes"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.Tradeoffs], "Sized on a guess")
		if strings.Contains(got, "the cache, replicas and shards") || !strings.Contains(got, tc.parts) {
			t.Errorf("%q: guess flag %q, want %q", tc.problem, got, tc.parts)
		}
	}
}

// TestStoresWatchedAlikeShareAClause keeps a design's monitoring from repeating a technology's
// signals once per store: stores watched for the same signals are named in one clause.
func TestStoresWatchedAlikeShareAClause(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, together string }{
		{"Design a ticket booking system for concerts: 2 million fans try to buy 60,000 seats", "User DB (users), Payment ledger DB"},
		{"Design a booking system for a dentist practice with 6 dentists where 4,000 patients book, move and cancel appointments", "User DB (users)"},
		{"Design a payment ledger for a digital wallet with 10 million users making 3 transfers a day", "User DB (users) and "},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.Reliability], "Dashboards and alerts")
		if strings.Count(got, "connections in use") != 1 || !strings.Contains(got, tc.together) {
			t.Errorf("%q: monitoring %q, want one PostgreSQL clause naming %q", tc.problem, got, tc.together)
		}
	}
}
