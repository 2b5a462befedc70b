package offline

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// The catalogue's texts were written for each component's default technology: "a put-if-absent
// condition" on DynamoDB, "replicates globally" for global tables. When a conversation moves a
// component to another technology, adapt rewrites those claims the way the new technology's
// knowledge-base entry says (a lightweight transaction, a query table) or drops the ones it
// cannot make, wherever a line is about that component. Components still on their default
// technology are left alone, so a first draft reads exactly as the catalogue wrote it.

// swapped is a component moved off the technology the designer picked, with the words that name it in the
// catalogue's texts and what the new technology does with each claim.
type swapped struct {
	comp     conversation.Component
	tech     technology
	names    []string // the component's name and its default technology's names
	rewrites map[string]rewrite
	// marks are the default technology's own words ("RF=3", "wide-column"): a bullet about the
	// component that uses them describes the old technology.
	marks []string
	// gone is the old technology's name when no part of the design runs on it any more: prose
	// that names it ("over a replicated PostgreSQL database") now means the new one.
	gone *regexp.Regexp
	// gonePrimary finds "one PostgreSQL primary" when gone is set.
	gonePrimary *regexp.Regexp
	// everywhere are the rewrites of locking claims that hold on every line, named or not:
	// "nothing that talks to a customer holds a counter row lock" is about the moved store
	// when no other database has row locks.
	everywhere map[string]rewrite
}

// lockClaims are claims only a store with row locks, SQL or server-side scripts makes, true of
// the design's one such store wherever a line makes them: "in one relational store", "through
// the partial index", "both as Lua scripts".
var lockClaims = []string{"rowlock", "skiplocked", "relational", "partialindex", "script", "hashslot", "hashtag"}

// cacheClaims are lock claims a cache makes too: a Redis that stays in the design still runs
// its Lua scripts over hash slots.
var cacheClaims = map[string]bool{"script": true, "hashslot": true, "hashtag": true}

// unlocked returns the rewrites of the lock claims that no database but moved still makes
// true: a design whose payments stay on MySQL keeps its row locks there.
func unlocked(cs []conversation.Component, moved string, rw map[string]rewrite) map[string]rewrite {
	out := map[string]rewrite{}
	for _, id := range lockClaims {
		r, ok := rw[id]
		if !ok {
			continue
		}
		if !slices.ContainsFunc(cs, func(c conversation.Component) bool {
			t, ok := techOf(c.Technology)
			_, lacks := t.Rewrites[id]
			return ok && c.Name != moved && (c.Kind == "database" || cacheClaims[id] && c.Kind == "cache") && !lacks
		}) {
			out[id] = r
		}
	}
	return out
}

// swaps lists the design's components whose technology differs from the one the designer picks
// for the same requirements: the ones a conversation moved.
func swaps(g bot.Grounding) []swapped {
	planned := map[string]string{}
	for _, c := range selectComponents(bot.Grounding{Problem: g.Problem, Requirements: g.Requirements, Capacity: g.Capacity}) {
		planned[c.Name] = c.Technology
	}
	var out []swapped
	for _, c := range g.Components {
		def, ok := planned[c.Name]
		if !ok || c.Technology == def {
			continue
		}
		now, ok := techOf(c.Technology)
		if !ok {
			continue
		}
		if was, ok := techOf(def); ok && was.ID == now.ID {
			// Relabelled, not moved (a house stack's hosted product): the catalogue's claims hold.
			continue
		}
		names := []string{c.Name}
		var marks []string
		if was, ok := techOf(def); ok && was.ID != now.ID {
			for _, n := range was.Names {
				names = append(names, upperFirst(n), n)
			}
			names = append(names, was.short())
			marks = ownWords(def, c.Technology)
		}
		rewrites := now.Rewrites
		if now.Regions != "" && slices.Contains(g.Requirements.Features, "multiregion") {
			// A multi-region design runs the new technology across its regions too: its claim
			// of global replication still holds (the cost is said in the decision log).
			rewrites = maps.Clone(rewrites)
			delete(rewrites, "global")
		}
		// What only the moved store made true is untrue on every line once no other database
		// makes it, even where another component still names the old technology (a jobs table
		// "in the primary PostgreSQL" lived in the store that moved).
		sw := swapped{comp: c, tech: now, names: names, rewrites: rewrites, marks: marks, everywhere: unlocked(g.Components, c.Name, rewrites)}
		if was, ok := techOf(def); ok && !runsOn(g.Components, was.ID) && was.short() != now.short() {
			// "Redis Cluster" is one name: a managed service has no cluster of ours.
			cluster := ""
			if now.Scale == "managed" {
				cluster = `(?: [Cc]luster)?`
			}
			sw.gone = regexp.MustCompile(`\b` + regexp.QuoteMeta(was.short()) + cluster + `\b`)
			sw.gonePrimary = regexp.MustCompile(`\b(one|a single|the) ` + regexp.QuoteMeta(was.short()) + ` primary\b`)
		}
		out = append(out, sw)
	}
	return out
}

