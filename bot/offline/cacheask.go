package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// cacheAskRes are the ways people ask for a cache on one part's read path: "put a cache in front
// of the order db", "add a Redis cache for product pages", "cache the timeline in Redis", "front
// the listings with a cache". The part slot names the store or the data to cache. A question
// ("should we cache the orders?") matches none of them.
var cacheAskRes = []*regexp.Regexp{
	regexp.MustCompile(`^(?:let'?s\s+|please\s+|(?:can|could|would) (?:you|we)\s+|we (?:should|need to|want to|could)\s+|i(?:'d| would) like to\s+)?(?:add|put|place|introduce|stick|use|deploy)\s+(?:a\s+|an\s+|some\s+)?(?:(?:redis|memcached|read-through|cache-aside|shared|distributed|separate)\s+)*(?:cache|caching|cache layer)\s+(?:in front of|for|on|over|before|to|on top of)\s+(?P<part>.+?)[?.!]*$`),
	regexp.MustCompile(`^(?:let'?s\s+|please\s+|(?:can|could) you\s+|we (?:should|need to|want to|could)\s+)?cache\s+(?P<part>.+?)(?:\s+(?:in|with|using|on)\s+(?:redis|memcached|memory|a cache))?[?.!]*$`),
	regexp.MustCompile(`^(?:let'?s\s+|please\s+)?front\s+(?P<part>.+?)\s+with\s+(?:a\s+)?(?:redis\s+|memcached\s+)?cache[?.!]*$`),
}

// cachePart returns the part a request for a cache names, and whether t asks for one.
func cachePart(t string) (string, bool) {
	for _, re := range cacheAskRes {
		if m := re.FindStringSubmatch(t); m != nil {
			return strings.TrimSpace(m[re.SubexpIndex("part")]), true
		}
	}
	return "", false
}

// planCache puts a cache on the read path of the store a request names: what is cached, how it
// is invalidated and for how long it lives, and what it takes off the store at the design's own
// read rate. A store that already reads through a cache, or a part that is itself a cache, is
// pushed back on with what is there.
func planCache(g bot.Grounding, t string) (*change, bool) {
	part, ok := cachePart(t)
	if !ok {
		return nil, false
	}
	i := namedComponent(g, part, "")
	if i < 0 {
		i = entityStore(g, part)
	}
	if i < 0 {
		i = componentFor(g, part, "database")
	}
	if i < 0 {
		return &change{unsupported: fmt.Sprintf("I couldn't tell which store %q is. The stores here are: %s.", part, names(storesOf(g)))}, true
	}
	store := g.Components[i]
	if store.Kind == "cache" {
		return &change{pushback: fmt.Sprintf("**I haven't added a cache:** %s (%s) is already the cache for %s; %s. Ask about its eviction or invalidation, or say \"use Memcached for the %s\" to change what runs it. %s",
			store.Name, store.Technology, orDefault(holds(g, useOf(g, store)), "what it holds"), strings.TrimSuffix(store.Description, "."), strings.ToLower(store.Name), cite(conversation.Architecture, conversation.Scalability))}, true
	}
	var readers []int
	for j, o := range g.Components {
		if (o.Kind == "service" || o.Kind == "worker") && slices.Contains(o.TalksTo, store.Name) {
			readers = append(readers, j)
		}
	}
	if len(readers) == 0 {
		return &change{unsupported: fmt.Sprintf("Nothing reads %s on a request path, so a cache in front of it would take no load off it.", store.Name)}, true
	}
	u := useOf(g, store)
	u.entities = cachedEntities(g, u.entities, part)
	reads, basis := storeReads(g, u)
	for _, j := range readers {
		if readsThroughCache(g, g.Components[j]) {
			return &change{pushback: cachedAlready(g, store, g.Components[j], reads, basis)}, true
		}
	}
	return addCache(g, store, u, readers, reads, basis), true
}

// cachedEntities are the entities of the store worth caching: those the request names ("cache
// the orders"), else those a read flow of the design reads, else all of them (an outbox is
// written and relayed, never read by a user, so it is left out when reads say so).
func cachedEntities(g bot.Grounding, es []entity, part string) []entity {
	named := slices.DeleteFunc(slices.Clone(es), func(e entity) bool {
		return !strings.Contains(part, stem(strings.ToLower(e.Name)))
	})
	if len(named) > 0 {
		return named
	}
	read := slices.DeleteFunc(slices.Clone(es), func(e entity) bool {
		return !slices.ContainsFunc(g.Capacity.Flows, func(fl conversation.FlowLoad) bool {
			return fl.Kind == conversation.FlowRead && strings.Contains(strings.ToLower(fl.Name), stem(strings.ToLower(e.Name)))
		})
	})
	if len(read) > 0 {
		return read
	}
	return es
}

