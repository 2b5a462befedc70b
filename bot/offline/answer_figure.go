package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// figureRe finds a figure as the design writes it: "19.8K", "8333", "46.3 TB", "1.5M".
var figureRe = regexp.MustCompile(`(?i)\b\d[\d,]*(?:\.\d+)?\s?(?:[kmbt]\b|[kmgtp]b\b)?`)

// originRe finds a question about where a figure comes from.
var originRe = regexp.MustCompile(`\bwhere\b|come[s]? from|\bhow (?:did|do|does) (?:you|it|that|this|we) (?:get|arrive|reach|compute|calculate|derive|work out|come)|\bwhy\b|deriv\w*|calculat\w*|comput\w*|\bright\b|\bexplain\b|\bjustify\b|\bbreak down\b|\bbased on\b`)

// premiseRe finds a question that asks for another figure from a quoted one ("how many nodes
// does 500K writes/s need, and why?").
var premiseRe = regexp.MustCompile(`^(?:so\s+)?how (?:many|much|big|large|long)\b`)

// answerFigure answers a question that quotes one of the design's computed figures ("where does
// the 19.8K deliveries per second come from?") with the step of the capacity model that yields
// it, the assumptions that step rests on, and what it is at peak for the part the question names:
// a figure is explained by its arithmetic, not by the deep dive whose words are nearest.
func answerFigure(g bot.Grounding, q string) string {
	if !originRe.MatchString(q) || premiseRe.MatchString(q) {
		return "" // "how many nodes does 500K writes/s need" uses a figure, it does not ask for it
	}
	step, fig := stepFor(g.Capacity, q)
	if step == "" {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**Where %s comes from.** %s.\n", fig, strings.TrimSuffix(step, "."))
	if as := assumptionsOf(g.Capacity, step); len(as) > 0 {
		fmt.Fprintf(&b, "- It rests on: %s. State a better figure and everything that follows from it is recomputed.\n", strings.Join(as, "; "))
	}
	c := g.Capacity
	if strings.HasSuffix(step, "/s") && c.WriteQPS > 0 && c.PeakWriteQPS > c.WriteQPS*1.05 && !strings.Contains(step, "peak") {
		fmt.Fprintf(&b, "- That is an average: busy hours bring it to ≈ %sx, the peak factor the write rate takes.\n", conversation.Human(c.PeakWriteQPS/c.WriteQPS))
	}
	if t, ok := target(g, q); ok && t.Kind != "client" {
		fmt.Fprintf(&b, "- It is the work of %s (%s): %s.\n", t.Name, t.Technology, strings.TrimSuffix(t.Description, "."))
	}
	return b.String() + cite(conversation.CapacityID)
}

// stepFor is the capacity step whose result is a figure the question quotes, and that figure.
func stepFor(c conversation.Capacity, q string) (string, string) {
	for _, f := range figureRe.FindAllString(q, -1) {
		f = strings.TrimSpace(f)
		if len(strings.Trim(f, "0123456789")) == 0 && len(f) < 3 {
			continue // "3 replicas", "a 5": too short to name a figure
		}
		for _, s := range c.Steps {
			_, result, ok := strings.Cut(s, "=")
			if !ok {
				_, result, ok = strings.Cut(s, "≈")
			}
			if m, found := figureIn(result, f); ok && found {
				return s, m
			}
		}
		// A flow's peak is its average step times the peak factor.
		for _, fl := range c.Flows {
			if m, found := figureIn(conversation.Human(fl.PeakPerSec)+"/s", f); found && fl.PerSec > 0 && fl.PeakPerSec > fl.PerSec {
				for _, s := range c.Steps {
					if strings.HasPrefix(s, fl.Name+":") {
						return fmt.Sprintf("%s; at peak, × %s = %s/s", s, conversation.Human(fl.PeakPerSec/fl.PerSec), conversation.Human(fl.PeakPerSec)), m
					}
				}
			}
		}
	}
	return "", ""
}

// figureIn finds the figure f in text as a whole number, not inside a longer one, and returns it
// as text writes it.
func figureIn(text, f string) (string, bool) {
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), " ", "")) }
	for _, m := range figureRe.FindAllString(text, -1) {
		if norm(m) == norm(f) {
			return strings.TrimSpace(m), true
		}
	}
	return "", false
}

// assumptionsOf lists the assumptions whose figures the step's arithmetic uses.
func assumptionsOf(c conversation.Capacity, step string) []string {
	left, _, _ := strings.Cut(step, "=")
	name, _, _ := strings.Cut(step, ":")
	var nums []string
	for _, m := range figureRe.FindAllString(left, -1) {
		if m = strings.TrimSpace(m); len(m) >= 2 {
			// A single digit ("× 1", "× 5") is in too many assumptions to say which one.
			nums = append(nums, strings.ToLower(m))
		}
	}
	name = strings.ToLower(strings.TrimSpace(name))
	var flows []string
	for _, f := range c.Flows {
		flows = append(flows, strings.ToLower(f.Name))
	}
	var out []string
	for _, a := range c.Assumptions {
		la := strings.ToLower(a)
		label, _, _ := strings.Cut(la, ":")
		if slices.Contains(flows, label) && !strings.HasPrefix(name, label) {
			continue // another flow's figure
		}
		uses := slices.ContainsFunc(nums, func(n string) bool { _, ok := figureIn(la, n); return ok })
		if (uses || strings.Contains(name, label)) && !slices.Contains(out, a) && len(out) < 4 {
			out = append(out, a)
		}
	}
	return out
}
