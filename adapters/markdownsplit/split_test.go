package markdownsplit

// The splitter's tests are internal: the fuzz invariant is stated over the slices of the
// original each piece carries, which only the package sees. split_join_test.go holds the
// properties first written for Slack's section blocks (3000 characters, bare fences).

import (
	"strings"
	"testing"
)

// discordLimit is the most characters Discord accepts in a message.
const discordLimit = 2000

func TestSplit(t *testing.T) {
	para := strings.Repeat("word ", 100) // 500 characters
	code := "```go\n" + strings.Repeat("fmt.Println(\"hello, world\")\n", 30) + "```\n"
	short := strings.Repeat("word ", 30) // 150 characters
	bare := "```\n" + strings.Repeat("line of code\n", 20) + "```"
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string
	}{
		{"fits", "hello", 2000, []string{"hello"}},
		{"empty", "", 2000, nil},
		{"paragraph break", para + "\n\n" + para + "\n\n" + para, 1200,
			[]string{para + "\n\n" + para + "\n\n", para}},
		{"paragraph break in a small piece", short + "\n\n" + short, 200, []string{short + "\n\n", short}},
		{"line break when no paragraph", "aaaa\nbbbb\ncccc\n" + strings.Repeat("d", 60), 64,
			[]string{"aaaa\nbbbb\ncccc\n", strings.Repeat("d", 60)}},
		{"code block moved whole to the next message", "intro\n\n" + strings.Repeat("x", 300) + "\n\n" + code, 900,
			[]string{"intro\n\n" + strings.Repeat("x", 300) + "\n\n", code}},
		// Slack's mrkdwn writes bare fences; each half of a cut block renders on its own.
		{"code block reopened", bare, 150, []string{
			"```\n" + strings.Repeat("line of code\n", 10) + "```",
			"```\n" + strings.Repeat("line of code\n", 10) + "```",
		}},
		{"long line cut at a space", strings.Repeat("abcdefghi ", 10), 64,
			[]string{strings.Repeat("abcdefghi ", 6), strings.Repeat("abcdefghi ", 4)}},
		{"astral characters count twice", strings.Repeat("😀", 40), 64,
			[]string{strings.Repeat("😀", 32), strings.Repeat("😀", 8)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.text, tt.limit)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d pieces %q, want %d %q", len(got), got, len(tt.want), tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("piece %d=%q, want %q", i, got[i], tt.want[i])
				}
			}
			if j := Join(got); j != tt.text {
				t.Errorf("Join = %q, want %q", j, tt.text)
			}
		})
	}
}

func TestSplitReopensCodeBlock(t *testing.T) {
	var b strings.Builder
	b.WriteString("Here is the schema:\n\n````sql\n")
	for i := 0; i < 200; i++ {
		b.WriteString("CREATE INDEX idx ON t (c);\n")
	}
	b.WriteString("```\nstill code: a shorter run does not close a four-backtick block\n````\n\nAfter.\n")
	pieces := Split(b.String(), 2000)
	if len(pieces) < 3 {
		t.Fatalf("got %d pieces, want at least 3", len(pieces))
	}
	for i, p := range pieces {
		if w := Width(p); w > 2000 {
			t.Fatalf("piece %d has %d characters", i, w)
		}
		if i > 0 && !strings.HasPrefix(p, "````sql\n") {
			t.Fatalf("piece %d starts %q, want the block reopened", i, p[:min(len(p), 20)])
		}
		if i < len(pieces)-1 && !strings.HasSuffix(p, "\n````") {
			t.Fatalf("piece %d ends %q, want the block closed", i, p[max(0, len(p)-20):])
		}
		if f := fenceAfter(p); f.open() {
			t.Fatalf("piece %d ends inside a code block", i)
		}
	}
}

func TestSplitKeepsBacktickRunsWhole(t *testing.T) {
	text := strings.Repeat("x", 58) + "``````" + strings.Repeat("y", 40)
	for _, p := range Split(text, 64) {
		if strings.HasPrefix(p, "`") && !strings.HasPrefix(p, "``````") {
			t.Fatalf("piece %q starts with part of a backtick run", p)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("hello world", uint16(0))
	f.Add(strings.Repeat("para one.\n\n", 300), uint16(100))
	f.Add("```go\n"+strings.Repeat("x := 1\n", 500)+"```\ntext", uint16(1936))
	f.Add("````\n```\n"+strings.Repeat("🙂", 3000)+"\n````", uint16(7))
	f.Add(strings.Repeat("a``", 100)+"\r\n```\r\n"+strings.Repeat("b ", 80), uint16(3))
	f.Add("\xff\xfe"+strings.Repeat("é", 90), uint16(1))
	f.Fuzz(func(t *testing.T, text string, l uint16) {
		limit := MinLimit + int(l)%(discordLimit*2)
		pieces := split(text, limit)
		var joined strings.Builder
		for i, p := range pieces {
			if p.body == "" {
				t.Fatalf("piece %d carries no text", i)
			}
			if w := Width(p.String()); w > limit {
				t.Fatalf("piece %d has width %d > limit %d", i, w, limit)
			}
			if (i > 0 && pieces[i-1].close != "") != (p.reopen != "") {
				t.Fatalf("piece %d: reopen %q does not match the previous close %q", i, p.reopen, pieces[i-1].close)
			}
			joined.WriteString(p.body)
		}
		if joined.String() != text {
			t.Fatalf("pieces join to %q, want %q", joined.String(), text)
		}
		// When no line is so long that it must be cut, every piece but the last renders as a
		// whole: it ends outside a code block.
		for _, line := range strings.Split(text, "\n") {
			if Width(line) > limit/4 {
				return
			}
		}
		for i, p := range pieces[:max(0, len(pieces)-1)] {
			if fenceAfter(p.String()).open() {
				t.Fatalf("piece %d %q ends inside a code block", i, p.String())
			}
		}
	})
}

// fenceAfter parses s from outside a code block and returns the state at its end.
func fenceAfter(s string) fence {
	var f fence
	for _, line := range strings.Split(s, "\n") {
		f = nextFence(f, line)
	}
	return f
}
