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
	if !contentionRe.MatchString(q) || !strings.Contains(q, "same") && !strings.Contains(q, "both") && !raceAskedRe.MatchString(q) {
		return ""
	}
	r := newRenderer(g)
	noun := sameNoun(q)
	if noun == "" {
		noun = theNoun(q) // "both reply YES at the same second and get the slot"
	}
	e, ok := entityEndingIn(r, noun)
	if !ok && noun != "" {
		// "two pickers sent to the same short bin": the thing named is no entity of this
		// design, and another entity's update would answer a question not asked.
		return answerClaim(r, noun)
	}
	if !ok {
		if e, ok = contendedEntity(r, q); !ok {
			return ""
		}
	}
	store := r.storeOf(e)
	changes := changesOf(r, e)
	name := strings.ToLower(e.Name)
	var b strings.Builder
	if asked := singularNoun(noun); noun != "" && !strings.HasSuffix(name, asked) {
		// "the same session" found as the inventory row its places are counted in.
		fmt.Fprintf(&b, "**Two at once on the same %s.** A %s's places are its %s row. ", asked, asked, name)
	} else {
		fmt.Fprintf(&b, "**Two people changing the same %s at once.** ", name)
	}
	if strings.Contains(strings.ToLower(store), "redis") {
		fmt.Fprintf(&b, "The %s lives in %s, so the check and the change are one Lua script (`EVAL`) that reads the status and version and sets both only if they are what the writer saw; Redis runs a script alone, so no other write lands between. ", name, store)
		b.WriteString("A retry of the same request carries the same Idempotency-Key and gets the first result back.")
		return b.String() + " " + cite(conversation.API, conversation.DataModel, conversation.DeepDive)
	}
	if len(changes) > 0 {
		each := "Each of " + strings.Join(changes, ", ") + " is"
		if len(changes) == 1 {
			each = changes[0] + " is"
		}
		fmt.Fprintf(&b, "%s one conditional write on the %s in %s: %s Whichever commits first wins; the other matches nothing and gets 409 Conflict with the %s's current state, which its screen shows instead of an error. ",
			each, name, store, conditionalWrite(r, e), name)
	} else {
		fmt.Fprintf(&b, "Changes to %s are conditional writes in %s: %s Whichever commits first wins; the other gets 409 Conflict with the current state. ", article(name), store, conditionalWrite(r, e))
	}
	b.WriteString("A retry of the same request carries the same Idempotency-Key and gets the first result back, so a lost response is never mistaken for losing the race.")
	if strings.Contains(strings.ToLower(e.Indexes), "queue of those waiting") {
		fmt.Fprintf(&b, " Where people work through the queue of waiting %ss, the next one is handed out with `FOR UPDATE SKIP LOCKED` and a short lease, so two rarely open the same %s in the first place.", name, name)
	}
	return b.String() + " " + cite(conversation.API, conversation.DataModel, conversation.DeepDive)
}

// raceAskedRe is a question about a race between writers, not a race in the product ("40k
// races at once"): "a race condition", "race between", "race to".
var raceAskedRe = regexp.MustCompile(`\brace\s+condition|\braces?\s+(?:between|to)\b|\ba\s+race\b`)

// sameNounRe finds what a question says two people change: "the same short bin", "the same
// slot at the same second".
var sameNounRe = regexp.MustCompile(`\bsame\s+((?:[a-z-]+\s+){0,2}?[a-z-]+?)(?:\s+(?:at|in|on|for|from|to|when|while|and|or|by|with|as|they|twice)\b|[?.,!]|$)`)

// sameNoun is the thing a contention question names after "same", singular, or "" where it names
// a time ("the same second") or nothing.
func sameNoun(q string) string {
	m := sameNounRe.FindStringSubmatch(strings.ToLower(q))
	if m == nil {
		return ""
	}
	noun := singularNoun(lastWord(m[1]))
	if timeWords[noun] || spanUnits[noun] || noun == "time" || noun == "moment" || noun == "instant" {
		return ""
	}
	return noun
}

// theNounRe finds a thing a question names with "the": "get the slot", "accept the trip".
var theNounRe = regexp.MustCompile(`\bthe\s+([a-z][a-z-]+)\b`)

// theNoun is the last thing a contention question names with "the" that is no time and no
// person: what the two are after.
func theNoun(q string) string {
	all := theNounRe.FindAllStringSubmatch(strings.ToLower(q), -1)
	for i := len(all) - 1; i >= 0; i-- {
		n := singularNoun(all[i][1])
		if !timeWords[n] && !spanUnits[n] && n != "same" && n != "time" && !actorWords[n] && !stopWords[n] {
			return n
		}
	}
	return ""
}

// entityEndingIn is the design's entity whose name ends in noun.
func entityEndingIn(r *renderer, noun string) (entity, bool) {
	if noun == "" {
		return entity{}, false
	}
	for _, e := range r.entities() {
		if stem5(root(noun)) == stem5(root(lastWord(strings.ToLower(e.Name)))) {
			return e, true
		}
	}
	// A session, a night or a time slot is what a reservation design counts by its key
	// ("(listing_id, date or slot_start)"): the row that two bookers race for.
	if slot := slotWords[singularNoun(noun)]; slot != "" {
		for _, e := range r.entities() {
			if strings.Contains(strings.ToLower(e.Key), slot) {
				return e, true
			}
		}
	}
	return entity{}, false
}

