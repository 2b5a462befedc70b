package markdownsplit

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// slackLimit is the most characters Slack accepts in a section block's text.
const slackLimit = 3000

func TestSplitPrefersLineBreaks(t *testing.T) {
	text := strings.Repeat("a sentence that goes on\n", 200)
	for _, p := range Split(text, slackLimit) {
		if Width(p) > slackLimit {
			t.Fatalf("piece of %d chars, limit %d", Width(p), slackLimit)
		}
		if !strings.HasSuffix(p, "\n") {
			t.Fatalf("piece does not end at a line break: %q", p[len(p)-20:])
		}
	}
}

func TestSplitCountsUTF16(t *testing.T) {
	text := strings.Repeat("😀", 100) // 200 UTF-16 units
	ps := Split(text, 64)
	for _, p := range ps {
		if Width(p) > 64 {
			t.Fatalf("piece of %d units, limit 64", Width(p))
		}
	}
	if got := strings.Join(ps, ""); got != text {
		t.Fatalf("pieces lost text")
	}
}

// checkSplit asserts the splitter's invariants: the bodies add up to the text, only fences are
// added, no piece exceeds the limit, and Join undoes Split when every cut inside a code block
// fell on a line break. Unless a line is so long that it must be cut (a fence line among them),
// every piece but the last ends outside a code block and the last agrees with the text.
func checkSplit(t *testing.T, text string, limit int) {
	t.Helper()
	ps := split(text, limit)
	whole := true
	for _, line := range strings.Split(text, "\n") {
		whole = whole && Width(line) <= limit/4
	}
	var all strings.Builder
	lineCuts := true
	rendered := make([]string, len(ps))
	for i, p := range ps {
		all.WriteString(p.body)
		if p.reopen != "" && !strings.HasPrefix(p.reopen, "```") {
			t.Fatalf("piece %d opens with %q", i, p.reopen)
		}
		if p.close != "" && strings.Trim(p.close, "\n`") != "" {
			t.Fatalf("piece %d closes with %q", i, p.close)
		}
		s := p.String()
		if n := Width(s); n > limit {
			t.Fatalf("piece %d has %d chars, limit %d: %q", i, n, limit, s)
		}
		if p.body == "" {
			t.Fatalf("piece %d is empty", i)
		}
		if whole && i < len(ps)-1 && fenceAfter(s).open() {
			t.Fatalf("piece %d ends inside a code block: %q", i, s)
		}
		rendered[i] = s
		lineCuts = lineCuts && !strings.HasPrefix(p.close, "\n")
	}
	if all.String() != text {
		t.Fatalf("bodies do not add up to the text:\n got %q\nwant %q", all.String(), text)
	}
	// A cut inside an over-long code line adds a line break Join cannot tell from the text's.
	if got := Join(rendered); lineCuts && got != text {
		t.Fatalf("Join does not undo Split:\n got %q\nwant %q", got, text)
	}
	if whole && len(ps) > 0 && fenceAfter(rendered[len(ps)-1]).open() != fenceAfter(text).open() {
		t.Fatalf("last piece's fences disagree with the text's")
	}
}

func FuzzSplitJoin(f *testing.F) {
	f.Add("hello world", 64)
	f.Add("```\ncode\n```\ntext after", 64)
	f.Add(strings.Repeat("x", 100)+"\n```\n"+strings.Repeat("y ", 80)+"\n```\n", 64)
	f.Add("a\n\nb\n\n```\n"+strings.Repeat("long code line ", 10)+"\n```", 64)
	f.Add(strings.Repeat("é😀", 60), 65)
	f.Add("```\n```\n```\n```", 64)
	f.Fuzz(func(t *testing.T, text string, limit int) {
		if limit < MinLimit || limit > 500 || !utf8.ValidString(text) {
			return
		}
		checkSplit(t, text, limit)
	})
}
