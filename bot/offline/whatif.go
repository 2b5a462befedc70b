package offline

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A what-if is either a question about how the design behaves ("what if someone cancels their
// pass, how fast do the gates know?", "what if two patients reply at once?") or a proposal to
// change it ("what if we used DynamoDB?", "what if the gates cached the list?"). English tells
// them apart by who does what: a proposal has the designers as its subject (we, you) or puts a
// part of the design in the past or the subjunctive (used, were stored, could), names a
// technology or a new region; a question has someone or something in the world doing something
// now (cancels, loses, replies), or asks its own question after the event.

// whatIfOpenRe finds a what-if and takes what follows it: "<subject> <event>[, <question>?]".
var whatIfOpenRe = regexp.MustCompile(`^(?:what if|what happens (?:if|when)|suppose|imagine(?: that)?|say)\s+(.+)$`)

// proposerRe finds a what-if whose subject is the people designing: "we used", "you dropped",
// "there were a waitlist".
var proposerRe = regexp.MustCompile(`^(?:we|i|you|us|our team|there (?:is|was|were|are)|instead)\b`)

// askedAfterRe finds a question of its own after the event: ", how fast do the gates know?",
// "— does the reminder still go out?".
var askedAfterRe = regexp.MustCompile(`(?:[,;:]|\s[—–-])\s*(?:and\s+|then\s+|so\s+)?(?:how|what|who|when|which|where|why|does|do|did|is|are|was|will|would|can|could|should|has|have)\b[^,;]*\?\s*$`)

// proposedRe finds a part of the design put in the past or the subjunctive ("the gates cached
// the list", "passes were kept in DynamoDB", "users could pay by card"): a proposal, unless what
// follows says something cannot happen ("could not pay").
var proposedRe = regexp.MustCompile(`\b(?:used|were (?:stored|kept|cached|moved|sharded|replaced|split|sent|done|written|read)|was (?:stored|kept|cached|moved|replaced|split|sent|done)|could(?: also)? (?:\w+)|were able to|cached|ran on|moved to|switched|had (?:a|an|its|their|our|one)|instead of|rather than|multi-?region|multiple regions)\b`)

// cannotRe finds what cannot happen: "could not", "can't", "couldn't".
var cannotRe = regexp.MustCompile(`\bcould(?:n't| not)\b|\bcan(?:'t|not| not)\b`)

// speedRe finds a question about how soon something follows: the design says its bounds with
// "within" ("within a minute"), and a passage that bounds the event answers it.
var speedRe = regexp.MustCompile(`\bhow (?:fast|quickly|soon|long|late)\b|\bhow much later\b|\b(?:delay|lag)\b`)

// asksHowItBehaves reports whether a what-if asks how the design behaves when something happens
// rather than proposing a change to it. Anything else is left to the readings of changes.
func asksHowItBehaves(t string) bool {
	m := whatIfOpenRe.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	rest := strings.TrimSpace(m[1])
	if proposerRe.MatchString(rest) || len(allTechs(rest)) > 0 {
		return false
	}
	if askedAfterRe.MatchString(rest) {
		return true
	}
	if proposedRe.MatchString(rest) && !cannotRe.MatchString(rest) {
		return false
	}
	return true
}

// supposeRe finds a question put as a supposition; "what happens when" has answers of its own.
var supposeRe = regexp.MustCompile(`^(?:what if|suppose|imagine|say)\b`)

// conditionRe finds an event put as a condition: "if a member's card bounces, ...".
var conditionRe = regexp.MustCompile(`^(?:if|when|once|as soon as|after|whenever)\s+`)

// proposedSwapRe finds a swap proposed as a what-if in the past or present tense: "what if we
// switched the entitlement DB to DynamoDB?" asks for what "switch the entitlement DB to DynamoDB"
// does.
var proposedSwapRe = regexp.MustCompile(`^(?:what if|what about if|how about if|suppose)\s+we\s+(?:were to\s+|instead\s+)?(used|switched|moved|migrated|replaced|swapped)\b`)

// asSwap reads a what-if swap as the request it proposes.
func asSwap(t string) string {
	m := proposedSwapRe.FindStringSubmatchIndex(t)
	if m == nil {
		return t
	}
	verb := map[string]string{"used": "use", "switched": "switch", "moved": "move", "migrated": "migrate", "replaced": "replace", "swapped": "swap"}[t[m[2]:m[3]]]
	return verb + strings.TrimRight(t[m[3]:], "?")
}

// whoStop are the words of who does it in an event, or of when, not of what happens: "what if
// someone cancels their pass" is about cancelling a pass, and "a session that is already booked"
// about a booked session.
var whoStop = map[string]bool{"someone": true, "somebody": true, "anyone": true, "anybody": true, "their": true, "his": true, "her": true, "later": true, "suppose": true, "imagine": true,
	"already": true, "still": true, "just": true, "yet": true}

// eventStems are the question's words that say what happens.
func eventStems(q string) []string {
	var out []string
	for _, w := range significant(q) {
		if s := stem(w); !questionStop[w] && !whoStop[w] && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// answerBehaviour answers a what-if about something happening in the world from the design's
// own passages that speak of it: the requirement that bounds it, the use case or flow that walks
// through it, the deep dive that reasons about it; up to three, each from a different place. A
// failure of a part and a what-if on the numbers have reasoned answers of their own.
func answerBehaviour(g bot.Grounding, q string) string {
	supposed := supposeRe.MatchString(q) && asksHowItBehaves(q)
	// "if someone cancels their pass, how fast do the gates know?": a condition, then a question.
	conditioned := conditionRe.MatchString(q) && askedAfterRe.MatchString(q) && !proposerRe.MatchString(conditionRe.ReplaceAllString(q, ""))
	if g.Design == nil || !supposed && !conditioned || failRe.MatchString(q) {
		return ""
	}
	if _, ok := planScale(g, q); ok {
		return ""
	}
	stems := eventStems(q)
	if subject, _, _, ok := domainEvent(g, q); ok {
		// Who does it is not what happens: "a game master" is in every passage about their
		// app, sign-in included; what they cancel is the question.
		who := eventStems(subject)
		stems = slices.DeleteFunc(stems, func(s string) bool { return slices.Contains(who, s) })
	}
	if speedRe.MatchString(q) {
		stems = append(stems, "within", "bound")
	}
	ranked := slices.DeleteFunc(rankPassages(g.Design, stems), func(sc scored) bool {
		// An open question answers nothing; the overview only names what the sections say.
		// A bare line ("Fridges report readings") says nothing of what happens, and dashboards
		// list what is watched, not what the design does.
		return strings.HasSuffix(sc.text, "?") || sc.section == conversation.Overview || len(sc.text) < 60 ||
			strings.Contains(strings.ToLower(sc.heading), "monitoring")
	})
	own, event := eventStems(q), eventStems(askedAfterRe.ReplaceAllString(q, ""))
	for i := range ranked {
		// A passage whose heading names the question's words is about them, not merely near
		// them; one that speaks of the event itself (the cancelling, not the gates) comes first.
		ranked[i].score += headingScore(ranked[i].heading, own) + headingScore(ranked[i].text, event)
	}
	slices.SortStableFunc(ranked, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	if len(ranked) == 0 || ranked[0].hits < 2 || float64(ranked[0].hits) < 0.4*float64(len(stems)) {
		return ""
	}
	var b strings.Builder
	b.WriteString("**What the design does then.**")
	var cites []conversation.SectionID
	seen := map[string]bool{}
	for _, sc := range ranked {
		if len(seen) == 3 || sc.hits < 2 || sc.score < ranked[0].score/2 {
			break
		}
		if seen[sc.where()] {
			continue
		}
		seen[sc.where()] = true
		fmt.Fprintf(&b, "\n- %s: %s", sc.where(), speaking(sc.text, stems))
		if !slices.Contains(cites, sc.section) {
			cites = append(cites, sc.section)
		}
	}
	return b.String() + "\n" + cite(cites...)
}

// headingScore weighs the question's words a heading shares: one each.
func headingScore(heading string, stems []string) float64 {
	h := strings.ToLower(heading)
	n := 0.0
	for _, s := range stems {
		if strings.Contains(h, s) {
			n++
		}
	}
	return n
}

// speaking keeps the sentences of a passage that share the most of the question's words, up to
// three in their order; a passage with none of them in one sentence is cut to its first ones.
func speaking(text string, stems []string) string {
	ss := splitSentences(text)
	hits := make([]int, len(ss))
	for i, s := range ss {
		l := strings.ToLower(s)
		for _, st := range stems {
			if strings.Contains(l, st) {
				hits[i]++
			}
		}
	}
	order := make([]int, len(ss))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(hits[b], hits[a]) })
	var keep []int
	for _, i := range order {
		if hits[i] > 0 && len(keep) < 3 {
			keep = append(keep, i)
		}
	}
	if len(keep) == 0 {
		return passage{text: text}.short()
	}
	slices.Sort(keep)
	out := make([]string, len(keep))
	for j, i := range keep {
		out[j] = ss[i]
	}
	return strings.Join(out, " ")
}

// splitSentences cuts text after each ". " that ends a sentence.
func splitSentences(text string) []string {
	var out []string
	for text != "" {
		i := strings.Index(text, ". ")
		if i < 0 {
			return append(out, text)
		}
		out = append(out, text[:i+1])
		text = strings.TrimSpace(text[i+2:])
	}
	return out
}
