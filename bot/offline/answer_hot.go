package offline

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A rate said of one thing ("a celebrity tweets a link and it gets 50k clicks a second") is a
// hot key, not more traffic: every request lands on the one shard, partition and log partition
// that key hashes to, so adding servers or partitions spreads none of it. It is answered from the
// design's own parts on that key's path, each with what one unit of its technology serves.

// perSecondRe finds a rate per second in a question: "50k clicks a second", "20,000 views per
// second", "100k reads/s".
var perSecondRe = regexp.MustCompile(`(\d[\d,]*(?:\.\d+)?)\s*(k|m|thousand|million)?\s+([a-z]+)\s*(?:a|per|each|every)\s+(?:second|sec)\b|(\d[\d,]*(?:\.\d+)?)\s*(k|m)?\s+([a-z]+)\s*/\s*s\b`)

// oneThingRe finds a thing named as one: "a link", "one product", "a single key", "the same
// post".
var oneThingRe = regexp.MustCompile(`\b(a single|the same|single|one|that|this|an|a)\s+(?:(?:celebrity's|viral|popular|hot|famous)\s+)?([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?\b`)

// explicitlyOne are the words that say one thing outright, which a rate is said of even when
// the design keeps no record by that name: "one group chat", "a single product".
var explicitlyOne = set("one", "a single", "single", "the same")

// rateVerbs end the name of the thing a rate is said of: "one group chat gets …".
var rateVerbs = set("gets", "get", "getting", "receives", "has", "sees", "takes", "is", "hits", "goes", "with", "suddenly", "starts", "and")

// readRates are the words that say a rate of reads of a thing; the rest write to it.
var readRates = set("clicks", "click", "views", "view", "reads", "read", "visits", "hits", "requests", "lookups", "redirects", "opens", "loads", "plays", "streams", "downloads", "watchers", "viewers", "gets", "fetches", "searches")

// answerHotItem answers a rate said of one thing of the design's as a hot key.
func answerHotItem(g bot.Grounding, q string) string {
	e, rate, noun, ok := rateOfOne(g, q)
	if !ok {
		return ""
	}
	return hotItemAnswer(newRenderer(g), e, rate, noun)
}

// rateOfOne reads a rate per second said of one thing: the thing, the rate and its noun.
func rateOfOne(g bot.Grounding, q string) (entity, float64, string, bool) {
	m := perSecondRe.FindStringSubmatch(q)
	if m == nil {
		return entity{}, 0, "", false
	}
	num, mag, noun := m[1], m[2], m[3]
	if num == "" {
		num, mag, noun = m[4], m[5], m[6]
	}
	rate, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil || rate <= 0 {
		return entity{}, 0, "", false
	}
	switch mag {
	case "k", "thousand":
		rate *= 1e3
	case "m", "million":
		rate *= 1e6
	}
	e, ok := oneEntity(newRenderer(g), q[:strings.Index(q, m[0])])
	return e, rate, noun, ok
}

// oneEntity is the design's entity the text names as one thing, if any; else, for a thing named
// outright as one ("one group chat"), a record of that name in the design's main store.
func oneEntity(r *renderer, text string) (entity, bool) {
	var said string
	for _, m := range oneThingRe.FindAllStringSubmatch(text, -1) {
		name := m[2]
		if m[3] != "" && !rateVerbs[m[3]] && !stopWords[m[3]] {
			name += " " + m[3]
		}
		for _, w := range []string{lastWord(name), m[2]} {
			if e, ok := entityEndingIn(r, w); ok {
				return e, true
			}
		}
		if said == "" && explicitlyOne[m[1]] && !timeWords[m[2]] {
			said = name
		}
	}
	if said == "" {
		return entity{}, false
	}
	return entity{Name: said, Key: slug(said, "_") + "_id"}, true
}

