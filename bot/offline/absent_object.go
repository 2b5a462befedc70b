package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// objectRe finds what a requested capability is for: "end-to-end encryption for messages",
// "search of invoices", "reactions on comments".
var objectRe = regexp.MustCompile(`\b(?:for|of|on|between)\s+(?:the\s+|all\s+|our\s+|its\s+|every\s+|each\s+|their\s+)?([a-z][a-z-]+)`)

// phraseEnd are the words that end a noun phrase.
var phraseEnd = set("in", "on", "of", "for", "to", "with", "the", "a", "an", "and", "or", "that", "which", "so", "from", "after", "before", "when", "at", "by", "too", "as", "please")

// partWords name parts every design has, or the design as a whole: "caching for reads", "rate
// limits on the API" name nothing a design could lack.
var partWords = set("read", "write", "request", "api", "endpoint", "database", "db", "store", "storage", "cache", "queue", "service",
	"server", "app", "data", "everything", "all", "it", "them", "us", "system", "platform", "traffic", "region", "zone", "front", "top",
	"account", "login", "sign", "peak", "launch", "day", "time", "second", "minute", "hour", "week", "month", "year")

// absentObject pushes back on adding a capability for a thing the design does not have ("add
// end-to-end encryption for messages" to a key-value store): applied as asked it would bring the
// capability's own records and components, about things nothing in the design holds or sends.
func absentObject(g bot.Grounding, what string, add []string) string {
	m := objectRe.FindStringSubmatch(what)
	if m == nil {
		return ""
	}
	// The head of the phrase names the thing: "chat messages" are messages.
	noun := singularNoun(m[1])
	for _, w := range strings.Fields(what[strings.Index(what, m[1])+len(m[1]):]) {
		w = strings.Trim(w, ",.;:!?")
		if phraseEnd[w] || w == "" {
			break
		}
		noun = singularNoun(w)
	}
	if partWords[noun] || actorWords[noun] || len(noun) < 3 {
		return ""
	}
	r := newRenderer(g)
	known := []string{g.Problem}
	for _, e := range r.entities() {
		known = append(known, e.Name)
	}
	for _, c := range g.Components {
		known = append(known, c.Name, c.Description)
	}
	known = append(known, g.Requirements.Functional...)
	hay := strings.ToLower(strings.Join(known, " "))
	if strings.Contains(hay, stem5(root(noun))) {
		return ""
	}
	var keeps []string
	for _, e := range r.entities() {
		if r.has(e.Store) && len(keeps) < 4 {
			keeps = append(keeps, fmt.Sprintf("%s (%s)", pluralNoun(e.Name), r.name(e.Store)))
		}
	}
	fnames := featureNames(add)
	return fmt.Sprintf("**I haven't applied that: this design has no %s.** It keeps %s; nothing in it holds or sends %s, so %s for them has nothing to change here.\n"+
		"Options:\n1. Keep the design as it is: how it protects what it keeps is in Security (ask \"how is the data encrypted?\").\n2. Start a separate design that has %s with `/design`.\n"+
		"Say \"yes, add it anyway\" to add %s as the knowledge base has it (%s). (see Data model, Architecture)",
		pluralNoun(noun), orDefault(strings.Join(keeps, ", "), "no records of its own"), pluralNoun(noun), fnames,
		pluralNoun(noun), fnames, addedParts(g, add))
}

// hypotheticalRe finds a question about what the design would do, not what it does.
var hypotheticalRe = regexp.MustCompile(`\b(?:would|could)\b|\bhow (?:can|do|should) (?:we|you|i)\b|what would it take`)

// answerCapability answers "how would you rank the feed by relevance?" for a design without that
// capability: the capability's own hard part, rendered over this design as if it were added, and
// the change that adds it. A capability that would be a second product is left to the other
// answers, as is one the design already has.
func answerCapability(g bot.Grounding, q string) string {
	if !hypotheticalRe.MatchString(q) {
		return ""
	}
	ids, _ := detect(q)
	for _, id := range ids {
		f, ok := features[id]
		if id == "core" || id == "generic" || !ok || f.Rank >= 40 || len(f.Deep) == 0 || slices.Contains(g.Requirements.Features, id) {
			continue
		}
		req, comps := withFeatures(g, []string{id})
		ng := g
		ng.Requirements, ng.Components = req, comps
		ng.Capacity = conversation.Estimate(req.Workload)
		r := newRenderer(ng)
		d := f.Deep[0]
		return fmt.Sprintf("**%s** — this design does not do it yet; here is how it would, with its own parts. %s\nIt brings %s. Say \"add %s\" and I'll apply it to every section it touches. %s",
			r.x(d.Title), r.x(d.Body), newNames(g.Components, comps), f.Name, cite(conversation.DeepDive, conversation.Architecture))
	}
	return ""
}
