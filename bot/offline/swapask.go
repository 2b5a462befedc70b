package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// swapAsk is how a request to change a technology reads: the technology wanted, the phrase for
// what it replaces ("kafka", "postgres") and the phrase for the part it is about ("the trip db",
// "answers"), each when the request says it.
type swapAsk struct {
	tech       technology
	name       string
	from, part string
}

// swapForms are the ways people ask for a technology change, each naming where the new
// technology (new), the replaced one (old) and the part (part) sit; the first form that
// matches and names a technology in its new slot is the reading.
var swapForms = []*regexp.Regexp{
	// "replace kafka with kinesis (for the event log)", "swap (out) postgres for cassandra in the trip db"
	regexp.MustCompile(`\b(?:replace|swap(?: out)?|substitute)\s+(?P<old>.+?)\s+(?:with|for|by)\s+(?P<new>.+?)(?:\s+(?:for|in|on|as)\s+(?P<part>.+))?$`),
	// "move the trip db from postgres to cassandra", "switch from kafka to kinesis for the event log"
	regexp.MustCompile(`\b(?:move|migrate|switch|shift|change|port|convert|go)\s+(?:(?P<part>.+?)\s+)?(?:from|off(?: of)?)\s+(?P<old>.+?)\s+(?:to|onto|over to|into)\s+(?P<new>.+?)(?:\s+(?:for|in)\s+(?P<part2>.+))?$`),
	// "use cassandra for trips instead of postgres", "cassandra instead of postgres for the trips"
	regexp.MustCompile(`^(?:.*?\b(?:use|go with|pick|choose|try|want|need|prefer|have|take)\s+)?(?P<new>.+?)\s+(?:for|in|on)\s+(?P<part>.+?)\s+(?:instead of|rather than)\s+(?P<old>.+)$`),
	regexp.MustCompile(`^(?:.*?\b(?:use|go with|pick|choose|try|want|need|prefer|have|take)\s+)?(?P<new>.+?)\s+(?:instead of|rather than)\s+(?P<old>.+?)(?:\s+(?:for|in|on)\s+(?P<part>.+))?$`),
	// "put the trip db on cassandra", "store answers in postgres (instead)", "move trips to
	// dynamodb", "store the raw readings in timescaledb instead of clickhouse"
	regexp.MustCompile(`\b(?:move|migrate|switch|swap|shift|change|port|convert|put|store|keep|run|host|save|rebuild)\s+(?P<part>.+?)\s+(?:to|onto|on|in|into|over to|with|using)\s+(?P<new>.+?)(?:\s+(?:instead of|rather than)\s+(?P<old>.+))?$`),
	// "use cassandra for the trip db", "switch to kinesis for the event log"
	regexp.MustCompile(`(?P<new>.+?)\s+(?:for|as)\s+(?P<part>.+)$`),
}

var insteadFirstRe = regexp.MustCompile(`(?i)^(?:instead of|rather than)\s+([^,]+),\s*(.+)$`)

// readSwap reads t (lower case) as a technology change; ok is false when t names no technology.
func readSwap(t string) (ask swapAsk, ok bool) {
	t = strings.TrimSpace(strings.TrimRight(t, "?.! "))
	t = regexp.MustCompile(`\s+(?:instead|then|please)$`).ReplaceAllString(t, "")
	// "instead of clickhouse, store the readings in timescaledb" says what it replaces first.
	t = insteadFirstRe.ReplaceAllString(t, "$2 instead of $1")
	tp, name, at := findTech(t)
	if at < 0 {
		return swapAsk{}, false
	}
	ask = swapAsk{tech: tp, name: name}
	for i, re := range swapForms {
		m := re.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		slot := func(n string) string {
			if i := re.SubexpIndex(n); i >= 0 {
				return strings.TrimSpace(m[i])
			}
			return ""
		}
		ntp, nname, nat := findTech(slot("new"))
		if nat < 0 || i < len(swapForms)-1 && !onlyTech(slot("new")) {
			// "put a cdn in front of s3" puts no store on S3: the new slot must be a technology.
			continue
		}
		old, part := slot("old"), slot("part")+slot("part2")
		if old == "" && onlyTech(part) {
			// "move postgres to cassandra": the part is the technology being replaced.
			old, part = part, ""
		}
		return swapAsk{tech: ntp, name: nname, from: old, part: part}, true
	}
	return ask, true
}

