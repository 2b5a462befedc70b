package offline_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// The questions an interviewer asks after any design are answered from that design: none of them
// gets "I couldn't tie that", and each answer names this design's own parts.
func TestInterviewQuestionsAreAnsweredFromTheDesign(t *testing.T) {
	t.Parallel()
	questions := []string{
		"how do you keep things in order?",
		"what happens when a user is offline for a week?",
		"how would you delete a user's data?",
		"what is the most expensive part of this system?",
		"how long does a write take end to end?",
		"how do you roll out a schema change?",
		"what would you cut for an MVP?",
		"where is the single point of failure?",
		"how do you test this before launch?",
		"can this run on a single machine for the first year?",
		"what's the read to write ratio and how does it shape the design?",
		"what happens during a deploy?",
		"how do you back up the data?",
		"what is the hardest part of this design?",
		"what would break first at 10x traffic?",
		"how would you migrate from our existing monolith?",
		"how do you handle a sudden spike at 9am?",
		"what data do we keep and for how long?",
		"how do you debug a slow request in production?",
		"how do you keep the two databases in sync?",
		"what are the main risks of this design?",
	}
	for _, problem := range []string{
		"Design a team chat like Slack for companies of up to 50,000 employees",
		"Design a ride hailing service like Uber for 5M riders",
		"Design a recipe sharing site where 20,000 home cooks post recipes with photos",
	} {
		d := design(t, problem)
		g := grounding(d)
		for _, q := range questions {
			// Asked in a thread, each is read as a question, never as a change to apply.
			if in, err := offline.New().Interpret(context.Background(), g, q); err != nil || in.Intent != bot.IntentQuestion {
				t.Errorf("%s\n%q: read as %v (%v), want a question", problem, q, in.Intent, err)
			}
			a, err := offline.New().Answer(context.Background(), g, q)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(a, "couldn't tie") {
				t.Errorf("%s\n%q: not answered: %s", problem, q, a)
				continue
			}
			named := false
			for _, c := range d.Components {
				named = named || strings.Contains(a, c.Name)
			}
			if !named && !strings.ContainsAny(a, "$0123456789") {
				t.Errorf("%s\n%q: the answer names none of the design's components or figures: %s", problem, q, a)
			}
		}
	}
}

