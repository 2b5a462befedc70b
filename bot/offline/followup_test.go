package offline_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

func grounding(d *conversation.Design) bot.Grounding {
	return bot.Grounding{Title: d.Title, Problem: d.Problem, Requirements: d.Requirements, Capacity: d.Capacity,
		Components: d.Components, Decisions: d.Decisions, Design: d}
}

func TestInterpretClassifies(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design an Instagram-like photo sharing app for 50M DAU"))
	for text, want := range map[string]bot.Intent{
		"how do you handle a cache stampede?":     bot.IntentQuestion,
		"Why did you pick Cassandra for posts?":   bot.IntentQuestion,
		"What if the cache fails?":                bot.IntentQuestion,
		"use DynamoDB for posts":                  bot.IntentChange,
		"what if we have 200M DAU":                bot.IntentQuestion,
		"scale to 200M DAU":                       bot.IntentChange,
		"what if we need multi-region?":           bot.IntentChange,
		"drop the CDN":                            bot.IntentPushback, // 11.8 GB/s of photo egress onto one origin
		"drop the search index":                   bot.IntentPushback, // the photo app has none: it says what it has
		"rewrite the whole thing as serverless":   bot.IntentChange,
		"tell me more about the feed":             bot.IntentQuestion,
		"what if traffic triples?":                bot.IntentQuestion,
		"what if the post store goes down?":       bot.IntentQuestion,
		"Cassandra or DynamoDB for posts?":        bot.IntentQuestion,
		"should we use Kafka or RabbitMQ?":        bot.IntentQuestion,
		"compare postgres and cassandra":          bot.IntentQuestion,
		"yes, use SQLite anyway":                  bot.IntentQuestion, // nothing was pushed back
		"replace cassandra with dynamodb":         bot.IntentChange,
		"add an audit log":                        bot.IntentChange,
		"use SQLite for 200K writes/s":            bot.IntentPushback,
		"use a single postgres primary for posts": bot.IntentPushback,
	} {
		in, err := offline.New().Interpret(context.Background(), g, text)
		if err != nil {
			t.Fatal(err)
		}
		if in.Intent != want {
			t.Errorf("%q: intent %s, want %s", text, in.Intent, want)
		}
	}
}

