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

// A question about what makes the problem hard ("what happens if a ride breaks down while people
// hold return windows?", "how do you guarantee the ashes returned are the right person's?") names
// a thing of the domain and a way it goes wrong: it stops, loses its link, is taken twice, is
// mixed up with another, is altered afterwards, is half done, changes over time, or is sold
// beyond what there is. The design's answer is in the passage that speaks of both, though rarely
// in the question's words ("breaks down" is "a pause" there, "offline" is "cut off"), so each way
// of going wrong carries the words a design uses when it deals with it. A design that speaks of
// the thing and not of the trouble says so: that is the honest answer, not another domain's.

// cruxConcern is one way a thing of the domain goes wrong: how a question raises it, the word
// beginnings of a passage that deals with it, and what to say when the design does not.
type cruxConcern struct {
	ask  *regexp.Regexp
	says []string
	gap  string // %s is the thing asked about
	// claimed is set for two taking one thing: where the design says nothing of it, the
	// contention answer makes the claim unique, which is better than naming the gap.
	claimed bool
}

var cruxConcerns = []cruxConcern{
	{
		ask:  regexp.MustCompile(`\bbreaks? down\b|\bbroke(?:n)? down\b|\bbroken\b|\bout of (?:service|order|action)\b|\bclosed? (?:for|down|early)\b|\bshuts? down\b|\bstops? (?:running|working)\b|\b(?:is|gets|was) (?:closed|cancel+ed|shut)\b|\bgoes out of\b`),
		says: []string{"pause", "resum", "stop", "close", "cancel", "maintenan", "shift", "resched", "rebook", "refund", "notif", "outage", "moved"},
		gap:  "the design does not say what happens to what is already promised on the %s when it stops: nothing here moves, rebooks or tells the people who hold it. Say what should happen (shift, rebook, refund) and I'll add it.",
	},
	{
		ask:  regexp.MustCompile(`\boffline\b|\b(?:los[et]s?|losing|lost|drops?|without|no) (?:its |their |the |his |her |a )?(?:connection|connectivity|signal|link|network|internet|coverage|gps|reception|wi-?fi)\b|\bcan'?t reach\b|\bcannot reach\b|\bcut off\b|\bunreachable\b`),
		says: []string{"offline", "link", "signal", "local", "sync", "cut off", "buffer", "cached", "reconnect", "dead reckon", "without signal", "without a link"},
		gap:  "the design does not say what the %s does without a connection: nothing here keeps a local copy on it or queues its work to send later. If it must keep working offline, say so and I'll add it.",
	},
	{
		ask:     regexp.MustCompile(`\b(?:two|both|twice|double[- ]?\w*)\b.*\b(?:same|one|last|a single)\b|\bsame\b.*\b(?:two|both|twice|several|many|multiple)\b|\bone \w+ (?:\w+ ){0,3}(?:for|by|on|in|across) (?:two|both|several|many|multiple)\b|\bchang\w* (?:its |the |their )?\w+ while\b`),
		says:    []string{"conditional", "unique", "same second", "twice", "lock", "409", "conflict", "exactly once", "one at a time", "only if", "only one", "matches nothing", "updates nothing"},
		gap:     "the design has no rule that keeps two from taking the same %s at once. Say which must win and I'll add the conditional write that decides.",
		claimed: true,
	},
	{
		ask:  regexp.MustCompile(`\bright (?:person|one|body|patient|family|unit|owner|customer|guest|order|bag|box|item)\b|\bwrong (?:\w+)\b|\bmix(?:ed)?[- ]?ups?\b|\bmixed\b|\bswapp?ed\b|\bmislabel\w*|\bbelongs? to\b|\b(?:gets?|is|was|goes) (?:lost|missing)\b|\bunreadable\b|\bfalls? off\b|\bdamaged\b`),
		says: []string{"label", "tag", "scan", "match", "verif", "barcode", "wristband", "identit", "chain", "refused", "flagged", "reprint", "relabel", "follow from"},
		gap:  "the design does not say how the %s is checked against its own record at each step. Say where the check must happen and I'll add it.",
	},
	{
		ask:  regexp.MustCompile(`\bsame (?:\w+ )?as (?:last|the previous|before|earlier|the one)\b|\bis it the same\b|\bthe same one\b`),
		says: []string{"across", "cycle", "previous", "earlier", "first_seen", "last_seen", "outlive", "history", "tracked", "match", "same spot", "beside"},
		gap:  "the design does not say how a %s found now is matched to the one recorded before. Say what identifies it and I'll add it.",
	},
	{
		ask:  regexp.MustCompile(`\b(?:a |one )?(?:minute|moment|second|few seconds)s? ago\b|\bjust (?:bought|paid|renewed|changed|updated|cancel+ed|booked)\b|\bstale\b|\bout of date\b|\bnot (?:yet )?(?:synced|updated|refreshed)\b`),
		says: []string{"version", "older than", "refresh", "stale", "sync", "lookup", "minutes", "propagat", "at once", "within"},
		gap:  "the design does not say how fast a change to the %s reaches those who check it. Say how stale it may be and I'll add it.",
	},
	{
		ask:  regexp.MustCompile(`\bhold\w* (?:a|the|one|their|my) \w+ (?:\w+ )?(?:while|until|during)\b|\breserv\w* (?:a|the) \w+ (?:while|until)\b|\bwhile (?:someone|somebody|they|the \w+|a \w+) (?:is|are) (?:paying|checking out|deciding)\b`),
		says: []string{"hold", "held", "expire", "release", "sweeper", "minutes", "confirm", "until"},
		gap:  "the design does not hold a %s while someone finishes: it is taken only when the booking is written. Say how long a hold may last and I'll add it.",
	},
	{
		ask:  regexp.MustCompile(`\balter\w*|\btamper\w*|\b(?:edit|chang|rewrit|delet)\w* (?:it )?(?:after|later|afterwards)\b|\bforg\w+|\bprove\b|\bproof\b|\btrustworth\w*|\bnot been changed\b`),
		says: []string{"append", "never updated", "never changed", "immutable", "audit", "hash", "signed", "signature", "movement", "history", "deleted", "worm", "object lock"},
		gap:  "the design does not make the %s record append-only or signed, so it cannot prove it was not changed. Say so and I'll add an append-only log with a hash chain.",
	},
	{
		ask:  regexp.MustCompile(`\bsucceed\w* but\b|\b(?:charged?|paid|pays|captured) but\b|\bbut the \w+(?: \w+)? (?:fails|failed|doesn'?t|never)\b|\bhalf[- ]?(?:done|way|finished)\b|\bpartial(?:ly)?\b|\bfails? to save\b`),
		says: []string{"outbox", "transaction", "hold", "compensat", "reconcil", "idempoten", "refund", "expire", "state machine", "pending", "confirm", "void", "release"},
		gap:  "the design does not say how a half-done %s is completed or undone. Say which side is the truth and I'll add the step that reconciles them.",
	},
	{
		ask:  regexp.MustCompile(`\b(?:is|are) (?:it|they|the \w+|an? \w+) (?:still )?growing\b|\bgetting worse\b|\bworsen\w*|\bprogress\w*|\btrend\w*|\bover time\b|\b(?:last|previous|earlier) (?:year|cycle|inspection|visit|time)\b|\byear (?:to|over|after) year\b`),
		says: []string{"previous", "earlier", "last cycle", "history", "cycle", "measur", "growth", "compar", "trend", "beside", "over time", "each inspection"},
		gap:  "the design does not compare the %s with its earlier records. Say what must be compared and I'll add it.",
	},
	{
		ask:  regexp.MustCompile(`\bover[- ]?(?:allocat|book|sell|sold|fill|commit)\w*|\bbeyond (?:its |the )?(?:\w+ )?capacity\b|\bmore than (?:its|the|there) \w*\s?(?:capacity|room|seats|places)\b|\bexceed\w*`),
		says: []string{"capacity", "limit", "throughput", "closes", "cap ", "overbook", "<=", "no more than", "counted", "beyond"},
		gap:  "the design sets no limit on what the %s can take. Say the limit and I'll add the check that enforces it.",
	},
}

