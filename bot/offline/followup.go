package offline

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

var (
	changeRe       = regexp.MustCompile(`(?i)^(what if|what about using|use|switch|replace|swap|add|drop|remove|get rid of|stop (?:accepting|taking|offering|supporting|allowing)|go with|move|migrate|let'?s|make (it|the)|change|scale|support|we (need|want|must|should)|(?:we|i) (?:don'?t|do not|no longer) (?:need|want)|instead|rewrite|redesign|split|merge|rename|encrypt|let (users?|people|customers?|drivers?|riders?|members?|staff|admins?|them|us)|allow|enable|introduce|include|(please|can you|could you) (add|use|switch|drop|remove|make|support|include|let|allow|enable)|(i|we)('d| would) like|i want)\b|\b(instead of|rather than|multi-?region|multiple regions)\b|^\d+(\.\d+)?\s*(x|×|times)\s`)
	questionRe     = regexp.MustCompile(`(?i)^(how|why|what|which|when|where|who|can|could|does|do|did|is|are|should|would|will|explain|tell me|describe|walk me|compare)\b`)
	failRe         = regexp.MustCompile(`\b(fail|fails|failed|failing|breaks|breaks down|broke|broken|stops working|(?:stops|stopped) (?:sending|reporting|responding|arriving|coming in|for)|times out|timed out|timing out|goes silent|went silent|jams|jammed|loses power|goes offline|goes down|go down|went down|crash|crashes|crashed|dies|died|is down|are down|is lost|are lost|outage|unavailable|unreachable|partitioned|(?:loses|lose|lost|losing) (?:a|one|its|the|two|\d+) (?:shard|node|replica|partition|zone|broker|disk|primary)s?)\b`)
	confirmRe      = regexp.MustCompile(`^(?:yes|yep|yeah|sure|confirm(?:ed)?|do it|go ahead|apply it)\b[\s,.!:;-]*|\s*\banyway\b[\s.!]*`)
	scaleToRe      = regexp.MustCompile(`^(?:let'?s\s+)?(?:scale|grow|size|re-?size)(?: it| up| the design)? (?:to|for) `)
	bareVerbRe     = regexp.MustCompile(`^(?:add|use|do|apply|make|change|drop|remove|delete)?\s*(?:it|that|this|them|all of it)?[.!]*$`)
	passiveEventRe = regexp.MustCompile(`^what (?:if|happens if|happens when) \w+ [\w-]+(?: [\w-]+)? (?:is|are|was|were|gets|get|got) \w+ed\b`)
	compareRe      = regexp.MustCompile(`\bvs\.?\b|\bversus\b|\bcompare\b|\bor\b|\bbetter\b|\bdifference\b`)
)

// Interpret classifies a follow-up: a question about the design, a change it can apply, a change
// it pushes back on (it breaks a requirement or the numbers), or a change it cannot make.
func (d *Designer) Interpret(ctx context.Context, g bot.Grounding, text string) (bot.Interpretation, error) {
	if err := ctx.Err(); err != nil {
		return bot.Interpretation{}, err
	}
	lower := strings.ToLower(strings.TrimSpace(text))
	lower, force := confirmed(g, lower)
	// workload.Read takes "to 200M" for a range bound; "make it 200M DAU" reads as meant.
	lower = scaleToRe.ReplaceAllString(lower, "make it ")
	lower = asSwap(lower)
	if !force && isQuestion(g, lower) {
		return bot.Interpretation{Intent: bot.IntentQuestion}, nil
	}
	if ch, ok := planClauses(g, lower, force); ok {
		switch {
		case ch.unsupported != "":
			return bot.Interpretation{Intent: bot.IntentChange, Unsupported: ch.unsupported}, nil
		case ch.pushback != "":
			return bot.Interpretation{Intent: bot.IntentPushback, Reply: ch.pushback}, nil
		}
		return d.stack().onNew(g, ch.apply(g)), nil
	}
	if questionRe.MatchString(lower) && strings.HasSuffix(lower, "?") && !strings.HasPrefix(lower, "what if") {
		return bot.Interpretation{Intent: bot.IntentQuestion}, nil
	}
	return bot.Interpretation{Intent: bot.IntentChange, Unsupported: unsupported(g, lower)}, nil
}

// isQuestion reports whether t asks about the design rather than changing it: not phrased as a
// change, a failure ("what if the cache dies?"), a what-if on the numbers ("what if traffic
// triples?") or a comparison of technologies ("Cassandra or DynamoDB for the links?").
func isQuestion(g bot.Grounding, t string) bool {
	if asksHowItBehaves(t) || asksRegionNeed(t) {
		return true
	}
	if _, ok := cachePart(t); ok {
		return false
	}
	if asksRefine(t) || asksRetention(t) || asksTexts(t) || dropAppRe.MatchString(t) && !strings.HasSuffix(t, "?") {
		return false
	}
	if !changeRe.MatchString(t) && !asksSwap(t) {
		return true
	}
	if strings.HasPrefix(t, "what if") && failRe.MatchString(t) || asksActorWrite(t) {
		return true
	}
	if _, _, _, ok := domainEvent(g, t); ok && passiveEventRe.MatchString(t) && !swapRe.MatchString(t) && !asksSwap(t) {
		// "what if a patient is moved to another ward?": something that happens, not a change.
		return true
	}
	if len(allTechs(t)) >= 2 && compareRe.MatchString(t) && !regexp.MustCompile(`^(?:let'?s\s+)?(?:use|switch|replace|swap|move|migrate|go with)\b|\b(?:instead of|rather than)\b`).MatchString(t) {
		return true
	}
	if strings.HasPrefix(t, "what if") && !swapRe.MatchString(t) {
		if _, ok := planMultiRegion(g, t); ok {
			return false
		}
		if _, ok := planScale(g, t); ok {
			return true
		}
	}
	return false
}

// confirmed reads a confirmation of the change the designer last pushed back on ("yes, use
// SQLite anyway", "yes"): it returns the change to plan and true. Anything else is returned as is.
func confirmed(g bot.Grounding, t string) (string, bool) {
	if !confirmRe.MatchString(t) {
		return t, false
	}
	var last *conversation.Turn
	for i := len(g.Recent) - 1; i >= 0; i-- {
		if g.Recent[i].Intent != "" {
			last = &g.Recent[i]
			break
		}
	}
	if last == nil {
		return t, false
	}
	prev := strings.ToLower(strings.TrimSpace(last.Text))
	if last.Intent == string(bot.IntentQuestion) && whatIfRe.MatchString(prev) {
		// "yes, apply it" after a what-if on the numbers: make it.
		if _, ok := planScale(g, prev); ok {
			return prev, true
		}
	}
	if last.Intent == string(bot.IntentQuestion) && asksRegionNeed(prev) {
		// "yes" after "do we need multi-region?": the offer the answer made.
		return "go multi-region", true
	}
	if last.Intent != string(bot.IntentPushback) {
		return t, false
	}
	rest := strings.TrimSpace(confirmRe.ReplaceAllString(t, " "))
	if rest == "" || !changeRe.MatchString(rest) || bareVerbRe.MatchString(rest) || strings.Contains(prev, rest) {
		rest = prev
	}
	return rest, true
}

// change is a planned edit of the grounding.
type change struct {
	decision, rationale string
	req                 *conversation.RequirementSet
	comps               []conversation.Component
	unsupported         string
	// reply says what no longer holds after the change; pushback, when set, is why the change is
	// not applied as asked (and nothing else is).
	reply, pushback string
}

// apply renders every section with the changed grounding and keeps those whose text changed.
func (ch *change) apply(g bot.Grounding) bot.Interpretation {
	in := bot.Interpretation{Intent: bot.IntentChange, Decision: ch.decision, Rationale: ch.rationale, Requirements: ch.req, Components: ch.comps, Reply: ch.reply}
	ng := g
	if ch.req != nil {
		ng.Requirements = *ch.req
		ng.Capacity = conversation.Estimate(ch.req.Workload)
	}
	if ch.comps != nil {
		ng.Components = ch.comps
	}
	version := len(g.Decisions) + 2
	if g.Design != nil {
		version = g.Design.Version + 1
	}
	ng.Decisions = append(append([]conversation.Decision(nil), g.Decisions...), conversation.Decision{Version: version, Summary: ch.decision, Rationale: ch.rationale})
	ng.Change = ch.decision
	before := map[conversation.SectionID]string{}
	if g.Design != nil {
		for _, s := range g.Design.Sections {
			before[s.ID] = s.Markdown
		}
	} else {
		old := newRenderer(g)
		for _, id := range conversation.SectionOrder {
			text, _ := old.section(id)
			before[id] = adapt(g, text)
		}
	}
	r := newRenderer(ng)
	in.Written = map[conversation.SectionID]string{}
	for _, id := range conversation.SectionOrder {
		if id == conversation.CapacityID && g.Design != nil {
			// The engine writes the capacity section itself whenever the requirements change.
			continue
		}
		text, _ := r.section(id)
		text = adapt(ng, text)
		if strings.TrimSpace(text) != strings.TrimSpace(before[id]) {
			in.Sections = append(in.Sections, id)
			in.Written[id] = text
		}
	}
	return in
}