func TestInterpretChanges(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	base := design(t, "Design an Instagram-like photo sharing app for 50M DAU")
	g := grounding(base)
	d := offline.New()

	t.Run("swap a technology", func(t *testing.T) {
		in, err := d.Interpret(ctx, g, "use DynamoDB for posts")
		if err != nil || in.Unsupported != "" {
			t.Fatalf("err=%v unsupported=%q", err, in.Unsupported)
		}
		i := slices.IndexFunc(in.Components, func(c conversation.Component) bool { return c.Name == "Post store" })
		if i < 0 || !strings.Contains(in.Components[i].Technology, "DynamoDB") {
			t.Fatalf("post store not swapped: %+v", in.Components)
		}
		if in.Decision == "" || !strings.Contains(in.Decision, "DynamoDB") || in.Rationale == "" {
			t.Fatalf("decision=%q rationale=%q", in.Decision, in.Rationale)
		}
		if !slices.Contains(in.Sections, conversation.Architecture) || !strings.Contains(in.Written[conversation.DataModel], "DynamoDB") {
			t.Fatalf("sections=%v; data model should name DynamoDB", in.Sections)
		}
		if slices.Contains(in.Sections, conversation.CapacityID) {
			t.Fatal("a technology swap changed the capacity section")
		}
		for _, id := range in.Sections {
			if in.Written[id] == "" {
				t.Fatalf("section %s listed but not written", id)
			}
		}
	})

	t.Run("change the scale", func(t *testing.T) {
		in, err := d.Interpret(ctx, g, "scale to 200M DAU")
		if err != nil || in.Requirements == nil {
			t.Fatalf("err=%v requirements=%v", err, in.Requirements)
		}
		if in.Requirements.Workload.DAU != 200e6 {
			t.Fatalf("DAU=%v", in.Requirements.Workload.DAU)
		}
		if _, ok := in.Written[conversation.CapacityID]; ok {
			t.Fatal("capacity written by the designer; the engine renders it from the new requirements")
		}
		if req := in.Written[conversation.Requirements]; !strings.Contains(req, "200M daily active users") {
			t.Fatalf("requirements do not follow the new DAU:\n%s", req)
		}
		if !strings.Contains(conversation.CapacityMarkdown(conversation.Estimate(in.Requirements.Workload)), "200M") {
			t.Fatal("the capacity arithmetic does not start from 200M DAU")
		}
		if !slices.Contains(in.Sections, conversation.Scalability) {
			t.Fatalf("sections=%v, want the scalability plan re-sized", in.Sections)
		}
		newCap := conversation.Estimate(in.Requirements.Workload)
		if newCap.WriteQPS < 3.9*base.Capacity.WriteQPS {
			t.Fatalf("write qps %v did not scale from %v", newCap.WriteQPS, base.Capacity.WriteQPS)
		}
	})

	t.Run("multi-region", func(t *testing.T) {
		in, err := d.Interpret(ctx, g, "What if we need multi-region?")
		if err != nil || in.Unsupported != "" {
			t.Fatalf("err=%v unsupported=%q", err, in.Unsupported)
		}
		if !slices.ContainsFunc(in.Components, func(c conversation.Component) bool { return c.Name == "Global traffic manager" }) {
			t.Fatal("no global traffic manager")
		}
		if !strings.Contains(strings.ToLower(in.Written[conversation.Reliability]), "multi-region") {
			t.Fatal("reliability does not discuss multi-region")
		}
		if strings.Contains(in.Written[conversation.Tradeoffs], "⚠ Single region") {
			t.Fatal("self-review still flags a single region")
		}
	})

	t.Run("drop and add a component", func(t *testing.T) {
		confirmed := g
		confirmed.Recent = []conversation.Turn{{Text: "drop the CDN", Intent: string(bot.IntentPushback)}}
		in, err := d.Interpret(ctx, confirmed, "yes, drop the CDN anyway")
		if err != nil || in.Components == nil {
			t.Fatalf("err=%v unsupported=%q", err, in.Unsupported)
		}
		for _, c := range in.Components {
			if c.Name == "CDN" || slices.Contains(c.TalksTo, "CDN") {
				t.Fatalf("CDN still present: %+v", c)
			}
		}
		chat := grounding(design(t, "Design a chat app for 1M DAU"))
		in, err = d.Interpret(ctx, chat, "add a search index")
		if err != nil || in.Components == nil {
			t.Fatalf("err=%v unsupported=%q", err, in.Unsupported)
		}
		if !slices.ContainsFunc(in.Components, func(c conversation.Component) bool { return c.Kind == "search" }) {
			t.Fatal("no search component added")
		}
	})

	t.Run("unsupported says a model is needed", func(t *testing.T) {
		in, err := d.Interpret(ctx, g, "rewrite the whole thing as serverless")
		if err != nil {
			t.Fatal(err)
		}
		if in.Intent != bot.IntentChange || !strings.Contains(in.Unsupported, "model") {
			t.Fatalf("in=%+v", in)
		}
	})
}