// swapVerbRe finds the verbs of a change of store that changeRe does not take for a change on
// their own ("put the trip db on cassandra", "store answers in postgres instead").
var swapVerbRe = regexp.MustCompile(`^(?:let'?s\s+|please\s+|(?:can|could|would) (?:you|we)\s+(?:please\s+)?|we (?:should|could|can|need to|want to)\s+|i'?d like to\s+)?(?:put|store|keep|run|host|save|shift|port|convert|rebuild|move|migrate|switch|replace|swap|use)\b|\binstead[?.!]*$`)

// asksSwap reports whether t asks to move a part of the design onto a technology it names.
func asksSwap(t string) bool {
	if !swapVerbRe.MatchString(t) {
		return false
	}
	ask, ok := readSwap(t)
	return ok && (ask.part != "" || ask.from != "")
}

// onlyTech reports whether a phrase is just a technology's name ("the postgres", "kafka").
func onlyTech(s string) bool {
	tp, _, at := findTech(s)
	if at < 0 {
		return false
	}
	for _, n := range tp.Names {
		s = techNameRe(n).ReplaceAllString(s, " ")
	}
	return onlyTechRe.MatchString(strings.TrimSpace(s))
}

var onlyTechRe = regexp.MustCompile(`^(?:(?:the|our|a|an|current|existing|old|aws|amazon|apache|google|azure|managed|self-hosted|hosted)\s*)*(?:cluster|instance|database|db|one|setup|service)?$`)

// namedComponent finds the component a phrase names word for word: its name or one of its
// catalogue aliases, the longest such name first, so "the trip db" is the Trip DB and never
// the first database. A component of kind (when given) wins over one of another kind.
func namedComponent(g bot.Grounding, phrase, kind string) int {
	if strings.TrimSpace(phrase) == "" {
		return -1
	}
	best, bestLen, bestKind := -1, 0, false
	for i, c := range g.Components {
		names := []string{strings.ToLower(c.Name)}
		if id := catalogID(c.Name); id != "" {
			names = append(names, catalog[id].Aliases...)
		}
		for _, n := range names {
			if n == "" || !regexp.MustCompile(`\b`+storeNounsOf(n)+`s?\b`).MatchString(phrase) {
				continue
			}
			fits := kind == "" || compatibleKind(c.Kind, kind)
			if fits && !bestKind || fits == bestKind && len(n) > bestLen {
				best, bestLen, bestKind = i, len(n), fits
			}
		}
	}
	return best
}

// storeNounRe finds the word a store's name ends with ("Time-series DB", "Media store").
var storeNounRe = regexp.MustCompile(`\s(?:db|database|store|storage)$`)

// storeNounsOf is a pattern for a component's name in which a store's last word may be any word
// for a store: "the time-series store", "the time-series database" and "the time-series data"
// all name "Time-series DB".
func storeNounsOf(name string) string {
	if loc := storeNounRe.FindStringIndex(name); loc != nil {
		return regexp.QuoteMeta(name[:loc[0]]) + `\s(?:db|database|store|storage|data|cluster)`
	}
	return regexp.QuoteMeta(name)
}

// compatibleKind reports whether a technology of kind want can take over a component of kind
// have: the same kind, or a database and a cache either way.
func compatibleKind(have, want string) bool {
	return have == want || have == "database" && want == "cache" || have == "cache" && want == "database"
}