func answer(t *testing.T, problem, q string) string {
	t.Helper()
	a, err := offline.New().Answer(context.Background(), grounding(design(t, problem)), q)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestOrderIsKeptWhereTheDesignKeepsIt(t *testing.T) {
	t.Parallel()
	a := answer(t, "Design a team chat like Slack for companies of up to 50,000 employees", "how do you keep messages in order within a channel?")
	for _, want := range []string{"(conversation_id, seq)", "Message store", "Event log", "partition"} {
		if !strings.Contains(a, want) {
			t.Errorf("order answer lacks %q: %s", want, a)
		}
	}
}

func TestStartingSmallerFollowsTheFigures(t *testing.T) {
	t.Parallel()
	small := answer(t, "Design a shared todo list app for my family of 5", "could this run on a single machine?")
	if !strings.Contains(small, "Yes.") {
		t.Errorf("a family app should fit one primary: %s", small)
	}
	big := answer(t, "Design a team chat like Slack for companies of up to 50,000 employees", "could this run on a single machine?")
	if !strings.Contains(big, "Not at the stated load") || regexp.MustCompile(`\b0\.\d×`).MatchString(big) {
		t.Errorf("a chat at this load should not fit one primary, and name only the figures over the line: %s", big)
	}
	if strings.Contains(big, "Presence store (the database's own buffer cache)") {
		t.Errorf("a store that holds its own entities cannot wait behind the database's cache: %s", big)
	}
}

func TestCatchUpPrefersTheSyncCall(t *testing.T) {
	t.Parallel()
	a := answer(t, "Design a team chat like Slack for companies of up to 50,000 employees", "what happens when a user is offline for a week?")
	if !strings.Contains(a, "`GET /v1/sync`") || strings.Contains(a, "search") {
		t.Errorf("a client catches up with the sync call, not a search page: %s", a)
	}
}

func TestTimeZonesTellInstantsFromWallClockTimes(t *testing.T) {
	t.Parallel()
	a := answer(t, "Design a ride hailing service like Uber for 5M riders", "how do you handle time zones?")
	if i := strings.Index(a, "wall clock"); i >= 0 && strings.Contains(a[i:], "updated_at") {
		t.Errorf("updated_at is an instant, not a local wall-clock time: %s", a)
	}
}

func TestCostRanksTheBillFromTheFigures(t *testing.T) {
	t.Parallel()
	a := answer(t, "Design a video streaming service like YouTube for 20M daily viewers", "what does this cost to run?")
	if !strings.Contains(a, "egress") || !strings.Contains(a, "a month") {
		t.Errorf("a video service's bill is its egress: %s", a)
	}
}

// A dive is the answer only when its title is about what was asked: words that appear in any
// body ("hold", "others") pick nothing.
func TestNearestDiveNeedsItsTitle(t *testing.T) {
	t.Parallel()
	a := answer(t, "Design a ride hailing service like Uber for 5M riders", "does that hold for the others as well?")
	if strings.Contains(a, "Deep dives)") && !strings.Contains(a, "couldn't tie") {
		t.Errorf("a vague question was answered with an unrelated dive: %s", a)
	}
}

// The busiest write flow decides which store the write figures land on: a team chat's messages,
// not its workspaces.
func TestWriteFiguresLandOnTheBusiestStore(t *testing.T) {
	t.Parallel()
	a := answer(t, "Design a team chat like Slack for companies of up to 50,000 employees", "why did you choose cassandra for the message store?")
	if !strings.Contains(a, "writes/s") {
		t.Errorf("the message store's rationale should carry the write figures: %s", a)
	}
	g := answer(t, "Design a team chat like Slack for companies of up to 50,000 employees", "why postgres for the group db?")
	if strings.Contains(g, "41.7K writes/s") {
		t.Errorf("the group database does not take the message writes: %s", g)
	}
}

// A part the design does not have is said to be missing, with what it would do: the general part
// before a domain's part that shares a word with it.
func TestAnAbsentPartIsSaidToBeAbsent(t *testing.T) {
	t.Parallel()
	a := answer(t, "Design a shared todo list app for my family of 5", "how do notifications get delivered?")
	if !strings.Contains(a, "There is no Notification service in this design") {
		t.Errorf("want the general notification service named as absent: %s", a)
	}
	if a := answer(t, "Design Instagram-like photo sharing for 50M DAU", "why is there a CDN?"); strings.Contains(a, "There is no") {
		t.Errorf("a design with a CDN says why it has one: %s", a)
	}
}

// Moving from an existing system is a strangler migration of this design's services, not a
// schema change.
func TestMigratingFromAMonolithIsNotASchemaChange(t *testing.T) {
	t.Parallel()
	a := answer(t, "Design a parking garage reservation system for 200 garages", "how would you migrate from our existing monolith?")
	if strings.Contains(a, "schema without downtime") || !strings.Contains(a, "Reservation service") {
		t.Errorf("want a strangler migration naming the design's services: %s", a)
	}
}

// A wish is a change, however it is put: "let drivers pay with Apple Pay" adds payments, "can
// you add search?" adds search; "can you explain the search?" stays a question.
func TestWishesAreChanges(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design a parking garage reservation system for 200 garages"))
	for text, want := range map[string]string{
		"let drivers pay with Apple Pay":   "payments",
		"can you add search over garages?": "search",
		"we'd like to add an audit log":    "audit",
	} {
		in, err := offline.New().Interpret(context.Background(), g, text)
		if err != nil {
			t.Fatal(err)
		}
		if in.Intent != bot.IntentChange || in.Unsupported != "" || !strings.Contains(strings.ToLower(in.Decision), want) {
			t.Errorf("%q: %v %q %q, want a change adding %s", text, in.Intent, in.Decision, in.Unsupported, want)
		}
	}
	if in, _ := offline.New().Interpret(context.Background(), g, "can you explain the search?"); in.Intent != bot.IntentQuestion {
		t.Errorf("a request to explain is a question, got %v", in.Intent)
	}
	if a := answer(t, "Design a parking garage reservation system for 200 garages", "how do drivers find a garage?"); strings.Contains(a, "There is no Driver app") {
		t.Errorf("people named in a question are not an absent app: %s", a)
	}
}

// A booking flow writes reservations: the path of a write is the reservation's, not the listing's.
func TestTheBusiestWriteNamesItsRecordByAnotherWord(t *testing.T) {
	t.Parallel()
	a := answer(t, "Design a parking garage reservation system for 200 garages", "how long does a write take end to end?")
	if !strings.Contains(a, "Reservation service") {
		t.Errorf("a booking is written by the reservation service: %s", a)
	}
}

// A long question that names the design's own terms is answered from the passage that reasons
// about them, not by the answer one of its words would pick ("down" → a failure answer).
func TestLongQuestionsAreAnsweredFromTheirPassage(t *testing.T) {
	t.Parallel()
	a := answer(t, "Design a key-value store like DynamoDB", "With N=3, W=2, R=2 and hinted handoff, is R+W>N still a real guarantee when a node is down and a neighbour takes its writes?")
	if !strings.Contains(a, "hinted handoff") || strings.Contains(a, "none known") {
		t.Errorf("want the design's own quorum and handoff reasoning: %s", a)
	}
	a = answer(t, "Design Twitter's home timeline for 200M daily users", "A celebrity with 50M followers posts. Walk me through the read path for one of their followers.")
	if !strings.Contains(strings.ToLower(a), "celebrit") || !strings.Contains(a, "Deep dives") {
		t.Errorf("want the celebrity dive: %s", a)
	}
	if a := answer(t, "Design a key-value store like DynamoDB", "One partition key gets 50K writes/s, more than a single node can take. What do you do?"); strings.Contains(a, "Starting smaller") {
		t.Errorf("a hot key on one node is not a question about starting small: %s", a)
	}
}

// The apps are named by who uses them, not by a clause every design shared.
func TestClientsAreWhoUsesThem(t *testing.T) {
	t.Parallel()
	d := design(t, "Design a dog-walking marketplace: 8,000 walkers, owners book walks, the walk's GPS track is shared live")
	for _, c := range d.Components {
		if c.Kind == "client" && (!strings.Contains(c.Description, "owners and walkers") || strings.Contains(c.Description, "local cache")) {
			t.Errorf("clients: %q, want the apps owners and walkers use", c.Description)
		}
	}
}

// The self-review speaks of the design, never of how the document was made.
func TestSelfReviewSpeaksOfTheDesign(t *testing.T) {
	t.Parallel()
	d := design(t, "Design a kitchen display system for a restaurant chain: 400 restaurants, orders from the POS and delivery apps show on screens by station")
	for _, s := range d.Sections {
		if strings.Contains(s.Markdown, "knowledge base") || strings.Contains(s.Markdown, "with a model") {
			t.Errorf("%s talks about its generator", s.Title)
		}
	}
}

// A flash sale is a shop's rush: a restaurant marketplace's orders come from the lunch and dinner
// peaks, so its hard parts are dispatch and positions, not a shop's flash-sale dive.
func TestFlashSalesStayInShops(t *testing.T) {
	t.Parallel()
	food := design(t, "Design a food delivery platform like DoorDash: 3M orders a day from 200,000 restaurants, couriers assigned within 30 seconds, live courier tracking for customers")
	shop := design(t, "Design Amazon's checkout for Black Friday")
	dives := func(d *conversation.Design) string {
		s, _ := d.Section(conversation.DeepDive)
		return s.Markdown
	}
	if strings.Contains(dives(food), "Flash-sale") {
		t.Errorf("food delivery got the shop's flash-sale dive")
	}
	if !strings.Contains(dives(shop), "Flash-sale") {
		t.Errorf("a shop's Black Friday checkout lost its flash-sale dive")
	}
}

// The statement quoted in the Overview shares most words with any question about the problem;
// answering with it tells the asker what they wrote, not what the design does.
func TestPassagesAreNotTheStatement(t *testing.T) {
	t.Parallel()
	const problem = "Design a cold-chain monitoring system for a pharmaceutical distributor: 3,000 refrigerated trucks each send a temperature reading every 30 seconds, any excursion above 8°C for more than 5 minutes must alert the driver and the quality team within 60 seconds"
	for _, q := range []string{
		"If a refrigerated truck loses signal for 5 minutes during an excursion above 8°C, how do the driver and the quality team still get the alert within 60 seconds?",
		"How would you keep each temperature reading from 3,000 trucks for the quality team when the distributor adds another thousand trucks?",
	} {
		if a := answer(t, problem, q); strings.Contains(a, "From Overview") || strings.Contains(a, "> Design") {
			t.Errorf("%q: answered with the statement: %s", q, a)
		}
	}
}

// A stated retention holds in every line, and a cold chain's alerts are its temperatures: the
// fleet pattern's idling and speeding rules belong to fleet tracking.
func TestColdChainKeepsItsRetentionAndAlerts(t *testing.T) {
	t.Parallel()
	d := design(t, "A seafood haulier tracks its 900 refrigerated lorries: each reports GPS and temperature every minute, readings kept for 6 years for the food-safety auditors")
	req, _ := d.Section(conversation.Requirements)
	if strings.Contains(req.Markdown, "two years") || !strings.Contains(req.Markdown, "6 years") || strings.Contains(req.Markdown, "speeding") {
		t.Errorf("requirements:\n%s", req.Markdown)
	}
}

// A count of emails is a count of deliveries: it holds the fan-out already, and each is a small
// row, not the body; the archive's reads are the post's, spread over its recipients.
func TestStatedDeliveriesHoldTheirFanOut(t *testing.T) {
	t.Parallel()
	d := design(t, "A newsletter service that emails 3 million subscribers twice a week")
	c := d.Capacity
	if c.DeliveriesPerSec > 0 || c.StorageBytesPerMonth > 100e9 {
		t.Errorf("fan-out %v/s, storage %v a month: the emails are the deliveries", c.DeliveriesPerSec, c.StorageBytesPerMonth)
	}
	req, _ := design(t, "Design a newsletter platform like Substack for 50,000 writers").Section(conversation.Requirements)
	if strings.Contains(req.Markdown, "publisheds") {
		t.Errorf("a flow named by its participle takes the plural on its noun:\n%s", req.Markdown)
	}
}

// A deadline for reaching a crowd is a fan-out rate, not a condition held over time; and a stated
// rule a dive already designs gets no second dive that repeats it.
func TestStatedDeadlinesTheirOwnWay(t *testing.T) {
	t.Parallel()
	d := design(t, "A school district's closure announcements: when the superintendent closes schools for snow, a notification must reach all 90,000 parents within 2 minutes")
	dives, _ := d.Section(conversation.DeepDive)
	if !strings.Contains(dives.Markdown, "≈ 750 a second") || strings.Contains(dives.Markdown, "breaching since t") {
		t.Errorf("want the fan-out rate of 90,000 in 2 minutes, not a sensor's state machine:\n%s", dives.Markdown)
	}
	d = design(t, "A frozen-food haulier's 1,500 refrigerated trucks each send a temperature reading every minute; any excursion above -15°C for more than 20 minutes must alert the dispatcher")
	dives, _ = d.Section(conversation.DeepDive)
	if strings.Contains(dives.Markdown, "Holding “any excursion") {
		t.Errorf("the excursion rule is designed twice:\n%s", dives.Markdown)
	}
}

// E-books ride no van and pass no RFID kiosk: a library's physical dives hold only where its
// loans are of things on shelves.
func TestEbookLoansTakeNoVan(t *testing.T) {
	t.Parallel()
	d := design(t, "Our regional library consortium lends e-books and audiobooks to 90,000 readers; each licence is one loan at a time and holds wait in a queue")
	dives, _ := d.Section(conversation.DeepDive)
	if strings.Contains(dives.Markdown, "delivery van") || strings.Contains(dives.Markdown, "RFID kiosks") {
		t.Errorf("physical library dives in an e-book design:\n%s", dives.Markdown)
	}
}

// A part only one archetype has is never offered as absent in another design's words:
// "texting" was the restaurant waitlist's Text messaging service, "sends the outbox's texts from
// each restaurant's own number", for a todo list and a school district alike.
func TestADomainsOwnPartIsNotOfferedElsewhere(t *testing.T) {
	t.Parallel()
	if a := answer(t, "Design a shared todo list app for my family of 5", "how does texting work?"); strings.Contains(a, "restaurant") {
		t.Errorf("a todo list is answered in a restaurant's words: %s", a)
	}
}

// How a late roll avoids a wrong text is answered from the attendance design's own dive on it;
// before, it was the restaurant waitlist's texting service.
func TestALateRollIsAnsweredFromTheRoll(t *testing.T) {
	t.Parallel()
	a := answer(t, "our school district (28 schools, ~19k students) needs a new attendance system. teachers take attendance in a 10 min window after first bell, parents of absent kids must get a text/email within 15 min of the bell. on a typical day about 1 in 12 students is absent, flu season it doubles. each parent can have up to 3 contacts. it's student data so FERPA applies, and we keep attendance records 5 years.",
		"how do you avoid texting a parent that their kid is absent when the teacher just submitted late?")
	for _, want := range []string{"A late roll and a notice already sent", "nothing is sent while the roll is open", "retracts the absences"} {
		if !strings.Contains(a, want) {
			t.Errorf("answer lacks %q:\n%s", want, a)
		}
	}
	if strings.Contains(a, "restaurant") {
		t.Errorf("answer speaks of restaurants:\n%s", a)
	}
}