func cloneReq(r conversation.RequirementSet) conversation.RequirementSet {
	c := r
	c.Features = slices.Clone(r.Features)
	c.Functional = slices.Clone(r.Functional)
	c.NonFunctional = slices.Clone(r.NonFunctional)
	c.OutOfScope = slices.Clone(r.OutOfScope)
	c.Entities = slices.Clone(r.Entities)
	c.UseCases = slices.Clone(r.UseCases)
	c.Workload = r.Workload.Clone()
	return c
}

func cloneComps(cs []conversation.Component) []conversation.Component {
	out := make([]conversation.Component, len(cs))
	for i, c := range cs {
		c.TalksTo = slices.Clone(c.TalksTo)
		c.Flows = slices.Clone(c.Flows)
		out[i] = c
	}
	return out
}

// withFeatures returns req with features added (and their requirements), and the component list
// they call for, keeping every existing component as it is (swapped technologies survive).
func withFeatures(g bot.Grounding, add []string) (conversation.RequirementSet, []conversation.Component) {
	req := cloneReq(g.Requirements)
	for _, id := range add {
		if !slices.Contains(req.Features, id) {
			req.Features = append(req.Features, id)
		}
		f := features[id]
		// What the feature answers goes ("newest (or ranked) first" once the feed is ranked).
		replaced := func(line string) bool {
			return slices.ContainsFunc(f.Replaces, func(p string) bool { return strings.HasPrefix(line, p) })
		}
		req.Functional = slices.DeleteFunc(req.Functional, replaced)
		req.NonFunctional = slices.DeleteFunc(req.NonFunctional, replaced)
		req.Functional = appendNew(req.Functional, said(f.Functional, g.Problem)...)
		req.NonFunctional = appendNew(req.NonFunctional, f.NonFunctional...)
		for _, e := range f.Entities {
			req.Entities = appendNew(req.Entities, e.Name)
		}
	}
	ng := g
	ng.Requirements = req
	ng.Capacity = conversation.Estimate(req.Workload)
	fresh := selectComponents(ng)
	return req, mergeComps(g.Components, fresh)
}

// mergeComps keeps the existing components (with any technology the user chose) and adds the
// fresh ones, then rewires links from the catalog among all present components.
func mergeComps(old, fresh []conversation.Component) []conversation.Component {
	out := cloneComps(old)
	for _, f := range fresh {
		found := false
		for _, o := range out {
			if strings.EqualFold(o.Name, f.Name) {
				found = true
			}
		}
		if !found {
			out = append(out, f)
		}
	}
	return rewire(out)
}

// rewire recomputes catalog links among the present components, keeping links the user's design
// already had that the catalog does not know.
func rewire(cs []conversation.Component) []conversation.Component {
	present := map[string]bool{}
	for _, c := range cs {
		present[c.Name] = true
	}
	for i := range cs {
		id := catalogID(cs[i].Name)
		if id == "" {
			continue
		}
		var talks, flows []string
		for _, l := range catalog[id].Links {
			to := catalog[l.To].Name
			if present[to] && !slices.Contains(talks, to) {
				talks = append(talks, to)
				flows = append(flows, l.Flow)
			}
		}
		for j, t := range cs[i].TalksTo {
			if present[t] && !slices.Contains(talks, t) {
				talks = append(talks, t)
				fl := ""
				if j < len(cs[i].Flows) {
					fl = cs[i].Flows[j]
				}
				flows = append(flows, fl)
			}
		}
		cs[i].TalksTo, cs[i].Flows = talks, flows
	}
	slices.SortStableFunc(cs, func(a, b conversation.Component) int { return kindOrder[a.Kind] - kindOrder[b.Kind] })
	return cs
}

// multiRegionRe finds a request to run in more than one region: "multi-region", "work in 3
// regions", "a second region".
var multiRegionRe = regexp.MustCompile(`multi-?region|multiple regions|several regions|another region|second region|more than one region|\b(?:two|three|four|five|[2-9]|\d{2,}) regions\b|active-active|geo-?redundan|cross-region|multi-?datacenter|multiple data ?cent`)

func planMultiRegion(g bot.Grounding, t string) (*change, bool) {
	if !multiRegionRe.MatchString(t) {
		return nil, false
	}
	if slices.Contains(g.Requirements.Features, "multiregion") {
		return &change{unsupported: "The design is already multi-region (see Reliability and the Global traffic manager). Ask about a specific part — for example \"how does failover between regions work?\""}, true
	}
	variants := withRegionVariants(g.Requirements.Features)
	req, comps := withFeatures(g, variants)
	c := &change{
		decision:  "Go multi-region: active-active regions behind a global traffic manager, each user homed in one region",
		rationale: "survive a regional outage and serve users from the nearest region; strongly consistent writes stay in the user's home region to avoid cross-region conflicts",
		req:       &req, comps: comps,
	}
	for _, id := range variants {
		if f := features[id]; f != nil && slices.Contains(f.Replaces, homeRegionDecision) {
			// The archetype says how it spans regions (codes minted per region, limits shared):
			// no home region per user to announce.
			c.decision = "Go multi-region: active-active regions behind a global traffic manager; " + f.Name
			c.rationale = "survive a regional outage and serve users from the nearest region"
		}
	}
	return c, true
}

// homeRegionDecision is the generic multi-region trade-off that an archetype's own way of
// spanning regions replaces.
const homeRegionDecision = "Active-active regions with a home region per user"

var scaleWordRe = regexp.MustCompile(`(?i)traffic|load|users|scale|bigger|more|growth|grow|dau|everything|volume|requests`)

// growthRe finds a factor applied to something counted: "10x the stores", "3 times as many
// drivers". "10x faster" is no growth in load.
var growthRe = regexp.MustCompile(`(?:\d+(?:\.\d+)?\s*(?:x|×)|\btimes)\s+(?:the|as many|more|our)\s+[a-z]+`)

var factorWords = map[string]float64{"double": 2, "doubles": 2, "doubled": 2, "triple": 3, "triples": 3, "tripled": 3, "halve": 0.5, "halves": 0.5, "half": 0.5}

// whenRe finds when a what-if happens ("next year", "by 2028", "in two years"): no rate of
// what it counts.
var whenRe = regexp.MustCompile(`(?i)\s*\b(?:(?:by\s+)?(?:next|this|the\s+coming)\s+(?:year|month|quarter|term|semester|season|spring|summer|autumn|fall|winter)|by\s+20\d\d|in\s+20\d\d|(?:in|within)\s+(?:a|one|two|three|four|five|\d+)\s+years?)\b`)

func planScale(g bot.Grounding, t string) (*change, bool) {
	t = whenRe.ReplaceAllString(t, "") // "add 40 more schools next year" grows the schools, not a yearly rate
	if _, _, _, one := rateOfOne(g, t); one {
		return nil, false // "one group chat gets 5k messages a second" is a hot key, not the design's rate
	}
	if s, what, ok := periodChange(g, t); ok {
		return resized(g, s, what, ""), true
	}
	old := g.Requirements.Workload
	rd := workload.Read(t)
	factor := rd.Factor
	if factor > 0 && !scaleWordRe.MatchString(t) && !growthRe.MatchString(t) {
		factor = 0
	}
	for w, f := range factorWords {
		if regexp.MustCompile(`\b`+w+`\b`).MatchString(t) && scaleWordRe.MatchString(t) {
			factor = f
		}
	}
	placeK, placeWhat, far := placeGrowth(g, t, rd)
	if placeK == 0 && rd.DAU == 0 && rd.Users == 0 {
		// Not a count of places or people, which grow every flow: one flow, or its senders.
		if ch, ok := flowGrowth(g, t); ok {
			return ch, true
		}
		if ch, ok := actorGrowth(g, t); ok {
			return ch, true
		}
		if ch, ok := uncountedGrowth(g, t); ok && len(rd.Flows) == 0 {
			return ch, true
		}
	}
	if rd.DAU == 0 && rd.Users > 0 && old.Users == 0 && placeK > 0 {
		// "250 walkers" on a design sized by its walkers' work, not by a user count: the
		// statement's own count of them is what grows.
		rd.Users = 0
	}
	if rd.DAU == 0 && rd.Users == 0 && len(rd.Flows) == 0 && placeK > 0 {
		factor = placeK
	}
	if rd.DAU == 0 && rd.Users == 0 && len(rd.Flows) == 0 && factor == 0 && rd.PeakFactor == 0 {
		if far != "" {
			return &change{unsupported: far}, true
		}
		return nil, false
	}
	s, what := rescale(old, rd, factor)
	if factor == placeK && placeK > 0 {
		what = append(placeWhat, what[1:]...)
	}
	what = inStatedNoun(g, t, rd, what)
	return resized(g, s, what, far), true
}

