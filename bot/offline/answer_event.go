package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A what-if about something that happens in the domain ("what if the ferry is cancelled?", "what
// if a stenographer calls in sick?") is not a part failing: it is answered from the parts whose
// work reacts to that event, the requirements that say what must happen, and the record whose
// state it changes, all found by the event's own words. A design with nothing that reacts says
// so, naming the record that would carry the change, rather than reciting its failure modes.

// eventRe reads "what if <subject> <event>": the subject is one or two words after an article.
var eventRe = regexp.MustCompile(`^(?:what if|what happens if|what happens when|what do you do if|what do we do if|suppose|imagine) (?:a|an|the|one|our|some|two|several) ([a-z-]+(?: [a-z-]+)?) (.+)$`)

// eventFiller are words of an event that say when or how much, not what happens.
var eventFiller = set("is", "are", "was", "were", "gets", "get", "got", "its", "their", "his", "her", "the", "a", "an", "in", "on", "at", "to", "of", "for", "mid", "another", "morning", "day", "night", "during", "before", "after", "suddenly", "has", "have", "had", "been", "does", "not", "doesn", "didn", "out", "up", "down", "off", "too", "again", "some", "one")

// loadChangeRe finds an event that multiplies or adds to a count ("doubles the fleet with 200
// contractor trucks", "grows 5x"): a what-if on the load, which the capacity answers, not a
// thing that happens to one record.
var loadChangeRe = regexp.MustCompile(`\b(?:doubles?|doubled|doubling|triples?|tripled|quadruples?|grows?|grew|growing|increases?|multipl\w+|halves|halved)\b|\b\d+(?:\.\d+)?\s*(?:x|×|times)\b|\b\d[\d,]*\s+(?:more|extra|additional|new)\b`)

// domainEvent splits a what-if into its subject and the words of its event; ok is false when the
// question names a part of the design (that is a failure or a what-if on the part).
func domainEvent(g bot.Grounding, q string) (subject, phrase string, event []string, ok bool) {
	m := eventRe.FindStringSubmatch(strings.TrimRight(q, "?.! "))
	if m == nil || loadChangeRe.MatchString(m[1]+" "+m[2]) {
		return "", "", nil, false
	}
	if _, named := target(g, q); named {
		return "", "", nil, false
	}
	if _, named := byNameWords(g, m[1]); named {
		return "", "", nil, false
	}
	for _, w := range wordsOf(m[2]) {
		if len(w) >= 3 && !eventFiller[w] && !stopWords[w] {
			event = append(event, w)
		}
	}
	return m[1], m[2], event, len(event) > 0
}

// sharesStem reports whether text has a word of the same root as one of words.
func sharesStem(text string, words []string) int {
	n := 0
	tw := wordsOf(text)
	for _, w := range words {
		if slices.ContainsFunc(tw, func(x string) bool { return len(x) >= 3 && stem5(root(x)) == stem5(root(w)) }) {
			n++
		}
	}
	return n
}

// answerDomainEvent answers a what-if about a domain event from the parts, requirements and
// records its words touch.
func answerDomainEvent(g bot.Grounding, q string) string {
	subject, phrase, event, ok := domainEvent(g, q)
	if !ok {
		return ""
	}
	var lines []string
	verb := event[:1]
	for _, c := range g.Components {
		if sharesStem(partWork(c.Description), verb) > 0 && c.Kind != "client" {
			lines = append(lines, fmt.Sprintf("- %s: %s", c.Name, strings.TrimSuffix(c.Description, ".")+"."))
		}
		if len(lines) == 2 {
			break
		}
	}
	reqs := 0
	for _, f := range g.Requirements.Functional {
		if (sharesStem(f, verb) > 0 || sharesStem(f, event) >= 2) && reqs < 2 {
			lines = append(lines, fmt.Sprintf("- The requirement it meets: %q.", f))
			reqs++
		}
	}
	if len(lines) == 0 {
		return eventUnhandled(g, subject, event)
	}
	return fmt.Sprintf("**If %s %s.** In this design:\n%s\n%s", article(subject), phrase,
		strings.Join(lines, "\n"), cite(conversation.Requirements, conversation.Architecture))
}

// eventUnhandled says that nothing in the design reacts to the event, and which record would
// carry it, so the reviewer knows what to add rather than reading a generic paragraph.
func eventUnhandled(g bot.Grounding, subject string, event []string) string {
	r := newRenderer(g)
	words := append(significant(subject), event...)
	for _, e := range r.entities() {
		if sharesStem(e.Name, words) == 0 {
			continue
		}
		return fmt.Sprintf("**Nothing in this design reacts to that on its own.** It would show as a change to a %s (in %s%s): whoever learns of it changes that record through the API, and what depends on it is recomputed from it. If something must happen for it, say what and I'll add it to the requirements. %s",
			strings.ToLower(e.Name), r.storeOf(e), fieldsNote(e), cite(conversation.DataModel, conversation.API))
	}
	return ""
}

// fieldsNote lists an entity's fields when the knowledge base gives them.
func fieldsNote(e entity) string {
	if e.Fields == "" {
		return ""
	}
	return "; fields " + e.Fields
}

// partWork is a part's description without the capability it was added for, whose words are the
// statement's nouns and would tie every event to every part.
func partWork(desc string) string {
	if i := strings.Index(desc, "(needed for"); i >= 0 {
		return desc[:i]
	}
	return desc
}
