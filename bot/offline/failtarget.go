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

// workWords say the kind of part a question means in the words people use for the work rather
// than the part: "the tray-list run", "the nightly export job" are the design's workers, "the
// reservation service" one of its services, whatever the design calls them.
var workWords = []struct {
	re   *regexp.Regexp
	kind string
}{
	{regexp.MustCompile(`\b(?:jobs?|runs?|batch(?:es)?|cron|workers?|nightly|scheduled|scheduler|exports?|imports?|rebuilds?)\b`), "worker"},
	{regexp.MustCompile(`\b(?:service|backend|server|api)s?\b`), "service"},
}

// partSynonyms map the words people use for what a part carries onto the words the design's
// part names and descriptions use: a "GPS feed" is the design's position ingest, an "alert"
// goes out through its notification part.
var partSynonyms = map[string][]string{
	"gps":      {"position", "gnss", "ping"},
	"location": {"position", "gnss"},
	"tracking": {"position"},
	"alert":    {"notification", "notify"},
	"text":     {"sms"},
	"card":     {"payment"},
	"checkout": {"payment"},
	"map":      {"map", "tile"},
}

// failTarget is the part a failure question is about.
func failTarget(g bot.Grounding, q string) (conversation.Component, bool) {
	c, ok := target(g, q)
	if !ok {
		// "the notification service is down": a part named in other words than the design's.
		c, ok = byNameWords(g, q)
	}
	if !ok {
		c, ok = bySynonym(g, q)
	}
	if !ok {
		c, ok = byPartWord(g, q)
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
		// The technology's first word, as a word: "the port's systems" must not match every "the".
		if first := strings.ToLower(strings.Fields(c.Technology + " x")[0]); len(first) >= 3 && !stopWords[first] && slices.Contains(wordsOf(q), first) {
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

// bySynonym finds the part whose name carries what the question's words mean in the design's
// words ("the GPS feed" → Position ingest), names before descriptions.
func bySynonym(g bot.Grounding, q string) (conversation.Component, bool) {
	var want []string
	for _, w := range wordsOf(q) {
		want = append(want, partSynonyms[w]...)
		if w != strings.TrimSuffix(w, "s") {
			want = append(want, partSynonyms[strings.TrimSuffix(w, "s")]...)
		}
	}
	if len(want) == 0 {
		return conversation.Component{}, false
	}
	hit := func(text string) bool {
		return slices.ContainsFunc(wordsOf(text), func(w string) bool {
			return slices.ContainsFunc(want, func(x string) bool { return stem5(w) == stem5(x) })
		})
	}
	for _, c := range g.Components {
		if hit(c.Name) {
			return c, true
		}
	}
	for _, c := range g.Components {
		if c.Kind != "client" && hit(c.Description+" "+c.Technology) {
			return c, true
		}
	}
	return conversation.Component{}, false
}

// byPartWord finds the part a question names by the kind of work it does ("the tray-list run",
// "the reservation service"): of that kind, the one whose description shares the question's
// words, else the only one.
func byPartWord(g bot.Grounding, q string) (conversation.Component, bool) {
	words := significant(q)
	for _, k := range workWords {
		if !k.re.MatchString(q) {
			continue
		}
		var same []conversation.Component
		best, bestN := conversation.Component{}, 0
		for _, c := range g.Components {
			if c.Kind != k.kind {
				continue
			}
			same = append(same, c)
			n := 0
			for _, w := range wordsOf(c.Description + " " + strings.Join(c.Flows, " ")) {
				if len(w) >= 4 && !genericNameWords[w] && slices.ContainsFunc(words, func(x string) bool { return stem5(root(x)) == stem5(root(w)) }) {
					n++
				}
			}
			if n > bestN {
				best, bestN = c, n
			}
		}
		if bestN > 0 {
			return best, true
		}
		if len(same) == 1 {
			return same[0], true
		}
	}
	return conversation.Component{}, false
}
