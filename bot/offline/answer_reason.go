package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// demands says what the design asks of a store, with its figures and the sections that ask it.
func demands(u storeUse) string {
	H := conversation.Human
	var out []string
	if u.main {
		reads := H(u.reads) + " reads/s"
		if u.cached {
			reads += " past the cache"
		}
		out = append(out, fmt.Sprintf("%s writes/s and %s at peak, %s kept", H(u.writes), reads, conversation.Bytes(u.storageBytes)))
	}
	for _, c := range claims {
		if sec, ok := u.claims[c.ID]; ok {
			out = append(out, fmt.Sprintf("%s (%s)", c.What, sec))
		}
	}
	if u.global {
		out = append(out, "replication across regions (the design is multi-region)")
	}
	return strings.Join(out, "; ")
}

// answerRationale answers "why this database?" / "why Cassandra?": what the component holds and
// what the design asks of it, the decisions that chose it, and each alternative of the knowledge
// base with the reason it lost for this design.
func answerRationale(g bot.Grounding, q string) string {
	if !whyRe.MatchString(q) {
		return ""
	}
	c, ok := target(g, q)
	if !ok {
		return ""
	}
	r := newRenderer(g)
	u := useOf(g, c)
	tp, known := techOf(c.Technology)
	var b strings.Builder
	fmt.Fprintf(&b, "**Why %s for %s**\n", c.Technology, c.Name)
	for _, e := range u.entities {
		fmt.Fprintf(&b, "- It holds %s: %s.\n", e.Name, r.x(e.Why))
	}
	if len(u.entities) == 0 {
		fmt.Fprintf(&b, "- Its job: %s.\n", strings.TrimSuffix(c.Description, "."))
	}
	if d := demands(u); d != "" {
		fmt.Fprintf(&b, "- What the design asks of it: %s.\n", d)
	}
	words := []string{strings.ToLower(c.Name)}
	if known {
		words = append(words, tp.Names...)
	}
	for _, f := range r.ordered() {
		for _, t := range r.tradeoffsOf(f) {
			if dt := strings.ToLower(r.x(t.Decision)); containsAny(dt, words) {
				fmt.Fprintf(&b, "- Decision: %s over %s — %s.\n", r.x(t.Decision), r.x(t.Rejected), r.x(t.Why))
			}
		}
	}
	for _, d := range g.Decisions {
		if strings.Contains(d.Summary, c.Name) {
			fmt.Fprintf(&b, "- v%d: %s — %s.\n", d.Version, d.Summary, d.Rationale)
		}
	}
	if known {
		b.WriteString("Alternatives and why they lost here:\n")
		for _, alt := range alternatives(tp) {
			fmt.Fprintf(&b, "- %s: %s.\n", alt.short(), verdict(alt, u))
		}
		fmt.Fprintf(&b, "What %s costs: %s. To run: %s. The bill: %s.\n", tp.short(), tp.Costs, tp.Ops, tp.Cost)
	}
	return b.String() + cite(conversation.DataModel, conversation.Tradeoffs, conversation.CapacityID)
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if w != "" && strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// alternatives are the other technologies of the same kind, one per data model, so the list
// compares approaches rather than near-twins.
func alternatives(tp technology) []technology {
	var out []technology
	models := map[string]bool{firstWord(tp.Model): true}
	for _, alt := range techs {
		m := firstWord(alt.Model)
		if alt.Kind != tp.Kind || alt.ID == tp.ID || models[m] || len(out) == 4 {
			continue
		}
		models[m] = true
		out = append(out, alt)
	}
	return out
}

// verdict says why alt loses (or fits) for the use.
func verdict(alt technology, u storeUse) string {
	fs := assess(alt, u, false)
	if cs := conflicts(fs); len(cs) > 0 {
		return "breaks the design — " + strings.Join(cs, "; ")
	}
	if len(fs) > 0 {
		return "would work, at a price — " + strings.Join(texts(fs), "; ")
	}
	return "fits the figures too; it lost on what it costs — " + alt.Costs
}

// answerWhatIf answers a what-if on the numbers with recomputed figures, without changing the
// design, and says what the new figures break.
func answerWhatIf(g bot.Grounding, q string) string {
	if !whatIfRe.MatchString(q) || failRe.MatchString(q) {
		return ""
	}
	ch, ok := planScale(g, q)
	if ok && ch.req == nil && ch.unsupported != "" {
		return ch.unsupported + " " + cite(conversation.Reliability)
	}
	if !ok || ch.req == nil {
		return ""
	}
	H, B := conversation.Human, conversation.Bytes
	was, now := g.Capacity, conversation.Estimate(ch.req.Workload)
	what := strings.TrimPrefix(ch.decision, "Re-size for ")
	spike := boundSpike(&now, was, q)
	var b strings.Builder
	fmt.Fprintf(&b, "**With %s** (recomputed; the design is unchanged)\n\n| Figure | Now | What-if |\n|---|---|---|\n", what)
	rows := []struct {
		name     string
		was, now string
	}{
		{"Peak writes/s", H(was.PeakWriteQPS), H(now.PeakWriteQPS)},
		{"Peak reads/s", H(was.PeakReadQPS), H(now.PeakReadQPS)},
		{"Storage kept", B(was.StorageBytesKept), B(now.StorageBytesKept)},
		{"Cache for the hot set", B(was.CacheBytes), B(now.CacheBytes)},
		{"App servers", fmt.Sprint(was.AppServers), fmt.Sprint(now.AppServers)},
		{"Database partitions", fmt.Sprint(was.DBShards), fmt.Sprint(now.DBShards)},
	}
	cached := len(newRenderer(g).namesOfKind("cache")) > 0
	for _, r := range rows {
		if r.name == "Cache for the hot set" && !cached {
			continue // a design with no cache is not told what its cache would hold
		}
		fmt.Fprintf(&b, "| %s | %s | %s |\n", r.name, r.was, r.now)
	}
	b.WriteString("\nWhat it means:\n")
	ng := g
	ng.Requirements, ng.Capacity = *ch.req, now
	if m := mainStore(ng); m.Name != "" {
		if tp, ok := techOf(m.Technology); ok {
			u := useOf(ng, m)
			need, _ := units(tp, u, false)
			fits := fmt.Sprintf("still fits (%s)", plural(need, tp.Unit))
			if tp.Replicated {
				// The count is of load, one copy: "1 storage node" beside RF=3 would read as a contradiction.
				fits = fmt.Sprintf("still fits (the load of %s, before its replicas)", plural(need, tp.Unit))
			}
			fmt.Fprintf(&b, "- %s (%s): %s.\n", m.Name, tp.short(), orDefault(strings.Join(texts(assess(tp, u, false)), "; "), fits))
		}
	}
	if now.CacheBytes > 0 && cached {
		fmt.Fprintf(&b, "- Cache: %s.\n", cacheLine(now.CacheBytes).what)
	}
	fmt.Fprintf(&b, "- App tier: %d → %d servers; the shape of the design holds, its sizes change.\n", was.AppServers, now.AppServers)
	if spike != "" {
		fmt.Fprintf(&b, "- %s\n", spike)
	}
	if ch.reply != "" {
		fmt.Fprintf(&b, "- %s\n", ch.reply)
	}
	fmt.Fprintf(&b, "Say \"yes, apply it\" to re-size the design for it. %s", cite(conversation.CapacityID, conversation.Scalability))
	return b.String()
}

// spikeRe finds a what-if bounded in time: "for a week", "for two days", "over the weekend".
var spikeRe = regexp.MustCompile(`\b(?:for|over|during)\s+(?:a|an|one|the|(\d+|two|three|four|five|six|seven|ten))?\s*(day|week|weekend|month|fortnight)s?\b`)

// boundSpike sizes a what-if that lasts only a while ("triples the orders for a week"): the
// servers and the write rate are the spike's, but only its extra days of data are kept, not a
// tripled retention. It says so, or returns "" for a lasting change.
func boundSpike(now *conversation.Capacity, was conversation.Capacity, q string) string {
	m := spikeRe.FindStringSubmatch(strings.ToLower(q))
	if m == nil || now.StorageBytesKept <= was.StorageBytesKept {
		return ""
	}
	n := map[string]float64{"": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}[m[1]]
	if v, err := strconv.ParseFloat(m[1], 64); err == nil {
		n = v
	}
	days := n * map[string]float64{"day": 1, "week": 7, "weekend": 2, "month": 30, "fortnight": 14}[m[2]]
	extra := (now.StorageBytesPerMonth - was.StorageBytesPerMonth) * days / 30
	now.StorageBytesKept = was.StorageBytesKept + extra
	now.DBShards = max(was.DBShards, conversation.ShardsForWrites(now.PeakWriteQPS))
	return fmt.Sprintf("It lasts %s: the servers and the write path are sized for it, but it adds only %s of data to what is kept, so the stores keep their size; scale the app tier out before it starts and back after.",
		strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(m[0], "for "), "over "), "during ")), conversation.Bytes(extra))
}