// adapt rewrites a section's claims about swapped components.
func adapt(g bot.Grounding, text string) string {
	sw := swaps(g)
	if len(sw) == 0 {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if strings.HasPrefix(strings.TrimSpace(line), "```") || decisionLineRe.MatchString(line) {
			// Decision lines quote the change itself ("was DynamoDB (key-value, global tables)").
			continue
		}
		for _, s := range sw {
			// Whether the line is about the component is read before renaming: "PostgreSQL's
			// row lock" is about it, and still is once it says DynamoDB.
			about := mentionsAny(line, s.names)
			line = s.renamed(line)
			line = s.failover(line)
			line = s.properties(line)
			line = s.tableRow(line)
			rw := s.everywhere
			if about || mentionsAny(line, s.names) {
				rw = s.rewrites
			}
			line = rewriteClaims(sqlInWords(line, rw), rw)
		}
		lines[i] = line
	}
	return strings.Join(lines, "\n")
}

var decisionLineRe = regexp.MustCompile(`^- v\d+: `)

// runsOn reports a component of the design on the technology id. Our own code (services,
// workers, clients) does not run on what its label names: "every hold one PostgreSQL
// transaction" says where the service writes, and once that store moves, it writes elsewhere.
func runsOn(cs []conversation.Component, id string) bool {
	return slices.ContainsFunc(cs, func(c conversation.Component) bool {
		if ownCode[c.Kind] {
			return false
		}
		t, ok := techOf(c.Technology)
		return ok && t.ID == id
	})
}

// ownCode are the kinds of component that are code the team writes and runs.
var ownCode = map[string]bool{"service": true, "worker": true, "client": true}

// renamed names the new technology where a line names the old one that nothing runs on now.
// "One PostgreSQL primary" is a primary only on a technology that has one: a cluster of peers
// or a managed service is "one DynamoDB table", not "one DynamoDB primary".
func (s swapped) renamed(line string) string {
	if s.gone == nil || strings.Contains(line, s.tech.short()) {
		return line // a line naming both contrasts them ("… rather than Cassandra")
	}
	if s.tech.Scale != "primary" {
		line = s.gonePrimary.ReplaceAllString(line, "$1 "+s.tech.short()+" "+noPrimary[s.tech.Scale])
	}
	return s.gone.ReplaceAllString(line, s.tech.short())
}

// noPrimary is what one store is called on a technology with no primary, by how it scales.
var noPrimary = map[string]string{"horizontal": "cluster", "managed": "table", "single": "file"}

