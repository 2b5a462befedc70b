package slack

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
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
// The Markdown is parsed by goldmark (CommonMark with GFM tables and strikethrough) and its tree
// written out as mrkdwn. Conversion only rewrites syntax: every letter and digit of the input
// (fence language tags aside) is in the output, which is why link reference definitions are not
// parsed (they would vanish) and entities stay as written.
func Mrkdwn(md string) string {
	// A lone carriage return ends a line for the parser but not for the fence check that
	// defuse makes line by line ("\r```" left one fence open): one line ending for both.
	md = strings.ReplaceAll(strings.ReplaceAll(md, "\r\n", "\n"), "\r", "\n")
	src := []byte(md)
	doc := mdParser.Parse(text.NewReader(src))
	r := renderer{src: src}
	return defuse(strings.Join(r.blocks(doc), "\n"))
}

var mdParser = parser.NewParser(
	parser.WithBlockParsers(parser.DefaultBlockParsers()...),
	parser.WithInlineParsers(append(parser.DefaultInlineParsers(),
		util.Prioritized(extension.NewStrikethroughParser(), 500))...),
	parser.WithParagraphTransformers(util.Prioritized(extension.NewTableParagraphTransformer(), 200)),
	parser.WithASTTransformers(util.Prioritized(extension.NewTableASTTransformer(), 0)),
)

// renderer writes a goldmark tree over src as mrkdwn, a block at a time as lines.
type renderer struct {
	src     []byte
	heading bool // inside a heading, which is bold already
}

// blocks renders n's child blocks, keeping a blank line where the input had one.
func (r *renderer) blocks(n ast.Node) []string {
	var out []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c != n.FirstChild() && c.HasBlankPreviousLines() {
			out = append(out, "")
		}
		out = append(out, r.block(c)...)
	}
	return out
}

func (r *renderer) block(n ast.Node) []string {
	switch n := n.(type) {
	case *ast.Heading:
		r.heading = true
		defer func() { r.heading = false }()
		return []string{"*" + strings.ReplaceAll(r.inline(n), "\n", " ") + "*"}
	case *ast.ThematicBreak:
		return []string{"──────────"}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		// An unclosed fence runs to the end, as in the input: Slack gets it closed. A line of
		// backticks in the code would end Slack's block; a word joiner keeps it open.
		lines := r.lines(n)
		for i, l := range lines {
			if strings.HasPrefix(strings.TrimSpace(l), "```") {
				lines[i] = strings.Replace(l, "`", "`\u2060", 1)
			}
		}
		return append(append([]string{"```"}, lines...), "```")
	case *ast.HTMLBlock:
		lines := r.lines(n)
		if n.HasClosure() {
			lines = append(lines, escape(strings.TrimRight(string(n.ClosureLine.Value(r.src)), "\r\n")))
		}
		return lines
	case *ast.Blockquote:
		return indent(r.blocks(n), "> ", "> ", ">")
	case *ast.List:
		return r.list(n)
	case *east.Table:
		return r.table(n)
	}
	if n.Type() == ast.TypeBlock && n.HasChildren() && n.FirstChild().Type() == ast.TypeBlock {
		return r.blocks(n)
	}
	return strings.Split(r.inline(n), "\n")
}

// lines are a code or HTML block's lines as written, escaped.
func (r *renderer) lines(n ast.Node) []string {
	var out []string
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		out = append(out, escape(strings.TrimRight(string(seg.Value(r.src)), "\r\n")))
	}
	return out
}

// indent prefixes lines with first on the first and rest on the others; blank lines get only
// blank, so no line ends in spaces.
func indent(lines []string, first, rest string, blank ...string) []string {
	for i, l := range lines {
		switch {
		case l == "" && len(blank) > 0:
			lines[i] = blank[0]
		case l == "":
		case i == 0:
			lines[i] = first + l
		default:
			lines[i] = rest + l
		}
	}
	return lines
}

// list writes bullets as • and keeps the numbers of a numbered list as written.
func (r *renderer) list(l *ast.List) []string {
	var out []string
	n := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		marker := "• "
		if l.IsOrdered() {
			marker = r.number(item, n) + string(l.Marker) + " "
			n++
		}
		if item != l.FirstChild() && item.HasBlankPreviousLines() {
			out = append(out, "")
		}
		lines := r.blocks(item)
		if len(lines) == 0 {
			lines = []string{""}
		}
		if lines[0] == "" {
			lines[0] = strings.TrimRight(marker, " ")
			marker = ""
		}
		out = append(out, indent(lines, marker, strings.Repeat(" ", utf8.RuneCountInString(marker)))...)
	}
	return out
}

