package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A question says what kind of part it means as well as which: "the payment provider" is a third
// party, "the holds database" a store. When the part its other words pick is of another kind
// (the payment service, the holds service), the part of the kind it said is meant: the one of
// that kind whose name shares its words, else the one the picked part talks to, else the only
// one of that kind.

// kindWords say the kind of part a question means.
var kindWords = []struct {
	re   *regexp.Regexp
	kind string
}{
	{regexp.MustCompile(`\b(?:provider|vendor|third[- ]party|processor|psp|carrier|external (?:service|api))s?\b`), "external"},
	{regexp.MustCompile(`\b(?:database|db|datastore|data store)s?\b`), "database"},
}

// failTarget is the part a failure question is about.
func failTarget(g bot.Grounding, q string) (conversation.Component, bool) {
	c, ok := target(g, q)
	if !ok {
		// "the notification service is down": a part named in other words than the design's.
		c, ok = byNameWords(g, q)
	}
	for _, k := range kindWords {
		if !k.re.MatchString(q) || ok && c.Kind == k.kind {
			continue
		}
		if alt, found := ofKind(g, q, k.kind, c); found {
			return alt, true
		}
	}
	return c, ok
}

// ofKind is the part of a kind a question means: by the words of its name, else the one the
// part picked by other words talks to, else the only one of the kind.
func ofKind(g bot.Grounding, q, kind string, picked conversation.Component) (conversation.Component, bool) {
	var same []conversation.Component
	for _, c := range g.Components {
		if c.Kind == kind {
			same = append(same, c)
		}
	}
	if c, ok := byNameWords(bot.Grounding{Components: same}, q); ok {
		return c, true
	}
	for _, c := range same {
		if slices.Contains(picked.TalksTo, c.Name) {
			return c, true
		}
	}
	if len(same) == 1 {
		return same[0], true
	}
	for _, c := range same {
		if strings.Contains(q, strings.ToLower(strings.Fields(c.Technology + " x")[0])) {
			return c, true
		}
	}
	return conversation.Component{}, false
}

// externalDown says what a third party's outage holds up in this design, not what a stateless
// service of ours does: who calls it for what through a circuit breaker, the second provider
// that takes over when the design has one, and how much work waits at the stated rate.
func externalDown(b *strings.Builder, g bot.Grounding, c conversation.Component) {
	r := newRenderer(g)
	line := r.externalLine(c)
	if i := strings.Index(line, "run by someone else: "); i >= 0 {
		fmt.Fprintf(b, "- It is run by someone else: %s\n", line[i+len("run by someone else: "):])
	}
	for _, p := range paidProviders {
		if !p.said.MatchString(c.Technology) {
			continue
		}
		for _, o := range g.Components {
			if o.Kind == "external" && o.Name != c.Name && p.said.MatchString(o.Technology+" "+o.Name) {
				fmt.Fprintf(b, "- %s (%s) is the second provider: the senders switch to it when the breaker opens, so %s waits only for the switch.\n", o.Name, o.Technology, strings.ToLower(p.what))
			}
		}
		if f, ok := r.flowBehind(c, p); ok {
			fmt.Fprintf(b, "- At the stated rate that is about %s an hour (%s/s at peak) waiting for each hour it is down; they go out in order when it returns, each once, by its idempotency key.\n",
				plural(f.PerSec*3600, f.Name), conversation.Human(f.PeakPerSec))
		}
		break
	}
}
