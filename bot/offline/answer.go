package offline

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// Questions are answered by reasoning over the design's model (components, their links, the
// entities they hold, the capacity figures, the decision log) and the technology knowledge base,
// never by quoting lines of the rendered document. Each answer names the sections it draws on.

var (
	whyRe            = regexp.MustCompile(`\bwhy\b|\bchoose\b|\bchose\b|\bchosen\b|\bpick(ed)?\b|\breason\b|\bjustify\b|\brationale\b`)
	transitiveFailRe = regexp.MustCompile(`\bfail(?:s|ed)? (?:its|their|his|her|a|an|the)\b`)
	whatIfRe         = regexp.MustCompile(`^(what if|what happens (if|when|at)|suppose|imagine)\b`)
)

// cite closes an answer with the sections it draws on.
func cite(ids ...conversation.SectionID) string {
	titles := make([]string, len(ids))
	for i, id := range ids {
		titles[i] = id.Title()
	}
	return "(see " + strings.Join(titles, ", ") + ")"
}

// target finds the component a question is about: one it names, one running a technology it
// names, or the one a kind word points at ("the cache", "this database").
// phraseTarget is the component one of whose aliases of three words or more the question says
// ("card is declined"): a case the part is for, which names it better than a dive's words do.
func phraseTarget(g bot.Grounding, q string) (conversation.Component, bool) {
	return aliasTarget(g, q, 3)
}

// aliasTarget is the first component one of whose catalogue aliases, of at least minWords
// words, the question says as whole words.
func aliasTarget(g bot.Grounding, q string, minWords int) (conversation.Component, bool) {
	for _, c := range g.Components {
		id := catalogID(c.Name)
		if id == "" {
			continue
		}
		for _, a := range catalog[id].Aliases {
			if len(strings.Fields(a)) >= minWords && regexp.MustCompile(`\b`+regexp.QuoteMeta(a)+`\b`).MatchString(q) {
				return c, true
			}
		}
	}
	return conversation.Component{}, false
}

func target(g bot.Grounding, q string) (conversation.Component, bool) {
	best, bestLen := conversation.Component{}, 0
	for _, c := range g.Components {
		if n := strings.ToLower(c.Name); strings.Contains(q, n) && len(n) > bestLen {
			best, bestLen = c, len(n)
		}
	}
	if bestLen > 0 {
		return best, true
	}
	if tp, _, at := findTech(q); at >= 0 {
		for _, c := range g.Components {
			if now, ok := techOf(c.Technology); ok && now.ID == tp.ID && c.Kind == tp.Kind {
				return c, true
			}
		}
	}
	if c, ok := aliasTarget(g, q, 0); ok {
		return c, true
	}
	kinds := []struct {
		re   *regexp.Regexp
		kind string
	}{
		{regexp.MustCompile(`\b(database|db|datastore|data store|store|primary)\b`), "database"},
		{regexp.MustCompile(`\bcache\b`), "cache"},
		{regexp.MustCompile(`\b(queue|log|broker|stream)\b`), "queue"},
		{regexp.MustCompile(`\b(search|index)\b`), "search"},
		{regexp.MustCompile(`\b(blob|object storage|bucket)\b`), "storage"},
	}
	for _, k := range kinds {
		if !k.re.MatchString(q) {
			continue
		}
		if k.kind == "database" {
			if m := mainStore(g); m.Name != "" {
				return m, true
			}
		}
		for _, c := range g.Components {
			if c.Kind == k.kind && catalogID(c.Name) == k.kind {
				return c, true
			}
		}
		for _, c := range g.Components {
			if c.Kind == k.kind {
				return c, true
			}
		}
	}
	return conversation.Component{}, false
}

// genericNameWords say what kind of part a component is, not which one: "the notification
// service" is the Notification workers, whatever the design calls them.
var genericNameWords = set("service", "services", "worker", "workers", "server", "servers", "db", "database", "store", "api", "gateway", "job", "jobs", "the", "and", "of", "fleet", "cluster", "engine", "system")

// byNameWords finds the component whose name shares the most distinctive words with the
// question: "the notification service" → Notification workers.
func byNameWords(g bot.Grounding, q string) (conversation.Component, bool) {
	words := significant(q)
	best, bestN := conversation.Component{}, 0
	for _, c := range g.Components {
		n := 0
		for _, w := range strings.Fields(strings.ToLower(c.Name)) {
			if !genericNameWords[w] && len(w) >= 4 && slices.ContainsFunc(words, func(x string) bool { return stem5(root(x)) == stem5(root(w)) }) {
				n++
			}
		}
		if n > bestN {
			best, bestN = c, n
		}
	}
	return best, bestN > 0
}