// cruxKin are words a question and a design use for the same thing of a domain.
var cruxKin = map[string][]string{
	"slot": {"session", "sitting"}, "session": {"slot"}, "ash": {"remains", "cremains"}, "body": {"deceased", "decedent"},
	"scanner": {"scan"}, "handheld": {"device"}, "phone": {"device", "app"}, "crack": {"defect"}, "ride": {"attraction", "queue"}, "car": {"vehicle", "plate"},
	"vehicle": {"car", "plate"}, "guest": {"visitor"}, "card": {"payment"}, "engineer": {"inspector", "reviewer"},
}

// cruxStop are words of a question that say neither what it is about nor what goes wrong.
var cruxStop = set("guarantee", "ensure", "sure", "stop", "prevent", "avoid", "happen", "happens", "people", "someone", "person", "thing", "things", "way", "able", "tell", "whether", "really", "never", "ever", "make", "while", "then", "after", "before", "once", "midway", "middle", "returned", "found", "several", "given", "hold", "holding", "get", "gets", "keep")

// cruxTrouble are the words a question says its trouble with, not its thing.
var cruxTrouble = set("break", "breaks", "broke", "broken", "down", "out", "service", "action", "closed", "close", "shut", "shuts", "stops", "running", "working", "cancelled", "canceled",
	"offline", "lose", "loses", "lost", "losing", "drop", "drops", "without", "connection", "connectivity", "signal", "link", "network", "internet", "coverage", "reception", "wifi", "gps", "reach", "cut", "unreachable", "can't", "cannot",
	"two", "both", "twice", "double", "same", "once", "simultaneous", "simultaneously", "concurrent", "concurrently",
	"right", "wrong", "mix", "mixed", "swapped", "belong", "belongs", "last", "previous", "before", "earlier",
	"alter", "altered", "tamper", "tampered", "edit", "edited", "change", "changed", "afterwards", "later", "prove", "proof", "wasn't", "isn't",
	"succeed", "succeeds", "succeeded", "but", "charged", "paid", "pays", "fails", "failed", "fail", "save", "half", "partial", "partially",
	"grow", "grows", "growing", "growth", "worse", "trend", "over", "year", "beyond", "capacity", "exceed", "exceeds", "more", "overbook", "oversell", "allocated", "over-allocated", "overbooked", "oversold",
	"missing", "unreadable", "falls", "damaged", "ago", "just", "stale", "while", "paying", "checking", "deciding", "until", "during", "conflicting")

