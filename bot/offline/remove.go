package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A removal names something in the user's words: a capability ("drop search"), a component
// ("drop the cdn"), or something narrower than either: a way to pay at a machine ("remove cash at
// the kiosks"), an app for one kind of user ("remove the hospitals' ordering app"). Only the
// first two can be dropped whole. The rest is resolved against the design's parts and
// requirements and asked about, never read as the nearest store: a store holds the records
// other parts need, so losing it is said with what breaks, and done only when confirmed.

// removalTarget finds the component a removal names by its own name or a catalogue alias (never
// by an entity it stores), and the words of the phrase that name neither.
func removalTarget(g bot.Grounding, phrase string) (int, []string) {
	words := removalWords(phrase)
	best, bestLen := -1, 0
	var bestRest []string
	for i, c := range g.Components {
		for _, n := range append([]string{c.Name}, aliasesOf(c)...) {
			nw := removalWords(n)
			if len(nw) == 0 || !containsAll(words, nw) || len(nw) <= bestLen {
				continue
			}
			best, bestLen = i, len(nw)
			bestRest = slices.DeleteFunc(slices.Clone(words), func(w string) bool { return slices.Contains(nw, w) })
		}
	}
	return best, bestRest
}

// removalWords are the stems of what a phrase names, short ones included ("trip db", "web ui").
func removalWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if len(w) < 2 || stopWords[w] || questionStop[w] || w == "an" || w == "of" || w == "to" || w == "at" || w == "in" || w == "on" {
			continue
		}
		if st := stem(w); !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}

func aliasesOf(c conversation.Component) []string {
	if id := catalogID(c.Name); id != "" {
		return catalog[id].Aliases
	}
	return nil
}