// answerCompare compares two technologies for the component the question is about.
func answerCompare(g bot.Grounding, q string) string {
	ts := allTechs(q)
	if len(ts) < 2 || !compareRe.MatchString(q) {
		return ""
	}
	a, z := ts[0], ts[1]
	c, ok := conversation.Component{}, false
	if i := strings.Index(q, " for "); i >= 0 {
		if j := componentFor(g, strings.Trim(q[i+5:], "?.! "), a.Kind); j >= 0 {
			c, ok = g.Components[j], true
		}
	}
	if !ok {
		c, ok = target(g, q)
	}
	if !ok || c.Kind != a.Kind {
		c = conversation.Component{Name: "a new " + a.Kind, Kind: a.Kind}
		if m := mainStore(g); a.Kind == "database" && m.Name != "" {
			c = m
		}
		for _, x := range g.Components {
			if x.Kind == a.Kind && a.Kind != "database" {
				c = x
				break
			}
		}
	}
	u := useOf(g, c)
	row := func(name string, f func(technology) string) string {
		return fmt.Sprintf("| %s | %s | %s |\n", name, cell(f(a)), cell(f(z)))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**%s vs %s for %s**", a.short(), z.short(), c.Name)
	if d := demands(u); d != "" {
		fmt.Fprintf(&b, " — the design asks for %s", d)
	}
	fmt.Fprintf(&b, "\n\n| | %s | %s |\n|---|---|---|\n", a.short(), z.short())
	b.WriteString(row("Data model", func(t technology) string { return t.Model }))
	b.WriteString(row("Transactions", func(t technology) string { return t.Transactions }))
	b.WriteString(row("Put-if-absent", func(t technology) string { return orDefault(t.Conditional, "none") }))
	b.WriteString(row("Secondary indexes", func(t technology) string { return t.Indexes }))
	b.WriteString(row("Per "+"unit", func(t technology) string {
		return fmt.Sprintf("%s writes/s, %s reads/s per %s", conversation.Human(t.Limits.Writes), conversation.Human(t.Limits.Reads), t.Unit)
	}))
	b.WriteString(row("For this design", func(t technology) string {
		need, _ := units(t, u, false)
		return plural(need, t.Unit)
	}))
	b.WriteString(row("When it fails", func(t technology) string { return t.Failure.Load + "; " + t.Failure.Mitigation }))
	b.WriteString(row("Operations and cost", func(t technology) string { return t.Ops + "; " + t.Cost }))
	fa, fz := assess(a, u, false), assess(z, u, false)
	fmt.Fprintf(&b, "\n**For this design:** %s — %s. %s — %s.\n", a.short(), orDefault(strings.Join(texts(fa), "; "), "fits as is"), z.short(), orDefault(strings.Join(texts(fz), "; "), "fits as is"))
	switch score(fa) - score(fz) {
	case 0:
		fmt.Fprintf(&b, "Both fit; choose on operations and cost.")
	default:
		win, lose := a, z
		if score(fa) > score(fz) {
			win, lose = z, a
		}
		fmt.Fprintf(&b, "%s fits better here: fewer things change or break than with %s.", win.short(), lose.short())
	}
	return b.String() + " " + cite(conversation.DataModel, conversation.CapacityID, conversation.Reliability)
}

// score weighs findings: a conflict counts as many costs.
func score(fs []finding) int {
	n := 0
	for _, f := range fs {
		n++
		if f.conflict {
			n += 10
		}
	}
	return n
}

// firstWord is a text's first word without punctuation ("wide-column", "relational").
func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], "(),")
}