// cruxAsk is a question's concern and the words that name what it is about.
type cruxAsk struct {
	concern cruxConcern
	subject []string // the question's words for its thing, in order
	thing   string   // the first run of them, for saying what is not covered
}

// readCrux reads a question about the domain's hard part, or ok is false.
func readCrux(q string) (cruxAsk, bool) {
	var c cruxAsk
	found := false
	for _, cc := range cruxConcerns {
		if cc.ask.MatchString(q) {
			c.concern, found = cc, true
			break
		}
	}
	if !found {
		return c, false
	}
	var run []string
	for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'') }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		if len(w) < 3 || cruxTrouble[w] || stopWords[w] || questionStop[w] || whoStop[w] || eventFiller[w] || cruxStop[w] || timeWords[w] {
			if len(run) > 0 && c.thing == "" {
				c.thing = thingOf(run)
			}
			run = nil
			continue
		}
		run = append(run, w)
		if w = singularNoun(w); !slices.Contains(c.subject, w) {
			c.subject = append(c.subject, w)
		}
	}
	if c.thing == "" && len(run) > 0 {
		c.thing = thingOf(run)
	}
	return c, len(c.subject) > 0
}

// cruxMentions reports whether text has a word sharing the question word's beginning ("scanner" is
// in "scanned", "windows" in "window"), or one of its kin.
func cruxMentions(words []string, w string) bool {
	for _, alt := range append([]string{w}, cruxKin[w]...) {
		p := alt[:min(len(alt), 5)]
		if len(alt) > 5 && strings.HasSuffix(alt, "er") {
			p = alt[:len(alt)-2] // "scanner" is the one who scans
			if n := len(p); p[n-1] == p[n-2] {
				p = p[:n-1]
			}
		}
		if slices.ContainsFunc(words, func(x string) bool { return strings.HasPrefix(x, p) && len(x) >= min(len(p), 4) }) {
			return true
		}
	}
	return false
}

// cruxScored is a passage with how much of the question's thing and trouble it speaks of.
type cruxScored struct {
	passage
	subject, concern int
}

// cruxSections are where a design says how it works, rather than what was asked of it.
var cruxSections = []conversation.SectionID{conversation.DeepDive, conversation.DataFlow, conversation.DataModel, conversation.Reliability, conversation.Tradeoffs, conversation.Scalability, conversation.Security}