// answerFailure answers "what if X fails?": what X holds, who calls it, what its technology does
// when it fails, where the load goes at the design's peak and whether that survives it.
func answerFailure(g bot.Grounding, q string) string {
	if !failRe.MatchString(q) || regexp.MustCompile(`\b(zone|region|data ?cent(er|re))s?\b`).MatchString(q) {
		return ""
	}
	if _, named := target(g, q); !named && transitiveFailRe.MatchString(q) {
		// "a returned batch fails its germination test": an outcome in the domain, not a part down.
		return ""
	}
	c, ok := failTarget(g, q)
	if !ok {
		return ""
	}
	u := useOf(g, c)
	var b strings.Builder
	fmt.Fprintf(&b, "**If %s (%s) fails**\n", c.Name, c.Technology)
	if c.Kind == "worker" && workerDown(&b, g, c) {
		// A consumer holds nothing and its technology is its log's: what matters is the backlog.
		return b.String() + cite(conversation.Reliability, conversation.Architecture)
	}
	if c.Kind == "external" {
		externalDown(&b, g, c)
		return b.String() + cite(conversation.Reliability, conversation.Architecture)
	}
	if h := holds(g, u); h != "" {
		fmt.Fprintf(&b, "- It holds %s.\n", h)
	}
	if len(u.callers) > 0 {
		fmt.Fprintf(&b, "- Called by %s.\n", strings.Join(u.callers, ", "))
	}
	tp, known := techOf(c.Technology)
	if known {
		fmt.Fprintf(&b, "- On %s what fails is %s: %s.\n", tp.short(), tp.Failure.Fails, tp.Failure.Load)
	}
	switch c.Kind {
	case "client":
		return clientDown(g, c)
	case "cache":
		cacheFallThrough(&b, g, c, tp)
		return b.String() + cite(conversation.Reliability, conversation.Architecture, conversation.CapacityID)
	case "database", "storage", "search":
		storeDown(&b, g, u, tp, known)
	case "queue":
		queueDown(&b, g, tp, known)
	default:
		fmt.Fprintf(&b, "- It is stateless and runs at least 3 instances across zones: losing one moves its share of the %s peak requests/s to the others (%d app servers are sized for the peak); losing every instance fails %s until they are replaced, and the callers' circuit breakers fail fast meanwhile.\n",
			conversation.Human(g.Capacity.PeakReadQPS+g.Capacity.PeakWriteQPS), g.Capacity.AppServers, flowsOf(g, c))
	}
	return b.String() + cite(conversation.Reliability, conversation.Architecture, conversation.DataModel)
}

// holds says what a component keeps: its entities, or what its callers use it for.
func holds(g bot.Grounding, u storeUse) string {
	var out []string
	for _, e := range u.entities {
		out = append(out, fmt.Sprintf("%s (key %s)", e.Name, e.Key))
	}
	if len(out) == 0 {
		return flowsOf(g, u.comp)
	}
	return strings.Join(out, ", ")
}

// flowsOf lists what a component's callers use it for ("code → URL, sessions").
func flowsOf(g bot.Grounding, c conversation.Component) string {
	var out []string
	for _, o := range g.Components {
		for i, to := range o.TalksTo {
			if to == c.Name && i < len(o.Flows) && o.Flows[i] != "" && !slices.Contains(out, o.Flows[i]) {
				out = append(out, o.Flows[i])
			}
		}
	}
	if len(out) == 0 {
		return strings.ToLower(strings.TrimSuffix(c.Description, "."))
	}
	return strings.Join(out, ", ")
}

