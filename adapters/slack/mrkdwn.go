package slack

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mrkdwn converts the engine's Markdown to Slack mrkdwn: headings become bold lines, **bold**
// becomes *bold*, *italic* becomes _italic_, [text](url) becomes "text (<url>)", bullets become
// •, code fences lose their language tag (Slack would show it as code), and tables become aligned
// code blocks because Slack has no table syntax. &, < and > are escaped everywhere, as Slack
// requires, so user-visible text is never mistaken for a mention or a link, and @channel, @here
// and @everyone are defused (defuse).
//
// A link always shows its URL: the text may be the user's ("[click here](https://evil…)"
// repeated by the model), and a hidden target in archbot's own message would lend it archbot's
// name.
//
// Conversion only rewrites syntax: every letter and digit of the input (fence language tags
// aside) is in the output.
func Mrkdwn(md string) string {
	lines := strings.Split(md, "\n")
	out := make([]string, 0, len(lines))
	inFence := false
	var fenceMark string
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if inFence {
			if isFenceClose(line, fenceMark) {
				out = append(out, "```")
				inFence = false
				continue
			}
			out = append(out, escape(line))
			continue
		}
		if mark, ok := fenceOpen(line); ok {
			out = append(out, "```")
			inFence, fenceMark = true, mark
			continue
		}
		if isTableRow(line) && i+1 < len(lines) && isTableSeparator(lines[i+1]) {
			j := i + 2
			for j < len(lines) && isTableRow(lines[j]) {
				j++
			}
			out = append(out, tableBlock(lines[i], lines[i+2:j])...)
			i = j - 1
			continue
		}
		out = append(out, mrkdwnLine(line))
	}
	if inFence {
		// An unclosed fence would swallow everything Slack shows after it.
		out = append(out, "```")
	}
	// Inline text is escaped a character at a time, so defuse sees whole words only here.
	return defuse(strings.Join(out, "\n"))
}

// fenceOpen reports whether line opens a fenced code block and returns its marker (``` or ~~~).
func fenceOpen(line string) (string, bool) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return "", false
	}
	for _, m := range []string{"```", "~~~"} {
		if strings.HasPrefix(t, m) {
			// A backtick fence's info string may not hold backticks (CommonMark); such a line is
			// inline code, not a fence.
			if m == "```" && strings.Contains(strings.TrimLeft(t, "`"), "`") {
				return "", false
			}
			return m, true
		}
	}
	return "", false
}

func isFenceClose(line, mark string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, mark) && strings.Trim(t, mark[:1]) == ""
}

func mrkdwnLine(line string) string {
	trimmed := strings.TrimLeft(line, " \t")
	indent := line[:len(line)-len(trimmed)]
	switch {
	case trimmed == "":
		return line
	case isRule(trimmed):
		return "──────────"
	case strings.HasPrefix(trimmed, "#"):
		n := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
		rest := trimmed[n:]
		if n <= 6 && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			text := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), "#"))
			if text == "" {
				// Only hashes: keep them, they are the text.
				return escape(trimmed)
			}
			text = strings.NewReplacer("**", "", "__", "").Replace(text)
			return "*" + inline(text) + "*"
		}
	case strings.HasPrefix(trimmed, ">"):
		return indent + ">" + inline(strings.TrimPrefix(trimmed, ">"))
	}
	if len(trimmed) >= 2 && strings.ContainsRune("-*+", rune(trimmed[0])) && (trimmed[1] == ' ' || trimmed[1] == '\t') {
		return indent + "• " + inline(strings.TrimLeft(trimmed[1:], " \t"))
	}
	return indent + inline(trimmed)
}

func isRule(s string) bool {
	s = strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "\t", "")
	if len(s) < 3 {
		return false
	}
	c := s[0]
	return (c == '-' || c == '*' || c == '_') && strings.Trim(s, string(c)) == ""
}