func containsAll(words, want []string) bool {
	for _, w := range want {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// partOf reports the words of a removal that name something a component does or has ("cash" of
// pay stations that "take card or cash"): the request narrows the component, it does not drop it.
func partOf(c conversation.Component, rest []string) []string {
	text := strings.ToLower(c.Description + " " + c.Technology)
	var out []string
	for _, w := range rest {
		if regexp.MustCompile(`\b` + regexp.QuoteMeta(w)).MatchString(text) {
			out = append(out, w)
		}
	}
	return out
}

// requirementsWith lists the functional requirements that say one of the stems.
func requirementsWith(g bot.Grounding, stems []string) []string {
	var out []string
	r := newRenderer(g)
	for _, f := range g.Requirements.Functional {
		f = r.x(f)
		l := strings.ToLower(f)
		if slices.ContainsFunc(stems, func(s string) bool { return regexp.MustCompile(`\b` + regexp.QuoteMeta(s)).MatchString(l) }) {
			out = append(out, fmt.Sprintf("%q", sentences(f, 1)))
		}
	}
	return out
}

// narrowPushback answers a removal of something a component does: which component, where the
// requirements say it, and the two changes that can be made.
func narrowPushback(g bot.Grounding, what string, c conversation.Component, part []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**I haven't removed anything:** %q is part of what %s do (%s), not a part of the design on its own; narrowing it means rewriting those sections by hand, which I can't do without a model.\n",
		what, c.Name, strings.TrimSuffix(c.Description, "."))
	if reqs := requirementsWith(g, part); len(reqs) > 0 {
		fmt.Fprintf(&b, "- The requirements that say it: %s.\n", strings.Join(reqs, "; "))
	}
	b.WriteString("Options:\n")
	fmt.Fprintf(&b, "1. Drop %s whole: \"drop the %s\"%s.\n", c.Name, strings.ToLower(c.Name), dependents(g, c))
	fmt.Fprintf(&b, "2. Keep %s and scope out %s in the requirements when the design is next regenerated.\n", c.Name, strings.Join(part, ", "))
	b.WriteString("Say which. " + cite(conversation.Requirements, conversation.Architecture))
	return b.String()
}

// dependents says who calls a component and what it holds, for a reply about removing it.
func dependents(g bot.Grounding, c conversation.Component) string {
	u := useOf(g, c)
	var out []string
	if len(u.callers) > 0 {
		out = append(out, "called by "+strings.Join(u.callers, ", "))
	}
	if len(u.entities) > 0 {
		out = append(out, "holding "+entityNames(u.entities))
	}
	if len(out) == 0 {
		return ""
	}
	return " (" + strings.Join(out, "; ") + ")"
}

func entityNames(es []entity) string {
	var n []string
	for _, e := range es {
		n = append(n, e.Name)
	}
	return strings.Join(n, ", ")
}

// unresolvedPushback answers a removal that names no component or capability: the parts,
// records and requirements its words touch, so the user can say which one goes.
func unresolvedPushback(g bot.Grounding, what string) string {
	stems := removalWords(what)
	has := func(text string) bool {
		l := strings.ToLower(text)
		return slices.ContainsFunc(stems, func(s string) bool { return regexp.MustCompile(`\b` + regexp.QuoteMeta(s)).MatchString(l) })
	}
	var touched []string
	example := ""
	for _, c := range g.Components {
		if has(c.Name + " " + c.Description) {
			touched = append(touched, c.Name)
		}
		if example == "" && has(c.Name) {
			example = fmt.Sprintf(" (\"drop the %s\")", strings.ToLower(c.Name))
		}
	}
	r := newRenderer(g)
	var ents []string
	for _, e := range r.entities() {
		if has(e.Name) && r.has(e.Store) {
			u := useOf(g, g.Components[slices.IndexFunc(g.Components, func(c conversation.Component) bool { return c.Name == r.name(e.Store) })])
			others := slices.DeleteFunc(slices.Clone(u.entities), func(o entity) bool { return o.Name == e.Name })
			ents = append(ents, fmt.Sprintf("%s (in %s%s)", e.Name, r.name(e.Store), withOthers(others)))
		}
	}
	reqs := requirementsWith(g, stems)
	var b strings.Builder
	fmt.Fprintf(&b, "**I haven't removed anything:** nothing in this design is called %q.", what)
	if len(touched)+len(ents)+len(reqs) == 0 {
		fmt.Fprintf(&b, " No part, record or requirement mentions its words. Its parts are: %s. Say which one to drop. %s", names(g.Components), cite(conversation.Architecture))
		return b.String()
	}
	b.WriteString(" Its words touch:\n")
	if len(touched) > 0 {
		fmt.Fprintf(&b, "- Components: %s.\n", strings.Join(touched, ", "))
	}
	if len(ents) > 0 {
		fmt.Fprintf(&b, "- Records: %s; their store stays, the other records need it.\n", strings.Join(ents, "; "))
	}
	if len(reqs) > 0 {
		fmt.Fprintf(&b, "- Requirements: %s.\n", strings.Join(reqs, "; "))
	}
	fmt.Fprintf(&b, "Say which part to drop%s, or that a capability goes, and I'll show what goes with it. %s", example, cite(conversation.Architecture, conversation.DataModel, conversation.Requirements))
	return b.String()
}

// storePushback says what breaks when a store that holds records goes: the records lose their
// only home and the parts that read and write them stop. Empty for anything else.
func storePushback(g bot.Grounding, c conversation.Component) string {
	if c.Kind != "database" && c.Kind != "storage" && c.Kind != "search" {
		return ""
	}
	u := useOf(g, c)
	if len(u.entities) == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**I haven't dropped %s:** it holds the only copy of %s", c.Name, entityNames(u.entities))
	if len(u.callers) > 0 {
		fmt.Fprintf(&b, ", read and written by %s", strings.Join(u.callers, ", "))
	}
	b.WriteString("; without it they have no store and those parts stop.\nOptions:\n")
	fmt.Fprintf(&b, "1. Keep the records and change how they are stored: \"use <technology> for the %s\".\n", strings.ToLower(c.Name))
	b.WriteString("2. Drop the capability that needs them, which takes its store with it when nothing else uses it.\n")
	fmt.Fprintf(&b, "Say \"yes, drop it anyway\" to remove %s as asked; the records stay without a store. %s", c.Name, cite(conversation.Architecture, conversation.DataModel))
	return b.String()
}

// neededBy says which kept capabilities need the ones a removal drops (a garage's permits and
// app payments need user accounts): dropping them leaves those without what they rest on.
func neededBy(g bot.Grounding, drop []string) string {
	var lines []string
	for _, id := range drop {
		var by []string
		for _, k := range g.Requirements.Features {
			if c := capabilities[k]; c != nil && !slices.Contains(drop, k) && slices.Contains(c.implies, id) {
				by = append(by, features[k].Name)
			}
		}
		if len(by) > 0 {
			lines = append(lines, fmt.Sprintf("- %s is needed by %s, which stays.", features[id].Name, strings.Join(by, ", ")))
		}
	}
	if len(lines) == 0 {
		return ""
	}
	return "**I haven't dropped it yet:**\n" + strings.Join(lines, "\n") + "\nDropping it removes its components, flows and records while the parts that need them remain. " +
		"Say \"yes, drop it anyway\" to remove it as asked, or drop what needs it as well. " + cite(conversation.Overview, conversation.Architecture)
}

var neededForRe = regexp.MustCompile(`\s*\(needed for: ([^)]*)\)`)

// withoutNeeds takes the dropped capabilities out of a component's "(needed for: …)".
func withoutNeeds(desc string, drop []string) string {
	return neededForRe.ReplaceAllStringFunc(desc, func(m string) string {
		var keep []string
		for _, n := range strings.Split(neededForRe.FindStringSubmatch(m)[1], ", ") {
			if !slices.ContainsFunc(drop, func(id string) bool { return features[id].Name == n }) {
				keep = append(keep, n)
			}
		}
		if len(keep) == 0 {
			return ""
		}
		return " (needed for: " + strings.Join(keep, ", ") + ")"
	})
}

func withOthers(es []entity) string {
	if len(es) == 0 {
		return ""
	}
	return ", with " + entityNames(es)
}

// roleTarget finds the one component whose own description says the phrase word for word and
// whose name shares one of its words: "the push notifications" are what Push providers
// ("deliver push notifications to devices") do. -1 when none or several do.
func roleTarget(g bot.Grounding, phrase string) int {
	words := removalWords(phrase)
	if len(words) < 2 {
		return -1
	}
	var parts []string
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		if w = strings.Trim(w, ".,!?"); len(w) > 2 && !stopWords[w] {
			parts = append(parts, regexp.QuoteMeta(strings.TrimSuffix(w, "s"))+`s?`)
		}
	}
	re := regexp.MustCompile(`\b` + strings.Join(parts, `\s+`) + `\b`)
	found := -1
	for i, c := range g.Components {
		if !re.MatchString(strings.ToLower(roleWords(c.Description))) || !slices.ContainsFunc(removalWords(c.Name), func(w string) bool { return slices.Contains(words, w) }) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// withoutNamed takes the names of dropped components out of a description that lists them ("in
// front of User service, Search service, Feed service"): a part that is gone is no longer named
// as one the others front or call.
func withoutNamed(desc string, gone []string) string {
	for _, n := range gone {
		q := regexp.QuoteMeta(n)
		desc = regexp.MustCompile(`, `+q+`\b|\b`+q+`, | and `+q+`\b|\b`+q+` and `).ReplaceAllString(desc, "")
	}
	return desc
}
