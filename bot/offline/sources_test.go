package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A self-review reads the outside sources a statement names against the design's parts: a
// checker asked to compare against the web with nothing that brings the web in has a finding,
// while a crawler, or a shop that merely runs on the web, has none.
func TestSelfReviewFindsStatedSourcesNotBroughtIn(t *testing.T) {
	for _, tt := range []struct {
		problem string
		want    string
	}{
		{"Design a plagiarism checker for a university: 200,000 essays a term checked against 50M stored documents and the web.", "draws on the web"},
		{"Build an originality checker comparing 30,000 theses a year against 5 million archived theses and the internet", "draws on the web"},
		{"A service that checks news articles against Wikipedia and 10M stored articles for copied passages", "draws on Wikipedia"},
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
