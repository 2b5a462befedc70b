package offline_test

import (
	"strings"
	"testing"
)

// Owners' view statistics per item, month and country are designed when the statement asks for
// them: the Pastebin's "monthly statistics of views per paste and per country" were left out, and
// its self-review said "statistics" was asked for but not designed.
func TestViewStatisticsAreDesigned(t *testing.T) {
	t.Parallel()
	for _, problem := range []string{
		"Design a Pastebin: users paste text up to 1 MB and get a short shareable link, and owners see monthly statistics of views per paste and per country. 5 million new pastes a month, read 20 times each on average.",
		"A file-sharing site where uploaders see download stats for each file by month and country; 200k files uploaded a day",
	} {
		doc := design(t, problem).Markdown()
		for _, want := range []string{"View count", "GeoIP", "ON CONFLICT (item_id, month, country)", "/v1/stats/{item_id}"} {
			if !strings.Contains(doc, want) {
				t.Errorf("%q: the design does not say %q", problem, want)
			}
		}
		if strings.Contains(doc, "Asked for but not designed: “link” and “statistics”") || strings.Contains(doc, "“statistics”") {
			t.Errorf("%q: statistics still reported as not designed", problem)
		}
	}
	for _, problem := range []string{
		"Design a URL shortener for 100M new links a month that counts clicks per link",
		"live match statistics for a football league with 20 clubs",
	} {
		if doc := design(t, problem).Markdown(); strings.Contains(doc, "View counting workers") {
			t.Errorf("%q: got the view statistics add-on", problem)
		}
	}
}