// inline converts the span-level syntax of one line.
func inline(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '`':
			n := runLen(s[i:], '`')
			if end := strings.Index(s[i+n:], s[i:i+n]); end >= 0 {
				code := s[i+n : i+n+end]
				if n > 1 && strings.Contains(code, "`") {
					// Slack has no double-backtick spans; keep the text as is.
					b.WriteString(escape(s[i : i+n+end+n]))
				} else {
					b.WriteString("`" + escape(code) + "`")
				}
				i += n + end + n
				continue
			}
			b.WriteString(s[i : i+n])
			i += n
			continue
		case c == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|~>", s[i+1]) >= 0:
			b.WriteString(escape(s[i+1 : i+2]))
			i += 2
			continue
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if text, url, n, ok := link(s[i+1:]); ok {
				b.WriteString(slackLink(url, text))
				i += 1 + n
				continue
			}
		case c == '[':
			if text, url, n, ok := link(s[i:]); ok {
				b.WriteString(slackLink(url, text))
				i += n
				continue
			}
		case c == '<':
			if end := strings.IndexByte(s[i:], '>'); end > 0 {
				inner := s[i+1 : i+end]
				if isURL(inner) && !strings.ContainsAny(inner, " |<") {
					b.WriteString("<" + escapeURL(inner) + ">")
					i += end + 1
					continue
				}
			}
		case (c == '*' || c == '_') && strings.HasPrefix(s[i:], strings.Repeat(string(c), 2)):
			if inner, n, ok := delimited(s, i, strings.Repeat(string(c), 2)); ok {
				b.WriteString("*" + inline(inner) + "*")
				i += n
				continue
			}
		case c == '~' && strings.HasPrefix(s[i:], "~~"):
			if inner, n, ok := delimited(s, i, "~~"); ok {
				b.WriteString("~" + inline(inner) + "~")
				i += n
				continue
			}
		case c == '*' || c == '_':
			if inner, n, ok := delimited(s, i, string(c)); ok {
				b.WriteString("_" + inline(inner) + "_")
				i += n
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteByte(s[i])
		} else {
			b.WriteString(escape(s[i : i+size]))
		}
		i += size
	}
	return b.String()
}

func runLen(s string, c byte) int {
	n := 0
	for n < len(s) && s[n] == c {
		n++
	}
	return n
}

// delimited finds an emphasis span opening at s[i:] with delim: the text right inside the
// delimiters is not blank, and an underscore span sits at word boundaries, so snake_case and
// 2 * 3 stay as they are.
func delimited(s string, i int, delim string) (string, int, bool) {
	start := i + len(delim)
	if start >= len(s) || s[start] == ' ' || s[start] == '\t' {
		return "", 0, false
	}
	if delim[0] == '_' && i > 0 && isWordByte(s[i-1]) {
		return "", 0, false
	}
	for j := start + 1; j+len(delim) <= len(s); j++ {
		if s[j:j+len(delim)] != delim || s[j-1] == ' ' || s[j-1] == '\t' {
			continue
		}
		end := j + len(delim)
		if len(delim) == 1 && end < len(s) && s[end] == delim[0] {
			// Part of a longer run: not this span's end.
			j++
			continue
		}
		if delim[0] == '_' && end < len(s) && isWordByte(s[end]) {
			continue
		}
		return s[start:j], end - i, true
	}
	return "", 0, false
}

func isWordByte(c byte) bool {
	return c >= 0x80 || c == '_' || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
}

// link parses [text](url) at the start of s and returns its length.
func link(s string) (text, url string, n int, ok bool) {
	depth := 0
	closeText := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			depth--
		}
		if depth == 0 {
			closeText = i
			break
		}
	}
	if closeText < 0 || closeText+1 >= len(s) || s[closeText+1] != '(' {
		return "", "", 0, false
	}
	end := strings.IndexByte(s[closeText+2:], ')')
	if end < 0 {
		return "", "", 0, false
	}
	url = strings.TrimSpace(s[closeText+2 : closeText+2+end])
	if url == "" || strings.ContainsAny(url, " \t") {
		return "", "", 0, false
	}
	return s[1:closeText], url, closeText + 2 + end + 1, true
}

