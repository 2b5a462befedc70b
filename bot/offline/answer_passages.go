package offline

import (
	"fmt"
	"math"
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
			case t == "" || strings.HasPrefix(t, "```") || strings.HasPrefix(t, "|---") || strings.HasPrefix(t, ">"):
				// A quoted line is the asker's own statement: it shares every word of a question
				// about the product and answers none of them.
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
	if g.Design == nil {
		return ""
	}
	stems := questionStems(q)
	if len(stems) < least {
		return "" // a short question is a topic's, not a passage's
	}
	ps := designPassages(g.Design)
	df := map[string]int{}
	texts := make([]string, len(ps))
	for i, p := range ps {
		texts[i] = strings.ToLower(p.heading + " " + p.text)
		for _, s := range stems {
			if strings.Contains(texts[i], s) {
				df[s]++
			}
		}
	}
	best, bestScore, bestHits := -1, 0.0, 0
	for i := range ps {
		score, hits := 0.0, 0
		for _, s := range stems {
			if strings.Contains(texts[i], s) {
				score += math.Log(float64(len(ps)+1) / float64(df[s]))
				hits++
			}
		}
		if score > bestScore {
			best, bestScore, bestHits = i, score, hits
		}
	}
	if best < 0 || bestHits < 3 || float64(bestHits) < 0.4*float64(len(stems)) {
		return ""
	}
	p := ps[best]
	where := p.section.Title()
	if p.heading != "" {
		where += ", " + strings.TrimLeft(p.heading, "0123456789. ")
	}
	text := p.text
	if len(text) > 900 {
		text = sentences(text, 4)
	}
	return fmt.Sprintf("**From %s:** %s %s", where, text, cite(p.section))
}