// resized is the change that re-sizes the design for the workload s, said as what changed.
func resized(g bot.Grounding, s conversation.Workload, what []string, far string) *change {
	old := g.Requirements.Workload
	H := conversation.Human
	req := cloneReq(g.Requirements)
	req.Workload = s
	oldCap := conversation.Estimate(old)
	newCap := conversation.Estimate(s)
	req.NonFunctional = replaceNumbers(req.NonFunctional, newCap)
	ng := g
	ng.Requirements = req
	ng.Capacity = newCap
	comps := mergeComps(g.Components, selectComponents(ng))
	var compsOut []conversation.Component
	if len(comps) != len(g.Components) {
		compsOut = comps
	}
	return &change{
		decision: "Re-size for " + strings.Join(what, ", "),
		rationale: fmt.Sprintf("peak writes %s/s → %s/s, peak reads %s/s → %s/s, %d → %d app servers, %d → %d database partitions",
			H(oldCap.PeakWriteQPS), H(newCap.PeakWriteQPS), H(oldCap.PeakReadQPS), H(newCap.PeakReadQPS), oldCap.AppServers, newCap.AppServers, oldCap.DBShards, newCap.DBShards),
		req: &req, comps: compsOut, reply: far,
	}
}

// replaceNumbers refreshes the requirements that quote the capacity model after a scale change.
func replaceNumbers(nfr []string, c conversation.Capacity) []string {
	var out []string
	at := -1
	for _, n := range nfr {
		if isLoadLine(n) {
			if at < 0 {
				at = len(out)
			}
			continue
		}
		out = append(out, n)
	}
	if at < 0 {
		at = len(out)
	}
	return slices.Concat(out[:at], loadLines(c), out[at:])
}

var swapRe = regexp.MustCompile(`^(?:let'?s\s+)?(?:use|switch(?: \w+)? to|go with|move(?: .+)? to|migrate(?: .+)? to|replace .+ with|swap .+ for|what about using|what if we use|we should use)\b`)

// relationalRoleRe is a role that says its store is relational, up to the word after it.
var relationalRoleRe = regexp.MustCompile(`^[Rr]elational \w`)

// planSwap moves one component to the technology t names. The new technology's properties are
// checked against what the design asks of the component: what breaks a requirement or the
// numbers is pushed back on unless force (the user confirmed), what merely costs is applied and
// said, and the claims the new technology cannot make are rewritten in every section (adapt).
func planSwap(g bot.Grounding, t string, force bool) (*change, bool) {
	ask, ok := readSwap(t)
	if !ok {
		return nil, false
	}
	tp, tname := ask.tech, ask.name
	if !swapRe.MatchString(t) && ask.from == "" && ask.part == "" {
		return nil, false
	}
	stated, hasRate := statedWrites(t)
	target, why := swapTarget(g, t, ask, hasRate)
	if target < 0 {
		return &change{unsupported: why}, true
	}
	comps := cloneComps(g.Components)
	c := &comps[target]
	if strings.Contains(strings.ToLower(c.Technology), tname) {
		return &change{unsupported: fmt.Sprintf("%s already uses %s.", c.Name, c.Technology)}, true
	}
	if c.Kind != tp.Kind && !(tp.Kind == "database" && c.Kind == "cache") && !(tp.Kind == "cache" && c.Kind == "database") {
		return &change{unsupported: fmt.Sprintf("%s is a %s, and %s is a %s technology; I can't make that swap without a model. Try naming a %s, e.g. \"use %s for the %s\".",
			c.Name, c.Kind, tname, tp.Kind, tp.Kind, tname, firstOfKind(g, tp.Kind))}, true
	}
	single := singleRe.MatchString(t)
	u := useOf(g, g.Components[target])
	if hasRate && stated > u.writes {
		u.writes = stated
	}
	fs := assess(tp, u, single)
	if cs := conflicts(fs); len(cs) > 0 && !force {
		return &change{pushback: pushbackSwap(g, u, tp, cs, tname)}, true
	}
	was := c.Technology
	c.Technology = tp.Label
	if tp.Scale == "primary" && (single || fitsOnePrimary(tp, u)) {
		// A store that one primary carries is not sharded on the new technology either:
		// "MySQL sharded with Vitess" for a family's todo list would be a cluster nobody needs.
		c.Technology = tp.short() + " (a single primary + standby, unsharded)"
	}
	if !tp.Joins {
		// "Relational source of truth" no longer holds on a store without joins.
		c.Description = relationalRoleRe.ReplaceAllStringFunc(c.Description, func(m string) string { return strings.ToUpper(m[len(m)-1:]) })
	}
	c.Description = strings.TrimSpace(c.Description) + fmt.Sprintf(" — now on %s (changed in conversation)", tp.short())
	relabelCallers(comps, c.Name, tp)
	moveJobsTable(comps, was, c.Name, tp)
	var notes []string
	for _, f := range fs {
		if f.conflict {
			notes = append(notes, "⚠ "+f.text)
		} else {
			notes = append(notes, f.text)
		}
	}
	rationale := fmt.Sprintf("gains %s; costs %s", tp.Gains, tp.Costs)
	if len(notes) > 0 {
		rationale += "; what changes: " + strings.Join(notes, "; ")
	}
	var reply strings.Builder
	if force && len(conflicts(fs)) > 0 {
		reply.WriteString("Applied as you confirmed; ⚠ marks what breaks a requirement or the numbers.\n")
	}
	reply.WriteString(wholeStore(g, ask.part, u, tp, was))
	if len(notes) > 0 {
		fmt.Fprintf(&reply, "What %s changes for %s:\n- %s", tp.short(), c.Name, strings.Join(notes, "\n- "))
	} else {
		fmt.Fprintf(&reply, "%s takes everything %s was asked to do here: %s.", tp.short(), c.Name, tp.Gains)
	}
	reply.WriteString("\n" + moveCost(u, tp, was))
	return &change{
		decision:  fmt.Sprintf("Use %s for %s (was %s)", c.Technology, c.Name, was),
		rationale: rationale,
		comps:     comps,
		reply:     strings.TrimSpace(reply.String()),
	}, true
}

// relabelCallers restates what the components that talk to the moved store say of it: the
// diagram's flow labels, and a caller's own label ("polling a due-time index with SKIP LOCKED")
// that the diagram shows as it is.
func relabelCallers(comps []conversation.Component, moved string, tp technology) {
	for i := range comps {
		for j, to := range comps[i].TalksTo {
			if to != moved {
				continue
			}
			comps[i].Technology = rewriteClaims(comps[i].Technology, tp.Rewrites)
			if j < len(comps[i].Flows) {
				// A diagram label keeps the claim's name, not its explanation.
				fl := rewriteClaims(comps[i].Flows[j], tp.Rewrites)
				if fl != comps[i].Flows[j] {
					fl, _, _ = strings.Cut(fl, " (")
				}
				comps[i].Flows[j] = fl
			}
		}
	}
}

// moveJobsTable keeps a jobs table with the store it lived in: "a jobs table in the primary
// PostgreSQL" names a database that no longer holds it once that store moves, and every section
// reading the queue's technology (failure modes, the diagram) would describe the old one.
func moveJobsTable(comps []conversation.Component, was, moved string, tp technology) {
	old, ok := techOf(was)
	if !ok {
		return
	}
	in := "jobs table in the primary " + old.short()
	for i := range comps {
		if comps[i].Kind == "queue" && strings.Contains(comps[i].Technology, in) {
			t := strings.Replace(comps[i].Technology, in, "jobs table in "+moved+" ("+tp.short()+")", 1)
			comps[i].Technology = rewriteClaims(t, tp.Rewrites) // how rows are claimed there
		}
	}
}

// wholeStore says, when a swap names one entity of a store that holds others ("use Cassandra
// for the status transitions"), that the whole store moves and why: the design gives each store
// one technology, and the entities it holds together are written together.
func wholeStore(g bot.Grounding, part string, u storeUse, tp technology, was string) string {
	e, ok := namedEntity(g, part)
	if !ok || len(u.entities) < 2 || !slices.ContainsFunc(u.entities, func(x entity) bool { return x.Name == e }) {
		return ""
	}
	var others []string
	for _, x := range u.entities {
		if x.Name != e {
			others = append(others, x.Name)
		}
	}
	wasTech, _ := techOf(was)
	return fmt.Sprintf("%s are kept in %s with %s, so the whole store moves to %s, not %s alone: a store runs on one technology, and giving %s a store of their own would turn every change that writes them and %s together into writes to two stores with no transaction between them. Say \"undo\" to keep %s on %s.\n",
		pluralNoun(e), u.comp.Name, joinAnd(others), tp.short(), strings.ToLower(pluralNoun(e)), strings.ToLower(pluralNoun(e)), strings.ToLower(pluralNoun(others[0])), u.comp.Name, orDefault(wasTech.short(), was))
}

