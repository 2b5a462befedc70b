package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// A stated rule is a constraint the statement spells out in its own words: "a pump must never
// run against closed valves", "a seller may list at most 4 tickets per event", "no two robots
// ever occupy the same cell". These are what make a problem hard, whatever its domain, and each
// class of rule has one way to hold under concurrency and failure. The designer names the rule
// as the statement wrote it and designs its enforcement, rather than waiting for a keyword to
// pick an archetype that happens to know it.
type ruleKind int

const (
	ruleDurable       ruleKind = iota + 1 // "answers must never be lost"
	ruleInterlock                         // "a pump must never run against closed valves"
	ruleConflict                          // "referees must never officiate a match involving their own club"
	ruleExclusive                         // "no two robots ever occupy the same cell"
	ruleCap                               // "at most 4 tickets per event", "capped at 110% of face value"
	ruleHalt                              // "halt any robot within 200 ms if it stops hearing from it"
	ruleFresh                             // "new frames decoded and visible within 30 seconds"
	ruleSegregated                        // "the sponsor's staff must stay blinded to which arm …"
	ruleLatency                           // "with p99 latency under 50 ms"
	ruleFailSafe                          // "must never show a block as clear while a train occupies it"
	ruleSecretBallot                      // "votes are secret", "must not see who voted for what"
	ruleZeroKnowledge                     // "the server must never see any plaintext password"
	ruleAlert                             // "the nurse on duty alerted by SMS within 2 minutes"
	ruleBroadcast                         // "push notifications to 8 million app users within 60 seconds"
)

type rule struct {
	quote string // the clause as the statement wrote it, shortened for a title
	full  string // the clause whole, for the figures it states
	kind  ruleKind
}

// ruleClassifiers are tried in order; the first that matches a clause decides its kind.
var ruleClassifiers = []struct {
	kind ruleKind
	re   *regexp.Regexp
}{
	{ruleZeroKnowledge, regexp.MustCompile(`\bplaintext\b|\bend-to-end encrypt|\bzero[- ]knowledge\b|\bserver (must |should |may |can )?never (see|read|know)`)},
	{ruleSecretBallot, regexp.MustCompile(`\b(votes?|ballots?) (are|is|must be|stay) (secret|anonymous)\b|\bsecret (vote|ballot)|\bwho voted\b`)},
	{ruleFailSafe, regexp.MustCompile(`\bnever (show|display|report|indicate|signal)\w*\b.*\b(clear|free|safe|available|empty|vacant)\b`)},
	{ruleDurable, regexp.MustCompile(`\bnever (be )?lost\b|\bnever lose\b|\bmust not (be )?lost\b|\bnot (be )?lost\b|\bwithout losing\b|\bmust survive\b`)},
	{ruleSegregated, regexp.MustCompile(`\bblind(ed)?\b|\bmust not see\b|\bcannot see\b|\bcan't see\b|\bhidden from\b|\bnever see\b`)},
	{ruleConflict, regexp.MustCompile(`\bnever\b.*\b(their own|his own|her own|its own|own club|own team|conflict of interest)\b`)},
	{ruleInterlock, regexp.MustCompile(`\b(must|may|should|can) never\b.*\b(against|while|without|unless|before)\b|\bonly (after|once|when)\b.*\b(confirm|open|closed|feedback)`)},
	{ruleExclusive, regexp.MustCompile(`\bnever\b.*\btwice\b|\bno two\b|\bnever\b.*\bsame\b|\bonly one\b|\bat most one\b|\bone concurrent\b|\bdouble[- ]?(book|sell|spend|allocat)`)},
	{ruleCap, regexp.MustCompile(`\bnever\b.*\bmore than \d|\bat most \d|\bno more than \d|\bcapped at\b|\bcap(s)? of\b|\blimited to \d|\bmaximum of \d|\bnever (exceed|more than)\b`)},
	{ruleHalt, regexp.MustCompile(`\b(halt|stop|shut|brake|cut|lock|alarm|page)\w*\b.*\bwithin \d+ ?(ms|milliseconds?|s|sec|seconds?)\b`)},
	{ruleLatency, regexp.MustCompile(`\bp(50|90|95|99|999)\b.*\b(under|below|within|of)\s*\d+ ?ms\b|\blatency (under|below|within|of) \d+ ?ms\b|\b(respond|answer)\w* (in|within|under) \d+ ?ms\b`)},
	{ruleBroadcast, broadcastRe},
	{ruleAlert, regexp.MustCompile(`\b(alert\w*|notif\w*|paged?|paging|warn\w*)\b.*\bwithin \d+ ?(s|sec|seconds?|minutes?|mins?)\b`)},
	{ruleFresh, regexp.MustCompile(`\b(visible|shown|available|displayed|delivered|decoded|updated|searchable)\b.*\bwithin \d+ ?(ms|milliseconds?|s|sec|seconds?|minutes?)\b`)},
}

