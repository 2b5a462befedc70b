package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "Games are stored as PGN, ~1KB each" sizes the games, not the format nor the busiest flow, in
// a sentence that counts nothing; and data kept "forever", "indefinitely" or never deleted is
// kept for the horizon sized for (ten years), whatever is named between the verb and "forever".
func TestReadSizeEachOfTheSubjectAndKeptForever(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"An online chess server: 200k daily players, each playing about 5 games a day; a game averages 40 moves. Games are stored as PGN, ~1KB each. Keep games forever.",
		"A chess site with 200k daily players who play 5 games a day, about 40 moves per game; games are saved as PGN, ~1KB each, and we never delete them.",
		"Chess server: 1M games a day, 40 moves each; we store each game as PGN, around 1KB each, indefinitely.",
	} {
		rd := workload.Read(statement)
		if got := rd.Sizes["game"]; got != 1000 {
			t.Errorf("%q: sizes %v, want 1 KB a game (notes %q)", statement, rd.Sizes, rd.Notes)
		}
		if rd.RetentionYears != 10 {
			t.Errorf("%q: retention %v years, want 10 for kept forever (notes %q)", statement, rd.RetentionYears, rd.Notes)
		}
	}
	// "forever" said of no keeping is no retention.
	if rd := workload.Read("500k daily users; search takes forever today, and reports load slowly."); rd.RetentionYears != 0 {
		t.Errorf("retention %v years; waiting forever keeps nothing", rd.RetentionYears)
	}
}
