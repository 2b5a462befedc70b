package offline

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

func TestSaidKeepsLinesTheStatementAsksFor(t *testing.T) {
	t.Parallel()
	lines := []string{"always", "{said:contest*|judge} Contests with a live scoreboard", "{said:deadline} Deadlines"}
	for _, tt := range []struct {
		problem string
		want    []string
	}{
		{"a site for programming contests", []string{"always", "Contests with a live scoreboard"}},
		{"an online judge", []string{"always", "Contests with a live scoreboard"}},
		{"homework due before a deadline", []string{"always", "Deadlines"}},
		// A word that only begins like one asked for is not it: "judgement" is no "judge".
		{"a judgement call", []string{"always"}},
	} {
		if got := said(lines, tt.problem); !slices.Equal(got, tt.want) {
			t.Errorf("said(%q) = %q, want %q", tt.problem, got, tt.want)
		}
	}
}

// One pattern designs a contest site and a school's auto-grader: each gets the lines that are
// about it.
func TestJudgeLinesFollowTheStatement(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design an auto-grading service for a high school's programming classes: students submit code before a weekly deadline and teachers can override grades")
	req := sec[conversation.Requirements]
	if strings.Contains(req, "Contests with a live scoreboard") || strings.Contains(req, "A contest starts") {
		t.Errorf("an auto-grader got a contest site's lines:\n%s", req)
	}
	if !strings.Contains(req, "a teacher's override is kept beside the automatic grade") || !strings.Contains(req, "A deadline nears and thousands submit at once") {
		t.Errorf("an auto-grader lacks its teachers and deadline:\n%s", req)
	}
	_, sec = renderAll(t, "Design a competitive programming site like Codeforces")
	if !strings.Contains(sec[conversation.Requirements], "Contests with a live scoreboard") {
		t.Errorf("a contest site lost its contests:\n%s", sec[conversation.Requirements])
	}
}

// A {said:…} line never reaches a design as written, kept or dropped, nor a dive's title.
func TestSaidNeverLeaks(t *testing.T) {
	t.Parallel()
	for _, p := range []string{
		"Design LeetCode",
		"Design an auto-grading service for a high school's programming classes: students submit code before a weekly deadline",
		"Design open-day booking for a city's 25 fire stations: about 6,000 families book 30-minute visit slots, each station takes 40 visitors per slot",
		"Design timed-entry ticketing for a museum: entry slots every 15 minutes capped at 180 people, school groups book ahead and members enter free",
	} {
		_, sec := renderAll(t, p)
		for id, s := range sec {
			if strings.Contains(s, "{said:") {
				t.Errorf("%q: %s shows a {said:} marker:\n%s", p, id, s)
			}
		}
	}
	_, sec := renderAll(t, "Design open-day booking for a city's 25 fire stations: about 6,000 families book 30-minute visit slots, each station takes 40 visitors per slot")
	if strings.Contains(sec[conversation.DeepDive], "Members and school groups") {
		t.Errorf("an open day with no members or groups got their dive:\n%s", sec[conversation.DeepDive])
	}
}

// A catalogue searched by dealers for parts is looked up by part number and the machine it fits;
// one searched by shoppers is browsed by facets.
func TestCatalogueLinesFollowWhoSearches(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a parts catalogue search for a tractor manufacturer: 2 million parts, 15,000 dealers search by model and serial number")
	req := sec[conversation.Requirements]
	if strings.Contains(req, "running shoes") || strings.Contains(req, "Shoppers search") || !strings.Contains(req, "Dealers find a part by its number") {
		t.Errorf("a dealers' parts catalogue got a shop's lines:\n%s", req)
	}
	_, sec = renderAll(t, "Design Amazon's product catalogue and search")
	if req := sec[conversation.Requirements]; !strings.Contains(req, "Shoppers search with full text") || strings.Contains(req, "Dealers find") {
		t.Errorf("a shop's catalogue lost its shoppers:\n%s", req)
	}
}

// A window a pattern assumes is the one the statement gives when it gives one: "72 hours to
// collect" is 3 days, said in the largest unit it reaches; without one the pattern's own stands.
func TestStatedSpanFillsTheWindow(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ problem, want string }{
		{"recipients have 72 hours to collect their parcel", "3 days"},
		{"guests get a 90-minute slot", "1.5 h"},
		{"a parcel locker network", "3 days"},
	} {
		if got := statedLimitIn(workload.Read(tt.problem), "span", "3 days"); got != tt.want {
			t.Errorf("%q: span %q, want %q", tt.problem, got, tt.want)
		}
	}
}

