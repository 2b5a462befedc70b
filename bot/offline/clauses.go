package offline

import (
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// changeClauseRe finds where a second change starts in one request: "remove the kiosks and add
// booking", "drop the cache, then use DynamoDB for posts".
var changeClauseRe = regexp.MustCompile(`(?:\s*[,;]\s*(?:and\s+|then\s+|and then\s+)?|\s+(?:and|then|and then|plus)\s+)(?:also\s+|please\s+)?((?:add|remove|drop|get rid of|introduce|use|switch|replace|swap|stop accepting|stop taking)\b)`)

// actionsRe finds a request that lets people do things ("let users edit and remove posts"): its
// verbs are what people do, not changes to the design.
var actionsRe = regexp.MustCompile(`^(?:let|allow|enable|(?:please |can you |could you )?(?:let|allow))\b`)

// infinitiveRe finds a clause ending in "to <verb>": what follows "and" is its second action.
var infinitiveRe = regexp.MustCompile(`\bto \w+$`)

// splitChanges cuts a request that starts as a change into its changes, each starting with its
// verb. A request with one change comes back whole.
func splitChanges(t string) []string {
	if !changeRe.MatchString(t) || strings.HasPrefix(t, "what if") || actionsRe.MatchString(t) {
		return []string{t}
	}
	var out []string
	rest := t
	for {
		loc := changeClauseRe.FindStringSubmatchIndex(rest)
		if loc == nil || loc[0] == 0 {
			break
		}
		if infinitiveRe.MatchString(rest[:loc[0]]) {
			break // "add a way to tag and remove photos": one change with two actions
		}
		out = append(out, strings.TrimSpace(rest[:loc[0]]))
		rest = strings.TrimSpace(rest[loc[2]:])
	}
	return append(out, rest)
}

// planOne plans a single change: the first reading that takes it.
func planOne(g bot.Grounding, t string, force bool) (*change, bool) {
	swap := func(g bot.Grounding, t string) (*change, bool) { return planSwap(g, t, force) }
	swapFirst := func(g bot.Grounding, t string) (*change, bool) {
		if !swapRe.MatchString(t) {
			return nil, false
		}
		return swap(g, t)
	}
	drop := func(g bot.Grounding, t string) (*change, bool) { return planDrop(g, t, force) }
	add := func(g bot.Grounding, t string) (*change, bool) { return planAdd(g, t, force) }
	texts := func(g bot.Grounding, t string) (*change, bool) { return planTextRequest(g, t, force) }
	named := func(g bot.Grounding, t string) (*change, bool) { return planNamed(g, t, force) }
	for _, plan := range []func(bot.Grounding, string) (*change, bool){planMultiRegion, planRetention, planCache, swapFirst, planRefine, planScale, swap, planUnknownSwap, planDropApp, drop, texts, add, named} {
		if ch, ok := plan(g, t); ok {
			return ch, true
		}
	}
	return nil, false
}

// planClauses plans every change of a request in turn, each on the design the ones before it
// made, and merges them into one version. A change it cannot make is said in the reply beside
// the ones it made; when it makes none, the replies of all of them are the answer.
func planClauses(g bot.Grounding, t string, force bool) (*change, bool) {
	clauses := splitChanges(t)
	if len(clauses) == 1 {
		return planOne(g, t, force)
	}
	cur := g
	var made []*change
	var notDone, dropped []string
	for _, c := range clauses {
		ch, ok := planOne(cur, c, force)
		switch {
		case !ok:
			notDone = append(notDone, "**Not done: \""+c+"\"** — "+unsupported(cur, c))
			continue
		case ch.unsupported != "" || ch.pushback != "":
			notDone = append(notDone, "**Not done: \""+c+"\"** — "+ch.unsupported+ch.pushback)
			continue
		}
		if ch.comps != nil {
			// A later change's selection would bring back what an earlier one dropped.
			ch.comps = withoutComps(ch.comps, dropped)
			for _, n := range dropped {
				ch.reply, ch.rationale = unlisted(ch.reply, n), unlisted(ch.rationale, n)
			}
			for _, c := range cur.Components {
				if !hasName(ch.comps, c.Name) {
					dropped = append(dropped, c.Name)
				}
			}
		}
		made = append(made, ch)
		if ch.req != nil {
			cur.Requirements = *ch.req
			cur.Capacity = conversation.Estimate(ch.req.Workload)
		}
		if ch.comps != nil {
			cur.Components = ch.comps
		}
	}
	if len(made) == 0 {
		return &change{pushback: strings.Join(notDone, "\n\n")}, true
	}
	out := &change{}
	var decisions, why, replies []string
	for _, ch := range made {
		decisions, why = append(decisions, ch.decision), append(why, ch.rationale)
		if ch.reply != "" {
			replies = append(replies, ch.reply)
		}
		if ch.req != nil {
			out.req = ch.req
		}
		if ch.comps != nil {
			out.comps = ch.comps
		}
	}
	out.decision, out.rationale = strings.Join(decisions, "; "), strings.Join(why, "; ")
	out.reply = strings.Join(append(replies, notDone...), "\n\n")
	return out, true
}

func hasName(cs []conversation.Component, name string) bool {
	return slices.ContainsFunc(cs, func(c conversation.Component) bool { return c.Name == name })
}

// withoutComps removes the named components and every link to them.
func withoutComps(cs []conversation.Component, gone []string) []conversation.Component {
	var out []conversation.Component
	for _, c := range cs {
		if slices.Contains(gone, c.Name) {
			continue
		}
		var talks, flows []string
		for j, to := range c.TalksTo {
			if !slices.Contains(gone, to) {
				talks = append(talks, to)
				if j < len(c.Flows) {
					flows = append(flows, c.Flows[j])
				}
			}
		}
		c.TalksTo, c.Flows = talks, flows
		out = append(out, c)
	}
	return out
}

// unlisted takes a name out of a list in a sentence ("brings A, Cache, B").
func unlisted(s, name string) string {
	return strings.NewReplacer(", "+name+",", ",", ", "+name+" ", " ", " "+name+", ", " ").Replace(s)
}
