package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A feed whose statement names a professional network assumes its members post rarely, about 1
// in 50 on a day, and says so; any other feed keeps the microblog's couple of posts a day, with
// its reason too. 150 million professionals posting twice a day each made 300M posts a day.
func TestQuieterMembersWriteLess(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		perUser   float64
		why       string
	}{
		{"Design the feed for a professional network with 150 million daily actives, each opens the feed about 8 times a day.", 0.02, "professional network"},
		{"Design the news feed of a business network like LinkedIn: 60 million daily active members, each refreshes the feed 6 times a day.", 0.02, "professional network"},
		{"Design a feed for a professional social network with 80 million daily users.", 0.02, "professional network"},
		{"Design a Twitter-like feed for 100 million daily users who each open the timeline 10 times a day.", 2, "social feed"},
	} {
		p := *features["feed"].Load
		w, _ := workloadFrom(tc.statement, p)
		post, ok := w.Flow(p.Write)
		if !ok || post.Source != conversation.Assumed || post.Count != tc.perUser || post.PerSeconds != 86400 || !post.Each {
			t.Errorf("%q: post %+v, want %v per user a day, assumed (flows %+v)", tc.statement, post, tc.perUser, w.Flows)
		}
		if notes := strings.Join(w.Notes, "\n"); !strings.Contains(notes, "(assumed: ") || !strings.Contains(notes, tc.why) {
			t.Errorf("%q: notes %q do not say why the posts per user were assumed", tc.statement, w.Notes)
		}
	}
}