func TestAnswer(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design an Instagram-like photo sharing app for 50M DAU"))
	d := offline.New()
	for q, wants := range map[string][]string{
		"How do you handle a cache stampede?":   {"single-flight", "Cache (Redis"},
		"What about hot keys from celebrities?": {"celebrit", "Post by author_id"},
		"Why Cassandra for the post store?":     {"Post store", "over sharded MySQL/PostgreSQL", "Alternatives and why they lost"},
		"How many servers do we need?":          {"app servers", "database shard"},
		"what happens if a zone fails?":         {"zones", "Timeline cache"},
	} {
		a, err := d.Answer(context.Background(), g, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range wants {
			if !strings.Contains(a, w) {
				t.Errorf("answer to %q lacks %q:\n%s", q, w, a)
			}
		}
	}
}

// Follow-ups on a composed design are answered from its own parts and figures: a part named in
// other words, two people changing one thing, regions counted, a factor on what the statement
// counted.
func TestFollowUpsOnAComposedDesign(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	// A tailor's alterations have no pattern, so the design is composed (a pharmacy's refills
	// have their own now).
	g := grounding(design(t, "Design a tailoring alteration service: customers request alterations, tailors verify them, 500 shops, notify when ready for pickup."))
	d := offline.New()
	for q, wants := range map[string][]string{
		"what happens if the notification service is down?":          {"If Notification workers", "consumes Event log", "last committed offset"},
		"how do you stop two tailors verifying the same alteration?": {"`POST /v1/alterations/{id}/verify`", "one conditional write", "UPDATE alterations", "409 Conflict"},
	} {
		a, err := d.Answer(ctx, g, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range wants {
			if !strings.Contains(a, w) {
				t.Errorf("answer to %q lacks %q:\n%s", q, w, a)
			}
		}
	}
	in, err := d.Interpret(ctx, g, "we need it to work in 3 regions")
	if err != nil || in.Intent != bot.IntentChange || in.Unsupported != "" || !slices.Contains(in.Requirements.Features, "multiregion") {
		t.Errorf("'work in 3 regions': %+v, %v; want the multi-region change", in.Intent, err)
	}
	in, err = d.Interpret(ctx, g, "what if we have 10x the stores?")
	if err != nil || in.Intent != bot.IntentQuestion {
		t.Fatalf("'10x the stores': %+v, %v; want a what-if question", in, err)
	}
	if a, _ := d.Answer(ctx, g, "what if we have 10x the stores?"); !strings.Contains(a, "10× the load") {
		t.Errorf("'10x the stores' is not recomputed:\n%s", a)
	}
}

// A change's cost is read from the design as it is now: once the links are served from every
// region, moving them to Cassandra keeps them there, and the note says how, not that the
// design is single-region.
func TestSwapCostFromTheCurrentVersion(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	g := grounding(design(t, "a URL shortener for 100M new links a month"))
	mr, err := d.Interpret(ctx, g, "what if we need multi-region?")
	if err != nil || mr.Requirements == nil {
		t.Fatalf("multi-region: %v, %+v", err, mr.Unsupported)
	}
	g.Requirements, g.Components = *mr.Requirements, mr.Components
	g.Decisions = append(g.Decisions, conversation.Decision{Version: 2, Summary: mr.Decision})
	in, err := d.Interpret(ctx, g, "move the links to cassandra")
	if err != nil || in.Intent != bot.IntentChange {
		t.Fatalf("swap: %v, %+v", err, in)
	}
	for _, text := range []string{in.Reply, in.Rationale} {
		if strings.Contains(text, "single-region") {
			t.Errorf("the swap's note contradicts the multi-region design:\n%s", text)
		}
		if !strings.Contains(text, "Link store now reaches the other regions by Cassandra's multi-datacenter replication") || !strings.Contains(text, "in place of DynamoDB's global tables") {
			t.Errorf("the note does not say how the links cross regions on Cassandra:\n%s", text)
		}
	}
}

// A stampede answer names the stores the cache fronts, not every database: the click analytics
// store is read by no cached path.
func TestStampedeNamesTheFrontedStores(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "a URL shortener for 100M new links a month"))
	a, err := offline.New().Answer(context.Background(), g, "what stops a dogpile when a hot short code expires?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a, "in front of Link store (") || strings.Contains(a, "OLAP store") {
		t.Errorf("the stampede answer does not name just the fronted store:\n%s", a)
	}
}

// A hard part the design reasons about but does not show among its first three deep dives is
// still found when the question names its subject, ahead of a general answer sharing a word
// ("surge" is not a burst of traffic here).
func TestQuestionFindsADiveBySubject(t *testing.T) {
	t.Parallel()
	d := offline.New()
	for problem, qa := range map[string][2]string{
		"Design a ride hailing service like Uber for 10M riders": {"how does surge pricing work?", "**Surge pricing.** Pricing service computes a multiplier per geo cell"},
		"Design an e-commerce store like Amazon for 5M DAU":      {"how do you keep the search index consistent with the catalogue?", "**Keeping the index and caches consistent with the catalogue.**"},
	} {
		des := design(t, problem)
		if dd, ok := des.Section(conversation.DeepDive); ok && strings.Contains(dd.Markdown, strings.Trim(strings.SplitN(qa[1], ".**", 2)[0], "*")) {
			t.Fatalf("%s: the dive is among those shown; the test wants one behind them", problem)
		}
		a, err := d.Answer(context.Background(), grounding(des), qa[0])
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a, qa[1]) {
			t.Errorf("%q on %q is not answered from its dive:\n%s", qa[0], problem, a)
		}
	}
}