// rankCrux orders the design's passages by the question's thing and trouble they speak of.
func rankCrux(g bot.Grounding, c cruxAsk) []cruxScored {
	d := g.Design
	var out []cruxScored
	for _, p := range designPassages(d) {
		if !slices.Contains(cruxSections, p.section) || len(p.text) < 60 || strings.HasSuffix(p.text, "?") ||
			strings.HasPrefix(p.text, "|") || strings.Contains(strings.ToLower(p.heading), "monitoring") || strings.Contains(p.heading, "Self-review") || strings.Contains(p.heading, "Open questions") {
			continue
		}
		text := strings.ToLower(p.heading + " " + p.text)
		// A thing said only inside a part's name ("Defect model workers") is not spoken of.
		bare := strings.ToLower(p.heading + " " + p.text)
		for _, comp := range g.Components {
			bare = strings.ReplaceAll(bare, strings.ToLower(comp.Name), " ")
		}
		words := wordsOf(bare)
		sc := cruxScored{passage: p}
		for _, w := range c.subject {
			if cruxMentions(words, w) {
				sc.subject++
			}
		}
		for _, s := range c.concern.says {
			if strings.Contains(text, s) {
				sc.concern++
			}
		}
		if sc.subject > 0 {
			out = append(out, sc)
		}
	}
	slices.SortStableFunc(out, func(a, b cruxScored) int {
		return cmp.Compare(2*b.subject+min(b.concern, 3), 2*a.subject+min(a.concern, 3))
	})
	return out
}

// thingOf names the thing of a run of question words: its last two, unless the second says
// what the first does ("a courier accepts" is the courier).
func thingOf(run []string) string {
	if len(run) >= 2 {
		last := run[len(run)-1]
		if strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing") {
			return singularNoun(run[len(run)-2])
		}
		return run[len(run)-2] + " " + singularNoun(last)
	}
	return singularNoun(strings.Join(run, " "))
}

// cruxScore weighs a passage: what it is about counts double what it does about the trouble.
func cruxScore(sc cruxScored) int { return 2*sc.subject + min(sc.concern, 3) }

// namesPart reports whether the question names one of the design's parts by its own name
// ("the enforcement handheld"): its failure or its work has answers of its own.
func namesPart(g bot.Grounding, q string) bool {
	for _, c := range g.Components {
		n := strings.ToLower(c.Name)
		if strings.Contains(q, n) || len(n) > 4 && strings.Contains(q, strings.TrimSuffix(n, "s")) {
			return true
		}
	}
	return false
}

// quotedRe finds the words the self-review quotes from the problem: “heats”.
var quotedRe = regexp.MustCompile(`“([^”]+)”`)