// entityStore finds the store that holds an entity the phrase names ("answers", "the trips",
// "ledger entries"), word for word, the longest entity name first.
func entityStore(g bot.Grounding, phrase string) int {
	e, ok := namedEntity(g, phrase)
	if !ok {
		return -1
	}
	r := newRenderer(g)
	for _, x := range r.entities() {
		if x.Name == e {
			return slices.IndexFunc(g.Components, func(c conversation.Component) bool { return c.Name == r.name(x.Store) })
		}
	}
	return -1
}

// namedEntity is the entity with a store that phrase names, the longest name winning ("status
// transitions" over "status").
func namedEntity(g bot.Grounding, phrase string) (string, bool) {
	if strings.TrimSpace(phrase) == "" {
		return "", false
	}
	r := newRenderer(g)
	best := ""
	for _, e := range r.entities() {
		n := strings.ToLower(e.Name)
		if len(n) <= len(best) || !r.has(e.Store) {
			continue
		}
		q := regexp.QuoteMeta(n)
		if strings.HasSuffix(n, "y") {
			q += "|" + regexp.QuoteMeta(strings.TrimSuffix(n, "y")) + "ies"
		}
		if !regexp.MustCompile(`\b(?:` + q + `)(?:s|es)?\b`).MatchString(phrase) {
			continue
		}
		if slices.ContainsFunc(g.Components, func(c conversation.Component) bool { return c.Name == r.name(e.Store) }) {
			best = e.Name
		}
	}
	return best, best != ""
}

// onSiteRe finds a part that runs on the premises rather than in a cloud region: on a site's own
// boxes, at the edge, on board.
var onSiteRe = regexp.MustCompile(`\b(?:on[- ]site|on[- ]prem\w*|on[- ]premises|local|edge|box|boxes|on ?board|in[- ]store|site controller|the site's)\b`)

func onSite(c conversation.Component) bool {
	return onSiteRe.MatchString(strings.ToLower(c.Technology))
}

