package offline

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A question whether the design needs another region ("do we need multi-region for 40
// transfers/s?", "would a second region be overkill?") asks for a judgement, not for the change:
// it is answered from the design's figures (the availability target, where its users are, the
// write rate, what a region's outage costs against the downtime budget) and ends with an offer,
// and the design keeps its version until the user takes the offer.

// whetherRe finds a question whether something is needed or worth it. "Would you", "could you"
// and "can you" are requests, not questions.
var whetherRe = regexp.MustCompile(`^(?:do|does|should|shall|would|is|are|isn't|wouldn't|will|was)\s+(?:we|i|it|this|that|the|a|an|there|our|going|multi|another|second|two|you think)\b|\b(?:do|does) (?:we|it|this|the design) (?:really |even |actually )?need\b|\b(?:needed|necessary|worth it|worth the|worthwhile|overkill|justified|required)\b[^.]*\?\s*$`)

// asksRegionNeed reports whether t asks whether the design needs more than one region.
func asksRegionNeed(t string) bool {
	return multiRegionRe.MatchString(t) && whetherRe.MatchString(t) && !regexp.MustCompile(`^(?:would|will|could|can) you\b|^what if\b`).MatchString(t)
}

// scopeRe reads how far a statement's users are spread: one city or country, or the world.
var (
	localScopeRe  = regexp.MustCompile(`(?i)\b(?:(?:one|a single|the same|a|our|one small) (?:country|city|state|town|region|county|province|time ?zone|campus|site|metro area)|city'?s|nationwide|national|domestic|in the (?:uk|us|usa|netherlands|country)|(?:all|only) in)\b`)
	globalScopeRe = regexp.MustCompile(`(?i)\b(?:global(?:ly)?|worldwide|world-wide|international(?:ly)?|across (?:the world|continents|europe|the globe)|in \d+ countries|\d+ countries|every continent|multiple countries)\b`)
)

// answerRegionNeed answers whether the design needs more regions, from its own figures.
func answerRegionNeed(g bot.Grounding, q string) string {
	if !asksRegionNeed(q) {
		return ""
	}
	if g.Requirements.HasFeature("multiregion") {
		return "The design already runs in more than one region (see the Global traffic manager in Architecture and Reliability's failover): the question left is how failover between them works. " + cite(conversation.Architecture, conversation.Reliability)
	}
	target, budget := availabilityTarget(g)
	var b strings.Builder
	b.WriteString("**Does this design need a second region?** ")
	b.WriteString(regionVerdict(g, q, target) + "\n")
	if w := g.Capacity.PeakWriteQPS; w > 0 {
		fmt.Fprintf(&b, "- Load is no reason: %s writes/s at peak fit in one region, which grows by adding nodes and shards inside it; a second region adds no write capacity for data that must have one home.\n", conversation.Human(w))
	}
	if target != "" {
		fmt.Fprintf(&b, "- The target is %s (%s). The design already survives losing a node or a whole zone (stores replicate across zones, services run in ≥ 3 zones); what one region cannot survive is the region itself, which clouds lose for a few hours every year or two, more than that budget in one event.\n", target, budget)
	}
	b.WriteString("- " + regionScope(g.Problem, q) + "\n")
	b.WriteString("- What it costs: about twice the infrastructure for active-active, cross-region replication (seconds of lag) on " + storeList(g) + ", each user's strongly consistent writes pinned to a home region, and failovers to rehearse. The cheaper middle: nightly and continuous backups copied to a second region (RPO minutes, RTO hours) without running a second stack.\n")
	b.WriteString("Say \"yes\" or \"go multi-region\" and I'll make it a change (Requirements, Architecture, Reliability, Trade-offs). " + cite(conversation.Requirements, conversation.CapacityID, conversation.Reliability))
	return b.String()
}

// availabilityTarget is the design's availability figure ("99.99%") and its downtime budget.
func availabilityTarget(g bot.Grounding) (string, string) {
	r := newRenderer(g)
	for _, n := range g.Requirements.NonFunctional {
		if !strings.HasPrefix(n, "Availability:") {
			continue
		}
		n = r.x(n)
		pct := regexp.MustCompile(`(\d+(?:\.\d+)?)%`).FindStringSubmatch(n)
		if pct == nil {
			return "", ""
		}
		p, _ := strconv.ParseFloat(pct[1], 64)
		minutes := (100 - p) / 100 * 365 * 24 * 60
		budget := "≈ " + conversation.Human(minutes) + " min of downtime a year"
		if minutes >= 120 {
			budget = "≈ " + conversation.Human(minutes/60) + " h of downtime a year"
		}
		return pct[0], budget
	}
	return "", ""
}

// regionVerdict is the one-line answer: yes where users are worldwide or the target leaves no
// room for a region's outage, else not yet.
func regionVerdict(g bot.Grounding, q, target string) string {
	text := g.Problem + " " + q
	switch {
	case globalScopeRe.MatchString(text):
		return "Probably yes: its users are spread across the world, so a second region buys latency as well as survival."
	case target == "99.999%":
		return "Yes for the target: five nines leaves about 5 minutes a year, and a single region's outage takes hours."
	case localScopeRe.MatchString(text):
		return "Not for load or latency: its users are in one place, and one region spread over three zones carries the figures below. It is worth it only if a region's outage of a few hours is worse than its cost."
	}
	return "Not for load: one region spread over three zones carries the figures below. It is worth it only if a region's outage of a few hours is worse than what a second region costs."
}

// regionScope says what the statement, or else the question, tells about where the users are.
func regionScope(problem, q string) string {
	for _, s := range []struct{ who, text string }{{"the statement", problem}, {"you", q}} {
		switch {
		case globalScopeRe.MatchString(s.text):
			return "Where users are: " + s.who + " said \"" + globalScopeRe.FindString(s.text) + "\", so users far from one region pay 100-200 ms a round trip; a region near them removes it."
		case localScopeRe.MatchString(s.text):
			return "Where users are: " + s.who + " said \"" + localScopeRe.FindString(s.text) + "\", so one region near them serves everyone with low latency; a second region buys survival, not speed."
		}
	}
	return "Where users are: the statement does not say; if they are in one country, one region near them serves everyone with low latency, and a second region buys survival, not speed."
}

// storeList names the design's stores that a second region would replicate.
func storeList(g bot.Grounding) string {
	var out []string
	for _, c := range g.Components {
		if c.Kind == "database" || c.Kind == "storage" {
			out = append(out, c.Name)
		}
	}
	return list(out, "its stores")
}