// broadcastRe finds a deadline for reaching a crowd: "push notifications to 8 million app users
// within 60 seconds", "reach all 2M subscribers within a minute". Its crux is the fan-out rate,
// not a condition held over time.
var broadcastRe = regexp.MustCompile(`\b(push\w*|notif\w*|alert\w*|sen[dt]\w*|reach\w*|deliver\w*)\b.*\b(?:to|reach\w*) (?:all |every |our |the |its |their )*(?:(\d[\d,.]*)\s*(million|m|thousand|k)?\s+)?[a-z -]*?\b(users|subscribers|followers|fans|readers|listeners|viewers|customers|members|people|devices|phones|parents|residents|citizens|students|employees|households|passengers|guests)\b.*\bwithin (\d+|a|one) ?(s|sec|seconds?|minutes?|mins?)\b`)

// broadcastRate is the rate a broadcast deadline asks for, in words: "8 million in 60 s is ≈ 133K
// pushes a second"; "" when the clause gives no count.
func broadcastRate(quote string) string {
	m := broadcastRe.FindStringSubmatch(strings.ToLower(quote))
	if m == nil || m[2] == "" {
		return ""
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
	if err != nil {
		return ""
	}
	switch m[3] {
	case "million", "m":
		n *= 1e6
	case "thousand", "k":
		n *= 1e3
	}
	sec := 1.0
	if m[5] != "a" && m[5] != "one" {
		sec, _ = strconv.ParseFloat(m[5], 64)
	}
	if strings.HasPrefix(m[6], "m") {
		sec *= 60
	}
	if sec <= 0 || n <= 0 {
		return ""
	}
	return fmt.Sprintf("%s %s in %s is ≈ %s a second", conversation.Human(n), m[4], conversation.Period(sec), conversation.Human(n/sec))
}

// spatialRe finds an exclusivity rule about space: airspace, track blocks, overlapping areas.
var spatialRe = regexp.MustCompile(`\boverlap|\bairspace\b|\bblock\b|\barea\b|\bcorridor|\bvolume\b|\bregion\b`)

// clauseRe splits a statement into the clauses a rule can be stated in.
var clauseRe = regexp.MustCompile(`[.;:!?()]+|,\s+(?:and|but|so|while|which)\s+|,\s+`)

// statedRules returns the rules a statement spells out, at most one of each kind, in the order
// written.
func statedRules(problem string) []rule {
	var out []rule
	seen := map[ruleKind]bool{}
	for _, c := range clauseRe.Split(problem, -1) {
		c = strings.TrimSpace(c)
		low := strings.ToLower(c)
		for _, rc := range ruleClassifiers {
			if loc := rc.re.FindStringIndex(low); loc != nil {
				if !seen[rc.kind] {
					seen[rc.kind] = true
					out = append(out, rule{quote: trimClause(around(c, loc)), full: around(c, loc), kind: rc.kind})
				}
				break
			}
		}
	}
	return out
}

// around narrows a clause to the part that states the rule matched at loc: "reserves paths on a
// shared grid so no two robots ever occupy the same cell" is about "no two robots ever occupy
// the same cell", and "each licence allows one concurrent loan and some are metered" about "each
// licence allows one concurrent loan".
func around(c string, loc []int) string {
	low := strings.ToLower(c)
	start, end := 0, len(c)
	for _, sep := range []string{" so ", " so that ", " because ", " whereas ", " and ", " where ", " while "} {
		if k := strings.LastIndex(low[:loc[0]], sep); k >= 0 && k+len(sep) > start {
			start = k + len(sep)
		}
	}
	for _, sep := range []string{" and ", " but ", " so ", " or "} {
		if k := strings.Index(low[loc[1]:], sep); k >= 0 && loc[1]+k < end {
			end = loc[1] + k
		}
	}
	return c[start:end]
}

// trimClause drops the connective a clause starts with and caps its length for a title.
func trimClause(c string) string {
	for _, lead := range []string{"and ", "but ", "so ", "while ", "which ", "where ", "that ", "with "} {
		c = strings.TrimPrefix(c, lead)
	}
	if words := strings.Fields(c); len(words) > 14 {
		c = strings.Join(words[:14], " ") + " …"
	}
	return c
}

// pagingTitle finds a deep dive that already pages someone until they acknowledge, which holds
// an alert rule's deadline better than the generic answer for readings.
var pagingTitle = regexp.MustCompile(`(?i)\bescalat|\bpage that\b|\bpaging\b`)

// ruleDives designs the enforcement of each stated rule that no other deep dive already covers.
func ruleDives(problem string, covered []deepDive) []deepDive {
	var out []deepDive
	for _, r := range statedRules(problem) {
		if coveredBy(r.quote, covered) || r.kind == ruleExclusive && slices.ContainsFunc(covered, func(d deepDive) bool { return exclusiveTitle.MatchString(d.Title) }) ||
			r.kind == ruleAlert && slices.ContainsFunc(covered, func(d deepDive) bool { return pagingTitle.MatchString(d.Title) }) {
			continue
		}
		out = append(out, deepDive{Title: fmt.Sprintf("Holding “%s”", r.quote), Weight: 12, Body: ruleBody(r)})
		if len(out) == 2 {
			break
		}
	}
	return out
}

// exclusiveTitle is a deep dive an archetype already writes about one-holder-only claims.
var exclusiveTitle = regexp.MustCompile(`(?i)twice|double|overs(ell|old)|exclusiv|unique`)

// coveredBy reports whether a deep dive already written is about the rule: two of the rule's
// content words (by their first five letters) in its title.
func coveredBy(quote string, dives []deepDive) bool {
	stems := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(quote)) {
		w = strings.Trim(w, ",.'\"“”")
		if len(w) >= 4 && !readStop[w] {
			stems[w[:min(5, len(w))]] = true
		}
	}
	for _, d := range dives {
		n := 0
		for _, w := range strings.Fields(strings.ToLower(d.Title)) {
			w = strings.Trim(w, ",.:;'\"“”()")
			if len(w) >= 4 && stems[w[:min(5, len(w))]] {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// ruleBody is how a rule of its kind holds under concurrency and failure, naming the design's
// own store through {record_store}.
func ruleBody(r rule) string {
	q := strings.ToLower(r.quote)
	switch r.kind {
	case ruleZeroKnowledge:
		return "The server is built so it cannot see what it must not: every item is encrypted on the device with a per-vault key, that key is wrapped by a key derived on the device from the user's secret (Argon2id, never sent), and {record_store} holds only ciphertext and wrapped keys. Sign-in proves knowledge of the secret with a verifier the server cannot turn back into it (SRP or OPAQUE); sharing wraps the vault key with each member's public key, so adding someone re-wraps one key rather than re-encrypting items. The price is stated up front: the server cannot reset a lost secret, so recovery is a recovery key the user keeps."
	case ruleSecretBallot:
		return "Secrecy is kept by never storing the link, not by hiding it: a ballot row holds the round and the ranking and no voter column, and a separate has-voted row (member, round) stops anyone voting twice. Both are written in one transaction, in random order, with no shared id and no timestamp finer than the round, so not even a database read can join them. Tallies are computed once the round closes and only totals are shown; the organiser's role reads totals and who has voted, never a ballot with a name."
	case ruleFailSafe:
		return "The consumer must never infer the permissive state from silence: every source carries a sequence number per section and a heartbeat, and a gap in the sequence, a stale heartbeat or a lost connection turns that section to unknown, shown as the restrictive state, until a full snapshot restores it. Changes are delivered in order per section (one partition per section in {record_store}'s log), subscribers that fall behind get a snapshot then the tail rather than a replay from the start, and the feed never fabricates a state it did not receive."

	case ruleDurable:
		return "Nothing the statement says must never be lost is acknowledged before it is durable twice over. The client writes each change to a local outbox first (IndexedDB in a browser, SQLite on a device) under a client-generated id, and keeps it until {record_store} has committed it and answered; after a dropped connection it resends everything unacknowledged, oldest first, and the id makes a resend a no-op. The server's copy is authoritative, with the client's timestamp kept beside the server's so work done while disconnected is still attributed to when it happened."
	case ruleSegregated:
		body := "Who must not see what is enforced by where the data lives, not by a filter in a screen: the hidden fields live in a separate schema of {record_store} (or a separate store) whose credentials only the services acting for the roles allowed to see them hold, and every API the other roles call reads views without them, so no query, export or report can leak them by mistake."
		if strings.Contains(q, "blind") {
			return body + " Unblinding one subject is an explicit emergency action with a stated reason, recorded in the audit trail and reported to the people it was hidden from."
		}
		return body + " Where the hidden party still has to be referred to, the others see a stable pseudonymous id (a keyed hash), so their work holds together without the name."
	case ruleConflict:
		return "The rule constrains every assignment, so the assigner never proposes a violating one: each candidate is filtered on it before any scoring (affiliations are indexed, so the filter is a set lookup), and the final write re-checks it in the same transaction in {record_store}, so a manual edit or two reassignments racing cannot slip one through. When the underlying facts change (someone changes affiliation), the assignments that now break the rule are listed for a person to resolve rather than silently kept."
	case ruleInterlock:
		return "The rule is an interlock, so it holds where the action happens, not where it is scheduled: the controller that performs the action checks the precondition against confirmed feedback (the state the equipment last reported, not the state last commanded) immediately before acting, and refuses otherwise. Each command carries the state it assumes, so one that arrives late against changed conditions is rejected; missing feedback counts as the unsafe state, and the equipment falls back to its safe default on its own when it stops hearing from its controller."
	case ruleExclusive:
		if spatialRe.MatchString(q) {
			return "Two claims conflict when they overlap in space and in time, which a plain unique index cannot see: space is cut into cells (an H3 or grid cell per altitude band or section) and time into slots, and a claim is the set of (cell, slot) rows it covers, inserted in one transaction under a unique index, so any overlap makes the whole claim fail (or, in PostgreSQL, one row per claim with `EXCLUDE USING gist (area WITH &&, during WITH &&)` in {record_store}). Each region's claims go through one writer, so approvals stay within the deadline without distributed locking, and a refused claim comes back with the conflicting cells so it can be re-planned."
		}
		return "Exclusivity is a uniqueness constraint, so it is enforced where writes serialise, never by a read-then-write check in a service: a claim is a conditional write in {record_store} (a unique index on the contested key, `INSERT … ON CONFLICT DO NOTHING`, or a compare-and-set on the holder), and the loser of a race is refused and moves to its next option. A claim that must end (a hold, a loan, a lease) carries an expiry and a fencing token that grows with every grant, so a holder that stalls past its expiry cannot act on a claim since given to someone else."
	case ruleCap:
		if strings.Contains(q, "in a row") || strings.Contains(q, "consecutive") || strings.Contains(q, "hours") {
			return "A cap on a stretch of time is checked against the neighbours of what is added, in the same transaction: the person's schedule row is locked (`SELECT … FOR UPDATE` in {record_store}), the assignments the new one would join end to end are summed, and the write is refused when the stretch would pass the cap, so two claims made at once cannot each pass on their own. Every later change that could join two stretches, a swap, an extension or a moved start time, runs the same check, and the refusal says which assignments make the stretch too long."
		}
		if strings.Contains(q, "price") || strings.Contains(q, "value") || strings.Contains(q, "%") {
			return "A cap on a value is a condition of the row itself: a CHECK constraint in {record_store} (the asked price against the stored reference it is capped by), so no path that writes the row, the API, an admin screen or a migration, can store a value beyond it. The reference is copied onto the row when it is created, so a later change to it cannot make an accepted row illegal, and every edit or transfer that sets a new value runs the same check; the refusal names the cap and the largest value allowed."
		}
		return "A count cap is checked in the same transaction as the write that could break it: the counter row for the scope (per person, per event) is taken with an atomic `UPDATE … SET n = n + 1 WHERE n < cap` in {record_store}, so two concurrent writes cannot both see room for one more, and it goes down in the same transaction that closes, cancels or withdraws what it counts. The refusal names the rule and the limit; a nightly job recounts from the rows and flags any counter that drifted."
	case ruleHalt:
		return "A deadline like this is met by whoever can act within it, not across links that can stall: a watchdog beside the equipment expects a heartbeat several times per deadline and acts on its own when they stop, and the central side does the same from its end, so either side losing the other ends in the safe state. Timing uses monotonic clocks, and the path that must meet the deadline does no disk or network I/O it could block on; a halt is latched until someone clears it."
	case ruleLatency:
		return "The target holds only if the request path has nothing on it that can wait: each instance keeps the reference data a request needs in memory (loaded at start, refreshed in the background by version), a request does at most one network hop beyond the instance, and that hop has a timeout well inside the budget with a hedged retry to a second replica. The p99 is measured at the edge per caller, so one noisy caller's slow requests show up as theirs, and each caller has its own rate limit so it cannot spend the others' headroom."
	case ruleAlert:
		return "The condition is evaluated where the readings arrive, not by polling the store: each source has a small state machine (normal → breaching since t → alerting → acknowledged), advanced by every reading and by a timer, so a condition that must hold for a while fires exactly when it has, and silence is itself a condition (a source that stops reporting alerts too). Firing is recorded once per episode in {record_store}, the alert goes out on two channels with escalation to the next person if nobody acknowledges it, and the same evaluation runs on site when the link is down, so the deadline does not depend on the internet."
	case ruleBroadcast:
		rate := broadcastRate(r.full)
		if rate != "" {
			rate = " (" + strings.Replace(rate, "every ", "", 1) + ")"
		}
		return "The deadline is a fan-out rate" + rate + ", so nothing per recipient is computed when the message is sent: the audience is a list kept ahead of time (topics or segments in the push provider, device tokens partitioned by hash), the send is one job split into batches that workers take from a partitioned queue in parallel (FCM and APNs take hundreds to a thousand tokens per multicast call and a few thousand calls a second per sender, so the workers and the provider quota are sized to the rate), and retries go to a slower lane so a failing batch never holds the rest. Tokens the providers reject are dropped from the list as the responses come back, the send is recorded once in {record_store} with its counts, and everything the push links to is served from the cache or CDN before the push goes out, so the crowd that taps it finds the page already there."
	case ruleFresh:
		return "The deadline is a budget split across the stages (receive → decode → store → visible), each measured with a timestamp carried from receipt, and alerted on when the p99 end to end nears the deadline. No stage batches for longer than a fraction of the budget, the newest data goes to readers from memory as it arrives while {record_store} catches up, and a backlog is drained newest-first for the live view so a late burst never delays what is happening now."
	}
	return ""
}
