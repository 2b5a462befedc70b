package slack

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/archbot/archbot/adapters/markdownsplit"
)

func TestMrkdwn(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"heading", "## Capacity", "*Capacity*"},
		{"heading with bold", "### The **hard** part ##", "*The hard part*"},
		{"bold", "a **bold** word", "a *bold* word"},
		{"underscore bold", "__bold__", "*bold*"},
		{"italic", "an *italic* word and _this_", "an _italic_ word and _this_"},
		{"snake case kept", "user_id and post_id", "user_id and post_id"},
		{"arithmetic kept", "2 * 3 * 4", "2 * 3 * 4"},
		{"strike", "~~old~~", "~old~"},
		{"link", "see [the docs](https://example.com/a?b=1&c=2)", "see the docs (<https://example.com/a?b=1&amp;c=2>)"},
		{"relative link", "[top](#overview)", "top (#overview)"},
		{"link text never hides its target", "[click here](https://evil.example/login)", "click here (<https://evil.example/login>)"},
		{"link text that looks like another URL", "[https://bank.example](https://evil.example)", "https://bank.example (<https://evil.example>)"},
		{"link whose text is its URL", "[example.com/a](https://example.com/a)", "<https://example.com/a>"},
		{"image link", "![logo](https://i.example/x.png)", "logo (<https://i.example/x.png>)"},
		{"slack link syntax from text", "<https://evil.example|click here>", "&lt;https://evil.example|click here&gt;"},
		{"broadcast mentions", "ping @channel @HERE and @everyone!", "ping @\u2060channel @\u2060HERE and @\u2060everyone!"},
		{"broadcast in bold and code", "**@here** `@channel`", "*@\u2060here* `@\u2060channel`"},
		{"encoded mentions", "<!channel> <!here> <!everyone> <!subteam^S123|@ops> <@U0ALICE>",
			"&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;!subteam^S123|@ops&gt; &lt;@U0ALICE&gt;"},
		{"addresses kept", "mail ops@here.example or @channels", "mail ops@here.example or @channels"},
		{"autolink", "<https://x.io>", "<https://x.io>"},
		{"bullets", "- one\n* two\n  + nested", "• one\n• two\n  • nested"},
		{"numbered", "1. first\n2. second", "1. first\n2. second"},
		{"escape", "a < b && c > d", "a &lt; b &amp;&amp; c &gt; d"},
		{"inline code", "use `GET /v1/<id>` and **not** `*this*`", "use `GET /v1/&lt;id&gt;` and *not* `*this*`"},
		{"fence drops language", "```go\nx := a && b\n```", "```\nx := a &amp;&amp; b\n```"},
		{"unclosed fence closed", "```\ncode", "```\ncode\n```"},
		{"quote", "> note **this**", "> note *this*"},
		{"rule", "---", "──────────"},
		{"table", "| Name | QPS |\n|---|--:|\n| **read** | 1,000 |\n| write | 50 |",
			"```\nName  | QPS\n------+------\nread  | 1,000\nwrite | 50\n```"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Mrkdwn(tt.in); got != tt.want {
				t.Errorf("Mrkdwn(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// checkMrkdwn asserts that conversion loses no text: every letter and digit of the input, fence
// language tags aside, appears in the output at least as often, and the output's fences balance.
func checkMrkdwn(t *testing.T, md string) {
	t.Helper()
	out := Mrkdwn(md)
	if utf8.ValidString(md) && !utf8.ValidString(out) {
		t.Fatalf("invalid UTF-8 out of valid input: %q", out)
	}
	want := letters(withoutFenceInfo(md))
	got := letters(out)
	for r, n := range want {
		if got[r] < n {
			t.Fatalf("%q appears %d times in the input, %d in the output\n in: %q\nout: %q", r, n, got[r], md, out)
		}
	}
	if fences(out)%2 != 0 {
		t.Fatalf("unbalanced fences in %q", out)
	}
}

func letters(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			m[r]++
		}
	}
	return m
}

// withoutFenceInfo drops the language tag of opening fences, which Mrkdwn removes on purpose.
func withoutFenceInfo(md string) string {
	lines := strings.Split(md, "\n")
	mark := ""
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case mark != "":
			if strings.HasPrefix(t, mark) && strings.Trim(t, mark[:1]) == "" {
				mark = ""
			}
		case len(l)-len(strings.TrimLeft(l, " ")) <= 3 && strings.HasPrefix(t, "~~~"):
			mark, lines[i] = "~~~", "~~~"
		case len(l)-len(strings.TrimLeft(l, " ")) <= 3 && strings.HasPrefix(t, "```") && !strings.Contains(strings.TrimLeft(t, "`"), "`"):
			mark, lines[i] = "```", "```"
		}
	}
	return strings.Join(lines, "\n")
}

func FuzzMrkdwn(f *testing.F) {
	for _, s := range []string{
		"# Title\n\nSome **bold** and *italic* and `code`.\n\n- a\n- b [link](https://x.y)\n",
		"```mermaid\nflowchart LR\n  a --> b\n```\n",
		"| a | b |\n|---|---|\n| 1 | 2 |\n",
		"> quote\n---\n1. one\n",
		"**unclosed _mixed* text__ ~~x",
		"[[nested]](https://a.b) ![img](https://i.png) <b>html</b> &amp;",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, md string) {
		if !utf8.ValidString(md) {
			return
		}
		checkMrkdwn(t, md)
		// What the adapter posts: converted, then split; the pieces must hold all of it.
		checkPieces(t, Mrkdwn(md))
	})
}

// checkPieces asserts that the section blocks mrkdwnBlocks would cut text into fit Slack's limit
// and, unless a line is so long that it must be cut, join back into text.
func checkPieces(t *testing.T, text string) {
	t.Helper()
	pieces := markdownsplit.Split(text, maxSectionText)
	for i, p := range pieces {
		if n := markdownsplit.Width(p); n > maxSectionText {
			t.Fatalf("piece %d has %d characters, limit %d", i, n, maxSectionText)
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if markdownsplit.Width(line) > maxSectionText/4 {
			return
		}
	}
	if got := markdownsplit.Join(pieces); got != text {
		t.Fatalf("pieces do not join back into the text:\n got %q\nwant %q", got, text)
	}
}

// fences counts the fence lines of mrkdwn, which writes every fence as a bare ``` line.
func fences(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		if l == "```" {
			n++
		}
	}
	return n
}