// properties states the technology's own properties where the design describes the component:
// its replication (Reliability) and how its entities are queried (Data model).
func (s swapped) properties(line string) string {
	head := "- **" + s.comp.Name + "** (" + s.comp.Technology + "): "
	if strings.HasPrefix(line, head) {
		return head + s.tech.Replication + "."
	}
	if strings.HasPrefix(line, "- **") && strings.Contains(line, "→ "+s.comp.Name+" (") && !strings.Contains(line, "Queries on ") {
		// Only the reason is the store's property clause: the fields after it are the entity's
		// ("Fields: hotel_id, …"), and a clause must never run on through them.
		body, fields := line, ""
		if i := strings.LastIndex(line, ". Fields: "); i >= 0 {
			body, fields = line[:i]+".", line[i:]
		}
		// "…: a wide-column store partitions it naturally" argues for the old technology; the
		// label's plain words ("rows", "read replicas") are no argument.
		for _, m := range s.marks {
			if i := strings.Index(body, m); distinctive(m) && i > strings.Index(body, "): ") {
				body = dropClause(body, i, i+len(m))
			}
		}
		if fields != "" {
			return strings.TrimSuffix(body, ".") + fmt.Sprintf(". Queries on %s: %s", s.tech.short(), s.tech.Queries) + fields
		}
		return body
	}
	return line
}

// tableRow restates an entity's row of the data model table on a store without SQL: a ride kept
// "by month (time-partitioned table)" with "unique(bike_id) where status in (…)" and "(rider_id,
// started_at desc)" is, on DynamoDB, an item under its key, a guard item per bike and a global
// secondary index; a relational table's partitions and constraints do not move with it.
func (s swapped) tableRow(line string) string {
	cells := strings.Split(line, " | ")
	if s.tech.Joins || len(cells) != 5 || !strings.HasPrefix(cells[1], s.comp.Name+" (") {
		return line
	}
	key, part := cells[2], cells[3]
	if timePartRe.MatchString(part) || strings.Contains(part, "table") || strings.HasPrefix(part, "none") {
		part = "hash of " + key + ", placed by " + s.tech.short()
		if hash, sort, ok := strings.Cut(strings.Trim(key, "()"), ", "); ok && strings.HasPrefix(key, "(") {
			part = "hash of " + hash + ", sorted by " + sort + " within it"
		}
	}
	var idx []string
	for _, ix := range strings.Split(cells[4], "; ") {
		switch m := uniqueColsRe.FindStringSubmatch(ix); {
		case m != nil && !s.tech.Constraints:
			idx = append(idx, "guard item keyed by "+m[1]+" (created only if absent)")
		case strings.HasPrefix(ix, "(") && s.tech.IndexesOnHotPath:
			// A store without one on the hot path says its query table itself (the index claim).
			idx = append(idx, "secondary index on "+descRe.ReplaceAllString(ix, ""))
		default:
			idx = append(idx, ix)
		}
	}
	cells[3], cells[4] = part, strings.Join(idx, "; ")
	return strings.Join(cells, " | ")
}

var (
	// timePartRe finds a relational table's time partitioning: "by month", "by day (…)".
	timePartRe = regexp.MustCompile(`^by (?:day|week|month|year)\b`)
	// uniqueColsRe reads "unique(bike_id) where status in (…)": the columns that are unique.
	uniqueColsRe = regexp.MustCompile(`^unique\(([^)]+)\)`)
	descRe       = regexp.MustCompile(` (?:desc|asc)\b`)
)

// distinctive says a word of a technology's label names that technology ("PostgreSQL", "RF=3",
// "wide-column") rather than saying something any store might ("primary", "rows") or naming a
// column ("hotel_id").
func distinctive(w string) bool {
	return !strings.Contains(w, "_") && (strings.ContainsAny(w, "=-") || strings.ToLower(w) != w)
}

// failover restates a bullet about the component ("- Message store: RF=3 with LOCAL_QUORUM …")
// that describes the old technology's replication as the new technology's failure mitigation.
func (s swapped) failover(line string) string {
	head := "- " + s.comp.Name + ": "
	if !strings.HasPrefix(line, head) || !mentionsAny(line, s.marks) {
		return line
	}
	return head + upperFirst(s.tech.Failure.Mitigation) + "."
}

// ownWords are the distinctive words of label old that label now lacks ("RF=3", "wide-column").
func ownWords(old, now string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(old, func(r rune) bool { return strings.ContainsRune(" (),;", r) }) {
		if (len(w) >= 4 || strings.Contains(w, "=")) && !strings.Contains(strings.ToLower(now), strings.ToLower(w)) {
			out = append(out, w)
		}
	}
	return out
}