// "Put a cache in front of X" is a change: the store's readers read it through the cache, and
// the reply says what is cached, how it is invalidated, its TTL and the load it takes off the
// store at the design's own read rate. Where the store already reads through a cache, or the
// part is itself a cache, it pushes back; a question about caching stays a question.
func TestCacheInFrontOfAStoreIsAChange(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	shop := grounding(design(t, "Design an e-commerce store like Amazon for 5M DAU"))
	in, err := d.Interpret(ctx, shop, "put a cache in front of the order db")
	if err != nil || in.Intent != bot.IntentChange || in.Unsupported != "" {
		t.Fatalf("'put a cache in front of the order db': %v, %+v", err, in)
	}
	i := slices.IndexFunc(in.Components, func(c conversation.Component) bool { return c.Name == "Order service" })
	if i < 0 || !slices.Contains(in.Components[i].TalksTo, "Cache") {
		t.Fatalf("Order service does not read through the cache: %+v", in.Components)
	}
	for _, want := range []string{"Cached: order, each under its key (order by order_id)", "deletes the key after its write to Order DB commits", "TTL:", "5,787/s (order or cart read at peak)", "about 579/s for Order DB"} {
		if !strings.Contains(in.Reply, want) || !strings.Contains(in.Rationale, want) {
			t.Errorf("reply or decision log lacks %q:\n%s", want, in.Reply)
		}
	}
	if strings.Contains(in.Reply, "outbox") {
		t.Errorf("the outbox is relayed, not read by users, and is not cached:\n%s", in.Reply)
	}
	if in, _ := d.Interpret(ctx, shop, "add a Redis cache for product pages"); in.Intent != bot.IntentPushback || !strings.Contains(in.Reply, "Catalog service already reads hot items through Cache before Primary DB") {
		t.Errorf("product pages already come from the cache: %+v", in)
	}
	social := grounding(design(t, "Design a Twitter-like social network for 100M DAU"))
	if in, _ := d.Interpret(ctx, social, "cache the timeline in Redis"); in.Intent != bot.IntentPushback || !strings.Contains(in.Reply, "Timeline cache") {
		t.Errorf("the timeline is already a cache: %+v", in)
	}
	if in, _ := d.Interpret(ctx, shop, "should we cache the orders?"); in.Intent != bot.IntentQuestion {
		t.Errorf("a question about caching became %s", in.Intent)
	}
}

// A swap onto a store without the transaction or the constraint a part's rule rests on says, in
// the design's own words, which rule goes and what keeps it now, in the reply and the decision
// log.
func TestSwapSaysWhichRuleLosesItsTransaction(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	for _, tc := range []struct{ problem, ask, rule, instead string }{
		{"Design a ride hailing service like Uber for 10M riders", "put the trip DB on Cassandra", "one driver per trip", "lightweight transaction on the row that decides it"},
		{"Design a hotel booking system for 5,000 hotels", "use DynamoDB for reservations", "unique(idempotency_key)", "attribute_not_exists in the same TransactWriteItems"},
		{"Design an e-commerce store like Amazon for 5M DAU", "move the inventory db to cassandra", "not to oversell", "lightweight transaction"},
		{"Design an e-commerce store like Amazon for 5M DAU", "use redis for the order db", "unique(idempotency_key)", "SET NX"},
	} {
		in, err := d.Interpret(ctx, grounding(design(t, tc.problem)), tc.ask)
		if err != nil || in.Intent != bot.IntentChange {
			t.Fatalf("%q: %v, %+v", tc.ask, err, in)
		}
		for _, text := range []string{in.Reply, in.Rationale} {
			if !strings.Contains(text, tc.rule) || !strings.Contains(text, tc.instead) {
				t.Errorf("%q does not say that %q is lost and kept by %q:\n%s", tc.ask, tc.rule, tc.instead, text)
			}
		}
	}
}