// slotWords are the things a booking takes one of, by the word a record's key counts them by.
var slotWords = map[string]string{"session": "slot", "slot": "slot", "timeslot": "slot", "sitting": "slot", "class": "slot", "tee": "slot",
	"night": "date", "date": "date", "day": "date"}

// answerClaim answers two people claiming one thing the design keeps no record of its own for:
// the claim is made unique in the main store, so one of them holds it and the other moves on.
func answerClaim(r *renderer, noun string) string {
	store, tech := "the main database", ""
	for _, c := range r.stores() {
		if c.Kind == "database" && (c.Name == r.mainStore() || tech == "") {
			store, tech = fmt.Sprintf("%s (%s)", c.Name, c.Technology), strings.ToLower(c.Technology)
		}
	}
	key := slug(noun, "_") + "_id"
	var how string
	switch {
	case strings.Contains(tech, "dynamo"):
		how = fmt.Sprintf("a PutItem of the claim keyed by `%s` with `attribute_not_exists(pk)`, which DynamoDB rejects with ConditionalCheckFailed for the second", key)
	case strings.Contains(tech, "redis"):
		how = fmt.Sprintf("`SET claim:%s:{id} {who} NX PX {lease}`: only the first SET succeeds, and the lease frees a claim whose holder disappears", slug(noun, "-"))
	case strings.Contains(tech, "cassandra") || strings.Contains(tech, "scylla"):
		how = fmt.Sprintf("`INSERT INTO %s_claims (%s, claimed_by) VALUES (?, ?) IF NOT EXISTS`, whose `[applied]` says who holds it", slug(noun, "_"), key)
	case strings.Contains(tech, "mongo"):
		how = fmt.Sprintf("an insert into a claims collection with a unique index on `%s`, which fails with a duplicate-key error for the second", key)
	default:
		how = fmt.Sprintf("`INSERT INTO %s_claims (%s, claimed_by) VALUES ($1, $2) ON CONFLICT (%s) DO NOTHING RETURNING claimed_by`, with a unique index on `%s` while the claim is open", slug(noun, "_"), key, key, key)
	}
	return fmt.Sprintf("**Two at once on the same %s.** This design keeps no %s record whose state the two could race on, so what is made unique is the claim: each one is a single conditional write in %s, %s. Whichever commits first holds the %s; the other gets 409 Conflict, which tells that person it is taken, and a retry with the same Idempotency-Key gets its first answer back instead of a second claim. The claim ends when the work is done or its lease runs out. %s",
		noun, noun, store, how, noun, cite(conversation.DataModel, conversation.DeepDive))
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
	cols := keyColumns(e.Key)
	where := make([]string, len(cols))
	for i, c := range cols {
		where[i] = fmt.Sprintf("%s = $%d", c, i+1)
	}
	if claim, taken, total := countedColumns(e.Fields); claim != "" {
		// A count of places (seats, rooms, a session's slots) is claimed by adding to what is
		// taken where enough is left, not by a status compare: many bookings share one row.
		n := fmt.Sprintf("$%d", len(cols)+1)
		return fmt.Sprintf("`UPDATE %s SET %s = %s + %s WHERE %s AND %s + %s <= %s`, which matches nothing once the last place is taken.",
			table, claim, claim, n, strings.Join(where, " AND "), taken, n, total)
	}
	return fmt.Sprintf("`UPDATE %s SET status = $next, version = version + 1 WHERE %s AND status = $expected AND version = $seen`.", table, strings.Join(where, " AND "))
}

// keyColumns are the columns of an entity's key as the knowledge base writes it: "(listing_id,
// date or slot_start)" is listing_id and slot_start; a bare "order_id" is itself.
func keyColumns(key string) []string {
	var cols []string
	for _, part := range strings.Split(strings.Trim(key, "() "), ",") {
		alts := strings.Split(part, " or ")
		if f := strings.Fields(alts[len(alts)-1]); len(f) > 0 && strings.Trim(f[0], "()") != "" {
			cols = append(cols, strings.Trim(f[0], "()"))
		}
	}
	if len(cols) == 0 {
		return []string{"id"}
	}
	return cols
}

// countedColumns reads a row that counts places from its fields ("total, booked, held"): the
// column a claim adds to (the hold, where the row keeps one), the sum of what is taken, and
// the total; all "" when the row holds no count of places.
func countedColumns(fields string) (claim, taken, total string) {
	has := func(f string) bool { return regexp.MustCompile(`\b` + f + `\b`).MatchString(fields) }
	for _, t := range []string{"total", "capacity"} {
		if has(t) {
			total = t
			break
		}
	}
	var cols []string
	for _, t := range []string{"booked", "sold", "reserved", "held"} {
		if has(t) {
			cols = append(cols, t)
		}
	}
	if total == "" || len(cols) == 0 {
		return "", "", ""
	}
	return cols[len(cols)-1], strings.Join(cols, " + "), total
}