func mentionsAny(line string, names []string) bool {
	for _, n := range names {
		if n != "" && strings.Contains(line, n) {
			return true
		}
	}
	return false
}

// rewriteClaims applies a technology's rewrites to one line (a sentence, a bullet, a table row
// or a flow label).
func rewriteClaims(line string, rw map[string]rewrite) string {
	for _, c := range claims {
		r, ok := rw[c.ID]
		if !ok {
			continue
		}
		for _, re := range c.res {
			for {
				loc := re.FindStringIndex(line)
				if loc == nil {
					break
				}
				if r.Drop {
					line = dropClause(line, loc[0], loc[1])
				} else {
					line = line[:loc[0]] + r.Say + line[loc[1]:]
				}
			}
		}
	}
	return line
}

// sweepSQLRe finds a sweep's SQL read through a partial index: "reads `SELECT … FROM
// seed_packets WHERE expires_at < now() AND status <> 'expired' ORDER BY expires_at LIMIT 500`
// through the partial index".
var sweepSQLRe = regexp.MustCompile("reads `SELECT … FROM (\\w+) WHERE (\\w+) < now\\(\\) AND ([^`]+?) ORDER BY \\w+ LIMIT (\\d+)` (through the partial index)")

// sqlInWords says a sweep's SQL read in words where the store it moved to has no SQL or no
// partial index, so the rewrite of "through the partial index" is not left beside a SELECT.
func sqlInWords(line string, rw map[string]rewrite) string {
	if _, ok := rw["partialindex"]; !ok {
		return line
	}
	return sweepSQLRe.ReplaceAllStringFunc(line, func(m string) string {
		p := sweepSQLRe.FindStringSubmatch(m)
		return fmt.Sprintf("reads the %s whose %s has passed and %s, %s at a time, %s", strings.ReplaceAll(p[1], "_", " "), p[2], p[3], p[4], p[5])
	})
}

// clauseSeps end a clause inside a sentence, a bullet or a table cell.
var clauseSeps = []string{". ", "; ", ": ", " | ", " — "}

// dropClause removes the clause around line[from:to]: from the separator before it (kept when the
// clause opens its sentence) to the one after it.
func dropClause(line string, from, to int) string {
	start, startSep := 0, ""
	for _, sep := range clauseSeps {
		if i := strings.LastIndex(line[:from], sep); i >= 0 && i+len(sep) > start {
			start, startSep = i+len(sep), sep
		}
	}
	end, endSep := len(line), ""
	for _, sep := range append(clauseSeps, " |") {
		if i := strings.Index(line[to:], sep); i >= 0 && to+i < end {
			end, endSep = to+i, sep
		}
	}
	if endSep == "" && strings.HasSuffix(line, ".") {
		end, endSep = len(line)-1, "."
	}
	switch {
	case startSep == "; " || startSep == ": " && endSep != "; ":
		// "a; CLAUSE. b" → "a. b"; "why: CLAUSE. b" → "why. b"
		return strings.TrimRight(line[:start-len(startSep)], " ") + line[end:]
	case endSep == "; ":
		return line[:start] + upperAfterSentence(line[:start], line[end+len(endSep):])
	default:
		// The clause is a whole sentence or cell: keep the separators around it.
		rest := line[end:]
		if endSep == ". " || endSep == "." {
			rest = strings.TrimPrefix(strings.TrimPrefix(rest, "."), " ")
		}
		return strings.TrimRight(line[:start], " ") + spaceBefore(rest)
	}
}

func upperAfterSentence(before, s string) string {
	b := strings.TrimRight(before, " ")
	if b == "" || strings.HasSuffix(b, ".") || strings.HasSuffix(b, "|") {
		return upperFirst(s)
	}
	return s
}

func spaceBefore(s string) string {
	if s == "" || strings.HasPrefix(s, " ") {
		return s
	}
	return " " + s
}