// A stated constraint overrides the pattern's default: "results sealed", "secret ballot" or
// "results only after voting ends" drop the lines that assume live results, however it is said,
// and keep the lines written for it.
func TestSealedResultsOverrideLiveOnes(t *testing.T) {
	t.Parallel()
	lines := []string{"always", "{unsaid:@sealed} Results update live", "{said:@sealed} Results stay hidden until the close"}
	live, sealed := []string{"always", "Results update live"}, []string{"always", "Results stay hidden until the close"}
	for _, tt := range []struct {
		problem string
		want    []string
	}{
		{"results sealed until the poll closes", sealed},
		{"a secret ballot for the board", sealed},
		{"the tally stays hidden until the chair closes the vote", sealed},
		{"results are published only after voting ends", sealed},
		{"a webinar poll with no running totals", sealed},
		{"the bar chart moves as the audience votes", live},
		{"voters can change their vote until the poll closes", live},
		{"results update live on the big screen", live},
	} {
		if got := said(lines, tt.problem); !slices.Equal(got, tt.want) {
			t.Errorf("said(%q) = %q, want %q", tt.problem, got, tt.want)
		}
	}
}

// A live poll whose results are said to stay hidden keeps them hidden in every section: no
// live-results requirement, use case, flow, screen, dive or question.
func TestHiddenPollResultsStayHidden(t *testing.T) {
	t.Parallel()
	for _, p := range []string{
		"a live poll for a webinar where results stay hidden until the presenter closes the poll",
		"Strawpoll clone where anyone creates a poll and shares the link; totals are not shown until the creator closes it",
	} {
		_, sec := renderAll(t, p)
		all := strings.Join([]string{sec[conversation.Requirements], sec[conversation.DataFlow], sec[conversation.UI], sec[conversation.DeepDive], sec[conversation.Tradeoffs]}, "\n")
		for _, gone := range []string{"Results update live", "Totals reach every screen", "moving live", "bar chart on the big screen moves", "Pushing totals to every screen", "Are results shown live", "{said:", "{unsaid:"} {
			if strings.Contains(all, gone) {
				t.Errorf("%q: the design still says %q", p, gone)
			}
		}
		for _, want := range []string{"Results stay hidden until the poll closes", "No total leaves the service before the close", "only how many have voted"} {
			if !strings.Contains(all, want) {
				t.Errorf("%q: the design never says %q", p, want)
			}
		}
	}
	_, sec := renderAll(t, "Design Slido live polls for conference talks")
	if !strings.Contains(sec[conversation.Requirements], "Results update live") {
		t.Errorf("a live poll lost its live results:\n%s", sec[conversation.Requirements])
	}
}

// A dive's paragraph may be said of one kind of the thing: the others stay, with no gap where
// it was.
func TestSaidParagraphs(t *testing.T) {
	t.Parallel()
	body := "The timer is the data.\n\n{unsaid:lot|lots} Sellers choose endings.\n\n{said:lot|lots} The house schedules the lots."
	for _, tt := range []struct{ problem, want string }{
		{"an auction site for sellers", "The timer is the data.\n\nSellers choose endings."},
		{"a wine auction: lots close every 30 seconds", "The timer is the data.\n\nThe house schedules the lots."},
	} {
		if got := saidParagraphs(body, tt.problem); got != tt.want {
			t.Errorf("saidParagraphs(%q) = %q, want %q", tt.problem, got, tt.want)
		}
	}
}

// What one capability puts out of scope, another detected one or the statement brings in: a food
// delivery design searches restaurants and its couriers deliver, so neither "Product catalogue and
// search" nor "Shipping/fulfilment logistics" is out of its scope; a checkout keeps both out.
func TestOutOfScopeNeverContradictsACapability(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a food delivery platform like DoorDash: 3M orders a day from 200,000 restaurants, couriers assigned within 30 seconds, live courier tracking for customers")
	for _, gone := range []string{"Product catalogue and search", "Shipping/fulfilment logistics"} {
		if strings.Contains(sec[conversation.Requirements], gone) {
			t.Errorf("food delivery puts %q out of scope", gone)
		}
	}
	_, sec = renderAll(t, "Design Amazon's checkout")
	for _, kept := range []string{"Product catalogue and search", "Shipping/fulfilment logistics"} {
		if !strings.Contains(sec[conversation.Requirements], kept) {
			t.Errorf("a checkout lost %q from its out of scope", kept)
		}
	}
}
