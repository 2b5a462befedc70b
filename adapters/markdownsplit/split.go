package markdownsplit

import (
	"strings"
	"unicode/utf8"
)

// MinLimit keeps room for a reopened code fence plus some text in every piece, so Split always
// makes progress.
const MinLimit = 64

// Split cuts text into pieces of at most limit characters (as Width counts them), to be posted as
// consecutive messages or blocks. It cuts at a paragraph break when one is reasonably far in, else
// at a line break outside a code block, else at any line break, and inside a line (preferring a
// space) only when a single line is longer than a piece. A cut inside a code block closes the
// block at the end of one piece and reopens it, with its language, at the start of the next, so
// every piece renders as meant; apart from those fences no character is added, dropped or
// reordered. A limit below MinLimit is raised to MinLimit.
func Split(text string, limit int) []string {
	pieces := split(text, limit)
	out := make([]string, len(pieces))
	for i, p := range pieces {
		out[i] = p.String()
	}
	return out
}

// Join reverses Split for texts whose code-block cuts fell on line breaks (all of archbot's
// documents): it drops the fences Split added between pieces.
func Join(pieces []string) string {
	var b strings.Builder
	for i, p := range pieces {
		if i > 0 {
			if _, reopen, ok := addedFences(pieces[i-1], p); ok {
				p = p[reopen:]
			}
		}
		if i+1 < len(pieces) {
			if closing, _, ok := addedFences(p, pieces[i+1]); ok {
				p = p[:len(p)-closing]
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// addedFences reports whether prev ends with a closing fence line that next reopens with the same
// backtick run, and how long the close and the reopening line are.
func addedFences(prev, next string) (closing, reopen int, ok bool) {
	nl := strings.LastIndexByte(prev, '\n')
	run := prev[nl+1:]
	if nl < 0 || len(run) < 3 || strings.Trim(run, "`") != "" {
		return 0, 0, false
	}
	line, _, found := strings.Cut(next, "\n")
	info, has := strings.CutPrefix(line, run)
	if !found || !has || strings.Contains(info, "`") {
		return 0, 0, false
	}
	return len(run), len(line) + 1, true
}

// piece is one message of a split text: body is a slice of the original, reopen and close are
// fences added because the cut fell inside a code block.
type piece struct{ reopen, body, close string }

func (p piece) String() string { return p.reopen + p.body + p.close }

func split(text string, limit int) []piece {
	if limit < MinLimit {
		limit = MinLimit
	}
	var out []piece
	var f fence
	for len(text) > 0 {
		reopen := ""
		if f.open() {
			reopen = f.run + f.info + "\n"
		}
		budget := limit - Width(reopen)
		if fits(text, budget) {
			out = append(out, piece{reopen: reopen, body: text})
			break
		}
		end, closing, after := cut(text, budget, f)
		out = append(out, piece{reopen: reopen, body: text[:end], close: closing})
		text = text[end:]
		f = after
	}
	return out
}

// cut picks where the piece starting at text ends: text[:end] plus closing fits in budget, and
// after is the code-fence state at end.
func cut(text string, budget int, f fence) (end int, closing string, after fence) {
	var (
		w             int // width of text[:i]
		i             int
		para, paraW   int   // last fitting paragraph break outside a code block
		out, outW     int   // last fitting line break outside a code block
		line          int   // last fitting line break anywhere
		lineF         fence // fence state at line
		state         = f
		quarter, half = budget / 4, budget / 2
	)
	for i < len(text) {
		// Find the line's end, giving up as soon as it cannot fit: a long text is scanned once,
		// not once per piece.
		j, lw := i, 1 // lw counts the newline
		for j < len(text) && text[j] != '\n' && w+lw <= budget {
			r, size := utf8.DecodeRuneInString(text[j:])
			lw += runeWidth(r)
			j += size
		}
		if j == len(text) || text[j] != '\n' {
			break
		}
		next := nextFence(state, text[i:j])
		closeW := 0
		if next.open() {
			// Room for a closing line, newline included, as if the block were cut inside a
			// line: the pieces of a long block come out the same size whatever the next line.
			closeW = Width("\n" + next.run)
		}
		// Widths only grow and a closing fence line is wider than the close it saves, so the
		// first line that does not fit ends the search.
		if w+lw+closeW > budget {
			break
		}
		w += lw
		i = j + 1
		state = next
		line, lineF = i, state
		if !state.open() {
			out, outW = i, w
			if strings.HasSuffix(text[:i], "\n\n") {
				para, paraW = i, w
			}
		}
	}
	switch {
	case para > 0 && paraW >= half:
		return para, "", fence{}
	case out > 0 && outW >= quarter:
		return out, "", fence{}
	case line > 0:
		if lineF.open() {
			return line, lineF.run, lineF
		}
		return line, "", lineF
	}
	return hardCut(text, budget, f)
}

// hardCut cuts inside the first line of text, which is wider than a whole piece.
func hardCut(text string, budget int, f fence) (end int, closing string, after fence) {
	if f.open() {
		closing = "\n" + f.run
	}
	b := budget - Width(closing)
	w, c, space := 0, 0, 0
	for i, r := range text {
		rw := runeWidth(r)
		if w+rw > b {
			break
		}
		w += rw
		_, size := utf8.DecodeRuneInString(text[i:])
		c = i + size
		if r == ' ' && w >= b/2 {
			space = c
		}
	}
	if space > 0 {
		c = space
	}
	// Never split a run of backticks: half a fence is neither text nor a fence.
	if c < len(text) {
		k := c
		for k > 0 && text[k-1] == '`' && text[k] == '`' {
			k--
		}
		if k > 0 {
			c = k
		}
	}
	return c, closing, f
}

// fence is the code-block state at a line boundary: the backtick run that opened the block and
// its language, or the zero value outside a block.
type fence struct{ run, info string }

func (f fence) open() bool { return f.run != "" }

// maxFenceRun and maxFenceInfo bound what a reopened fence costs, so pieces keep room for text.
const (
	maxFenceRun  = 16
	maxFenceInfo = 20
)

// nextFence returns the fence state after line (without its newline), following CommonMark: an
// opening fence is up to three spaces, three or more backticks and an info string without
// backticks; a closing fence is a run at least as long as the opener and nothing else.
func nextFence(f fence, line string) fence {
	t := strings.TrimRight(line, "\r")
	indent := 0
	for indent < len(t) && indent < 4 && t[indent] == ' ' {
		indent++
	}
	if indent > 3 {
		return f
	}
	t = t[indent:]
	n := 0
	for n < len(t) && t[n] == '`' {
		n++
	}
	if n < 3 {
		return f
	}
	rest := t[n:]
	if f.open() {
		if n >= len(f.run) && strings.TrimSpace(rest) == "" {
			return fence{}
		}
		return f
	}
	if n > maxFenceRun || strings.Contains(rest, "`") {
		return f
	}
	return fence{run: t[:n], info: fenceInfo(rest)}
}

// fenceInfo keeps a code block's language for reopening it, when it is one short word.
func fenceInfo(rest string) string {
	word := strings.TrimSpace(rest)
	if i := strings.IndexAny(word, " \t"); i >= 0 {
		word = word[:i]
	}
	if len(word) > maxFenceInfo {
		return ""
	}
	for _, r := range word {
		if r <= ' ' || r > '~' {
			return ""
		}
	}
	return word
}

// fits reports whether Width(s) <= n, reading no more of s than it must.
func fits(s string, n int) bool {
	w := 0
	for _, r := range s {
		if w += runeWidth(r); w > n {
			return false
		}
	}
	return true
}

// Width counts characters in UTF-16 code units, as Slack counts them and as Discord's limit does
// erring high (a character outside the Basic Multilingual Plane counts twice), so a piece fits
// whether the platform counts code points or UTF-16 units.
func Width(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

func runeWidth(r rune) int {
	if r > 0xFFFF {
		return 2
	}
	return 1
}
