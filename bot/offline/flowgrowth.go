package offline

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// flowGrowthRe finds a stated flow said to grow by a factor: "orders triple", "the order volume
// doubles", "what if bookings quadruple for a week?".
var flowGrowthRe = regexp.MustCompile(`(?i)\b([a-z-]+)(?:\s+(?:volume|count|rate|traffic|numbers))?\s+(doubles?|doubled|triples?|tripled|quadruples?|quadrupled|halves|halve)\b`)

// flowGrownRe finds the factor said first: "black friday triples the order volume".
var flowGrownRe = regexp.MustCompile(`(?i)\b(doubles?|doubled|triples?|tripled|quadruples?|quadrupled|halves|halve)\s+(?:the\s+|our\s+)?([a-z-]+)\b`)

var growthFactors = map[string]float64{"double": 2, "doubles": 2, "doubled": 2, "triple": 3, "triples": 3, "tripled": 3,
	"quadruple": 4, "quadruples": 4, "quadrupled": 4, "halve": 0.5, "halves": 0.5}

// flowGrowth grows the stated flows a what-if names ("orders triple") and nothing else: a
// warehouse's pickers scan at their own pace whatever the orders do, and the lines of each order
// follow the orders.
func flowGrowth(g bot.Grounding, t string) (*change, bool) {
	type said struct {
		noun string
		k    float64
	}
	var asked []said
	for _, m := range flowGrowthRe.FindAllStringSubmatch(t, -1) {
		asked = append(asked, said{singularNoun(strings.ToLower(m[1])), growthFactors[strings.ToLower(m[2])]})
	}
	for _, m := range flowGrownRe.FindAllStringSubmatch(t, -1) {
		asked = append(asked, said{singularNoun(strings.ToLower(m[2])), growthFactors[strings.ToLower(m[1])]})
	}
	w := g.Requirements.Workload.Clone()
	var grown []string
	var noun string
	var k float64
	for _, a := range asked {
		for i, f := range w.Flows {
			if f.Source == conversation.Stated && f.ItemsOf == "" && singularNoun(lastWord(strings.ToLower(f.Name))) == a.noun {
				w.Flows[i].Count *= a.k
				grown, noun, k = append(grown, f.Name), a.noun, a.k
			}
		}
		if len(grown) > 0 {
			break
		}
	}
	if len(grown) == 0 {
		return nil, false
	}
	w.Notes = append(w.Notes, fmt.Sprintf("%s: %s× in conversation; only %s scaled, with what is counted per each", strings.Join(grown, ", "), conversation.Human(k), strings.Join(grown, ", ")))
	return resized(g, w, []string{fmt.Sprintf("%s× the %s", conversation.Human(k), pluralNoun(noun))}, ""), true
}