// Dropping a part says what its load moves onto, from the design's figures: a video service's
// CDN carries more egress than an origin serves, so it is pushed back on until confirmed; a
// cache's reads land on the store it fronted.
func TestDropSaysWhereTheLoadGoes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	video := grounding(design(t, "Design a video streaming service like YouTube for 20M daily viewers"))
	in, err := d.Interpret(ctx, video, "drop the CDN")
	if err != nil || in.Intent != bot.IntentPushback || !strings.Contains(in.Reply, "57.9 GB/s of egress") || !strings.Contains(in.Reply, "Object storage serves all") {
		t.Fatalf("dropping a video CDN: %v, %s: %s", err, in.Intent, in.Reply)
	}
	video.Recent = []conversation.Turn{{Text: "drop the CDN", Intent: string(bot.IntentPushback)}}
	if in, _ := d.Interpret(ctx, video, "yes, drop it anyway"); in.Intent != bot.IntentChange || !strings.Contains(in.Rationale, "57.9 GB/s") {
		t.Errorf("a confirmed drop is applied with its cost in the decision log: %s %q", in.Intent, in.Rationale)
	}
	links := grounding(design(t, "a URL shortener for 100M new links a month"))
	in, _ = d.Interpret(ctx, links, "get rid of the cache")
	if in.Intent != bot.IntentChange || !strings.Contains(in.Reply, "Link store (") || !strings.Contains(in.Reply, "all 11.6K/s reach the store") {
		t.Errorf("dropping the cache does not say where its reads go: %s %q", in.Intent, in.Reply)
	}
}

// Moving a multi-region booking store to a multi-writer store says what last-writer-wins does
// to its one-winner rule and where the writes go instead; a single-region design has no
// cross-region conflict to warn about.
func TestMultiWriterRegionsKeepTheOneWinnerRule(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	for _, problem := range []string{
		"A hiking association runs 38 mountain huts along a trail, 20-90 beds each; hikers book multi-night itineraries and booking opens on 1 March.",
		"Design a campsite reservation system for 400 campgrounds, 30,000 pitches",
	} {
		single := grounding(design(t, problem))
		g := single
		mr, err := d.Interpret(ctx, g, "what if we need multi-region?")
		if err != nil || mr.Requirements == nil {
			t.Fatalf("%q multi-region: %v, %+v", problem, err, mr.Unsupported)
		}
		g.Requirements, g.Components = *mr.Requirements, mr.Components
		g.Decisions = append(g.Decisions, conversation.Decision{Version: 2, Summary: mr.Decision})
		for _, ask := range []string{"use DynamoDB for the reservations", "move reservations to dynamodb"} {
			in, err := d.Interpret(ctx, g, ask)
			if err != nil || in.Intent != bot.IntentChange {
				t.Fatalf("%q %q: %v, %+v", problem, ask, err, in)
			}
			if !strings.Contains(in.Reply, "last-writer-wins, so the design's one-winner rule") || !strings.Contains(in.Reply, "every write to Inventory") {
				t.Errorf("%q %q: the multi-region swap does not say what last-writer-wins does to bookings:\n%s", problem, ask, in.Reply)
			}
			one, err := d.Interpret(ctx, single, ask)
			if err != nil || strings.Contains(one.Reply, "last-writer-wins") {
				t.Errorf("%q %q: a single-region swap warns of cross-region conflicts: %v\n%s", problem, ask, err, one.Reply)
			}
		}
	}
}