// runsWhere finds the one component of a kind whose technology says where the part phrase puts
// it ("each garage's local box" → the store "on the site controller pair … standby box"); -1
// when none or several do.
func runsWhere(g bot.Grounding, part, kind string) int {
	if !onSiteRe.MatchString(part) {
		return -1
	}
	words := removalWords(part)
	best, bestN, tie := -1, 0, false
	for i, c := range g.Components {
		if !compatibleKind(c.Kind, kind) || !onSite(c) {
			continue
		}
		text := strings.ToLower(c.Technology + " " + c.Description)
		n := 0
		for _, w := range words {
			if len(w) >= 3 && regexp.MustCompile(`\b`+regexp.QuoteMeta(w)).MatchString(text) {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = i, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if tie || bestN == 0 {
		return -1
	}
	return best
}

// moveCost says what moving a store's data to another technology costs: the migration (how much
// data, and how it moves without losing writes), what it gives up and what it takes to run.
func moveCost(u storeUse, tp technology, was string) string {
	what := "its data"
	if u.storageBytes > 0 {
		what = "the " + conversation.Bytes(u.storageBytes) + " it keeps"
	}
	if old, ok := techOf(was); ok {
		was = old.short()
	}
	line := fmt.Sprintf("What the move costs: a migration of %s off %s (dual writes, a backfill of history, then reads switched once counts match)", what, was)
	if tp.Costs != "" {
		line += "; it gives up: " + tp.Costs
	}
	if tp.Ops != "" {
		line += "; operations: " + tp.Ops
	}
	return line + "."
}

// swapFiller are words of a swap's part that name no data: "the store", "our data".
var swapFiller = map[string]bool{"store": true, "stores": true, "data": true, "database": true, "table": true, "tables": true, "the": true, "our": true, "all": true, "for": true, "with": true, "into": true, "onto": true, "instead": true, "records": true, "history": true}

// otherKindParts are the components of a kind other than want whose names (else whose
// descriptions) carry a word of the part that no component of kind want mentions ("positions"
// names Position ingest and Position stream when no database holds a position).
func otherKindParts(g bot.Grounding, part, want string) []conversation.Component {
	var byName, byText []conversation.Component
	add := func(out []conversation.Component, c conversation.Component) []conversation.Component {
		if slices.ContainsFunc(out, func(x conversation.Component) bool { return x.Name == c.Name }) {
			return out
		}
		return append(out, c)
	}
	for _, w := range strings.Fields(strings.ToLower(part)) {
		w = strings.Trim(w, ".,?!'\"")
		if len(w) < 3 || swapFiller[w] || stopWords[w] {
			continue
		}
		re := dataWordRe(w)
		if slices.ContainsFunc(g.Components, func(c conversation.Component) bool {
			return compatibleKind(c.Kind, want) && re.MatchString(strings.ToLower(c.Name+" "+roleWords(c.Description)))
		}) {
			continue // the data is in a store the technology can take over
		}
		for _, c := range g.Components {
			if c.Kind == "client" || c.Kind == "external" || compatibleKind(c.Kind, want) {
				continue
			}
			if re.MatchString(strings.ToLower(c.Name)) {
				byName = add(byName, c)
			} else if re.MatchString(strings.ToLower(roleWords(c.Description))) {
				byText = add(byText, c)
			}
		}
	}
	if len(byName) > 0 {
		return byName
	}
	return byText
}

// heldElsewhere says where the data a swap names lives when no part of the technology's kind
// holds it, and what the design's one store of that kind holds instead.
func heldElsewhere(g bot.Grounding, held []conversation.Component, tp technology, tname string) string {
	var where []string
	for _, c := range held {
		where = append(where, fmt.Sprintf("%s (%s, %s)", c.Name, c.Kind, c.Technology))
	}
	msg := fmt.Sprintf("**I haven't changed anything:** what you named is not kept in a %s here; it goes through %s.", tp.Kind, strings.Join(where, ", "))
	for _, c := range g.Components {
		if c.Kind == tp.Kind {
			msg += fmt.Sprintf(" %s (%s) holds something else: %s", c.Name, c.Technology, strings.TrimSuffix(c.Description, "."))
			break
		}
	}
	return msg + fmt.Sprintf(". Keeping it in %s would add a store this design does not have; name the part you mean, or ask where it is kept.", tp.short())
}

// roleWords is a component's description without the capabilities it serves ("(needed for:
// live location tracking)"): words of the design, not of what the component holds.
func roleWords(description string) string {
	return regexp.MustCompile(`\s*\(needed for:[^)]*\)`).ReplaceAllString(description, "")
}

// describedStore is the component of a kind that can take the technology whose name or
// description carries a word of the part, read from the head noun back ("the driver positions":
// only the Geo index keeps a position, though several stores mention drivers), or -1.
func describedStore(g bot.Grounding, part, want string) int {
	words := strings.Fields(strings.ToLower(part))
	for k := len(words) - 1; k >= 0; k-- {
		w := strings.Trim(words[k], ".,?!'\"")
		if len(w) < 3 || swapFiller[w] || stopWords[w] {
			continue
		}
		re := dataWordRe(w)
		var found []int
		for i, c := range g.Components {
			if compatibleKind(c.Kind, want) && re.MatchString(strings.ToLower(c.Name+" "+roleWords(c.Description))) {
				found = append(found, i)
			}
		}
		if len(found) == 1 {
			return found[0]
		}
	}
	return -1
}

// isStore reports whether a component keeps data at rest.
func isStore(c conversation.Component) bool {
	return c.Kind == "database" || c.Kind == "storage" || c.Kind == "cache"
}

// sameData are words for the same data a store's description may use instead of the user's:
// a "location" store keeps "positions".
var sameData = map[string]string{"location": "position", "position": "location", "coordinate": "position", "ping": "position", "gps": "position"}

// dataWordRe finds the data word w, singular or plural, or its other name.
func dataWordRe(w string) *regexp.Regexp {
	st := strings.TrimSuffix(w, "s")
	alt := regexp.QuoteMeta(st)
	if o, ok := sameData[st]; ok {
		alt += "|" + regexp.QuoteMeta(o)
	}
	return regexp.MustCompile(`\b(?:` + alt + `)s?\b`)
}
