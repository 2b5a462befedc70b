package offline_test

import (
	"strings"
	"testing"
)

// A live event's reactions are counted at the edge and pushed back as one frame a second to
// every viewer: the capacity counts the viewers' sockets, their taps and viewers × one frame a
// second, and the requirements let taps be lost while votes and questions are kept.
func TestLiveAudienceDesign(t *testing.T) {
	t.Parallel()
	doc := design(t, "Design live reactions and polls for a town-hall stream with 80,000 viewers").Markdown()
	for _, want := range []string{
		"| reaction tap | write | 8,000/s |",      // 80K viewers × 6 a minute
		"| Fan-out deliveries | 80K/s |",          // one frame a second to each viewer
		"2 edge nodes holding 80K viewers",        // ~100K sockets a node
		"Reactions are counts and may be sampled", // not "never lost"
		"each viewer votes once",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("design lacks %q", want)
		}
	}
	for _, not := range []string{"sensor", "IoT", "Q&A with moderation", "Broadcasters stream live", "transcode"} {
		if strings.Contains(doc, not) {
			t.Errorf("design has %q, which the statement never asked for", not)
		}
	}
}
