package offline

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A question that names several of the design's own terms ("with N=3, W=2, R=2 and hinted
// handoff, is R+W>N still a guarantee when a node is down?") is about a passage the design
// already reasons through: a deep dive, a flow's step, a failure mode. Such a question is
// answered from the passage that shares the most of its rarer words, before any topic a single
// keyword would pick ("down" → a failure answer that knows nothing of quorums).

// passage is a piece of the current document: a deep dive, a bullet, a table row or a paragraph,
// with the section and sub-heading it sits under.
type passage struct {
	section conversation.SectionID
	heading string
	text    string
}

// designPassages splits the design's sections into the pieces a question can be about.
func designPassages(d *conversation.Design) []passage {
	var out []passage
	for _, s := range d.Sections {
		if s.ID == conversation.CapacityID || s.ID == conversation.Architecture {
			continue // tables of figures and components: the reasoned answers cover them
		}
		heading := ""
		var dive *passage
		for _, line := range strings.Split(s.Markdown, "\n") {
			t := strings.TrimSpace(line)
			switch {
			case strings.HasPrefix(t, "### "):
				heading = strings.TrimPrefix(t, "### ")
				dive = nil
				if s.ID == conversation.DeepDive {
					out = append(out, passage{section: s.ID, heading: heading})
					dive = &out[len(out)-1]
				}
			case t == "" || strings.HasPrefix(t, "```") || strings.HasPrefix(t, "|---"):
			case strings.HasPrefix(t, ">") || strings.Contains(t, "the statement says") || strings.Contains(t, "the statement's own words"):
				// The statement quoted back, or a row saying what it asked: it shares most words
				// with any question about the problem and answers none of them.
			case dive != nil:
				dive.text = strings.TrimSpace(dive.text + " " + t)
			default:
				out = append(out, passage{section: s.ID, heading: heading, text: strings.TrimPrefix(t, "- ")})
			}
		}
	}
	return out
}

// answerPassage answers from the passage that shares the most of the question's rarer words, when
// it shares at least three of them and most of what the question says: a long, specific question
// the design already answers somewhere.
func answerPassage(g bot.Grounding, q string) string {
	return passageAnswer(g, q, 4)
}

// answerLongQuestion answers from a passage before anything else only for a long question: one
// that says enough ("with N=3, W=2, R=2 and hinted handoff, …") that a single word in it ("down")
// must not pick the answer; a short one ("what if the message store goes down?") is the
// reasoned answers'.
func answerLongQuestion(g bot.Grounding, q string) string {
	return passageAnswer(g, q, 7)
}

func passageAnswer(g bot.Grounding, q string, least int) string {
	stems := questionStems(q)
	if g.Design == nil || len(stems) < least {
		return "" // a short question is a topic's, not a passage's
	}
	ranked := rankPassages(g.Design, stems)
	// A question answered from a passage asks how or why: a table row (an endpoint, a field
	// list) shares its nouns ("short code expires") and answers neither.
	ranked = slices.DeleteFunc(ranked, func(sc scored) bool { return strings.HasPrefix(strings.TrimSpace(sc.text), "|") })
	if len(ranked) == 0 || ranked[0].hits < 3 || float64(ranked[0].hits) < 0.4*float64(len(stems)) {
		return ""
	}
	p := ranked[0].passage
	return fmt.Sprintf("**From %s:** %s %s", p.where(), p.short(), cite(p.section))
}

// scored is a passage with the question's words it shares: how many, and how rare they are.
type scored struct {
	passage
	hits  int
	score float64
}

// rankPassages orders the design's passages by the rarer of the question's words they share,
// best first; a passage sharing none is left out.
func rankPassages(d *conversation.Design, stems []string) []scored {
	ps := designPassages(d)
	df := map[string]int{}
	texts := make([]string, len(ps))
	for i, p := range ps {
		texts[i] = strings.ToLower(p.heading + " " + p.text)
		for _, s := range stems {
			if hasWordStem(texts[i], s) {
				df[s]++
			}
		}
	}
	var out []scored
	for i, p := range ps {
		sc := scored{passage: p}
		for _, s := range stems {
			if hasWordStem(texts[i], s) {
				sc.score += math.Log(float64(len(ps)+1) / float64(df[s]))
				sc.hits++
			}
		}
		if sc.hits > 0 {
			out = append(out, sc)
		}
	}
	slices.SortStableFunc(out, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	return out
}

// hasWordStem reports whether a word of text starts with stem: "try" is in "try again" but not
// in "retry", "use" not in "because", so a passage is found for what it says, not for letters.
func hasWordStem(text, stem string) bool {
	for at := 0; ; {
		i := strings.Index(text[at:], stem)
		if i < 0 {
			return false
		}
		i += at
		if i == 0 || !isWordByte(text[i-1]) {
			return true
		}
		at = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// where names the section and sub-heading a passage sits under.
func (p passage) where() string {
	where := p.section.Title()
	if p.heading != "" {
		where += ", " + strings.TrimLeft(p.heading, "0123456789. ")
	}
	return where
}

// short is the passage's text, cut to its first sentences when it is long.
func (p passage) short() string {
	if len(p.text) > 900 {
		return sentences(p.text, 4)
	}
	return p.text
}