var itemNumber = regexp.MustCompile(`^[ \t]*(\d{1,9})[.)]`)

// number is the number written before item, or n when it cannot be found: goldmark keeps only
// the list's first.
func (r *renderer) number(item ast.Node, n int) string {
	if p := item.Pos(); p >= 0 && p < len(r.src) {
		if m := itemNumber.FindSubmatch(r.src[p:]); m != nil {
			return string(m[1])
		}
	}
	return strconv.Itoa(n)
}

// inline renders n's inline children as mrkdwn.
func (r *renderer) inline(n ast.Node) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.WriteString(escape(r.text(c)))
		case *ast.String:
			b.WriteString(escape(string(c.Value)))
		case *ast.CodeSpan:
			if code := r.plain(c); strings.Contains(code, "`") {
				b.WriteString(escape(code)) // Slack has no double-backtick spans
			} else {
				b.WriteString("`" + escape(code) + "`")
			}
		case *ast.Emphasis:
			mark := "_"
			if c.Level == 2 {
				mark = "*"
			}
			if r.heading && mark == "*" {
				mark = ""
			}
			b.WriteString(mark + r.inline(c) + mark)
		case *east.Strikethrough:
			b.WriteString("~" + r.inline(c) + "~")
		case *ast.Link:
			b.WriteString(r.link(c, string(c.Destination), string(c.Title)))
		case *ast.Image:
			b.WriteString(r.link(c, string(c.Destination), string(c.Title)))
		case *ast.AutoLink:
			url := string(c.URL(r.src))
			if c.AutoLinkType == ast.AutoLinkURL && isURL(url) && !strings.ContainsAny(url, "|<> ") {
				b.WriteString("<" + escapeURL(url) + ">")
			} else {
				b.WriteString(escape("<" + string(c.Label(r.src)) + ">"))
			}
		case *ast.RawHTML:
			b.WriteString(escape(r.plain(c)))
		default:
			b.WriteString(r.inline(c))
		}
	}
	return b.String()
}

// text is a text node as written, backslash escapes resolved, with its line break.
func (r *renderer) text(t *ast.Text) string {
	s := string(util.UnescapePunctuations(t.Segment.Value(r.src)))
	if t.SoftLineBreak() || t.HardLineBreak() {
		s += "\n"
	}
	return s
}

// plain is n's text without markup, for code and table cells and to compare with a URL; a link
// keeps its target.
func (r *renderer) plain(n ast.Node) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.Parent().Kind() == ast.KindCodeSpan {
				b.WriteString(strings.ReplaceAll(string(c.Segment.Value(r.src)), "\n", " "))
			} else {
				b.WriteString(strings.ReplaceAll(r.text(c), "\n", " "))
			}
		case *ast.String:
			b.WriteString(string(c.Value))
		case *ast.Link:
			b.WriteString(r.plain(c) + " (" + string(c.Destination) + ")")
		case *ast.Image:
			b.WriteString(r.plain(c) + " (" + string(c.Destination) + ")")
		case *ast.AutoLink:
			b.WriteString(string(c.URL(r.src)))
		default:
			b.WriteString(r.plain(c))
		}
	}
	if raw, ok := n.(*ast.RawHTML); ok {
		for i := 0; i < raw.Segments.Len(); i++ {
			seg := raw.Segments.At(i)
			b.Write(seg.Value(r.src))
		}
	}
	return b.String()
}

// link writes a link or image as its text and its target; a title, rare, follows in quotes.
func (r *renderer) link(n ast.Node, url, title string) string {
	s := slackLink(url, r.inline(n), r.plain(n))
	if title != "" {
		s += ` "` + escape(title) + `"`
	}
	return s
}

func slackLink(url, label, text string) string {
	if !isURL(url) || strings.ContainsAny(url, "|<> ") {
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

// table writes a table as a code block with aligned columns: Slack has no tables, and inside a
// code block markup would show literally, so cells are plain text.
func (r *renderer) table(t *east.Table) []string {
	var all [][]string
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, strings.TrimSpace(r.plain(c)))
		}
		all = append(all, append(cells, r.surplus(row)...))
	}
	return tableBlock(all)
}

// surplus is the text of cells past the header's count, which goldmark drops, in one cell.
func (r *renderer) surplus(row ast.Node) []string {
	last := row.LastChild()
	if last == nil || last.Lines().Len() == 0 {
		return nil
	}
	rest := r.src[last.Lines().At(0).Stop:]
	if eol := bytes.IndexByte(rest, '\n'); eol >= 0 {
		rest = rest[:eol]
	}
	s := strings.Trim(strings.TrimSpace(string(rest)), "|")
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return []string{strings.TrimSpace(s)}
}

func tableBlock(all [][]string) []string {
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