func slackLink(url, text string) string {
	label := inline(text)
	if !isURL(url) || strings.ContainsAny(url, "|<>") {
		// Slack only links absolute URLs; keep a relative target readable instead.
		return label + " (" + escape(url) + ")"
	}
	if strings.TrimSpace(label) == "" || sameTarget(text, url) {
		return "<" + escapeURL(url) + ">"
	}
	return label + " (<" + escapeURL(url) + ">)"
}

// sameTarget reports whether a link's text is its URL, with or without the scheme.
func sameTarget(text, url string) bool {
	text, url = strings.TrimSpace(text), strings.ToLower(url)
	t := strings.ToLower(text)
	for _, p := range []string{"https://", "http://", "mailto:"} {
		url, t = strings.TrimPrefix(url, p), strings.TrimPrefix(t, p)
	}
	return strings.TrimSuffix(t, "/") == strings.TrimSuffix(url, "/")
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "mailto:")
}

func escapeURL(u string) string { return strings.ReplaceAll(u, "&", "&amp;") }

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escape encodes Slack's three control characters, so no text becomes a mention (<!channel>,
// <!here>, <@U…>, <!subteam^…>) or a link, and defuses the plain broadcast mentions.
func escape(s string) string { return defuse(escaper.Replace(s)) }

// broadcastRe matches @channel, @here and @everyone (any case) where Slack could read them as a
// mention: at a word's start, so an address like ops@here.example is left alone.
var broadcastRe = regexp.MustCompile(`(?i)(^|[^\pL\pN_])@(channel|here|everyone)\b`)

// defuse puts a word joiner (U+2060, invisible) after the @ of a broadcast mention. Slack
// notifies everyone in a channel for @channel typed by a person or sent with link_names; text
// archbot repeats from users or the model must never do that, whatever options a post uses.
func defuse(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	return broadcastRe.ReplaceAllString(s, "${1}@\u2060${2}")
}

// Tables: Slack has none, so a Markdown table becomes a code block with aligned columns.

func isTableRow(line string) bool {
	t := strings.TrimSpace(line)
	return len(t) > 1 && t[0] == '|'
}

func isTableSeparator(line string) bool {
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "|") || !strings.Contains(t, "-") {
		return false
	}
	return strings.Trim(t, "|-: \t") == ""
}

func tableCells(line string) []string {
	t := strings.TrimSpace(line)
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, `\|`) {
		t = t[:len(t)-1]
	}
	var cells []string
	var cur strings.Builder
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '\\' && i+1 < len(t) && t[i+1] == '|':
			cur.WriteByte('|')
			i++
		case t[i] == '|':
			cells = append(cells, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(t[i])
		}
	}
	cells = append(cells, cur.String())
	for i, c := range cells {
		// Inside a code block emphasis markers would show literally.
		c = strings.NewReplacer("**", "", "__", "", "`", "").Replace(strings.TrimSpace(c))
		cells[i] = c
	}
	return cells
}

func tableBlock(header string, rows []string) []string {
	all := [][]string{tableCells(header)}
	for _, r := range rows {
		all = append(all, tableCells(r))
	}
	cols := 0
	for _, r := range all {
		cols = max(cols, len(r))
	}
	width := make([]int, cols)
	for _, r := range all {
		for i, c := range r {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	row := func(cells []string) string {
		var b strings.Builder
		for i := 0; i < cols; i++ {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(c)
			if i < cols-1 {
				b.WriteString(strings.Repeat(" ", width[i]-utf8.RuneCountInString(c)))
			}
		}
		return escape(strings.TrimRight(b.String(), " "))
	}
	out := []string{"```", row(all[0])}
	rule := make([]string, cols)
	for i := range rule {
		rule[i] = strings.Repeat("-", max(width[i], 3))
	}
	out = append(out, strings.Join(rule, "-+-"))
	for _, r := range all[1:] {
		out = append(out, row(r))
	}
	return append(out, "```")
}
