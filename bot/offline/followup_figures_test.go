package offline_test

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

var shardsRe = regexp.MustCompile(`need (\d+) shard primaries`)

const labResults = "Design a lab results delivery system for a regional diagnostics chain: 180 labs produce 650,000 results per day, 5% are critical values that must page the ordering physician within 3 minutes, PDFs average 220 KB, and results are kept 25 years."

// A what-if's figures are the design's own, over the stated retention: a lab chain that keeps
// results 25 years keeps 1.3 PB, not the five years' 261 TB, and its database's shard count in
// the prose is the one in the table.
func TestWhatIfKeepsTheStatedRetention(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, q string }{
		{labResults, "what if daily volume doubles after we acquire another chain?"},
		{labResults, "what if the daily volume triples?"},
		// A near miss: the default five-year retention reads the same as before.
		{"Design a shared todo list app for my family of 5", "what if daily volume doubles?"},
	} {
		c := newConvo(t, tc.problem)
		was := c.design.Capacity
		_, a := c.say(tc.q)
		if !strings.Contains(a, "| Storage kept | "+conversation.Bytes(was.StorageBytesKept)+" | ") {
			t.Errorf("%q: storage kept is not the design's %s:\n%s", tc.q, conversation.Bytes(was.StorageBytesKept), a)
		}
		if m := shardsRe.FindStringSubmatch(a); m != nil && !strings.Contains(a, "| Database partitions | "+fmt.Sprint(was.DBShards)+" | "+m[1]+" |") {
			t.Errorf("%q: the prose's %s shard primaries are not the table's partitions:\n%s", tc.q, m[1], a)
		}
	}
}

// A swap sizes the new store on the records the design keeps over its retention, the figure the
// overview and scalability sections count nodes from.
func TestSwapSizesOnTheRetention(t *testing.T) {
	t.Parallel()
	for _, q := range []string{"swap the main database to Cassandra", "move the results to cassandra"} {
		c := newConvo(t, labResults)
		kept := c.design.Capacity.DBBytesKept
		nodes := int(math.Ceil(kept * 3 / 2e12))
		_, a := c.say(q)
		want := fmt.Sprintf("%d nodes of Cassandra for %s kept", nodes, conversation.Bytes(kept))
		if !strings.Contains(a, want) {
			t.Errorf("%q: the swap does not say %q:\n%s", q, want, a)
		}
		if !strings.Contains(c.section(conversation.Overview), fmt.Sprintf("about %d nodes", nodes)) {
			t.Errorf("%q: the overview does not count the same %d nodes:\n%s", q, nodes, c.section(conversation.Overview))
		}
	}
}

// After a swap to a store that partitions itself, the document speaks of it as that store: no
// "split into N shards" of our own, no "Relational source of truth", a managed store's
// partitions rather than nodes we run, and a trade-off row for the move in place of the
// relational one it drops. A swap between relational stores keeps its shards and its row.
func TestSwapSpeaksOfTheNewStore(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		q         string
		want, not []string
	}{
		{"swap the main database to Cassandra", []string{"| Primary DB on Cassandra |"}, []string{"split into", "Relational source of truth"}},
		{"move the results to DynamoDB", []string{"| Primary DB on DynamoDB |", "partitions"}, []string{"split into", "Relational source of truth", "on about 9 nodes", "9 nodes with 3 replicas"}},
		// A near miss: MySQL is sharded by us like PostgreSQL was.
		{"switch the database to MySQL", []string{"split into 3 shards", "| One relational Primary DB |"}, []string{"| Primary DB on MySQL |"}},
	} {
		c := newConvo(t, labResults)
		c.say(tc.q)
		var doc strings.Builder
		for _, id := range conversation.SectionOrder {
			doc.WriteString(c.section(id))
		}
		for _, w := range tc.want {
			if !strings.Contains(doc.String(), w) {
				t.Errorf("%q: the document lacks %q", tc.q, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(doc.String(), w) {
				t.Errorf("%q: the document still says %q", tc.q, w)
			}
		}
	}
}

// cdnWithConfig is a CDN whose parts include a Config database and an Edge config store in every
// PoP. (The reviewer's DNS-based traffic manager is now a DNS service, whose PoPs keep zones.)
const cdnWithConfig = "Design a CDN with 120 points of presence that serves 2 million requests per second for 25,000 customer sites, with each customer's configuration pushed to every PoP"

// A swap that names a part the design has by its role ("the configuration store") is about that
// part: a known technology is weighed for it, an unknown one (etcd) is said to be unknown, and neither
// adds a product. A request naming no part of the design still adds the capability.
func TestSwapNamingARoleSwapsThePart(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, cdnWithConfig))
	d := offline.New()
	for _, tc := range []struct {
		q         string
		want, not string
	}{
		{"switch the configuration store to etcd", "Config database stays on PostgreSQL", "second product"},
		{"move the config database to Cassandra", "What Cassandra changes for Config database", "second product"},
		{"switch the configuration store to Consul", "Config database stays on PostgreSQL", "second product"},
		// A near miss: naming the capability, not a part, still proposes it.
		{"add dynamic configuration", "second product", "stays on"},
	} {
		in, err := d.Interpret(context.Background(), g, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		text := in.Reply + in.Unsupported + in.Decision
		if !strings.Contains(text, tc.want) || strings.Contains(text, tc.not) {
			t.Errorf("%q: want %q, not %q:\n%s", tc.q, tc.want, tc.not, text)
		}
	}
}