// storesOf lists the design's databases.
func storesOf(g bot.Grounding) []conversation.Component {
	var out []conversation.Component
	for _, c := range g.Components {
		if c.Kind == "database" {
			out = append(out, c)
		}
	}
	return out
}

// storeReads is the peak read rate of the flows that read what the store holds ("order or cart
// read" for the orders), else the design's whole peak read rate, with what it was taken from.
func storeReads(g bot.Grounding, u storeUse) (float64, string) {
	var sum float64
	var flows []string
	for _, fl := range g.Capacity.Flows {
		if fl.Kind != conversation.FlowRead {
			continue
		}
		name := strings.ToLower(fl.Name)
		if slices.ContainsFunc(u.entities, func(e entity) bool { return strings.Contains(name, stem(strings.ToLower(e.Name))) }) {
			sum += fl.PeakPerSec
			flows = append(flows, fl.Name)
		}
	}
	if sum > 0 {
		return sum, strings.Join(flows, ", ") + " at peak"
	}
	return g.Capacity.PeakReadQPS, "at most: all of the design's peak reads"
}

// cachedAlready says where the cache on the store's read path already is.
func cachedAlready(g bot.Grounding, store, reader conversation.Component, reads float64, basis string) string {
	cache, flow := "", ""
	for k, to := range reader.TalksTo {
		if kindOf(g, to) == "cache" {
			cache = to
			if k < len(reader.Flows) {
				flow = reader.Flows[k]
			}
			break
		}
	}
	H := conversation.Human
	return fmt.Sprintf("**I haven't added a cache:** %s already reads %s through %s before %s, so a second cache there would hold the same entries twice. At %s/s (%s) and a %.0f%% hit ratio (assumed), %s sees about %s/s of them. Ask how %s is invalidated, or say which other store's reads you want cached. %s",
		reader.Name, orDefault(flow, "its hot entries"), cache, store.Name, H(reads), basis, cacheHitRatio*100, store.Name, H(reads*(1-cacheHitRatio)), cache, cite(conversation.Architecture, conversation.Scalability))
}

// addCache wires the store's readers to the design's cache (added when there is none) and says
// what is cached, how it is invalidated, its TTL and what it takes off the store.
func addCache(g bot.Grounding, store conversation.Component, u storeUse, readers []int, reads float64, basis string) *change {
	comps := cloneComps(g.Components)
	cache := ""
	for _, c := range comps {
		if catalogID(c.Name) == "cache" {
			cache = c.Name
		}
	}
	added := cache == ""
	if added {
		spec := catalog["cache"]
		cache = spec.Name
		comps = append(comps, conversation.Component{Name: spec.Name, Kind: spec.Kind, Technology: spec.Tech, Description: upperFirst(spec.Desc) + " (added in conversation)"})
	}
	var what, keys []string
	for _, e := range u.entities {
		what = append(what, strings.ToLower(e.Name))
		if e.Key != "" {
			keys = append(keys, fmt.Sprintf("%s by %s", strings.ToLower(e.Name), e.Key))
		}
	}
	held := orDefault(strings.Join(what, ", "), "its rows")
	var readerNames []string
	for _, j := range readers {
		comps[j].TalksTo = append(comps[j].TalksTo, cache)
		comps[j].Flows = append(comps[j].Flows, "cache-aside reads of "+held)
		readerNames = append(readerNames, comps[j].Name)
	}
	H := conversation.Human
	tech := g.Components[slices.IndexFunc(g.Components, func(c conversation.Component) bool { return c.Name == store.Name })].Technology
	lines := []string{
		fmt.Sprintf("Cached: %s, each under its key (%s), read cache-aside by %s.", held, orDefault(strings.Join(keys, "; "), "the row's primary key"), strings.Join(readerNames, ", ")),
		fmt.Sprintf("Invalidation: the writer deletes the key after its write to %s commits, never before, so a reader cannot put back the old value; reads that decide a write (a conditional update, a transaction) still go to %s.", store.Name, store.Name),
		"TTL: 5 minutes with ±10% jitter, a bound on how long an entry whose delete was lost can stay stale.",
		fmt.Sprintf("Load: %s/s (%s) at a %.0f%% hit ratio (assumed) leaves about %s/s for %s (%s).", H(reads), basis, cacheHitRatio*100, H(reads*(1-cacheHitRatio)), store.Name, tech),
	}
	decision := fmt.Sprintf("Cache %s in %s in front of %s", held, cache, store.Name)
	if added {
		decision = fmt.Sprintf("Add %s (%s) in front of %s for %s", cache, catalog["cache"].Tech, store.Name, held)
	}
	return &change{
		decision:  decision,
		rationale: strings.Join(lines, " "),
		comps:     rewire(comps),
		reply:     "- " + strings.Join(lines, "\n- "),
	}
}
