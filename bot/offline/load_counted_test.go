package offline

import (
	"testing"

	"github.com/archbot/archbot/bot"
)

// A figure a pattern reasons from its usual population ("a million shows polled by ~20 apps")
// follows the population the statement counts, and keeps the usual one where it counts none.
func TestCountPlaceholderFollowsTheStatedPopulation(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		problem, want string
	}{
		{"Design a podcast hosting and analytics platform: 80,000 shows, 15 million episode downloads each week served through a CDN.", "80K shows, 888 polls/s"},
		{"A podcast network where creators host about 250,000 shows, and listeners download 40 million episodes a month", "250K shows, 2,775 polls/s"},
		{"Design a podcast hosting platform with RSS feeds", "1M shows, 11.1K polls/s"},
	} {
		r := newRenderer(bot.Grounding{Problem: tc.problem})
		if got := r.x("{count:show|1000000} shows, {count:show|1000000|0.0111} polls/s"); got != tc.want {
			t.Errorf("%q: %q, want %q (things %+v)", tc.problem, got, tc.want, r.reading().Things)
		}
	}
}
