package offline

import (
	"fmt"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// originLimit is the egress one region's origin is taken to serve without a CDN in front of it
// (10 Gbit/s): beyond it, dropping the CDN breaks the numbers rather than costing a little.
const originLimit = 1.25e9

// dropCost says, from the design's own figures, what removing a component moves onto the parts
// behind it: a CDN's egress onto the origin, a cache's reads onto the stores. conflict is set
// when the load breaks the numbers (more egress than an origin serves).
func dropCost(g bot.Grounding, gone conversation.Component) (text string, conflict bool) {
	switch catalogID(gone.Name) {
	case "cdn":
		origin := "the origin"
		if len(gone.TalksTo) > 0 {
			origin = gone.TalksTo[0]
		}
		egress := g.Capacity.EgressBytesPerSec
		if egress <= 0 {
			return "", false
		}
		B := conversation.Bytes
		text = fmt.Sprintf("%s served %s/s of egress on average and %s saw only its misses (about %s/s at a %.0f%% hit ratio); without it %s serves all %s/s from one region, and users far from it wait a cross-continent round trip per request",
			gone.Name, B(egress), origin, B(egress*(1-cacheHitRatio)), cacheHitRatio*100, origin, B(egress))
		return text, egress > originLimit
	case "cache":
		reads := g.Capacity.PeakReadQPS
		if reads <= 0 {
			return "", false
		}
		H := conversation.Human
		return fmt.Sprintf("%s took about %s/s of the %s peak reads/s behind %s at a %.0f%% hit ratio (assumed); without it all %s/s reach the store", list(newRenderer(g).fronted(), "the stores"), H(reads*(1-cacheHitRatio)), H(reads), gone.Name, cacheHitRatio*100, H(reads)), false
	}
	return "", false
}

// pushbackDrop says why a component is not dropped as asked.
func pushbackDrop(gone conversation.Component, cost, asked string) string {
	return fmt.Sprintf("**I haven't applied that: dropping %s breaks the numbers.**\n- %s, above the %s/s (10 Gbit/s) one region's origin is taken to serve.\nOptions:\n1. Keep %s (%s).\n2. Keep it for the heavy content only and serve the API without it.\nSay \"yes, %s anyway\" to apply it as asked; the cost goes into the decision log. (see Back-of-the-envelope capacity, Scalability)",
		gone.Name, upperFirst(cost), conversation.Bytes(originLimit), gone.Name, gone.Technology, asked)
}