// swapTarget finds the component a swap is about: the one the request names word for word (by
// name or alias, or by the data it holds), else the one on the technology being replaced, the
// main store for a stated rate, the one a looser reading of the part names, or the only one of
// the kind. When none fits, or several do, it says why.
func swapTarget(g bot.Grounding, t string, ask swapAsk, hasRate bool) (int, string) {
	tp, tname := ask.tech, ask.name
	part := ask.part
	if part == "" && ask.from == "" {
		// "the trip db should move to cassandra": the part is wherever the request names it.
		part = strings.Replace(t, tname, " ", 1)
	}
	// 1. A component named word for word, in the part or in what is replaced ("replace the
	// trip db with cassandra"), else the store of the data the part names ("store answers in …").
	// A component of another kind named word for word ("attempts" is the Exam service's alias)
	// counts only when no data is named either, and then the swap is refused as across kinds.
	named := -1
	for _, phrase := range []string{part, ask.from} {
		if i := namedComponent(g, phrase, tp.Kind); i >= 0 && compatibleKind(g.Components[i].Kind, tp.Kind) {
			return i, ""
		} else if i >= 0 && named < 0 {
			named = i
		}
	}
	// The store of the data named, when it can take the technology or no other part could:
	// "store the videos in S3" names rows a database holds, and S3 is the object storage's.
	if i := entityStore(g, part); i >= 0 && (compatibleKind(g.Components[i].Kind, tp.Kind) || named < 0 && ask.from == "" && !hasKind(g, tp.Kind)) {
		return i, ""
	}
	if named >= 0 {
		return named, ""
	}
	// 2. The component on the technology being replaced, of a kind the new one can take over.
	var candidates []string
	target := -1
	if ask.from != "" {
		for i, c := range g.Components {
			if mentions(ask.from, c) && compatibleKind(c.Kind, tp.Kind) {
				candidates = append(candidates, c.Name)
				if target < 0 {
					target = i
				}
			}
		}
		if len(candidates) == 1 {
			return target, ""
		}
		if len(candidates) > 1 {
			return -1, fmt.Sprintf("Which part should move to %s? Several run on %s: %s. Say for example \"use %s for the %s\".",
				tp.short(), strings.TrimSpace(ask.from), strings.Join(candidates, ", "), tname, strings.ToLower(candidates[0]))
		}
	}
	// 3. "for 200K writes/s": the main store at a stated rate.
	if hasRate && tp.Kind == "database" {
		if i := slices.IndexFunc(g.Components, func(c conversation.Component) bool { return c.Name == mainStore(g).Name }); i >= 0 {
			return i, ""
		}
	}
	// 4. A looser reading of the part ("the links table", "the records").
	if ask.part != "" {
		if i := componentFor(g, ask.part, tp.Kind); i >= 0 {
			return i, ""
		}
	}
	// 5. The part named by where it runs ("on each garage's local box").
	if i := runsWhere(g, part, tp.Kind); i >= 0 {
		return i, ""
	}
	if ask.from != "" && len(candidates) == 0 {
		if msg := notInDesign(g, ask.from, tp, tname); msg != "" {
			return -1, msg
		}
	}
	return kindFallback(g, part, tp, tname)
}

// fitsOnePrimary says whether one unit of tp (a shard primary) carries what the design asks of the
// store, with room to grow fourfold.
func fitsOnePrimary(tp technology, u storeUse) bool {
	l := tp.Limits
	return u.writes*4 <= l.Writes && u.reads*4 <= l.Reads && (l.StorageGB <= 0 || u.storageBytes*4 <= l.StorageGB*1e9)
}

// pluralKind names n components of a kind with their verb: "database is", "databases are".
func pluralKind(kind string, n int) string {
	if n == 1 {
		return kind + " is"
	}
	return kind + "s are"
}

// notInDesign answers a swap away from a technology the design does not run ("use DynamoDB
// instead of Postgres" when the links already sit in DynamoDB) and leaves more than one part it
// could mean: asking "which part?" would hide that the premise is wrong, and guessing would move
// a store nobody asked about. With one part of the kind, the swap applies to it as usual.
func notInDesign(g bot.Grounding, from string, tp technology, tname string) string {
	var already, others []string
	for _, c := range g.Components {
		if c.Kind != tp.Kind {
			continue
		}
		if cur, ok := techOf(c.Technology); ok && cur.ID == tp.ID {
			already = append(already, c.Name)
		} else if ok {
			others = append(others, c.Name+" ("+cur.short()+")")
		} else {
			others = append(others, c.Name+" ("+c.Technology+")")
		}
	}
	if len(already)+len(others) < 2 {
		return ""
	}
	fromName := strings.TrimSpace(from)
	if ft, _, at := findTech(fromName); at >= 0 {
		fromName = ft.short()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "This design runs no %s, so there is nothing to replace.", fromName)
	switch {
	case len(already) > 0:
		// What was asked for is already there: say so and what else runs, without suggesting a move.
		verb := "runs"
		if len(already) > 1 {
			verb = "run"
		}
		fmt.Fprintf(&b, " %s already %s on %s.", joinAnd(already), verb, tp.short())
		if len(others) > 0 {
			fmt.Fprintf(&b, " The other %s %s.", pluralKind(tp.Kind, len(others)), joinAnd(others))
		}
	default:
		name, _, _ := strings.Cut(others[0], " (")
		fmt.Fprintf(&b, " Its %ss are %s. To move one of them, say for example \"use %s for the %s\".", tp.Kind, joinAnd(others), tname, strings.ToLower(name))
	}
	return b.String()
}

// kindFallback is swapTarget's last step: the part its words describe, else the only component
// of the technology's kind, unless the request names data that only passes through parts that
// keep no store.
func kindFallback(g bot.Grounding, part string, tp technology, tname string) (int, string) {
	// 6. The only component of the technology's kind, unless the request names data that only
	// passes through parts that keep no store ("the positions" go through Position ingest and
	// Position stream): the one database then holds something else, and moving it would answer
	// another request. Data another store keeps ("the videos" of a metadata DB) still falls here.
	if i := describedStore(g, part, tp.Kind); i >= 0 {
		return i, ""
	}
	if held := otherKindParts(g, part, tp.Kind); len(held) > 0 && !slices.ContainsFunc(held, isStore) {
		return -1, heldElsewhere(g, held, tp, tname)
	}
	var candidates []string
	target := -1
	for i, c := range g.Components {
		if c.Kind == tp.Kind {
			candidates = append(candidates, c.Name)
			target = i
		}
	}
	if len(candidates) == 1 {
		return target, ""
	}
	if len(candidates) > 1 {
		return -1, fmt.Sprintf("Which part should use %s? This design has several: %s. Say for example \"use %s for the %s\".",
			tname, strings.Join(candidates, ", "), tname, strings.ToLower(candidates[0]))
	}
	return -1, fmt.Sprintf("I couldn't tell which component should use %s. Name it, for example \"use %s for the %s\".", tname, tname, firstOfKind(g, tp.Kind))
}

// requestedTech reads which technology a swap asks for and, when it says, which one it replaces
// (see readSwap).
func requestedTech(t string) (tp technology, name, oldTech string, ok bool) {
	ask, ok := readSwap(t)
	return ask.tech, ask.name, ask.from, ok
}

