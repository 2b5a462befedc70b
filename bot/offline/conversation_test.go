package offline_test

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// convo plays a thread against the offline designer the way the engine does: it interprets each
// message, answers questions, posts pushback, and applies changes section by section. Applying a
// change checks what the engine relies on: the interpretation lists exactly the sections whose
// text changed, every other section is byte for byte what it was, and every section is what a
// fresh render of the new design gives.
type convo struct {
	t      *testing.T
	d      *offline.Designer
	design *conversation.Design
	recent []conversation.Turn
}

func newConvo(t *testing.T, problem string) *convo {
	return &convo{t: t, d: offline.New(), design: design(t, problem)}
}

func (c *convo) grounding() bot.Grounding {
	g := grounding(c.design)
	g.Recent = c.recent
	return g
}

// say sends one follow-up and returns its interpretation and the text the user would read.
func (c *convo) say(text string) (bot.Interpretation, string) {
	c.t.Helper()
	ctx := context.Background()
	g := c.grounding()
	in, err := c.d.Interpret(ctx, g, text)
	if err != nil {
		c.t.Fatalf("interpret %q: %v", text, err)
	}
	var reply string
	switch {
	case in.Intent == bot.IntentQuestion:
		if reply, err = c.d.Answer(ctx, g, text); err != nil {
			c.t.Fatalf("answer %q: %v", text, err)
		}
	case in.Intent == bot.IntentPushback:
		reply = in.Reply
	case in.Unsupported != "":
		reply = in.Unsupported
	default:
		c.apply(in)
		reply = in.Decision + "\n" + in.Reply
	}
	c.recent = append(c.recent, conversation.Turn{Author: "u", Text: text, Intent: string(in.Intent), Reply: reply})
	return in, reply
}

// apply makes the change as bot.Engine.applyChange does and checks the sections it reports.
func (c *convo) apply(in bot.Interpretation) {
	c.t.Helper()
	ctx := context.Background()
	old := c.design
	nd := *old
	nd.Sections = slices.Clone(old.Sections)
	nd.Version++
	if in.Requirements != nil {
		nd.Requirements = *in.Requirements
		nd.Capacity = conversation.Estimate(nd.Requirements.Workload)
	}
	if in.Components != nil {
		nd.Components = in.Components
	}
	nd.Decisions = append(slices.Clone(old.Decisions), conversation.Decision{Version: nd.Version, Summary: in.Decision, Rationale: in.Rationale})
	listed := map[conversation.SectionID]bool{}
	for _, id := range in.Sections {
		listed[id] = true
	}
	for id, md := range in.Written {
		if !listed[id] {
			c.t.Errorf("%s: section %s written but not listed", in.Decision, id)
		}
		nd.SetSection(conversation.Section{ID: id, Markdown: md})
	}
	g := grounding(&nd)
	if in.Requirements != nil {
		// The engine re-renders the capacity section itself and reports it when its text changed.
		md, err := c.d.Section(ctx, g, conversation.CapacityID)
		if err != nil {
			c.t.Fatal(err)
		}
		prev, _ := old.Section(conversation.CapacityID)
		nd.SetSection(conversation.Section{ID: conversation.CapacityID, Markdown: md})
		listed[conversation.CapacityID] = prev.Markdown != md
	}
	for _, id := range conversation.SectionOrder {
		before, _ := old.Section(id)
		after, _ := nd.Section(id)
		switch {
		case listed[id] && before.Markdown == after.Markdown:
			c.t.Errorf("%s: section %s listed as rewritten but unchanged", in.Decision, id)
		case !listed[id] && before.Markdown != after.Markdown:
			c.t.Errorf("%s: section %s changed but not listed", in.Decision, id)
		}
		fresh, err := c.d.Section(ctx, g, id)
		if err != nil {
			c.t.Fatal(err)
		}
		if fresh != after.Markdown {
			c.t.Errorf("%s: section %s is not what the changed design renders:\n--- kept\n%s\n--- fresh\n%s", in.Decision, id, after.Markdown, fresh)
		}
	}
	c.design = &nd
}

func (c *convo) section(id conversation.SectionID) string {
	s, _ := c.design.Section(id)
	return s.Markdown
}

