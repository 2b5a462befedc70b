package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A self-review reads the outside sources a statement names against the design's parts: prices
// pulled from websites with nothing that brings the web in is a finding, while a crawler, a
// checker that searches the web, or a shop that merely runs on the web, has none.
func TestSelfReviewFindsStatedSourcesNotBroughtIn(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		problem string
		want    string
	}{
		{"An app that alerts shoppers when prices drop, with prices pulled from 500 retailers' websites every hour", "draws on the web"},
		{"A fact-checking tool that compares claims in news articles against Wikipedia and the web", "draws on Wikipedia"},
		{"A dashboard of brand mentions gathered from social media and news sites for 2,000 companies", "draws on social media"},
		{"A service that checks news articles against Wikipedia and 10M stored articles for copied passages", "draws on Wikipedia"},
		// A checker that compares against the web designs it (a web search API), so nothing is missing.
		{"Design a plagiarism checker for a university: 200,000 essays a term checked against 50M stored documents and the web.", ""},
		{"Build an originality checker comparing 30,000 theses a year against 5 million archived theses and the internet", ""},
		{"Design a web crawler that fetches 1B pages a month from the web", ""},
		{"Design a search engine that indexes the public web", ""},
		{"Design a shop on the web selling shoes", ""},
	} {
		_, sec := renderAll(t, tt.problem)
		got := sec[conversation.Tradeoffs]
		if tt.want == "" && strings.Contains(got, "Stated source not designed") {
			t.Errorf("%q: a false finding:\n%s", tt.problem, got)
		}
		if tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%q: no finding %q:\n%s", tt.problem, tt.want, got)
		}
	}
}

// A checker asked to compare against the web as well searches it: a web search API, the step of
// the check that queries it and fetches the pages, and why it beats crawling the web.
func TestSimilarityAgainstTheWebSearchesIt(t *testing.T) {
	t.Parallel()
	for _, p := range []string{
		"Design a plagiarism checker for a university: 200,000 essays a term checked against 50M stored documents and the web.",
		"Build an originality checker comparing 30,000 theses a year against 5 million archived theses and the internet",
	} {
		_, sec := renderAll(t, p)
		for id, want := range map[conversation.SectionID]string{
			conversation.Architecture: "| Web search API | external |",
			conversation.DataFlow:     "ten most distinctive sentences",
			conversation.Tradeoffs:    "crawling and fingerprinting the web ourselves",
		} {
			if !strings.Contains(sec[id], want) {
				t.Errorf("%q: %s lacks %q:\n%s", p, id, want, sec[id])
			}
		}
	}
	_, sec := renderAll(t, "Design a plagiarism checker comparing 50,000 essays a year against 20M stored essays")
	if strings.Contains(sec[conversation.Architecture], "Web search API") {
		t.Errorf("a checker not asked about the web searches it:\n%s", sec[conversation.Architecture])
	}
}