var (
	singleRe = regexp.MustCompile(`\b(single|one|1)\s+(\w+\s+)?(primary|node|instance|server|machine|box)\b|\bwithout shard|\bunsharded\b|\bno shard`)
	rateRe   = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*([km]?)\s*(?:writes?|inserts?|messages?|events?|requests?|qps|ops)\s*(?:/\s*s|per second|a second|/sec)`)
)

// statedWrites reads a write rate a swap states ("use SQLite for 200K writes/s").
func statedWrites(t string) (float64, bool) {
	m := rateRe.FindStringSubmatch(t)
	if m == nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, false
	}
	switch m[2] {
	case "k":
		v *= 1e3
	case "m":
		v *= 1e6
	}
	return v, true
}

// pushbackSwap says why a swap is not applied as asked, and what would work instead.
func pushbackSwap(g bot.Grounding, u storeUse, tp technology, cs []string, asked string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**I haven't applied that: %s for %s breaks the design.**\n", tp.short(), u.comp.Name)
	for _, c := range cs {
		fmt.Fprintf(&b, "- %s\n", upperFirst(c))
	}
	b.WriteString("Options:\n")
	type option struct {
		t     technology
		score int
	}
	var opts []option
	cur, hasCur := techOf(u.comp.Technology)
	for _, alt := range techs {
		if alt.Kind != tp.Kind || alt.ID == tp.ID || hasCur && cur.ID == alt.ID {
			continue
		}
		if onSite(u.comp) && alt.Scale == "managed" {
			continue // a cloud service cannot run on a box on the site's own network
		}
		if afs := assess(alt, u, false); len(conflicts(afs)) == 0 {
			opts = append(opts, option{alt, score(afs)})
		}
	}
	slices.SortStableFunc(opts, func(a, b option) int { return a.score - b.score })
	n := 0
	for _, o := range opts[:min(2, len(opts))] {
		n++
		fmt.Fprintf(&b, "%d. %s: \"use %s for the %s\" — %s.\n", n, o.t.short(), strings.ToLower(o.t.short()), strings.ToLower(u.comp.Name), o.t.Gains)
	}
	n++
	keep := "it fits as is"
	if hasCur {
		if need, by := units(cur, u, false); need > 1 {
			keep = fmt.Sprintf("%s for %s (≈ %s each)", plural(need, cur.Unit), u.demand(by), cur.capacity(by))
		}
	}
	fmt.Fprintf(&b, "%d. Keep %s for %s: %s.\n", n, u.comp.Technology, u.comp.Name, keep)
	fmt.Fprintf(&b, "Say \"yes, use %s anyway\" to apply it as asked; the conflict goes into the decision log. (see Requirements, Back-of-the-envelope capacity, Data model)", asked)
	return b.String()
}

func mentions(s string, c conversation.Component) bool {
	s = strings.TrimSpace(strings.Trim(s, "?.! "))
	if s == "" {
		return false
	}
	l := strings.ToLower(c.Name + " " + c.Technology)
	if strings.Contains(l, s) {
		return true
	}
	if tp, n, at := findTech(s); at >= 0 {
		_ = tp
		return strings.Contains(strings.ToLower(c.Technology), n)
	}
	return false
}

func hasKind(g bot.Grounding, kind string) bool {
	return slices.ContainsFunc(g.Components, func(c conversation.Component) bool { return c.Kind == kind })
}

func firstOfKind(g bot.Grounding, kind string) string {
	for _, c := range g.Components {
		if c.Kind == kind {
			return strings.ToLower(c.Name)
		}
	}
	return "store"
}

// componentFor finds the component a phrase names: a component name or alias ("the cache"), or an
// entity stored in it ("posts" → the Post store).
func componentFor(g bot.Grounding, phrase string, kind string) int {
	phrase = strings.TrimSpace(strings.ToLower(phrase))
	words := strings.Fields(phrase)
	if len(words) == 0 {
		return -1
	}
	for i, c := range g.Components {
		if strings.ToLower(c.Name) == phrase {
			return i
		}
	}
	for i, c := range g.Components {
		if strings.Contains(strings.ToLower(c.Name), phrase) || strings.Contains(phrase, strings.ToLower(c.Name)) {
			return i
		}
	}
	r := newRenderer(g)
	stem := strings.TrimSuffix(strings.TrimSuffix(words[0], "s"), "e")
	for _, e := range r.entities() {
		if strings.HasPrefix(strings.ToLower(e.Name), stem) || strings.Contains(strings.ToLower(e.Name), phrase) {
			if !r.has(e.Store) {
				continue
			}
			for i, c := range g.Components {
				if c.Name == r.name(e.Store) {
					return i
				}
			}
		}
	}
	for i, c := range g.Components {
		if id := catalogID(c.Name); id != "" {
			for _, a := range catalog[id].Aliases {
				if strings.Contains(phrase, a) {
					return i
				}
			}
		}
		if strings.Contains(strings.ToLower(c.Name), stem) && (kind == "" || c.Kind == kind) {
			return i
		}
	}
	return -1
}

// headNounPushback asks whether the part named by a phrase's noun is the one to drop, saying
// what it does, so a loose name never removes a part unasked.
func headNounPushback(c conversation.Component, what string) string {
	return fmt.Sprintf("**Did you mean %s?** Nothing is called %q, but %s is the part of it this design has: %s Say \"drop the %s\" and I'll remove it and show what goes with it. %s",
		c.Name, what, c.Name, strings.TrimSpace(partWork(c.Description))+".", strings.ToLower(c.Name), cite(conversation.Architecture))
}

// byHeadNoun finds the part whose name has the phrase's head noun as a word: "the public map" is
// the Status map publisher, whatever the words before the noun.
func byHeadNoun(g bot.Grounding, head, kind string) int {
	head = strings.TrimSuffix(head, "s")
	if len(head) < 3 || genericNameWords[head] {
		return -1
	}
	for i, c := range g.Components {
		if c.Kind != "client" && (kind == "" || c.Kind == kind) && slices.ContainsFunc(wordsOf(c.Name), func(w string) bool { return strings.TrimSuffix(w, "s") == head }) {
			return i
		}
	}
	return -1
}

var (
	dropRe = regexp.MustCompile(`^(?:let'?s\s+|please\s+|we (?:can|should)\s+)?(?:drop|remove|get rid of|delete|we don'?t need|we do not need|we no longer need|no need for|lose|stop (?:accepting|taking|offering|supporting|allowing))\s+(?:the\s+|a\s+|an\s+|our\s+)?(.+?)(?:\s+(?:anymore|any more|any longer|after all))?[?.!]*$|^(?:what if we )?(?:go|do it|run) without\s+(?:the\s+|a\s+|an\s+)?(.+?)[?.!]*$`)
	// "add search", "can you add an audit log?", "we'd like to support refunds", and "let drivers
	// pay in the app" or "allow owners to set prices", whose whole clause names the feature.
	addRe = regexp.MustCompile(`^(?:let'?s\s+|please\s+|(?:can|could) (?:you|we)\s+|we(?: need|'d like| would like| want| should)\s+(?:to\s+)?|i(?:'d like| would like| want)\s+(?:to\s+)?|what if we\s+)?(?:(?:add|introduce|include|support|put|enable)\s+(?:a\s+|an\s+|the\s+|some\s+)?|(?:let|allow)\s+)(.+?)[?.!]*$`)
)

func planDrop(g bot.Grounding, t string, force bool) (*change, bool) {
	m := dropRe.FindStringSubmatch(t)
	if m == nil {
		return nil, false
	}
	what := m[1] + m[2]
	if ch := dropFeatures(g, what, force); ch != nil {
		return ch, true
	}
	idx, rest := removalTarget(g, what)
	if idx < 0 {
		idx = roleTarget(g, what)
	}
	if idx < 0 {
		if force {
			return &change{unsupported: fmt.Sprintf("I couldn't find %q in this design. Its components are: %s.", what, names(g.Components))}, true
		}
		if ws := strings.Fields(what); len(ws) > 1 {
			// "drop the public map": the part named by the phrase's noun, asked before it goes.
			if i := byHeadNoun(g, ws[len(ws)-1], ""); i >= 0 {
				return &change{pushback: headNounPushback(g.Components[i], what)}, true
			}
		}
		return &change{pushback: unresolvedPushback(g, what)}, true
	}
	if part := partOf(g.Components[idx], rest); len(part) > 0 && !force {
		return &change{pushback: narrowPushback(g, what, g.Components[idx], part)}, true
	}
	if pb := storePushback(g, g.Components[idx]); pb != "" && !force {
		return &change{pushback: pb}, true
	}
	comps := cloneComps(g.Components)
	gone := comps[idx]
	comps = append(comps[:idx], comps[idx+1:]...)
	for i := range comps {
		comps[i].Description = withoutNamed(comps[i].Description, []string{gone.Name})
		var talks, flows []string
		for j, to := range comps[i].TalksTo {
			if to != gone.Name {
				talks = append(talks, to)
				if j < len(comps[i].Flows) {
					flows = append(flows, comps[i].Flows[j])
				}
			}
		}
		comps[i].TalksTo, comps[i].Flows = talks, flows
	}
	why := "one fewer component to run"
	switch gone.Kind {
	case "cache":
		why += "; reads now go to the stores directly, so watch their read load"
	case "queue":
		why += "; work that went through the log now runs in the request path"
	case "edge":
		why += "; its traffic now reaches the services directly"
	}
	cost, conflict := dropCost(g, gone)
	if conflict && !force {
		return &change{pushback: pushbackDrop(gone, cost, t)}, true
	}
	reply := ""
	if cost != "" {
		why += "; " + cost
		reply = "What dropping " + gone.Name + " costs: " + cost + "."
	} else if d := dependents(g, gone); d != "" {
		reply = fmt.Sprintf("What dropping %s costs: what it did (%s) is no longer done for the parts that used it%s.", gone.Name, strings.TrimSuffix(roleWords(gone.Description), "."), d)
	}
	return &change{decision: fmt.Sprintf("Drop %s (%s)", gone.Name, gone.Technology), rationale: why, comps: comps, reply: reply}, true
}

// dropFeatures removes the capabilities a phrase names ("drop search", "drop presence") with
// everything they brought: requirements, entities and the components no remaining feature needs.
func dropFeatures(g bot.Grounding, what string, force bool) *change {
	ids, why := detect(what)
	var drop []string
	for _, id := range ids {
		// Only what the words name: "kiosk cash payments" names payments, not the accounts
		// payments imply.
		if id != "core" && slices.Contains(g.Requirements.Features, id) && !strings.HasPrefix(why[id], "implied") {
			drop = append(drop, id)
		}
	}
	if len(drop) == 0 {
		return nil
	}
	if pb := neededBy(g, drop); pb != "" && !force {
		return &change{pushback: pb}
	}
	req := cloneReq(g.Requirements)
	req.Features = slices.DeleteFunc(req.Features, func(f string) bool { return slices.Contains(drop, f) })
	kept := featuresOf(req)
	still := func(get func(*feature) []string, item string) bool {
		return slices.ContainsFunc(kept, func(f *feature) bool { return slices.Contains(get(f), item) })
	}
	for _, id := range drop {
		f := features[id]
		req.Functional = slices.DeleteFunc(req.Functional, func(x string) bool {
			return slices.Contains(f.Functional, x) && !still(func(k *feature) []string { return k.Functional }, x)
		})
		req.NonFunctional = slices.DeleteFunc(req.NonFunctional, func(x string) bool {
			return slices.Contains(f.NonFunctional, x) && !still(func(k *feature) []string { return k.NonFunctional }, x)
		})
		req.Entities = slices.DeleteFunc(req.Entities, func(x string) bool {
			own := slices.ContainsFunc(f.Entities, func(e entity) bool { return e.Name == x })
			return own && !slices.ContainsFunc(kept, func(k *feature) bool {
				return slices.ContainsFunc(k.Entities, func(e entity) bool { return e.Name == x })
			})
		})
	}
	ng := g
	ng.Requirements = req
	ng.Capacity = conversation.Estimate(req.Workload)
	keep := map[string]bool{}
	for _, c := range selectComponents(ng) {
		keep[c.Name] = true
	}
	var comps, gone []conversation.Component
	for _, c := range cloneComps(g.Components) {
		c.Description = withoutNeeds(c.Description, drop)
		if keep[c.Name] || catalogID(c.Name) == "" {
			comps = append(comps, c)
		} else {
			gone = append(gone, c)
		}
	}
	var goneNames []string
	for _, c := range gone {
		goneNames = append(goneNames, c.Name)
	}
	for i := range comps {
		comps[i].Description = withoutNamed(comps[i].Description, goneNames)
	}
	return &change{decision: "Drop " + featureNames(drop), rationale: "not needed for this product; fewer moving parts",
		req: &req, comps: rewire(comps), reply: "Removed with it: " + orDefault(names(gone), "no components") + ", and its requirements, flows, APIs and data."}
}

func names(cs []conversation.Component) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Name)
	}
	return strings.Join(out, ", ")
}