// answerDecision answers "why 302 redirects?": the decision of the trade-off table (or the
// decision log) that shares the most words with the question, with what it was chosen over.
func answerDecision(g bot.Grounding, q string) string {
	if !whyRe.MatchString(q) {
		return ""
	}
	words := significant(q)
	r := newRenderer(g)
	best, bestScore := "", 0
	consider := func(text, answer string) {
		n := 0
		for _, w := range significant(strings.ToLower(text)) {
			if slices.Contains(words, w) {
				n++
			}
		}
		if n > bestScore {
			best, bestScore = answer, n
		}
	}
	for _, f := range r.ordered() {
		for _, t := range r.tradeoffsOf(f) {
			d, rej, why := r.x(t.Decision), r.x(t.Rejected), r.x(t.Why)
			consider(d, fmt.Sprintf("**%s**, chosen over %s: %s. %s", d, rej, why, cite(conversation.Tradeoffs)))
		}
	}
	for _, d := range g.Decisions {
		consider(d.Summary, fmt.Sprintf("**v%d: %s** — %s. %s", d.Version, d.Summary, orDefault(d.Rationale, "no reason was recorded"), cite(conversation.Tradeoffs)))
	}
	if 2*bestScore < len(words) {
		// Too little in common: better no answer than a tangential decision.
		return ""
	}
	return best
}

// significant lists a text's words that can tell decisions apart.
func significant(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if len(w) > 2 && !stopWords[w] {
			out = append(out, strings.TrimSuffix(w, "s"))
		}
	}
	return out
}

var stopWords = map[string]bool{"why": true, "what": true, "the": true, "this": true, "that": true, "did": true, "you": true, "use": true, "pick": true, "picked": true, "choose": true, "chose": true, "with": true, "for": true, "and": true, "not": true, "are": true, "was": true, "instead": true, "over": true, "reason": true, "design": true}
