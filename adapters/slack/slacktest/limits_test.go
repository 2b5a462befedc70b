package slacktest

import (
	"encoding/json"
	"strings"
	"testing"
)

// Blocks whose text together passes BlockText are refused whatever else their JSON holds, and
// blocks within it are not, including blocks whose JSON is longer than the limit while their
// text is not, and text of escapes and characters outside the BMP, which count in UTF-16 units.
func TestBlockTextLimit(t *testing.T) {
	l := Limits{BlockText: 100}
	section := func(text string) Block {
		raw, err := json.Marshal(map[string]any{"type": "section", "text": map[string]string{"type": "mrkdwn", "text": text}})
		if err != nil {
			t.Fatal(err)
		}
		bs, err := parseBlocks("[" + string(raw) + "]")
		if err != nil {
			t.Fatal(err)
		}
		return bs[0]
	}
	for _, tc := range []struct {
		name   string
		blocks []Block
		want   string
	}{
		{"short", []Block{section("hello")}, ""},
		{"JSON over, text within", []Block{section(strings.Repeat("<", 60)), section(strings.Repeat("a", 40))}, ""},
		{"text over in two blocks", []Block{section(strings.Repeat("a", 60)), section(strings.Repeat("b", 41))}, "msg_blocks_too_long"},
		{"emoji count twice", []Block{section(strings.Repeat("😀", 51))}, "msg_blocks_too_long"},
		{"emoji within", []Block{section(strings.Repeat("😀", 50))}, ""},
	} {
		if got := l.refusal("", tc.blocks); got != tc.want {
			t.Errorf("%s: refusal %q, want %q", tc.name, got, tc.want)
		}
	}
}