// planAdd adds a capability of the catalogue (with its components, flows, APIs, data and risks)
// or a catalogue component. A capability that would make the system a different product as
// well (messaging in a URL shortener) is pushed back on unless force.
func planAdd(g bot.Grounding, t string, force bool) (*change, bool) {
	m := addRe.FindStringSubmatch(t)
	if m == nil {
		return nil, false
	}
	what := m[1]
	// A feature first ("add search", "support group chats"): it brings its components and sections.
	ids, _ := detect(what)
	var add []string
	for _, id := range ids {
		if id != "core" && !slices.Contains(g.Requirements.Features, id) {
			add = append(add, id)
		}
	}
	add, held := withoutHeldChannel(g, what, add)
	if len(add) > 0 {
		if pb := newProduct(g, add); pb != "" && !force {
			return &change{pushback: pb}, true
		}
		if pb := absentObject(g, what, add); pb != "" && !force {
			return &change{pushback: pb}, true
		}
		req, comps := withFeatures(g, add)
		comps = channelFor(g.Components, comps, what, reachesPeople(g, what))
		var fnames []string
		for _, id := range add {
			n := features[id].Name
			if smsAskRe.MatchString(what) {
				n = strings.Replace(n, "push ", "SMS ", 1) // the channel asked for
			}
			fnames = append(fnames, n)
		}
		return &change{decision: "Add " + strings.Join(fnames, ", "), rationale: "requested in the conversation; brings " + newNames(g.Components, comps), req: &req, comps: comps,
			reply: strings.TrimSpace(held + " This brings " + newNames(g.Components, comps) + ", with their flows, APIs, data and risks in the sections below.")}, true
	}
	if ch := planTexts(g, what, ids); ch != nil {
		return ch, true
	}
	for _, id := range ids {
		if id != "core" && id != "generic" && slices.Contains(g.Requirements.Features, id) {
			return &change{unsupported: fmt.Sprintf("The design already has %s: ask about it (\"how does %s work here?\") or say what should change in it.", features[id].Name, features[id].Name)}, true
		}
	}
	// Else a catalog component by alias ("add a cache", "add a CDN").
	for _, spec := range components {
		if spec.Kind == "client" {
			// An app is named by the people who use it: "let users edit a post" asks for no
			// browsers or authenticators.
			continue
		}
		for _, a := range spec.Aliases {
			if regexp.MustCompile(`\b` + regexp.QuoteMeta(a) + `\b`).MatchString(what) {
				for _, c := range g.Components {
					if c.Name == spec.Name {
						return &change{unsupported: fmt.Sprintf("The design already has %s (%s).", c.Name, c.Technology)}, true
					}
				}
				comp := conversation.Component{Name: spec.Name, Kind: spec.Kind, Technology: spec.Tech, Description: strings.ToUpper(spec.Desc[:1]) + spec.Desc[1:] + " (added in conversation)"}
				comps := cloneComps(g.Components)
				comps = append(comps, comp)
				// Connect it: whoever the catalog says calls it, and what it calls.
				comps = rewire(comps)
				if spec.ID == "cache" {
					for i := range comps {
						if comps[i].Kind == "service" && !slices.Contains(comps[i].TalksTo, spec.Name) {
							comps[i].TalksTo = append(comps[i].TalksTo, spec.Name)
							comps[i].Flows = append(comps[i].Flows, "cache-aside reads")
						}
					}
				}
				return &change{decision: fmt.Sprintf("Add %s (%s)", spec.Name, spec.Tech), rationale: "requested in the conversation: " + spec.Desc, comps: comps}, true
			}
		}
	}
	return &change{unsupported: unsupported(g, t)}, true
}

// planNamed reads a change that names a capability without saying "add" ("rank the timeline
// instead of by time"): the capability it names is added as "add" would, with the same checks;
// a change that names none is left to the next reading.
func planNamed(g bot.Grounding, t string, force bool) (*change, bool) {
	if dropWords.MatchString(t) || questionRe.MatchString(t) && strings.HasSuffix(t, "?") {
		return nil, false
	}
	ids, _ := detect(t)
	for _, id := range ids {
		if id != "core" && id != "generic" && !slices.Contains(g.Requirements.Features, id) {
			return planAdd(g, "add "+t, force)
		}
	}
	return nil, false
}

// storeSwapRe is a request to move a store of the design onto something: "switch the
// configuration store to etcd".
var storeSwapRe = regexp.MustCompile(`\b(?:move|migrate|switch|swap|shift|port|convert|put|run)\s+(?P<part>.+?\b(?:store|database|db|cache|queue|log|bucket)s?)\s+(?:to|onto|over to|on)\s+(?P<new>[\w.-]+)$`)

// planUnknownSwap answers a swap of a store named by its role onto a technology the designer
// cannot weigh, as unsupported, rather than as a capability its words happen to name.
func planUnknownSwap(g bot.Grounding, t string) (*change, bool) {
	if why := unknownSwap(g, t); why != "" {
		return &change{unsupported: why}, true
	}
	return nil, false
}

// unknownSwap says why a store the request names by its role stays on its technology when the
// one asked for is not among those the designer can weigh: the request is about that part, not
// a capability its words happen to name (a "configuration store" is no dynamic-configuration
// product). Empty when the request is not such a swap.
func unknownSwap(g bot.Grounding, t string) string {
	m := storeSwapRe.FindStringSubmatch(strings.TrimRight(strings.ToLower(t), "?.! "))
	if m == nil {
		return ""
	}
	if _, _, at := findTech(m[2]); at >= 0 {
		return ""
	}
	i := namedComponent(g, m[1], "")
	if i < 0 {
		i = componentFor(g, strings.TrimPrefix(m[1], "the "), "")
	}
	if i < 0 || !dataKinds[g.Components[i].Kind] {
		return ""
	}
	c := g.Components[i]
	var ts []string
	for _, tp := range techs {
		if tp.Kind == c.Kind {
			ts = append(ts, tp.short())
		}
	}
	return fmt.Sprintf("%s stays on %s: %s is not a technology I can weigh against what the design asks of it without a model. For %s I can weigh %s — say, e.g., \"use %s for the %s\". %s",
		c.Name, c.Technology, m[2], strings.ToLower(c.Name), joinAnd(ts), orDefault(strings.Join(ts[:min(len(ts), 1)], ""), "PostgreSQL"), strings.ToLower(c.Name), cite(conversation.Architecture))
}

