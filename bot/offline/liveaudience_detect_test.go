package offline

import "testing"

// Viewers of a live event send reactions, vote and ask questions: that is live audience
// interaction, counted rather than stored, though "reactions" are a chat's or a feed's words,
// "polls" a polling app's and "Twitch" a streaming platform's. The near misses keep their designs.
func TestLiveAudienceDetect(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"Design live reactions and polls for a town-hall stream with 80,000 viewers",
			[]string{"liveaudience", "livepolls"}, []string{"polls", "iot", "chat", "engagement", "liveqa"}},
		{"emoji reactions during a live sports broadcast for 5M fans",
			[]string{"liveaudience"}, []string{"livestream", "livescores", "engagement", "livepolls"}},
		{"audience Q&A with upvotes for a conference keynote",
			[]string{"liveaudience", "liveqa", "qaupvotes"}, []string{"engagement", "livepolls"}},
		{"Twitch-like chat reactions", []string{"liveaudience"}, []string{"livestream", "chat", "receipts"}},
		{"fans send hearts and emoji during a live concert stream watched by 300,000 people", []string{"liveaudience"}, []string{"livestream"}},
		{"live Q&A and polls for a company all-hands webinar with 12,000 employees", []string{"liveaudience", "liveqa", "livepolls"}, []string{"qaupvotes", "polls"}},
		// Near misses keep their designs.
		{"emoji reactions on messages in a Slack-like chat app", []string{"chat"}, []string{"liveaudience"}},
		{"Design a chat app like Discord with servers, channels and reactions", []string{"chat"}, []string{"liveaudience"}},
		{"a live scores site for the World Cup where 10 million fans refresh scores during matches", []string{"livescores"}, []string{"liveaudience"}},
		{"a video streaming service like Netflix", nil, []string{"liveaudience"}},
		{"design Twitch", []string{"livestream"}, []string{"liveaudience"}},
		{"Design a polling and voting app", []string{"polls"}, []string{"liveaudience", "livepolls"}},
		{"live polls for a webinar with 2,000 attendees", []string{"polls"}, []string{"liveaudience"}},
		{"a theme park app where visitors join a virtual queue for rides and get a push when it's their turn", []string{"virtualqueue"}, []string{"liveaudience"}},
		{"people can upvote answers and leave comments", []string{"engagement"}, []string{"liveaudience", "qaupvotes"}},
		{"people can upvote answers and leave comments on a Q&A site", nil, []string{"liveaudience", "liveqa", "qaupvotes"}},
	})
}
