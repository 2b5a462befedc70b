package slack

import (
	"strings"
	"testing"

	"github.com/slack-go/slack"
)

// TestResplitAlwaysShrinks: every cut of a refused message leaves each part smaller than the
// whole, whatever the sizes of its blocks, so re-splitting ends.
func TestResplitAlwaysShrinks(t *testing.T) {
	section := func(n int) slack.Block { return mrkdwnBlocks(strings.Repeat("x", n))[0] }
	for _, sizes := range [][]int{{30, 2600, 2773}, {2900, 2850, 20}, {10, 20}, {3000}, {250}, {5, 5, 5, 5, 2990}, {2990, 5, 5, 5}} {
		var blocks []slack.Block
		for _, n := range sizes {
			blocks = append(blocks, section(n))
		}
		whole := blocksWidth(blocks)
		parts := resplit("Title", blocks)
		if len(parts) < 1 {
			t.Errorf("%v: nothing to try, want smaller parts", sizes)
			continue
		}
		for _, p := range parts {
			switch {
			case len(parts) == 1 && len(p.blocks) != 0:
				t.Errorf("%v: a single part must be the text without blocks, got %d blocks", sizes, len(p.blocks))
			case len(parts) > 1 && blocksWidth(p.blocks) >= whole:
				t.Errorf("%v: a part of %d chars from a message of %d", sizes, blocksWidth(p.blocks), whole)
			}
		}
	}
}

// TestMessagesKeepABlockTextBudget: a section of 60 full blocks goes out as messages of at
// most maxMessageBlockText characters of block text and maxBlocks blocks, in order.
func TestMessagesKeepABlockTextBudget(t *testing.T) {
	var blocks []slack.Block
	for range 60 {
		blocks = append(blocks, mrkdwnBlocks(strings.Repeat("y", maxSectionText))...)
	}
	blocks = append(blocks, mrkdwnBlocks(strings.Repeat("z", 10))...)
	n := 0
	for _, m := range messages(blocks) {
		if w := blocksWidth(m); w > maxMessageBlockText || len(m) > maxBlocks {
			t.Errorf("message of %d blocks, %d chars of block text", len(m), w)
		}
		n += len(m)
	}
	if n != len(blocks) {
		t.Errorf("%d blocks across the messages, want %d", n, len(blocks))
	}
}