// dataKinds are the kinds of component a technology swap can move.
var dataKinds = map[string]bool{"database": true, "cache": true, "queue": true, "storage": true}

// newProduct says why adding features would turn the design into another product as well: an
// added archetype that leads a kind of system of its own, unlike the design's.
func newProduct(g bot.Grounding, add []string) string {
	p := primary(resolve(featuresOf(g.Requirements), g.Problem))
	var fresh []string
	for _, id := range add {
		if f := features[id]; f.Rank >= 40 && f.ID != p.ID {
			fresh = append(fresh, f.Name)
		}
	}
	if len(fresh) == 0 {
		return ""
	}
	return fmt.Sprintf("**I haven't applied that:** %s has no %s today, so this would add %s as a second product inside %s (%s), not a change to the current design.\n"+
		"Options:\n1. Keep the design as it is and ask about the parts it has.\n2. Start a separate design for it with `/design`.\n"+
		"Say \"yes, add it anyway\" to add all of it here. (see Overview, Architecture)",
		article(p.Archetype), strings.Join(fresh, ", "), featureNames(add), article(p.Archetype), addedParts(g, add))
}

// featureNames lists the features ids name, as a reply says them: "ranked feed, push notifications".
func featureNames(ids []string) string {
	var out []string
	for _, id := range ids {
		out = append(out, features[id].Name)
	}
	return strings.Join(out, ", ")
}

// addedParts names the components adding the features add would bring to g's design.
func addedParts(g bot.Grounding, add []string) string {
	_, comps := withFeatures(g, add)
	return newNames(g.Components, comps)
}

func newNames(old, fresh []conversation.Component) string {
	had := map[string]bool{}
	for _, c := range old {
		had[c.Name] = true
	}
	var out []string
	for _, c := range fresh {
		if !had[c.Name] {
			out = append(out, c.Name)
		}
	}
	if len(out) == 0 {
		return "no new components"
	}
	return strings.Join(out, ", ")
}

// Answer answers a question by reasoning over the current design: a component's failure, the
// rationale of a choice, a what-if on the numbers, a comparison of technologies, else a
// knowledge-base topic applied to this design's components and figures. It never quotes lines
// of the document, and every answer names the sections it draws on.
func (d *Designer) Answer(ctx context.Context, g bot.Grounding, question string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	q := strings.ToLower(strings.TrimSpace(question))
	if confirmRe.MatchString(q) && !changeRe.MatchString(confirmRe.ReplaceAllString(q, " ")) {
		return "Nothing is waiting for a yes: I apply a change as soon as you ask for it, and ask first only when it would break a requirement or the numbers, or right after a what-if (\"what if traffic triples?\", then \"yes, apply it\"). Say the change you want, e.g. \"use Cassandra for the " +
			strings.ToLower(orDefault(mainStore(g).Name, "store")) + "\". " + cite(conversation.Tradeoffs), nil
	}
	for _, answer := range []func(bot.Grounding, string) string{answerRegionNeed, answerRegionPlan, answerEmailChannel, answerInvalidation, answerFigure, answerVolume, answerHotItem, answerCrux, answerBehaviour, answerCapability, answerNamedParts, dueBurst, answerLongQuestion, answerFailure, answerDomainEvent, answerConditional, answerContention, answerWhatIf, answerCompare, answerRationale} {
		if a := answer(g, q); a != "" {
			return a, nil
		}
	}
	r := newRenderer(g)
	var parts []string
	var cites []conversation.SectionID
	if a := answerDecision(g, q); a != "" {
		return a, nil
	}
	if c, ok := phraseTarget(g, q); ok {
		return describe(g, c), nil // "a member's card is declined" is the billing worker's own case
	}
	if a := answerDiveSubject(r, q); a != "" {
		return a, nil
	}
	if a := answerReasoned(r, q); a != "" {
		return a, nil
	}
	if a := answerPassage(g, q); a != "" {
		return a, nil
	}
	for _, tp := range topics {
		if tp.re.MatchString(q) {
			parts = append(parts, tp.answer(r))
			for _, id := range tp.cite {
				if !slices.Contains(cites, id) {
					cites = append(cites, id)
				}
			}
			if len(parts) >= 2 {
				break
			}
		}
	}
	if len(parts) == 0 {
		if c, ok := target(g, q); ok {
			return describe(g, c), nil
		}
		if a := answerNearest(r, q); a != "" {
			return a, nil
		}
		if c, ok := looseTarget(g, q); ok {
			return describe(g, c), nil
		}
		if a := answerAbsent(g, q); a != "" {
			return a, nil
		}
		if a := cruxAnswer(g, q); a != "" {
			return a, nil
		}
		return "I couldn't tie that to a part of this design. Ask about a component by name (" + names(g.Components) + "): what happens if it fails, why it was chosen, or how it compares with another technology; or about the numbers (\"what if traffic triples?\"), caching and stampedes, hot keys, sharding, consistency, idempotency, security or monitoring. `show <section>` reads a section.", nil
	}
	return strings.Join(parts, "\n\n") + " " + cite(cites...), nil
}

// describe says what a component is, what it holds and who calls it.
func describe(g bot.Grounding, c conversation.Component) string {
	u := useOf(g, c)
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** (%s): %s.\n", c.Name, c.Technology, strings.TrimSuffix(c.Description, "."))
	if h := holds(g, u); h != "" && len(u.entities) > 0 {
		fmt.Fprintf(&b, "- It holds %s.\n", h)
	}
	if len(u.callers) > 0 {
		fmt.Fprintf(&b, "- Called by %s.\n", strings.Join(u.callers, ", "))
	}
	if len(c.TalksTo) > 0 {
		fmt.Fprintf(&b, "- Talks to %s.\n", strings.Join(c.TalksTo, ", "))
	}
	return b.String() + cite(conversation.Architecture, conversation.DataModel)
}

// topic is a question the knowledge base can answer for any design, citing its components.
type topic struct {
	re     *regexp.Regexp
	cite   []conversation.SectionID
	answer func(r *renderer) string
}

func (r *renderer) kindNames(kinds ...string) []string {
	var out []string
	for _, c := range r.g.Components {
		if slices.Contains(kinds, c.Kind) {
			out = append(out, fmt.Sprintf("%s (%s)", c.Name, c.Technology))
		}
	}
	return out
}

func list(items []string, none string) string {
	if len(items) == 0 {
		return none
	}
	return strings.Join(items, ", ")
}

