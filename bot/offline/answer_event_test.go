package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
)

const (
	trayLists = "A hospital kitchen must send each ward its tray list by 6am. Nurses update patient diet orders (allergies, texture, fasting) through the day; at 5am the kitchen generates the tray list for each of 25 wards from the latest diet orders, and ward clerks confirm receipt."
	ferryDeck = "A ferry operator takes vehicle-deck bookings for a single ferry making 6 crossings a day. Customers book a vehicle space for a crossing, paying by card; the deck has 120 car-lengths and larger vehicles take more space. At check-in the staff scan the booking, and if a crossing is cancelled for weather all customers must be rebooked or refunded."
	seedLib   = "A seed library lends packets of heirloom seeds to members, who return seeds saved from their harvest at the end of the season. Members reserve varieties online, volunteers pack and hand out packets at monthly swaps, and the library tracks germination test results for each returned batch. About 900 members and 300 varieties."
	ploughs   = "A municipal snow-plough tracker: 80 ploughs report GPS position every 10 seconds, dispatchers assign ploughs to priority routes during a storm, and residents see on a public map when their street was last ploughed."
)

// A failure question names the part by the work it does or what it carries ("the tray-list
// run", "the GPS feed", "the payment provider"), not by the design's name for it; the answer is
// that part's failure, not the design's general failure paragraph. Something that happens in
// the domain ("the ferry is cancelled") is answered from the parts and requirements that react
// to it, and a part that is named exactly keeps its own answer.
func TestFailureAndEventQuestionsFindTheirPart(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	kitchen := grounding(design(t, trayLists))
	ferry := grounding(design(t, ferryDeck))
	seeds := grounding(design(t, seedLib))
	plough := grounding(design(t, ploughs))
	for _, tc := range []struct {
		g         bot.Grounding
		q         string
		say, dont string
	}{
		{kitchen, "what happens if the tray-list run fails at 5am?", "If Job workers", "**Failures.**"},
		{kitchen, "what if the 5am batch crashes?", "If Job workers", "**Failures.**"},
		{kitchen, "what if the primary db fails?", "If Primary DB", "**Failures.**"},
		{ferry, "what happens if the payment provider times out during a booking?", "If Payment processor (PSP)", "**Failures.**"},
		{ferry, "what if the card processor is unreachable?", "If Payment processor (PSP)", "**Failures.**"},
		{ferry, "what if the text message vendor goes down?", "If Delivery providers", "Shore authority"},
		{ferry, "what if the ferry is cancelled?", "Re-accommodation worker", "couldn't tie"},
		{ferry, "what if a sailing gets cancelled for weather?", "cancelled", "couldn't tie"},
		{seeds, "what if the reservation service is down on swap day?", "If Application service", "**Failures.**"},
		{seeds, "what if a returned batch fails its germination test?", "germination test", "If Job workers"},
		{plough, "what if the GPS feed stops for a plough?", "Position ingest", "GBFS"},
		{plough, "what if we have 300 ploughs?", "300 ploughs", "If "},
	} {
		a, err := d.Answer(ctx, tc.g, tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a, tc.say) || strings.Contains(a, tc.dont) {
			t.Errorf("%q: answer should say %q and not %q:\n%s", tc.q, tc.say, tc.dont, a)
		}
	}
}

// "What if a patient is moved to another ward?" asks about something that happens, though
// "move" is also a word of changes: it is a question, not a change the designer cannot make.
func TestDomainEventIsAQuestion(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	kitchen := grounding(design(t, trayLists))
	for _, q := range []string{
		"what if a patient is moved to another ward at 5:30?",
		"what happens if a diet order is changed after 5am?",
	} {
		it, err := d.Interpret(ctx, kitchen, q)
		if err != nil {
			t.Fatal(err)
		}
		if it.Intent != bot.IntentQuestion {
			t.Errorf("%q: intent %q, want a question", q, it.Intent)
		}
	}
	for _, q := range []string{"move the primary db to cassandra", "what if we move the primary db to dynamodb?"} {
		it, err := d.Interpret(ctx, kitchen, q)
		if err != nil {
			t.Fatal(err)
		}
		if it.Intent == bot.IntentQuestion {
			t.Errorf("%q: read as a question, want a change", q)
		}
	}
}

// A request for email on a design that already sends email says which part sends it, through
// which provider, and changes nothing; a design without an email sender is not told it has one.
func TestEmailRequestOnADesignThatSendsEmail(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	ferry := grounding(design(t, ferryDeck))
	kitchen := grounding(design(t, trayLists))
	for _, tc := range []struct {
		g    bot.Grounding
		q    string
		want bool
	}{
		{ferry, "Send the booking confirmation by email too.", true},
		{ferry, "can you email the tickets as well?", true},
		{ferry, "what if the delivery providers are down?", false},
		{kitchen, "send the tray lists by email too", false},
	} {
		it, err := d.Interpret(ctx, tc.g, strings.ToLower(tc.q))
		if err != nil {
			t.Fatal(err)
		}
		a := it.Reply + it.Unsupported
		if it.Intent == bot.IntentQuestion {
			if a, err = d.Answer(ctx, tc.g, tc.q); err != nil {
				t.Fatal(err)
			}
		}
		if got := strings.Contains(a, "Email is already a channel") && strings.Contains(a, "Amazon SES"); got != tc.want {
			t.Errorf("%q: says email is already sent = %v, want %v:\n%s", tc.q, got, tc.want, a)
		}
	}
}

// "Drop the public map" names a part by its noun: the designer asks about the part that has it
// in its name rather than saying nothing is called that, and removes nothing unasked.
func TestDropByTheNounOfAPart(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	plough := grounding(design(t, ploughs))
	for _, q := range []string{"drop the public map", "we don't need the residents' map"} {
		it, err := d.Interpret(ctx, plough, q)
		if err != nil {
			t.Fatal(err)
		}
		if it.Components != nil || !strings.Contains(it.Reply, "Did you mean Status map publisher?") {
			t.Errorf("%q: intent %s, reply:\n%s", q, it.Intent, it.Reply)
		}
	}
	it, err := d.Interpret(ctx, plough, "drop the status map publisher")
	if err != nil {
		t.Fatal(err)
	}
	if it.Components == nil {
		t.Errorf("drop the status map publisher: nothing dropped: %+v", it)
	}
}

// A what-if that counts the people the statement counted says them in its noun, with the count
// the statement gave, not as "users".
func TestWhatIfCountsPeopleInTheStatementsNoun(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	for _, tc := range []struct{ statement, q, want string }{
		{"A court reporting agency assigns freelance stenographers to depositions booked by law firms; a scheduler assigns a certified stenographer near the location; the stenographer delivers a transcript within 10 business days. About 60 stenographers and 400 depositions a month.",
			"what if we grow to 300 stenographers?", "300 stenographers (was 60)"},
		{"A dog-walking agency matches 40 walkers with dog owners for daily walks; owners book a slot and walkers check in with GPS at pickup.",
			"what if it's 250 walkers?", "250 walkers (was 40)"},
	} {
		a, err := d.Answer(ctx, grounding(design(t, tc.statement)), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a, tc.want) {
			t.Errorf("%q: answer does not say %q:\n%s", tc.q, tc.want, a)
		}
	}
}
