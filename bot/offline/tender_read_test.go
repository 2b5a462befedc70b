package offline

import (
	"slices"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// The work put out for offers is read from the statement's clauses in its own words, whatever
// the trade and the sentence's shape.
func TestTenderOf(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		want      tender
	}{
		{"Build a platform where 2,000 freelance translators bid on translation jobs posted by 300 agencies; about 5,000 jobs a week",
			tender{job: "translation job", poster: "agency", bidder: "freelance translator", bid: "bid"}},
		{"Shippers post loads on our board and about 9,000 trucking carriers send quotes for each load; the shipper picks one carrier per load.",
			tender{job: "load", poster: "shipper", bidder: "trucking carrier", bid: "quote"}},
		{"A city council publishes maintenance tenders; registered contractors submit sealed bids for each contract before the closing date and the council awards it to one contractor.",
			tender{job: "contract", poster: "council", bidder: "contractor", bid: "bid"}},
		{"Restaurants post gig shifts and 40k gig workers apply for them; the restaurant accepts one worker per shift and pays after the shift.",
			tender{job: "gig shift", poster: "restaurant", bidder: "gig worker", bid: "application"}},
		{"A platform for event organisers to post catering requests that caterers can bid for, with the organiser selecting a winning bid.",
			tender{job: "catering request", poster: "organiser", bidder: "caterer", bid: "bid"}},
		{"Design a tutoring board where parents post requests for a maths tutor and tutors send proposals; the parent chooses one.",
			tender{job: "request", poster: "parent", bidder: "tutor", bid: "proposal"}},
	}
	for _, tt := range tests {
		if got := tenderOf(tt.statement); got != tt.want {
			t.Errorf("%q:\n got %+v\nwant %+v", tt.statement, got, tt.want)
		}
	}
}

// Work put out for offers reads as posting, a window, one award, the others told, delivery and
// payment in the statement's words: "freelance translators bid on translation jobs posted by 300
// agencies" read as "Bid system" with only "Users see their bids". An auction of goods keeps its
// own design.
func TestTenderDesign(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ statement, job, bid, poster string }{
		{"Build a platform where 2,000 freelance translators bid on translation jobs posted by 300 agencies; about 5,000 jobs a week", "translation job", "bid", "agency"},
		{"Shippers post loads on our board and about 9,000 trucking carriers send quotes for each load; the shipper picks one carrier per load.", "load", "quote", "shipper"},
		{"A city council publishes maintenance tenders; registered contractors submit sealed bids for each contract before the closing date and the council awards it to one contractor.", "contract", "bid", "council"},
		{"Restaurants post gig shifts and 40k gig workers apply for them; the restaurant accepts one worker per shift and pays after the shift.", "gig shift", "application", "restaurant"},
		{"freelancers bid on projects posted by clients", "project", "bid", "client"},
	} {
		ids, _ := detect(tt.statement)
		if !slices.Contains(ids, "tender") || slices.Contains(ids, "auction") {
			t.Errorf("%q: detected %v, want tender and no auction", tt.statement, ids)
			continue
		}
		_, sec := renderAll(t, tt.statement)
		checkSays(t, tt.statement+": requirements", sec[conversation.Requirements],
			[]string{"awards the " + tt.job + " to exactly one", "was not chosen is told", "a " + tt.bid + " after the closing time is refused", upperFirst(pluralNoun(tt.poster)) + " post"}, []string{"{td_"})
		checkSays(t, tt.statement+": data model", sec[conversation.DataModel], []string{"| " + upperFirst(tt.job) + " |", "| " + upperFirst(tt.bid) + " |", "unique (job_id, bidder_id)"}, []string{"{td_"})
		checkSays(t, tt.statement+": deep dives", sec[conversation.DeepDive], []string{"Awarding each " + tt.job + " exactly once", "exactly one win"}, nil)
	}
	if ids, _ := detect("Design an online auction where sellers list collectibles and buyers bid until the auction closes"); slices.Contains(ids, "tender") || !slices.Contains(ids, "auction") {
		t.Errorf("an auction of goods detected %v, want auction and no tender", ids)
	}
}