var topics = []topic{
	{regexp.MustCompile(`stampede|thundering herd|dogpile|cache miss storm|cache.*expir`), []conversation.SectionID{conversation.Scalability, conversation.DeepDive}, func(r *renderer) string {
		caches := r.kindNames("cache")
		return r.x(fmt.Sprintf("**Cache stampedes.** In this design the caches are %s, in front of %s. When a hot key expires, only one request per key recomputes it (single-flight / request coalescing in each service instance, plus a short Redis lock `SET lock:{key} NX PX 2000` across instances); the others wait briefly or get the stale value (stale-while-revalidate). TTLs get ±10%% jitter so keys written together do not expire together, and the hottest keys are refreshed early by a background task (probabilistic early expiration) so they never expire under load. At %s peak reads/s, even a 1%% miss burst is %s requests/s on the database, which is why the database side also has a concurrency limit that sheds load with 503 + Retry-After rather than falling over.",
			list(caches, "none yet (add one with \"add a cache\")"), list(r.fronted(), "the stores"), conversation.Human(r.capa.PeakReadQPS), conversation.Human(r.capa.PeakReadQPS/100)))
	}},
	{regexp.MustCompile(`hot key|hot partition|hot shard|hotspot|hot spot|celebrit|viral|skew`), []conversation.SectionID{conversation.DataModel, conversation.Scalability}, func(r *renderer) string {
		return fmt.Sprintf("**Hot keys.** Partition keys here: %s. A key that takes more than one shard's share (a celebrity, a viral item, a flash-sale SKU) is handled by: an in-process cache of 1-5 s on every service instance for hot reads; replicating the key under suffixes (key#1..N) read at random; splitting hot writes into N sub-counters or sub-buckets summed on read; and for fan-out, not pushing a celebrity's writes to every follower. Per-shard request metrics flag new hot keys automatically.",
			list(r.partitions(), "by the entity ids in the Data model"))
	}},
	{regexp.MustCompile(`shard|partition|scale (the )?(writes|database|db)|sharding`), []conversation.SectionID{conversation.DataModel, conversation.CapacityID}, func(r *renderer) string {
		return fmt.Sprintf("**Partitioning.** %s The capacity estimate gives %d shard(s) to start (%s peak writes/s, %s kept over the retention); they sit on many more logical partitions (e.g. 4096) mapped to nodes, so growing is moving partitions, not re-hashing keys.",
			list(r.partitions(), "Each store is partitioned by its primary entity id."), r.capa.DBShards, conversation.Human(r.capa.PeakWriteQPS), conversation.Bytes(r.capa.StorageBytesKept))
	}},
	{regexp.MustCompile(`consisten|stale|eventual|linearizab|read.your|race`), []conversation.SectionID{conversation.DataModel, conversation.Tradeoffs}, func(r *renderer) string {
		var strong, eventual []string
		for _, c := range r.g.Components {
			t := strings.ToLower(c.Technology)
			switch {
			case c.Kind == "database" && (strings.Contains(t, "postgres") || strings.Contains(t, "mysql") || strings.Contains(t, "sql")):
				strong = append(strong, c.Name)
			case c.Kind == "database" || c.Kind == "cache" || c.Kind == "search":
				eventual = append(eventual, c.Name)
			}
		}
		return fmt.Sprintf("**Consistency.** Strongly consistent (ACID transactions, conditional updates): %s. Eventually consistent or derived (replicas, caches, indexes, quorum stores): %s. Rule of thumb in this design: anything that moves money, inventory or ownership is decided by a conditional write in a strongly consistent store; everything derived from it (caches, timelines, indexes, counters) may lag by seconds and is rebuilt from the log. Users read their own writes from the primary (or by session stickiness) right after writing.",
			list(strong, "none — every store here is eventually consistent by choice"), list(eventual, "none"))
	}},
	{regexp.MustCompile(`fail|outage|down\b|crash|disaster|region|failover|availability|redundan|what if .* dies`), []conversation.SectionID{conversation.Reliability}, func(r *renderer) string {
		var lines []string
		for _, s := range r.stores() {
			if how := replication(s); how != "" {
				lines = append(lines, fmt.Sprintf("%s: %s", s.Name, how))
			}
		}
		mr := "Today the design runs in one region across three zones; a whole-region outage needs the multi-region variant (say \"what if we need multi-region?\")."
		if r.has("geodns") {
			mr = "The design is multi-region: the global traffic manager moves users to the nearest healthy region within a minute."
		}
		return fmt.Sprintf("**Failures.** Stateless services run ≥ 3 instances across zones, so an instance or zone loss only reduces capacity. Stores: %s. Dependencies get timeouts, retries with jittered backoff and circuit breakers; non-essential features degrade first. %s", strings.Join(lines, "; "), mr)
	}},
	{regexp.MustCompile(`idempot|duplicate|exactly.once|twice|double (charge|book|send|spend)|retry|retries`), []conversation.SectionID{conversation.API, conversation.Reliability}, func(r *renderer) string {
		var eps []string
		for _, e := range r.endpoints() {
			if e.Idempotent && e.Method != "GET" {
				eps = append(eps, "`"+e.Method+" "+e.Path+"`")
			}
		}
		return fmt.Sprintf("**Idempotency.** Every create or state change takes an idempotency key stored with its result under a unique constraint, so a retry returns the first result instead of acting twice. Idempotent endpoints here: %s. Consumers of the event log dedup by event id or use conditional writes, because delivery is at-least-once; external calls (payment processors, push providers) receive our key too. Retries use exponential backoff with jitter and a retry budget.", list(eps, "none"))
	}},
	{regexp.MustCompile(`rate limit|abuse|ddos|bot|spam|throttl`), []conversation.SectionID{conversation.Security, conversation.Scalability}, func(r *renderer) string {
		return r.x("**Abuse and rate limiting.** {c:gateway} enforces per-user and per-IP token buckets (429 + Retry-After), with tighter limits on expensive or sensitive endpoints (login, creates). Limits live in a shared Redis counter with local leases so checks add well under a millisecond; if the counter store fails, the gateway fails open with conservative local limits.")
	}},
	{regexp.MustCompile(`secur|auth|encrypt|privacy|gdpr|pii|permission|access control`), []conversation.SectionID{conversation.Security}, func(r *renderer) string {
		s, _ := r.section(conversation.Security)
		return "**Security in this design:**\n" + s
	}},
	{regexp.MustCompile(`monitor|alert|observab|metric|slo|on.call`), []conversation.SectionID{conversation.Reliability}, func(r *renderer) string {
		return fmt.Sprintf("**Monitoring.** SLOs (%s availability, p99 latency per endpoint) with burn-rate alerts; golden signals per service; queue lag, replication lag, cache hit ratio and hot-key metrics per store (%s); tracing on every request. Expected traffic is ≈ %s writes/s and %s reads/s on average, so a sudden drop alerts too.",
			r.x("{availability}"), list(r.kindNames("database", "cache", "queue"), "none"), conversation.Human(r.capa.WriteQPS), conversation.Human(r.capa.ReadQPS))
	}},
	{regexp.MustCompile(`how many|how much|qps|throughput|storage|bandwidth|servers|capacity|estimate|numbers|size|cost`), []conversation.SectionID{conversation.CapacityID}, func(r *renderer) string {
		c := r.capa
		if r.p.Fleet != "" && r.p.CapacityNote != "" {
			return r.fleetNumbers()
		}
		return fmt.Sprintf("**Numbers (from the capacity section):** %s writes/s and %s reads/s on average, %s / %s at peak; %s of storage a month, %s kept over the retention; ingress %s/s, egress %s/s; %s of cache; %d app servers and %d database shard(s). Each follows step by step from the stated and assumed figures listed there (`show capacity`).",
			conversation.Human(c.WriteQPS), conversation.Human(c.ReadQPS), conversation.Human(c.PeakWriteQPS), conversation.Human(c.PeakReadQPS),
			conversation.Bytes(c.StorageBytesPerMonth), conversation.Bytes(c.StorageBytesKept), conversation.Bytes(c.IngressBytesPerSec), conversation.Bytes(c.EgressBytesPerSec), conversation.Bytes(c.CacheBytes), c.AppServers, c.DBShards)
	}},
	{regexp.MustCompile(`latency|slow|fast|p99|response time`), []conversation.SectionID{conversation.Architecture, conversation.Scalability}, func(r *renderer) string {
		return fmt.Sprintf("**Latency.** The request path does one durable write or one cache read and hands everything else to the log. Hot reads come from %s; writes acknowledge after the first durable, replicated write. Budgets: gateway < 5 ms, service logic < 20 ms, store < 10 ms p99; anything slower (providers, processing) is asynchronous.", list(r.kindNames("cache"), "the stores' own caches"))
	}},
}

// fronted lists the stores a cache sits in front of: those a component reads cache-aside as well
// as directly, never a store no cached read path reaches.
func (r *renderer) fronted() []string {
	var out []string
	for _, o := range r.g.Components {
		if !readsThroughCache(r.g, o) {
			continue
		}
		for _, to := range o.TalksTo {
			for _, c := range r.g.Components {
				if c.Name == to && c.Kind == "database" && !slices.Contains(out, fmt.Sprintf("%s (%s)", c.Name, c.Technology)) {
					out = append(out, fmt.Sprintf("%s (%s)", c.Name, c.Technology))
				}
			}
		}
	}
	return out
}

// partitions lists the design's partition keys per entity.
func (r *renderer) partitions() []string {
	var out []string
	for _, e := range r.entities() {
		if e.Partition != "" && e.Partition != "-" {
			out = append(out, fmt.Sprintf("%s by %s", e.Name, e.Partition))
		}
	}
	if len(out) > 8 {
		out = out[:8]
	}
	return out
}

// fleetNumbers answers a question about figures for an archetype that sizes its own machines
// (a device platform's brokers, a historian's tiers): its fleet and its own reading of the
// figures, kept for the retention the design states, never the generic app servers, database
// shards and five years of storage its capacity section leaves out.
func (r *renderer) fleetNumbers() string {
	c, H, B := r.capa, conversation.Human, conversation.Bytes
	kept, _ := r.deviceWords("retention_words")
	return fmt.Sprintf("**Numbers (from the capacity section):** %s writes/s and %s reads/s on average, %s / %s at peak; %s of storage a month as counted, %s over %s; ingress %s/s, egress %s/s; %s. %s (`show capacity`)",
		H(c.WriteQPS), H(c.ReadQPS), H(c.PeakWriteQPS), H(c.PeakReadQPS), B(c.StorageBytesPerMonth), B(c.StorageBytesKept), kept,
		B(c.IngressBytesPerSec), B(c.EgressBytesPerSec), r.x(r.p.Fleet), r.x(r.p.CapacityNote))
}
