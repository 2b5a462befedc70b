package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A question about how one part learns or decides something ("how does the exit lane know the
// stay was paid?") is about the parts it names: it is answered from a passage of the design that
// speaks of those parts and of what the question asks, and when none does, by saying so with
// what the design does say of the parts. A part named in the words of another kind of system
// (a secrets store's "barrier") is not looked for while a part of this design answers to them.

// partsNamed lists the design's components a question names by their name or an alias, as
// whole words, with the words that named them.
func partsNamed(g bot.Grounding, q string) map[string][]string {
	padded := wordsPadded(q)
	out := map[string][]string{}
	for _, c := range g.Components {
		for _, n := range append([]string{strings.ToLower(c.Name)}, aliasesOf(c)...) {
			for _, form := range []string{n, strings.TrimSuffix(n, "s")} {
				if len(form) >= 4 && strings.Contains(padded, wordsPadded(form)) {
					out[c.Name] = append(out[c.Name], removalWords(form)...)
				}
			}
		}
	}
	return out
}

var howKnowsRe = regexp.MustCompile(`^how (?:does|do|is|are|will|would|can)\b.*\b(?:know|knows|learn|learns|find out|tell|tells|decide|decides|hear|hears|get told|notice|notices)\b`)

// answerNamedParts answers a "how does <part> know …" question from the passage that names the
// part and the most of the rest of the question.
func answerNamedParts(g bot.Grounding, q string) string {
	if g.Design == nil || !howKnowsRe.MatchString(q) {
		return ""
	}
	parts := partsNamed(g, q)
	if len(parts) == 0 {
		return ""
	}
	var partWords, names []string
	for name, ws := range parts {
		partWords = append(partWords, ws...)
		names = append(names, name)
	}
	slices.Sort(names)
	var topic []string
	for _, s := range questionStems(q) {
		if len(s) > 4 {
			s = strings.TrimSuffix(strings.TrimSuffix(s, "ed"), "ing") // "freed" finds "free"
		}
		if !slices.Contains(partWords, s) && !slices.Contains([]string{"doe", "know", "learn", "tell", "find", "out", "decid", "check", "see", "hear", "notic", "updat"}, s) {
			topic = append(topic, s)
		}
	}
	best, bestN, bestSaid := passage{}, 0, 0
	for _, p := range designPassages(g.Design) {
		text := strings.ToLower(p.heading + " " + p.text)
		said := 0
		for _, w := range partWords {
			said += len(regexp.MustCompile(`\b`+regexp.QuoteMeta(w)).FindAllString(text, -1))
		}
		if said == 0 {
			continue
		}
		n := 0
		for _, s := range topic {
			if strings.Contains(text, s) {
				n++
			}
		}
		// What the question asks decides; how often the passage names the part breaks a tie.
		if n > 0 && 10*n+min(said, 9) > 10*bestN+bestSaid {
			best, bestN, bestSaid = p, n, min(said, 9)
		}
	}
	if bestN >= min(2, len(topic)) {
		where := best.section.Title()
		if best.heading != "" {
			where += ", " + strings.TrimLeft(best.heading, "0123456789. ")
		}
		return fmt.Sprintf("**From %s:** %s %s", where, sentences(best.text, 4), cite(best.section))
	}
	c := g.Components[slices.IndexFunc(g.Components, func(c conversation.Component) bool { return c.Name == names[0] })]
	they, learn, them, do := "it", "learns", "it", "it does"
	if strings.HasSuffix(c.Name, "s") {
		they, learn, them, do = "they", "learn", "them", "they do"
	}
	return fmt.Sprintf("I don't know from this design: it says of %s only that %s %s, and nothing about %s. To answer it, the design would need the step where %s %s it: which part tells %s, over what link, and what %s when that part is unreachable. %s",
		c.Name, they, lowerFirst(strings.TrimSuffix(neededForRe.ReplaceAllString(c.Description, ""), ".")), strings.Join(topic, ", "), c.Name, learn, them, do, cite(conversation.Architecture, conversation.DataFlow))
}

// clientDown answers the failure of a device or an app: it runs where its users are, one per
// place, so one out stops only its own place; what covers it is what the design says, if it does.
func clientDown(g bot.Grounding, c conversation.Component) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**If one of %s fails**\n", c.Name)
	fmt.Fprintf(&b, "- They %s; each runs where its users are, so one out of order stops that job at its own spot, not across the design.\n", lowerFirst(strings.TrimSuffix(neededForRe.ReplaceAllString(c.Description, ""), ".")))
	words := removalWords(c.Name)
	for _, a := range aliasesOf(c) {
		words = append(words, removalWords(a)...)
	}
	var ps []passage
	if g.Design != nil {
		ps = designPassages(g.Design)
	}
	for _, p := range ps {
		if p.section != conversation.Reliability && p.section != conversation.DeepDive {
			continue
		}
		text := strings.ToLower(p.text)
		if slices.ContainsFunc(words, func(w string) bool { return len(w) >= 4 && strings.Contains(text, w) }) && regexp.MustCompile(`\b(fail|down|out of order|offline|broken|manual|fallback|override|remote)`).MatchString(text) {
			fmt.Fprintf(&b, "- From %s: %s\n", p.section.Title(), sentences(p.text, 2))
			return b.String() + cite(p.section, conversation.Architecture)
		}
	}
	fmt.Fprintf(&b, "- I don't know from this design what covers one of %s while it is out (a spare, a manual fallback, someone acting remotely): it does not say. %s", c.Name, cite(conversation.Architecture))
	return b.String()
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
