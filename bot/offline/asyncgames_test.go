package offline

import (
	"slices"
	"testing"
)

// A game whose moves take hours or days is a versioned row with deadlines in an index and the
// turn sent by push, not a live game server: correspondence chess, a word game with friends, a
// play-by-email game and a correspondence go server get the asynchronous design, sized by games
// in progress, with nothing of real-time play left in it. Live chess keeps the game server.
func TestAsyncGamesAreRowsNotLiveServers(t *testing.T) {
	t.Parallel()
	live := []string{"lag credit", "bullet", "blitz", "timer wheel", "spectator edge", "seek pools", "game shard map", "200 per user a day", "it alert", "as recorded by"}
	for _, tc := range []struct {
		statement string
		want      []string
	}{
		{"Design an online correspondence chess service: 300,000 players, each with about 8 games in progress; a move can take up to 3 days, and players get a push notification when it's their turn.",
			[]string{"and version = ? and to_move = ?", "deadline (3 days)", "for update skip locked", "collapse key", "vacation", "move: 2.4m games × 1 a day ÷ 86.4k s = 27.8/s", "glicko-2"}},
		{"Design a Words with Friends-style word game for 5 million players: each plays several games with friends at once, gets a push when it's their turn, and the tile bag must stay secret on the server.",
			[]string{"dictionary", "the bag and the other players' racks never leave the server", "3 for each of the 5m people counted = 15m"}},
		{"Design a play-by-email strategy game: 40,000 players in games of up to 6, each player takes a turn in order and a turn can take up to 2 days; players are emailed when it is their turn.",
			[]string{"deadline (2 days)", "outbox"}},
		{"Design a correspondence go server where players keep dozens of games going, with 5 days per move and vacation time.",
			[]string{"deadline (5 days)", "ko"}},
	} {
		d := New()
		if ids, _ := d.detect(tc.statement); !slices.Contains(ids, "asyncgames") || slices.Contains(ids, "boardgames") {
			t.Errorf("%q: capabilities %v, want asyncgames without boardgames", tc.statement, ids)
		}
		checkDesignSays(t, tc.statement, tc.want, live)
	}
	for _, s := range []string{
		"Design an online chess server with matchmaking by rating, time controls and spectators; 500k concurrent games at peak.",
		"we want something like chess.com, people play blitz with increment and reconnect if their phone drops",
	} {
		if ids, _ := New().detect(s); slices.Contains(ids, "asyncgames") || !slices.Contains(ids, "boardgames") {
			t.Errorf("%q: capabilities %v, want the real-time boardgames", s, ids)
		}
		checkDesignSays(t, s, []string{"lag credit", "timer wheel"}, []string{"for update skip locked"})
	}
}
