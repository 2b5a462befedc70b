package offline

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// conditionalRe finds a question about an operation that must read and write one item as one
// step: compare-and-set, put-if-absent, an atomic increment, an optimistic lock.
var conditionalRe = regexp.MustCompile(`compare[- ]and[- ](?:set|swap)|\bcas\b|check[- ]and[- ]set|conditional (?:write|put|update|insert)|put[- ]if[- ]absent|insert[- ]if[- ]not[- ]exists|optimistic (?:lock\w*|concurrency)|\batomic(?:ally)?\b.*\b(?:increment\w*|updat\w*|swap\w*|writ\w*|set\w*|counter\w*|put\w*)\b|\b(?:increment\w*|updat\w*|writ\w*|set\w*|put\w*)\b.*\batomic(?:ally)?\b`)

// answerConditional answers how the design does a conditional write on one item, from what the
// store that holds it can do: its technology's conditional write and what it costs at the
// design's write rate, or, for the design's own leaderless nodes, why a quorum cannot compare and
// set and what it takes instead. The nearest deep dive (the hash ring) does not answer it.
func answerConditional(g bot.Grounding, q string) string {
	if !conditionalRe.MatchString(q) {
		return ""
	}
	c, ok := target(g, q)
	if !ok || c.Kind != "database" && c.Kind != "cache" {
		if c = mainStore(g); c.Name == "" {
			return ""
		}
	}
	u := useOf(g, c)
	writes := u.writes
	if writes == 0 {
		writes = g.Capacity.PeakWriteQPS
	}
	H := conversation.Human
	var b strings.Builder
	fmt.Fprintf(&b, "**A conditional write on %s (%s).** ", c.Name, c.Technology)
	tp, known := techOf(c.Technology)
	switch {
	case known && tp.Conditional != "":
		fmt.Fprintf(&b, "%s does it with %s; its consistency: %s. ", tp.short(), tp.Conditional, tp.Consistency)
		if tp.ConditionalCost > 1 {
			fmt.Fprintf(&b, "That costs ≈ %sx a plain write: if every one of the %s writes/s at peak were conditional, %s would carry the work of ≈ %s plain writes/s, so keep the condition to the writes that need it (a unique create, a state change) and leave the rest plain. ",
				H(tp.ConditionalCost), H(writes), c.Name, H(writes*tp.ConditionalCost))
		} else {
			fmt.Fprintf(&b, "It costs what a plain write costs, so the %s writes/s at peak can all carry a condition (the version the writer read); a loser gets 409 Conflict with the current value and retries from it. ", H(writes))
		}
	case known:
		fmt.Fprintf(&b, "%s has no conditional write (%s), so a compare-and-set cannot be done in it: ", tp.short(), tp.Consistency)
		b.WriteString(conditionalAlternatives(tp))
	case quorumStore(c):
		leaderlessCAS(&b, c, writes)
	default:
		fmt.Fprintf(&b, "My knowledge base does not know what %s can do conditionally; the write must be decided where one copy is authoritative (a primary, or a consensus group), never on a replica or a cache. ", c.Technology)
	}
	if d, ok := newRenderer(g).diveAbout("quorum", "conditional", "lightweight transaction"); ok {
		fmt.Fprintf(&b, "The deep dive \"%s\" has the rest of the consistency model. ", d)
	}
	return b.String() + cite(conversation.DataModel, conversation.DeepDive, conversation.Tradeoffs)
}

// quorumStore reports whether c is a leaderless store that coordinates quorum reads and writes.
func quorumStore(c conversation.Component) bool {
	s := strings.ToLower(c.Description + " " + c.Technology)
	return strings.Contains(s, "quorum") || strings.Contains(s, "leaderless")
}

// leaderlessCAS says why a quorum write cannot compare and set, and the ways to get one.
func leaderlessCAS(b *strings.Builder, c conversation.Component, writes float64) {
	H := conversation.Human
	fmt.Fprintf(b, "%s are leaderless: a put goes to the key's replicas and succeeds on a write quorum, so no replica is the one place where \"compare\" and \"set\" happen together. Two coordinators can both read the old version on a read quorum and both write on a write quorum; last-write-wins then silently drops one, and vector clocks keep both as siblings for the client to merge. Neither is a compare-and-set. Ways to get one:\n", c.Name)
	fmt.Fprintf(b, "1. Paxos among the key's replicas for the conditional puts only (what Cassandra's lightweight transactions do): prepare, read, propose, commit — ≈ 4 round trips, so at the %s writes/s peak it fits if a small share of writes carry a condition (`put(key, value, if_version=v)`), and plain puts stay leaderless. This is the choice: it keeps what the design was picked for.\n", H(writes))
	b.WriteString("2. A leader per key range (a Raft group per range, as in CockroachDB or TiKV): one round through the leader, but a range takes no writes while it elects a new one, which gives up the availability a leaderless store was chosen for.\n")
	b.WriteString("3. No compare-and-set where the operation commutes: counters and sets as CRDTs merge concurrent writes without coordination.\n")
}

// conditionalAlternatives lists the technologies of the same kind that have a cheap conditional
// write.
func conditionalAlternatives(tp technology) string {
	var out []string
	for _, alt := range techs {
		if alt.Kind == tp.Kind && alt.ID != tp.ID && alt.Conditional != "" && alt.ConditionalCost <= 1 && len(out) < 3 {
			out = append(out, fmt.Sprintf("%s (%s)", alt.short(), alt.Conditional))
		}
	}
	if len(out) == 0 {
		return "keep the decision in the service, serialised per key. "
	}
	return "keep the decision in a store that has one — " + strings.Join(out, "; ") + " — and write the result here. "
}
