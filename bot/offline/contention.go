package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// contentionRe finds a question about two people changing one thing at once: "how do you stop
// two pharmacists verifying the same refill?", "what if both drivers accept the trip?".
var contentionRe = regexp.MustCompile(`\b(two|both|twice|same time|at once|simultaneous\w*|concurrent\w*|race|races|racing|double[- ]?\w+)\b`)

// answerContention answers how the design keeps one change of a thing from being made twice by
// different people at once: which thing, where it lives, the endpoints that change it and the
// conditional write that decides, in the store's own terms.
func answerContention(g bot.Grounding, q string) string {
	if !contentionRe.MatchString(q) || !strings.Contains(q, "same") && !strings.Contains(q, "both") && !strings.Contains(q, "race") {
		return ""
	}
	r := newRenderer(g)
	e, ok := contendedEntity(r, q)
	if !ok {
		return ""
	}
	store := r.storeOf(e)
	changes := changesOf(r, e)
	name := strings.ToLower(e.Name)
	var b strings.Builder
	fmt.Fprintf(&b, "**Two people changing the same %s at once.** ", name)
	if len(changes) > 0 {
		each := "Each of " + strings.Join(changes, ", ") + " is"
		if len(changes) == 1 {
			each = changes[0] + " is"
		}
		fmt.Fprintf(&b, "%s one conditional write on the %s in %s: %s Whichever commits first wins; the other matches nothing and gets 409 Conflict with the %s's current state, which its screen shows instead of an error. ",
			each, name, store, conditionalWrite(r, e), name)
	} else {
		fmt.Fprintf(&b, "Changes to a %s are conditional writes in %s: %s Whichever commits first wins; the other gets 409 Conflict with the current state. ", name, store, conditionalWrite(r, e))
	}
	b.WriteString("A retry of the same request carries the same Idempotency-Key and gets the first result back, so a lost response is never mistaken for losing the race.")
	if strings.Contains(strings.ToLower(e.Indexes), "queue of those waiting") {
		fmt.Fprintf(&b, " Where people work through the queue of waiting %ss, the next one is handed out with `FOR UPDATE SKIP LOCKED` and a short lease, so two rarely open the same %s in the first place.", name, name)
	}
	return b.String() + " " + cite(conversation.API, conversation.DataModel, conversation.DeepDive)
}

// contendedEntity is the entity a contention question names, else the design's first entity
// that something changes by state.
func contendedEntity(r *renderer, q string) (entity, bool) {
	es := r.entities()
	words := significant(q)
	for _, e := range es {
		n := strings.ToLower(e.Name)
		if slices.ContainsFunc(words, func(w string) bool { return stem5(root(w)) == stem5(root(lastWord(n))) }) {
			return e, true
		}
	}
	for _, e := range es {
		if len(changesOf(r, e)) > 0 {
			return e, true
		}
	}
	// Nothing changes by its own endpoint: the main records are what two people edit at once.
	for _, e := range r.p.Entities {
		if c, ok := r.byID[e.Store]; ok && c.Kind == "database" {
			return e, true
		}
	}
	return entity{}, false
}

// changesOf lists the endpoints that change an entity's state: POST …/{id}/verify, PATCH …/{id}.
func changesOf(r *renderer, e entity) []string {
	coll := "/v1/" + slug(pluralNoun(strings.ToLower(e.Name)), "-") + "/{id}"
	var out []string
	for _, ep := range r.endpoints() {
		if ep.Method != "GET" && strings.HasPrefix(ep.Path, coll) {
			out = append(out, "`"+ep.Method+" "+ep.Path+"`")
		}
	}
	return out
}

// conditionalWrite says how the entity's store makes a write conditional on what the writer
// last saw.
func conditionalWrite(r *renderer, e entity) string {
	table, key := slug(pluralNoun(strings.ToLower(e.Name)), "_"), strings.Fields(e.Key + " id")[0]
	tech := strings.ToLower(r.tech(e.Store))
	switch {
	case strings.Contains(tech, "dynamo"):
		return "an UpdateItem with `ConditionExpression: #status = :expected AND version = :seen`, which DynamoDB rejects with ConditionalCheckFailed when another write got there first."
	case strings.Contains(tech, "cassandra") || strings.Contains(tech, "scylla"):
		return fmt.Sprintf("a lightweight transaction, `UPDATE %s SET status = ? WHERE %s = ? IF status = ?` (Paxos on that partition), whose `[applied]` says who won.", table, key)
	case strings.Contains(tech, "mongo"):
		return fmt.Sprintf("a `findOneAndUpdate` filtered on `{_id, status: expected, version: seen}`, which matches nothing once another write has changed the %s.", strings.ToLower(e.Name))
	}
	return fmt.Sprintf("`UPDATE %s SET status = $next, version = version + 1 WHERE %s = $1 AND status = $expected AND version = $seen`.", table, key)
}
