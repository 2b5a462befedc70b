package offline_test

import (
	"strings"
	"testing"
)

// A rate said of one thing is a hot key on that thing's path, with what one unit of each part
// serves; a rate said of everything is more traffic, which the what-if on the numbers answers.
func TestHotItemIsAHotKeyNotMoreTraffic(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design a URL shortener for 100M new URLs a month, reads 100x writes, links kept 5 years"))
	a := mustAnswer(t, g, "what happens when a celebrity tweets a link and it gets 50k clicks a second?")
	for _, want := range []string{"One link at 50K clicks/s", "hot key", "one shard", "one partition", "once per instance"} {
		if !strings.Contains(a, want) {
			t.Errorf("hot link: want %q in\n%s", want, a)
		}
	}
	if strings.Contains(a, "Cache for the hot set") {
		t.Errorf("a hot link grew the whole hot set:\n%s", a)
	}
	if a := mustAnswer(t, g, "what if we get 50k requests a second?"); strings.Contains(a, "hot key") {
		t.Errorf("more traffic answered as a hot key:\n%s", a)
	}
}

// A rate of one thing the design keeps no record of by that name is still one key's: it never
// re-sizes the design as if it were the whole load ("message read 1/s", 209 → 2 servers).
func TestRateOfOneThingNeverResizesTheDesign(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design a chat app like WhatsApp for 100M DAU"))
	a := mustAnswer(t, g, "what if one group chat gets 5k messages a second?")
	if strings.Contains(a, "recomputed") || strings.Contains(a, "1/s") {
		t.Errorf("one group chat's rate re-sized the design:\n%s", a)
	}
	if !strings.Contains(a, "in order") {
		t.Errorf("messages of one chat: want their order kept on one partition in\n%s", a)
	}
}