// fallbacks are the databases a cache's callers read on a miss.
func fallbacks(g bot.Grounding, cache conversation.Component) []conversation.Component {
	var out []conversation.Component
	for _, o := range g.Components {
		if !slices.Contains(o.TalksTo, cache.Name) {
			continue
		}
		for _, to := range o.TalksTo {
			for _, c := range g.Components {
				if c.Name == to && c.Kind == "database" && !slices.ContainsFunc(out, func(x conversation.Component) bool { return x.Name == c.Name }) {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

func cacheFallThrough(b *strings.Builder, g bot.Grounding, c conversation.Component, tp technology) {
	H := conversation.Human
	fbs := fallbacks(g, c)
	if len(fbs) == 0 {
		fmt.Fprintf(b, "- Nothing reads through it to a store: what it holds is rebuilt as clients reconnect and refresh it; until then those lookups miss.\n")
		return
	}
	fb := fbs[0]
	if m := mainStore(g); slices.ContainsFunc(fbs, func(x conversation.Component) bool { return x.Name == m.Name }) {
		fb = m
	}
	peak := g.Capacity.PeakReadQPS
	fmt.Fprintf(b, "- Reads fall through to %s at %s/s peak, against ≈ %s/s of misses with the cache at a %s%% hit ratio (assumed).\n",
		fb.Name, H(peak), H(peak*(1-cacheHitRatio)), H(cacheHitRatio*100))
	ft, ok := techOf(fb.Technology)
	if !ok {
		fmt.Fprintf(b, "- %s's limits are not in my knowledge base, so treat the full read rate as unproven: %s.\n", fb.Name, tp.Failure.Mitigation)
		return
	}
	u := useOf(g, fb)
	if u.reads == 0 {
		u.reads = peak * (1 - cacheHitRatio)
	}
	need, _ := units(ft, u, false)
	serve := need * ft.Limits.Reads
	fleet := plural(need, ft.Unit)
	if ft.Scale == "primary" {
		// Each shard's primary and two read replicas serve reads.
		serve *= 3
		fleet = plural(need, "shard") + " (a primary and 2 read replicas each)"
	}
	switch {
	case ft.Scale == "managed":
		normal := peak * (1 - cacheHitRatio)
		if peak > 2*normal {
			fmt.Fprintf(b, "- %s is managed, and on-demand capacity absorbs up to twice its previous peak at once: %s/s is %sx the ≈ %s/s it normally sees, so it throttles until it scales out (minutes), and any key above %s reads/s per %s throttles regardless.\n",
				ft.short(), H(peak), H(math.Round(peak/normal)), H(normal), H(ft.Limits.Reads), ft.Unit)
		} else {
			fmt.Fprintf(b, "- %s is managed and absorbs up to twice its previous peak at once, so it takes this; only keys above %s reads/s per %s throttle.\n", ft.short(), H(ft.Limits.Reads), ft.Unit)
		}
	case peak > serve:
		fmt.Fprintf(b, "- That is %sx what its %s %s (≈ %s reads/s at %s each): it does not survive unprotected.\n", H(math.Ceil(peak/serve)), fleet, verb(need, "serves", "serve"), H(serve), H(ft.Limits.Reads))
	default:
		fmt.Fprintf(b, "- Its %s %s ≈ %s reads/s, so it survives the full read load with a higher p99 (a %s read instead of a memory hit).\n", fleet, verb(need, "serves", "serve"), H(serve), ft.short())
	}
	fmt.Fprintf(b, "- What keeps it up: %s.\n", tp.Failure.Mitigation)
}

func storeDown(b *strings.Builder, g bot.Grounding, u storeUse, tp technology, known bool) {
	H := conversation.Human
	if u.main {
		fmt.Fprintf(b, "- It takes %s writes/s and %s reads/s at peak", H(u.writes), H(u.reads))
		if u.cached {
			fmt.Fprintf(b, " (reads past the cache, at a %s%% hit ratio)", H(cacheHitRatio*100))
		}
		b.WriteString(".\n")
	}
	if u.cached {
		b.WriteString("- Hot reads keep coming from the cache for as long as their TTL lasts; misses and every write fail meanwhile.\n")
	}
	if !known {
		fmt.Fprintf(b, "- Replication: %s.\n", orDefault(replication(u.comp), "none known for this technology"))
		return
	}
	fmt.Fprintf(b, "- Replication: %s.\n", tp.Replication)
	fmt.Fprintf(b, "- What keeps it up: %s.\n", tp.Failure.Mitigation)
	if !tp.Replicated {
		b.WriteString("- It does not survive: there is one copy, so the design is down and loses what was written since the last backup.\n")
	} else {
		b.WriteString("- A node or zone loss is survived as above; losing the whole cluster stops the paths that write to it until it is restored from backups (Reliability: point-in-time recovery).\n")
	}
}

func queueDown(b *strings.Builder, g bot.Grounding, tp technology, known bool) {
	w := g.Capacity.PeakWriteQPS
	fmt.Fprintf(b, "- Producers must buffer or drop: at up to %s events/s at peak, five minutes of outage is ≈ %s events; consumers stall and catch up from their offsets afterwards, so derived data (counters, indexes, analytics) lags but nothing on the request path waits.\n",
		conversation.Human(w), conversation.Human(w*300))
	if known {
		fmt.Fprintf(b, "- What keeps it up: %s.\n", tp.Failure.Mitigation)
	}
}

// workerDown says what stops when a consumer of the design's log is down: nothing on the request
// path, only what it produces, which is late and then caught up. It reports false for a worker
// that consumes no log.
func workerDown(b *strings.Builder, g bot.Grounding, c conversation.Component) bool {
	var logs, out []string
	for i, to := range c.TalksTo {
		fl := ""
		if i < len(c.Flows) {
			fl = c.Flows[i]
		}
		if k := kindOf(g, to); k == "queue" {
			logs = append(logs, to+" ("+orDefault(fl, "events")+")")
		} else {
			out = append(out, to)
		}
	}
	if len(logs) == 0 {
		return false
	}
	fmt.Fprintf(b, "- It consumes %s. While it is down the log keeps the events, so nothing is lost and no request waits: writes keep committing, and only what it does next (%s) is late.\n",
		strings.Join(logs, ", "), orDefault(strings.Join(out, ", "), "its results"))
	fmt.Fprintf(b, "- Back up, it resumes from its last committed offset and works through the backlog; each event is handled once by its id, so the catch-up sends or writes nothing twice. At %s events/s at peak, ten minutes down is a backlog of ≈ %s.\n",
		conversation.Human(g.Capacity.PeakWriteQPS), conversation.Human(g.Capacity.PeakWriteQPS*600))
	b.WriteString("- Consumer lag is what to alert on: it says how late, before anyone notices the silence.\n")
	return true
}

// kindOf is the kind of the design's component called name.
func kindOf(g bot.Grounding, name string) string {
	for _, c := range g.Components {
		if c.Name == name {
			return c.Kind
		}
	}
	return ""
}

func verb(n float64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