// A site of the system (a PoP, a region, a warehouse) losing its link is answered from the
// parts that keep serving there, not as a phone that drops off; a person's app still is.
func TestASiteCutOffIsNotAPhone(t *testing.T) {
	t.Parallel()
	cdn := grounding(design(t, cdnWithConfig))
	chat := grounding(design(t, "Design a team chat like Slack for companies of up to 50,000 employees"))
	dns := grounding(design(t, "Design a DNS-based global traffic manager for a CDN with 120 points of presence that health-checks 2,000 customer origins every 10 seconds and steers users to the nearest healthy PoP"))
	d := offline.New()
	for _, tc := range []struct {
		g         bot.Grounding
		q         string
		want, not string
	}{
		{cdn, "what happens if one point of presence loses connectivity to the control plane?", "Edge config store", "Clients that drop off"},
		{cdn, "what if a PoP is cut off from the core for an hour?", "Edge config store", "Clients that drop off"},
		{chat, "what happens when a user's phone loses connectivity?", "Clients that drop off", "cut off from"},
		{dns, "what happens if one point of presence loses connectivity to the control plane?", "Edge zone store", "Clients that drop off"},
	} {
		a, err := d.Answer(context.Background(), tc.g, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a, tc.want) || strings.Contains(a, tc.not) {
			t.Errorf("%q: want %q, not %q:\n%s", tc.q, tc.want, tc.not, a)
		}
	}
}

const snowPlows = "The city wants a public web map showing where its 180 snow plows are during a storm. Each truck sends a GPS fix every 5 seconds, and on a big storm morning maybe 50,000 residents open the map in the first hour; keep the track history for a year"

// A what-if that grows the senders of one flow is a load what-if on that flow alone: 380 trucks
// send twice the fixes, and the residents' reads stay as they are. A what-if on all the load
// still scales every flow.
func TestWhatIfGrowsTheFlowItNames(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"what if the storm doubles the fleet with 200 contractor trucks?", []string{"380 trucks", "| Peak writes/s | 36 | 76 |", "| Peak reads/s | 13.9 | 13.9 |"}},
		{"what if the number of trucks doubles?", []string{"360 trucks", "| Peak reads/s | 13.9 | 13.9 |"}},
		// A near miss: all the load doubles, reads included.
		{"what if the load doubles?", []string{"| Peak reads/s | 13.9 | 27.8 |"}},
	} {
		c := newConvo(t, snowPlows)
		_, a := c.say(tc.q)
		for _, w := range tc.want {
			if !strings.Contains(a, w) {
				t.Errorf("%q: answer lacks %q:\n%s", tc.q, w, a)
			}
		}
	}
}

// A what-if that grows something no flow counts (origins on a design sized by DNS queries) does
// not scale every flow by it; one that grows the traffic still does.
func TestWhatIfOnAnUncountedThingInventsNoFigures(t *testing.T) {
	t.Parallel()
	const dns = "Design a DNS-based global traffic manager: 30 probe locations health-check 2,000 origins every 10 seconds and the resolvers answer 200,000 DNS queries per second, steering each user to the nearest healthy origin"
	for _, tc := range []struct {
		q         string
		want, not string
	}{
		{"what if the number of health-checked origins grows 5x?", "none of them is counted in origins", "| Peak reads/s |"},
		{"what if the origins double?", "none of them is counted in origins", "| Peak reads/s |"},
		{"what if traffic grows 5x?", "| Peak reads/s | 400K | 2M |", "none of them is counted"},
	} {
		c := newConvo(t, dns)
		_, a := c.say(tc.q)
		if !strings.Contains(a, tc.want) || strings.Contains(a, tc.not) {
			t.Errorf("%q: want %q, not %q:\n%s", tc.q, tc.want, tc.not, a)
		}
	}
}
