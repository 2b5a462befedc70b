package slack

import (
	"strings"
	"unicode/utf8"
)

// Slack's limits, in characters as Slack counts them (UTF-16 code units).
const (
	maxSectionText = 3000  // text of one section block
	maxHeaderText  = 150   // plain text of a header block
	maxBlocks      = 50    // blocks in one message
	maxMessageText = 40000 // top-level text of a message
)

// Markers closing and reopening a code block that a cut falls inside, so every piece renders on
// its own.
const (
	fenceReopen = "```\n"
	fenceClose  = "```"
)

// piece is one part of a split text: body is a slice of the original, open and close are the
// fence markers added around it. Concatenating the bodies gives back the original exactly.
type piece struct {
	open, body, close string
}

func (p piece) String() string { return p.open + p.body + p.close }

// Split cuts mrkdwn text into pieces of at most limit characters, preferring paragraph breaks,
// then line breaks, then spaces. A cut inside a code block closes the block at the end of one
// piece and reopens it at the start of the next; no character of text is dropped. limit must be
// at least 32.
func Split(text string, limit int) []string {
	ps := split(text, limit)
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

// Join reverses Split for texts whose code-block cuts fell on line breaks (all of archbot's
// documents): it drops the markers Split added between pieces.
func Join(pieces []string) string {
	var b strings.Builder
	for i, p := range pieces {
		if i > 0 && strings.HasPrefix(p, fenceReopen) && strings.HasSuffix(pieces[i-1], "\n"+fenceClose) {
			p = p[len(fenceReopen):]
		}
		if i < len(pieces)-1 && strings.HasSuffix(p, "\n"+fenceClose) && strings.HasPrefix(pieces[i+1], fenceReopen) {
			p = p[:len(p)-len(fenceClose)]
		}
		b.WriteString(p)
	}
	return b.String()
}

// u16len is the length of s in UTF-16 code units, which is how Slack counts characters.
func u16len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// textLine is one line of a text being split: [start, end) excludes the newline.
type textLine struct {
	start, end int
	fence      bool
}

func scanLines(s string) []textLine {
	var lines []textLine
	for start := 0; start <= len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		lines = append(lines, textLine{start: start, end: end, fence: isFenceLine(s[start:end])})
		start = end + 1
	}
	return lines
}

// isFenceLine reports whether a line opens or closes a code block. Mrkdwn writes every fence as a
// bare ``` line, so the splitter need not follow Slack's looser rules for text it never produces.
func isFenceLine(line string) bool { return line == "```" }

func split(text string, limit int) []piece {
	if limit < 32 {
		limit = 32
	}
	var out []piece
	lines := scanLines(text)
	inFence := false // fence state at pos
	pos := 0
	li := 0 // first line not entirely before pos
	for pos < len(text) {
		open := ""
		if inFence {
			open = fenceReopen
		}
		budget := limit - u16len(open)
		if u16len(text[pos:]) <= budget {
			out = append(out, piece{open: open, body: text[pos:]})
			break
		}
		// Room for the closing marker, in case the cut falls inside a code block.
		budget -= len("\n" + fenceClose)
		maxEnd := pos
		for n := 0; maxEnd < len(text); {
			_, size := utf8.DecodeRuneInString(text[maxEnd:])
			w := 1
			if size == 4 {
				w = 2
			}
			if n+w > budget {
				break
			}
			n += w
			maxEnd += size
		}
		cut, state := bestCut(text, lines[li:], pos, maxEnd, inFence)
		p := piece{open: open, body: text[pos:cut]}
		if state {
			if strings.HasSuffix(p.body, "\n") {
				p.close = fenceClose
			} else {
				p.close = "\n" + fenceClose
			}
		}
		out = append(out, p)
		pos, inFence = cut, state
		for li < len(lines) && lines[li].end < pos {
			li++
		}
	}
	return out
}

// bestCut picks where the piece starting at pos ends, no later than maxEnd, and returns the fence
// state there. Cuts never fall inside or right after a fence line (only after its newline).
func bestCut(text string, lines []textLine, pos, maxEnd int, inFence bool) (int, bool) {
	type cand struct {
		at    int
		state bool
	}
	var para, line, space, any cand
	state := inFence
	for _, l := range lines {
		if l.start > maxEnd {
			break
		}
		// Cut at the start of this line (after the previous newline).
		if l.start > pos {
			c := cand{l.start, state}
			any, line = c, c
			if l.start >= 2 && text[l.start-2] == '\n' {
				para = c
			}
		}
		if l.fence {
			state = !state
			continue
		}
		// Cuts inside the line, at rune boundaries.
		from := max(l.start, pos)
		to := min(l.end, maxEnd)
		for i := from + 1; i <= to; i++ {
			if i < len(text) && !utf8.RuneStart(text[i]) {
				continue
			}
			if isFenceLine(text[from:i]) || isFenceLine(text[i:l.end]) {
				// Either half would read as a fence in its piece.
				continue
			}
			if i == l.end {
				// Right before the newline: a later line start is as good and keeps the newline.
				if i == maxEnd {
					any = cand{i, state}
				}
				continue
			}
			any = cand{i, state}
			if text[i-1] == ' ' {
				space = cand{i, state}
			}
		}
	}
	width := maxEnd - pos
	for _, c := range []cand{para, line, space} {
		if c.at > pos && c.at-pos >= width/3 {
			return c.at, c.state
		}
	}
	if any.at > pos {
		return any.at, any.state
	}
	// Unreachable for limit >= 32: every piece can hold at least one rune.
	_, size := utf8.DecodeRuneInString(text[pos:])
	return pos + size, inFence
}