func (c *convo) component(name string) (conversation.Component, bool) {
	i := slices.IndexFunc(c.design.Components, func(x conversation.Component) bool { return x.Name == name })
	if i < 0 {
		return conversation.Component{}, false
	}
	return c.design.Components[i], true
}

// turn is one scripted message: the intent it must be read as, what the reply must and must not
// say, the sections the change must rewrite, and a check on the design afterwards.
type turn struct {
	say      string
	intent   bot.Intent
	want     []string
	not      []string
	sections []conversation.SectionID
	check    func(t *testing.T, c *convo)
}

// noDiagramInProse rejects Mermaid source or grepped document lines in an answer.
var noDiagramInProse = []string{"```", "<br/>", "flowchart", "From the current design"}

var citesRe = regexp.MustCompile(`\(see [A-Z][^)]*\)`)

func TestConversations(t *testing.T) {
	t.Parallel()
	S := func(ids ...conversation.SectionID) []conversation.SectionID { return ids }
	A, DF, API, DM, DD, SC, RL, SE, TR, RQ, OV, UI, CAP := conversation.Architecture, conversation.DataFlow, conversation.API, conversation.DataModel,
		conversation.DeepDive, conversation.Scalability, conversation.Reliability, conversation.Security, conversation.Tradeoffs, conversation.Requirements,
		conversation.Overview, conversation.UI, conversation.CapacityID
	_, _ = UI, CAP
	scripts := []struct {
		problem string
		turns   []turn
	}{
		{"Design a URL shortener for 100M new links a month", []turn{
			{say: "what if the cache cluster dies?", intent: bot.IntentQuestion,
				want: []string{"If Cache (Redis", "Called by Redirect service", "Reads fall through to Link store at 11.6K/s peak", "DynamoDB is managed", "request coalescing", "(see Reliability"}},
			{say: "why this database?", intent: bot.IntentQuestion,
				want: []string{"Why DynamoDB", "It holds Link", "a put-if-absent (conditional create) (Data flow)", "Alternatives and why they lost", "PostgreSQL", "Cassandra: would work, at a price", "lightweight transaction", "(see Data model"}},
			{say: "why 302 redirects?", intent: bot.IntentQuestion,
				want: []string{"**302 redirects by default**, chosen over 301 everywhere", "(see Trade-offs)"}},
			{say: "Cassandra or DynamoDB for the links?", intent: bot.IntentQuestion,
				want: []string{"Cassandra vs DynamoDB for Link store", "| Put-if-absent |", "Paxos", "DynamoDB fits better here"}},
			{say: "what if we get 10x the traffic?", intent: bot.IntentQuestion,
				want: []string{"recomputed; the design is unchanged", "| Peak reads/s | 11.6K | 116K |", "(see Back-of-the-envelope capacity"}},
			{say: "use Cassandra for the links table", intent: bot.IntentChange,
				want: []string{"Use Apache Cassandra", "put-if-absent now needs a lightweight transaction (INSERT … IF NOT EXISTS, Paxos, ~4 round trips", "no secondary index on the hot path", "global-replication claim is gone"},
				// The durability requirement names the store, so a swap rewrites it too; the
				// overview and scalability count Cassandra's nodes, not DynamoDB's partitions.
				sections: S(OV, RQ, A, DF, DM, DD, SC, RL, TR),
				check: func(t *testing.T, c *convo) {
					for _, id := range conversation.SectionOrder {
						for _, line := range strings.Split(c.section(id), "\n") {
							if strings.Contains(line, "Link store") && regexp.MustCompile(`secondary index|put-if-absent|put if absent|replicates globally|global replication`).MatchString(line) && !strings.HasPrefix(line, "- v") {
								t.Errorf("%s still claims a DynamoDB property for the Link store: %s", id, line)
							}
						}
					}
					if !strings.Contains(c.section(DM), "| Link | Link store (Apache Cassandra (wide-column), RF=3) | code (7 chars base62) | code (hash) | (owner_id, created_at) denormalised query table") {
						t.Errorf("data model does not name the partition key and query table:\n%s", c.section(DM))
					}
					if !strings.Contains(c.section(DF), "lightweight transaction (IF NOT EXISTS, Paxos)") || !strings.Contains(c.section(TR), "v2: Use Apache Cassandra") {
						t.Error("data flow or decision log does not carry the lightweight transaction")
					}
				}},
			{say: "use SQLite for 200K writes/s", intent: bot.IntentPushback,
				want: []string{"haven't applied", "One SQLite node takes about 1,000 writes/s; the design peaks at 200K/s, 200x that", "no acknowledged write is ever lost", "Options:", `"yes, use sqlite anyway"`},
				check: func(t *testing.T, c *convo) {
					if c.design.Version != 2 {
						t.Errorf("pushback changed the design: v%d", c.design.Version)
					}
				}},
			{say: "yes, use SQLite anyway", intent: bot.IntentChange,
				want: []string{"Applied as you confirmed", "one SQLite node"}, sections: S(OV, RQ, A, DF, DM, SC, RL, TR), // the fleet line follows the store
				check: func(t *testing.T, c *convo) {
					if l, _ := c.component("Link store"); !strings.Contains(l.Technology, "SQLite") {
						t.Errorf("link store on %s", l.Technology)
					}
					if !strings.Contains(c.section(TR), "one SQLite node takes about 1,000 writes/s") {
						t.Error("the decision log does not record the conflict")
					}
					if !strings.Contains(c.section(DF), "put-if-absent") || strings.Contains(c.section(DD), "replicates globally") {
						t.Error("SQLite does a plain put-if-absent and cannot replicate globally")
					}
				}},
			{say: "add end-to-end encryption for one-to-one messages", intent: bot.IntentPushback,
				want: []string{"no one-to-one and group messaging today", "Key service", "yes, add it anyway"}},
		}},
		{"Design a Telegram-like messaging app for 50M DAU", []turn{
			{say: "what if the message store goes down?", intent: bot.IntentQuestion,
				want: []string{"If Message store (Apache Cassandra", "It holds Message", "Called by Chat service (append message)", "two other replicas", "rack-aware"}},
			{say: "why Cassandra?", intent: bot.IntentQuestion,
				want: []string{"Why Apache Cassandra", "Decision: Cassandra (wide-column) for messages over sharded MySQL/PostgreSQL", "PostgreSQL: would work, at a price", "sharding is our job"}},
			{say: "add end-to-end encryption for one-to-one messages", intent: bot.IntentChange,
				want:     []string{"Add end-to-end encryption", "Key service, Key store"},
				sections: S(OV, RQ, A, DF, API, DM, UI, SC, RL, SE, TR),
				check: func(t *testing.T, c *convo) {
					for id, w := range map[conversation.SectionID]string{A: "| Key service |", DF: "X3DH", API: "/v1/users/{user_id}/prekey-bundles", DM: "| One-time pre-key | Key store", SE: "Safety numbers", TR: "End-to-end encryption (Signal protocol)"} {
						if !strings.Contains(c.section(id), w) {
							t.Errorf("%s lacks %q", id, w)
						}
					}
				}},
			{say: "what if the key service fails?", intent: bot.IntentQuestion,
				want: []string{"If Key service", "stateless", "(see Reliability"}},
			{say: "drop end-to-end encryption", intent: bot.IntentChange,
				want: []string{"Drop end-to-end encryption"}, sections: S(OV, RQ, A, DF, API, DM, UI, SC, RL, SE, TR),
				check: func(t *testing.T, c *convo) {
					if _, ok := c.component("Key service"); ok || strings.Contains(c.section(API), "prekey") || strings.Contains(c.section(DM), "pre-key") {
						t.Error("end-to-end encryption left parts behind")
					}
				}},
			{say: "use a single PostgreSQL primary for the messages", intent: bot.IntentPushback,
				want: []string{"One PostgreSQL shard primary takes about 5,000 writes/s; the design peaks at 69.4K/s, 14x that", "Cassandra"}},
			{say: "use MongoDB for the message store", intent: bot.IntentChange,
				want: []string{"What MongoDB changes for Message store", "sharding is our job"}, sections: S(OV, RQ, A, DM, SC, RL, TR)}, // MongoDB is sharded by us, Cassandra partitions itself
		}},
		{"Design an Instagram-like photo sharing app for 50M DAU", []turn{
			{say: "add search", intent: bot.IntentChange, want: []string{"Add search", "Indexer", "Search index"},
				sections: S(OV, RQ, A, DF, API, DM, UI, SC, RL, TR),
				check: func(t *testing.T, c *convo) {
					for id, w := range map[conversation.SectionID]string{A: "| Indexer |", DF: "Indexer", API: "/v1/search", DM: "Search index"} {
						if !strings.Contains(c.section(id), w) {
							t.Errorf("%s lacks %q", id, w)
						}
					}
				}},
			{say: "what if the search index fails?", intent: bot.IntentQuestion,
				want: []string{"If Search index", "replica shards are promoted", "rebuild from the log"}},
			{say: "drop search", intent: bot.IntentChange, want: []string{"Drop search"}, sections: S(OV, RQ, A, DF, API, DM, UI, SC, RL, TR),
				check: func(t *testing.T, c *convo) {
					if _, ok := c.component("Search index"); ok {
						t.Error("search index still present")
					}
				}},
			{say: "compare Kafka and RabbitMQ", intent: bot.IntentQuestion,
				want: []string{"Kafka vs RabbitMQ for Event log", "| Data model |", "replay"}},
			{say: "use Memcached for the cache", intent: bot.IntentChange,
				want: []string{"Use Memcached", "Memcached keeps one copy: a lost node's keys are gone"}, sections: S(A, RL, TR)},
			{say: "what if the cache dies?", intent: bot.IntentQuestion,
				want: []string{"If Cache (Memcached", "gutter pool", "Reads fall through to Post store"}},
			{say: "use memcached for the timeline cache", intent: bot.IntentChange,
				want: []string{"Memcached keeps plain values, and the design uses server-side data structures here", "read-modify-write"}},
			{say: "scale to 100M DAU", intent: bot.IntentChange, want: []string{"Re-size for 100M daily active users"},
				check: func(t *testing.T, c *convo) {
					if c.design.Requirements.Workload.DAU != 100e6 {
						t.Errorf("DAU %v", c.design.Requirements.Workload.DAU)
					}
				}},
			{say: "rewrite the whole thing as serverless", intent: bot.IntentChange,
				want: []string{"can't make it without a model", "closest change I can make", "use DynamoDB for the", "Cassandra"}},
		}},
		{"Design a system to track equipment loans for 2M users", []turn{
			{say: "why this database?", intent: bot.IntentQuestion,
				want: []string{"Why PostgreSQL", "It holds ", "a multi-row transaction (Data flow)", "Cassandra: would work, at a price", "no multi-row transactions"}},
			{say: "what if the primary db fails?", intent: bot.IntentQuestion,
				want: []string{"If Primary DB", "Patroni promotes the synchronous standby"}},
			{say: "use SQLite", intent: bot.IntentPushback,
				want: []string{"SQLite keeps one copy", "Options:", "Keep PostgreSQL (primary, a synchronous standby, 2 read replicas) for Primary DB"}},
			{say: "add an audit log", intent: bot.IntentChange, want: []string{"Add audit trail", "Audit writer", "Audit store"},
				// Scalability lists how each part scales, so new parts rewrite it too.
				sections: S(OV, RQ, A, DF, API, DM, SC, RL, SE, TR),
				check: func(t *testing.T, c *convo) {
					for id, w := range map[conversation.SectionID]string{A: "| Audit store |", DF: "chaining each entry's hash", API: "/v1/audit", DM: "| Audit event | Audit store", SE: "append-only"} {
						if !strings.Contains(c.section(id), w) {
							t.Errorf("%s lacks %q", id, w)
						}
					}
				}},
			{say: "what if the audit writer fails?", intent: bot.IntentQuestion,
				want: []string{"If Audit writer (Kafka consumer group)", "consumes Event log", "nothing is lost"}},
			{say: "drop the audit trail", intent: bot.IntentChange, want: []string{"Drop audit trail", "Audit writer"},
				check: func(t *testing.T, c *convo) {
					if _, ok := c.component("Audit store"); ok || strings.Contains(c.section(API), "/v1/audit") || strings.Contains(c.section(RQ), "audit trail") {
						t.Error("the audit trail left parts behind")
					}
				}},
			{say: "use Cassandra for the records", intent: bot.IntentChange,
				want:     []string{"Cassandra has no multi-row transactions", "outbox row or a repair job"},
				sections: S(OV, RQ, A, DF, DM, DD, SC, RL, TR), // Cassandra partitions itself: the fleet line changes
				check: func(t *testing.T, c *convo) {
					if strings.Contains(c.section(DF), "in one transaction") || !strings.Contains(c.section(DF), "logged batch (atomic, not isolated)") {
						t.Errorf("data flow still promises a transaction:\n%s", c.section(DF))
					}
				}},
			{say: "yes, apply it", intent: bot.IntentQuestion, want: []string{"Nothing is waiting for a yes"}},
			{say: "what happens if a zone fails?", intent: bot.IntentQuestion,
				want: []string{"zones", "Primary DB", "(see Reliability)"}},
		}},
		{"Design a ticket booking system for concerts", []turn{
			{say: "what if the seat hold store goes down?", intent: bot.IntentQuestion,
				want: []string{"If Seat hold store (Redis", "Called by Booking service"}},
			{say: "why the payment ledger db?", intent: bot.IntentQuestion,
				want: []string{"Why PostgreSQL (ACID, serializable)", "Alternatives and why they lost"}},
			{say: "what if we need multi-region?", intent: bot.IntentChange, want: []string{"multi-region"},
				check: func(t *testing.T, c *convo) {
					if _, ok := c.component("Global traffic manager"); !ok {
						t.Error("no global traffic manager")
					}
				}},
			{say: "use SQLite for the bookings", intent: bot.IntentPushback,
				want: []string{"SQLite keeps one copy", "cannot replicate across regions"}},
			{say: "use Spanner for the booking db", intent: bot.IntentChange,
				want: []string{"Use distributed SQL", "CockroachDB / Spanner"}, sections: S(OV, RQ, A, DM, SC, RL, TR)}, // distributed SQL partitions itself
		}},
		{"Design a metrics monitoring system ingesting 1M data points per second", []turn{
			{say: "what if kafka goes down?", intent: bot.IntentQuestion,
				want: []string{"If Event log (Apache Kafka", "Producers must buffer", "1.5M events/s", "acks=all"}},
			{say: "what if we ingest 5M data points per second?", intent: bot.IntentQuestion,
				want: []string{"recomputed; the design is unchanged", "| Peak writes/s | 1.5M | 7.5M |", `Say "yes, apply it"`}},
			{say: "yes, apply it", intent: bot.IntentChange, want: []string{"Re-size"},
				check: func(t *testing.T, c *convo) {
					if c.design.Capacity.PeakWriteQPS < 7e6 {
						t.Errorf("peak writes %v after re-sizing", c.design.Capacity.PeakWriteQPS)
					}
				}},
			{say: "use rabbitmq for the event log", intent: bot.IntentChange,
				want: []string{"RabbitMQ", "nodes of RabbitMQ"}, sections: S(A, RL, TR)},
		}},
	}
	n := 0
	for _, sc := range scripts {
		t.Run(sc.problem, func(t *testing.T) {
			c := newConvo(t, sc.problem)
			for _, tn := range sc.turns {
				n++
				in, reply := c.say(tn.say)
				if in.Intent != tn.intent {
					t.Fatalf("%q: intent %s, want %s (reply %q)", tn.say, in.Intent, tn.intent, reply)
				}
				for _, w := range tn.want {
					if !strings.Contains(reply, w) {
						t.Errorf("%q: reply lacks %q:\n%s", tn.say, w, reply)
					}
				}
				if in.Intent == bot.IntentQuestion {
					for _, w := range noDiagramInProse {
						if strings.Contains(reply, w) {
							t.Errorf("%q: answer contains %q:\n%s", tn.say, w, reply)
						}
					}
					if !citesRe.MatchString(reply) {
						t.Errorf("%q: answer cites no section:\n%s", tn.say, reply)
					}
				}
				if tn.sections != nil && !slices.Equal(in.Sections, tn.sections) {
					t.Errorf("%q: rewrote %v, want %v", tn.say, in.Sections, tn.sections)
				}
				if tn.check != nil {
					tn.check(t, c)
				}
			}
		})
	}
	if n < 30 {
		t.Errorf("%d scripted turns, want at least 30", n)
	}
}