// undesigned is what the design's self-review says was asked for and not designed, among the
// question's words: the honest answer to a question about it.
func undesigned(d *conversation.Design, c cruxAsk) []string {
	var out []string
	for _, p := range designPassages(d) {
		if !strings.Contains(p.text, "Asked for but not designed") {
			continue
		}
		for _, m := range quotedRe.FindAllStringSubmatch(p.text, -1) {
			w := strings.ToLower(m[1])
			if slices.ContainsFunc(c.subject, func(x string) bool { return cruxMentions([]string{w}, x) || cruxMentions([]string{x}, w) }) && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// answerCrux answers a question about the domain's hard part from the passages of the design
// that speak of its thing and its trouble, in the design's words; or, when the design speaks of
// the thing and not of the trouble, says what it does with the thing and what it leaves out. A
// question that names a part outright, or a race on a record the design keeps, has answers of
// its own.
func answerCrux(g bot.Grounding, q string) string {
	if siteCutRe.MatchString(q) {
		// Losing a link has reasoned answers that know a person's app from a machine and a site;
		// the passages answer only what those leave.
		return ""
	}
	c, ok := readCrux(q)
	if ok && c.concern.claimed {
		return "" // two after one thing: the contention answer's, which knows the records and claims
	}
	return cruxAnswerFor(g, q, c, ok)
}

// cruxAnswer answers from the passages whatever kind of trouble the question asks about: the
// last resort of Answer, for a question none of the reasoned answers took.
func cruxAnswer(g bot.Grounding, q string) string {
	c, ok := readCrux(q)
	return cruxAnswerFor(g, q, c, ok)
}

// cruxAnswerFor is cruxAnswer for a question already read (ok false: not about a hard part).
func cruxAnswerFor(g bot.Grounding, q string, c cruxAsk, ok bool) string {
	if !ok || g.Design == nil || namesPart(g, q) {
		return ""
	}
	if _, ok := entityEndingIn(newRenderer(g), sameNoun(q)); ok && contentionRe.MatchString(q) {
		return "" // a race on a row the design keeps: the conditional write that decides is its answer
	}
	ranked := rankCrux(g, c)
	dealt := slices.DeleteFunc(slices.Clone(ranked), func(sc cruxScored) bool { return sc.concern == 0 })
	slices.SortStableFunc(dealt, func(a, b cruxScored) int { return cmp.Compare(cruxScore(b), cruxScore(a)) })
	words := append(slices.Clone(c.subject), c.concern.says...)
	missing := undesigned(g.Design, c)
	gap := ""
	if len(missing) > 0 {
		gap = fmt.Sprintf("\n- **Not covered:** the design's self-review lists “%s” as asked for but not designed, so nothing in it records or checks that yet.", strings.Join(missing, "”, “"))
	}
	if len(dealt) > 0 && dealt[0].subject+dealt[0].concern >= 3 {
		var b strings.Builder
		b.WriteString("**What the design does about that.**")
		var cites []conversation.SectionID
		seen := map[string]bool{}
		for _, sc := range dealt {
			if len(seen) == 2 || sc.subject+sc.concern < 3 || 4*cruxScore(sc) < 3*cruxScore(dealt[0]) {
				break
			}
			if seen[sc.where()] {
				continue
			}
			seen[sc.where()] = true
			fmt.Fprintf(&b, "\n- %s: %s", sc.where(), speaking(sc.text, stemsOf(words)))
			if !slices.Contains(cites, sc.section) {
				cites = append(cites, sc.section)
			}
		}
		if parts := cruxParts(g, b.String()); len(parts) > 0 {
			fmt.Fprintf(&b, "\n- Parts involved: %s.", strings.Join(parts, ", "))
		}
		return b.String() + gap + "\n" + cite(cites...)
	}
	// The design speaks of the thing but not of this trouble: what it does with it, and the gap;
	// unless one of its parts is there for the trouble ("re-accommodates passengers of a
	// cancelled sailing"), which the answers that find a part by its work say better.
	for _, comp := range g.Components {
		work := strings.ToLower(partWork(comp.Description))
		if comp.Kind != "client" && slices.ContainsFunc(c.concern.says, func(w string) bool { return strings.Contains(work, w) }) && gap == "" {
			return ""
		}
	}
	ranked = slices.DeleteFunc(ranked, func(sc cruxScored) bool { return sc.section == conversation.Security })
	if c.thing == "" || c.concern.claimed {
		return ""
	}
	head := lastWord(c.thing)
	ranked = slices.DeleteFunc(ranked, func(sc cruxScored) bool {
		return !cruxMentions(wordsOf(strings.ToLower(sc.heading+" "+sc.text)), head)
	})
	if len(ranked) == 0 {
		if gap == "" {
			return ""
		}
		title := missing[0]
		for _, w := range missing {
			if strings.HasPrefix(w, lastWord(c.thing)[:min(4, len(lastWord(c.thing)))]) {
				title = w
				break
			}
		}
		return fmt.Sprintf("**The design does not cover the %s yet.**%s\n%s", title, gap, cite(conversation.Tradeoffs))
	}
	top := ranked[0]
	if gap == "" {
		gap = "\n- **Not covered:** " + fmt.Sprintf(c.concern.gap, c.thing)
	}
	return fmt.Sprintf("**What the design says about the %s, and what it leaves out.**\n- %s: %s%s\n%s",
		c.thing, top.where(), speaking(top.text, stemsOf(c.subject)), gap, cite(top.section))
}

// stemsOf cuts words to the beginnings speaking matches sentences by.
func stemsOf(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		out = append(out, strings.TrimSpace(w[:min(len(w), 5)]))
	}
	return out
}

// cruxParts lists the design's components an answer names, in the design's order.
func cruxParts(g bot.Grounding, text string) []string {
	var out []string
	for _, c := range g.Components {
		if c.Kind != "client" && strings.Contains(text, c.Name) {
			out = append(out, c.Name)
		}
	}
	return out
}