func hotItemAnswer(r *renderer, e entity, rate float64, noun string) string {
	H := conversation.Human
	name, reads := strings.ToLower(e.Name), readRates[noun]
	peak, kind := r.capa.PeakWriteQPS, "writes"
	if reads {
		peak, kind = r.capa.PeakReadQPS, "reads"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**One %s at %s %s/s.** ", name, H(rate), noun)
	if peak > 0 {
		fmt.Fprintf(&b, "That is %s this design's whole peak of %s %s/s, ", times(rate/peak), H(peak), kind)
	}
	fmt.Fprintf(&b, "all on one key (%s), so it is a hot key, not more traffic: more servers or partitions spread none of it.\n", strings.Join(keyColumns(orDefault(e.Key, name+"_id")), ", "))
	if !hotPath(&b, r, e, rate, noun, reads) {
		return ""
	}
	return b.String() + cite(conversation.Scalability, conversation.DataModel)
}

// hotPath says what each part on the key's path does with rate a second of noun, and whether
// any part is on it. A thing the design keeps no record of has no store row to speak of: what
// its rate does to a store depends on what the store is keyed by, which only its record says.
func hotPath(b *strings.Builder, r *renderer, e entity, rate float64, noun string, reads bool) bool {
	said := b.Len()
	H := conversation.Human
	limit := func(c conversation.Component) (float64, string) {
		tp, ok := techOf(c.Technology)
		if !ok {
			return 0, ""
		}
		if reads {
			return tp.Limits.Reads, tp.Unit
		}
		return tp.Limits.Writes, tp.Unit
	}
	store := ""
	if e.Store != "" {
		store = r.name(e.Store)
	}
	for _, c := range r.g.Components {
		per, unit := limit(c)
		switch {
		case c.Kind == "cache" && reads:
			fmt.Fprintf(b, "- %s (%s): the key lives on one %s", c.Name, c.Technology, orDefault(unit, "node"))
			if per > 0 {
				fmt.Fprintf(b, ", which serves about %s reads/s, so this is %s of it", H(per), share(rate/per))
			}
			b.WriteString(". Each service instance keeps the hottest keys in process for 1–5 s, so the cache sees one read of it per instance per second, and a copy under key#1..N read at random spreads what is left.\n")
		case c.Name == store:
			fmt.Fprintf(b, "- %s (%s): ", c.Name, c.Technology)
			if per > 0 {
				fmt.Fprintf(b, "one %s serves about %s %s/s. ", unit, H(per), map[bool]string{true: "reads", false: "writes"}[reads])
			}
			switch {
			case reads:
				b.WriteString("A miss on this key reaches it once per instance (single-flight), never once per request.\n")
			case !counted[noun]:
				// Messages, orders, bids: each is a row of its own under the one key.
				fmt.Fprintf(b, "Each of the %s is a new row under the one key, so one %s takes them all: %s. The key is bucketed by time (%s, hour) so its partition stays bounded, and by a bucket suffix as well where one %s cannot keep up.\n",
					noun, orDefault(unit, "node"), fits(rate, per), keyColumns(orDefault(e.Key, "key"))[0], orDefault(unit, "node"))
			default:
				fmt.Fprintf(b, "%s writes/s to one row cannot be applied one at a time: they go into N sub-counters (%s#1..N) summed on read, or are counted in each instance and flushed once a second.\n", H(rate), keyColumns(orDefault(e.Key, "key"))[0])
			}
		case c.Kind == "queue" && carries(r.g.Components, c.Name, strings.TrimSuffix(noun, "s")) && (reads || counted[noun]):
			fmt.Fprintf(b, "- %s (%s): %s events/s keyed by this %s land on one partition, read by one consumer; count them in each instance and send one event per instance per second, or key them with a random suffix and sum downstream.\n",
				c.Name, c.Technology, H(rate), strings.ToLower(e.Name))
		case c.Kind == "queue" && carries(r.g.Components, c.Name, strings.TrimSuffix(noun, "s")):
			// Messages and orders each matter, in their order: they cannot be summed away.
			fmt.Fprintf(b, "- %s (%s): %s %s/s keyed by this %s land on one partition in order, read by one consumer, which must keep up on its own: it takes them in batches, and only where their order does not matter are they keyed by a sub-key to spread them.\n",
				c.Name, c.Technology, H(rate), noun, strings.ToLower(e.Name))
		}
	}
	return b.Len() > said
}

// carries reports whether anything sends word's events to the component named to: an edge into
// it labelled with the word ("click events").
func carries(cs []conversation.Component, to, word string) bool {
	for _, c := range cs {
		for i, t := range c.TalksTo {
			if t == to && i < len(c.Flows) && hasWordStem(strings.ToLower(c.Flows[i]), word) {
				return true
			}
		}
	}
	return false
}

// counted are the rates that change a count kept on the thing (a like adds one to its likes),
// not rows of their own.
var counted = set("likes", "like", "votes", "vote", "upvotes", "reactions", "hearts", "stars", "plays", "views", "clicks", "taps", "increments")

// fits says whether rate a second fits what one unit serves.
func fits(rate, per float64) string {
	H := conversation.Human
	if per == 0 {
		return H(rate) + "/s on one partition"
	}
	if rate <= per {
		return fmt.Sprintf("%s/s is %s of the %s/s it serves", H(rate), share(rate/per), H(per))
	}
	return fmt.Sprintf("%s/s is %s what it serves (%s/s)", H(rate), times(rate/per), H(per))
}

// times says a ratio as people do: "4.3x", "a fifth of".
func times(x float64) string {
	if x >= 1 {
		return conversation.Human(math.Round(x*10)/10) + "x"
	}
	return share(x) + " of"
}

// share says a fraction as a percentage.
func share(x float64) string {
	return conversation.Human(math.Round(x*100)) + "%"
}
