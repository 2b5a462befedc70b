package slack

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplit(t *testing.T) {
	para := strings.Repeat("word ", 30) // 150 chars
	code := "```\n" + strings.Repeat("line of code\n", 20) + "```"
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string
	}{
		{"fits", "short text", 100, []string{"short text"}},
		{"empty", "", 100, nil},
		{"paragraphs", para + "\n\n" + para, 200, []string{para + "\n\n", para}},
		{"code block reopened", code, 150, []string{
			"```\n" + strings.Repeat("line of code\n", 10) + "```",
			"```\n" + strings.Repeat("line of code\n", 10) + "```",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.text, tt.limit)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d pieces %q, want %d %q", len(got), got, len(tt.want), tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("piece %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
			if j := Join(got); j != tt.text {
				t.Errorf("Join = %q, want %q", j, tt.text)
			}
		})
	}
}

func TestSplitPrefersLineBreaks(t *testing.T) {
	text := strings.Repeat("a sentence that goes on\n", 200)
	for _, p := range Split(text, maxSectionText) {
		if u16len(p) > maxSectionText {
			t.Fatalf("piece of %d chars, limit %d", u16len(p), maxSectionText)
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
		if u16len(p) > 64 {
			t.Fatalf("piece of %d units, limit 64", u16len(p))
		}
	}
	if got := strings.Join(ps, ""); got != text {
		t.Fatalf("pieces lost text")
	}
}

// checkSplit asserts the splitter's invariants: the bodies add up to the text, only fence markers
// are added, no piece exceeds the limit, and every piece but a last one that inherits an open
// fence from the text has balanced fences.
func checkSplit(t *testing.T, text string, limit int) {
	t.Helper()
	ps := split(text, limit)
	var all strings.Builder
	for i, p := range ps {
		all.WriteString(p.body)
		if p.open != "" && p.open != fenceReopen {
			t.Fatalf("piece %d opens with %q", i, p.open)
		}
		if p.close != "" && p.close != fenceClose && p.close != "\n"+fenceClose {
			t.Fatalf("piece %d closes with %q", i, p.close)
		}
		s := p.String()
		if n := u16len(s); n > limit {
			t.Fatalf("piece %d has %d chars, limit %d: %q", i, n, limit, s)
		}
		if p.body == "" {
			t.Fatalf("piece %d is empty", i)
		}
		if i < len(ps)-1 && fences(s)%2 != 0 {
			t.Fatalf("piece %d has unbalanced fences: %q", i, s)
		}
	}
	if all.String() != text {
		t.Fatalf("bodies do not add up to the text:\n got %q\nwant %q", all.String(), text)
	}
	// Join undoes the split whenever code blocks were cut at line breaks, as in every document
	// archbot writes; a cut inside an over-long code line adds a line break Join cannot tell.
	lineCuts := true
	rendered := make([]string, len(ps))
	for i, p := range ps {
		rendered[i] = p.String()
		lineCuts = lineCuts && p.close != "\n"+fenceClose
	}
	if got := Join(rendered); lineCuts && got != text {
		t.Fatalf("Join does not undo Split:\n got %q\nwant %q", got, text)
	}
	if len(ps) > 0 && fences(ps[len(ps)-1].String())%2 != fences(text)%2 {
		t.Fatalf("last piece's fences disagree with the text's")
	}
}

func fences(s string) int {
	n := 0
	for _, l := range scanLines(s) {
		if l.fence {
			n++
		}
	}
	return n
}

func FuzzSplit(f *testing.F) {
	f.Add("hello world", 40)
	f.Add("```\ncode\n```\ntext after", 32)
	f.Add(strings.Repeat("x", 100)+"\n```\n"+strings.Repeat("y ", 80)+"\n```\n", 50)
	f.Add("a\n\nb\n\n```\n"+strings.Repeat("long code line ", 10)+"\n```", 40)
	f.Add(strings.Repeat("é😀", 60), 33)
	f.Add("```\n```\n```\n```", 32)
	f.Fuzz(func(t *testing.T, text string, limit int) {
		if limit < 32 || limit > 500 || !utf8.ValidString(text) {
			return
		}
		checkSplit(t, text, limit)
	})
}
