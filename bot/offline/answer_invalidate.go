package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A write that undoes or alters something (an unfollow, a deleted or edited post) is hard where
// the design keeps state computed from it ahead of time: timelines a fan-out filled, caches of
// copies, search documents. Such a question is answered from those parts of this design: which
// store takes the write, and for each derived part what it holds (ids or copies), who filled it
// and what the write means for it.

// undoRe finds the write that removes a relation between two things: unfollow, unsubscribe.
var undoRe = regexp.MustCompile(`\b(?:un(follow|subscrib|lik|friend|watch|star|pin)\w*|(mute|block)\w*)\b`)

// alterRe finds a write that deletes or edits a record.
var alterRe = regexp.MustCompile(`\b(?:(delet|remov|withdr[ae]w|retract)\w*|(edit|correct|amend|rewrit|renam)\w*)\b`)

// actorWriteRe finds a what-if about what someone does ("what if a keeper deletes a hive"),
// which asks how the design behaves rather than for a change to it.
var actorWriteRe = regexp.MustCompile(`^(?:what if|what happens (?:if|when))\s+(?:i|a|an|the|someone|somebody|my|their|one|[a-z]+s)\b`)

// asksActorWrite reports whether t asks what happens when someone undoes or alters something, or
// when something loses its link.
func asksActorWrite(t string) bool {
	if !actorWriteRe.MatchString(t) || strings.HasPrefix(t, "what if we ") || strings.HasPrefix(t, "what if the ") {
		return false
	}
	return undoRe.MatchString(t) || alterRe.MatchString(t) || offlineEventRe.MatchString(t)
}

// offlineEventRe finds something losing its link: "goes offline in a tunnel", "loses signal".
var offlineEventRe = regexp.MustCompile(`\b(?:goes|go|went|is|are|stays?) offline\b|\blos(?:es|e|t|ing) (?:its |their |the |all )?(?:signal|connection|connectivity|network|link|coverage)\b|\bdrops? off\b|\bcomes? back online\b`)

// answerInvalidation answers what an unfollow, a delete or an edit does to the state this design
// derived from what it changes.
func answerInvalidation(g bot.Grounding, q string) string {
	undo := undoRe.FindStringSubmatch(q)
	alter := alterRe.FindStringSubmatch(q)
	if undo == nil && alter == nil || reasonedTopics[1].re.MatchString(q) {
		return "" // erasing a person is its own answer
	}
	r := newRenderer(g)
	var e record
	ok := false
	var b strings.Builder
	if undo != nil {
		e, ok = recordOf(r, undo[1]+undo[2])
	} else {
		at := alterRe.FindStringIndex(q)
		obj := significant(q[at[1]:])
		if len(obj) > 0 {
			if e, ok = recordOf(r, obj[0]); !ok && len(obj) > 1 {
				e, ok = recordOf(r, obj[1]) // "an alert rule": the record's name is two words
			}
			if !ok {
				if e, ok = recordIn(r, q); ok {
					// The thing deleted is none of the design's records: say so, then answer for
					// the record the question also names.
					fmt.Fprintf(&b, "**This design keeps no %s record of its own**, so deleting one is not a write it knows; of what the question names, it keeps %s.\n", obj[0], pluralNoun(e.name))
				}
			}
		}
	}
	if !ok {
		return ""
	}
	store, name := e.store, e.name
	row := fmt.Sprintf("the %s row", name)
	if e.key != "" {
		row += fmt.Sprintf(" (key %s)", e.key)
	}
	switch {
	case undo != nil:
		fmt.Fprintf(&b, "**Removing %s.** It is one delete of %s in %s (%s)", article(name), row, store.Name, store.Technology)
		if strings.Contains(strings.ToLower(e.indexes), "both directions") {
			b.WriteString(", in both copies the design keeps, so both directions agree")
		}
		b.WriteString(". ")
	case alter[2] != "":
		fmt.Fprintf(&b, "**Editing %s.** The new version is written over %s in %s (%s), with a version number so two edits cannot overwrite each other", article(name), row, store.Name, store.Technology)
		if tp, ok := techOf(store.Technology); ok && tp.ConditionalCost > 1 {
			fmt.Fprintf(&b, " (on %s that check is %s, about %sx a plain write; edits are rare enough to pay it)", tp.short(), tp.Conditional, conversation.Human(tp.ConditionalCost))
		}
		b.WriteString(". ")
	default:
		fmt.Fprintf(&b, "**Deleting %s.** %s in %s (%s) is marked deleted (a tombstone with who and when) rather than removed at once, so every copy can be told and a restore does not bring it back. ", article(name), upperFirst(row), store.Name, store.Technology)
	}
	if alter != nil {
		apiFor(&b, r, name, alter[2] != "")
	}
	n := b.Len()
	for _, c := range g.Components {
		if c.Kind == "cache" || c.Kind == "search" {
			derivedPart(&b, r, c, store, name, undo != nil, alter != nil && alter[2] != "")
		}
	}
	stem := stem5(root(lastWord(name)))
	for _, s := range g.Components {
		fl := linkFlow(s, store.Name)
		switch {
		case s.Kind == "service" && slices.Contains(s.TalksTo, store.Name) && undo != nil:
			fmt.Fprintf(&b, "%s reads %s on each request (%s), so what it pulls from there follows the change at once. ", s.Name, store.Name, fl)
		case s.Kind == "worker" && strings.Contains(strings.ToLower(fl), stem) && !slices.ContainsFunc(s.TalksTo, func(to string) bool { return kindOf(g, to) == "cache" }):
			fmt.Fprintf(&b, "%s works from the %s it loaded from %s: a copy it already holds stays in use until it re-reads, so the write publishes a change event it reloads on (or it re-reads what changed by version every few seconds), which bounds the old %s's life to seconds. ", s.Name, fl, store.Name, name)
		}
	}
	if undo == nil && (alter == nil || alter[2] == "") {
		deletedFiles(&b, r, store)
	}
	if b.Len() == n {
		fmt.Fprintf(&b, "Nothing in this design is computed ahead from %s: every read goes to %s, so the next read already reflects it. ", pluralNoun(name), store.Name)
	}
	return b.String() + cite(conversation.DataFlow, conversation.DataModel, conversation.Scalability)
}

// derivedPart says what the write means for one part that holds state derived from the store.
func derivedPart(b *strings.Builder, r *renderer, c, store conversation.Component, name string, undo, edit bool) {
	stem := stem5(root(lastWord(name)))
	in := inbound(r.g, c, stem)
	var filler conversation.Component
	for _, w := range r.g.Components {
		if w.Kind == "worker" && slices.Contains(w.TalksTo, c.Name) {
			filler = w
		}
	}
	holdsIDs := strings.Contains(strings.ToLower(c.Technology+" "+in), stem) && strings.Contains(strings.ToLower(c.Technology+" "+in), " id")
	copies := !holdsIDs && in != ""
	if !holdsIDs && in == "" {
		// A cache the store's own writers keep beside it holds its copies ("hot metadata").
		for _, s := range r.g.Components {
			if s.Kind == "service" && slices.Contains(s.TalksTo, store.Name) && slices.Contains(s.TalksTo, c.Name) && s.Name != "" {
				in, copies = linkFlow(s, c.Name), true
			}
		}
	}
	switch {
	case undo && filler.Name != "" && slices.Contains(filler.TalksTo, store.Name):
		fmt.Fprintf(b, "%s (%s) was filled ahead of time by %s, reading %s as it went: from now on nothing new reaches it through the removed %s, but what was pushed before stays, because a fan-out never runs backwards by itself. Two ways to clear it: publish the removal as an event and let %s drop those entries from the one key it touches (one list, not a fan-out), or filter at read time against the current %ss, which costs a lookup on every read; the event does the work once, with the read-time filter as the backstop for what the event misses. ",
			c.Name, c.Technology, filler.Name, store.Name, name, filler.Name, name)
	case holdsIDs && !undo:
		what := "it needs no change: readers hydrate the id and get the new version"
		if !edit {
			what = "nothing is fanned out again to the lists that hold it: the read path drops a tombstoned id when it hydrates, and the lists age it out"
		}
		fmt.Fprintf(b, "%s (%s) holds only ids of %s, so %s. ", c.Name, c.Technology, pluralNoun(name), what)
	case copies && c.Kind == "search":
		fmt.Fprintf(b, "%s (%s) holds a copy as a document: the change reaches it as an event, and it lags by the refresh interval. ", c.Name, c.Technology)
	case copies && !undo:
		fmt.Fprintf(b, "%s (%s) holds copies (%s): the key is deleted after %s commits — deleted, not rewritten, so a read racing the write cannot put the old copy back for longer than one read — and its TTL is the backstop. ", c.Name, c.Technology, in, store.Name)
	}
}

// inbound lists what the design's components use c for that names stem ("push post ids, hot
// posts").
func inbound(g bot.Grounding, c conversation.Component, stem string) string {
	var out []string
	for _, o := range g.Components {
		if fl := linkFlow(o, c.Name); strings.Contains(strings.ToLower(fl), stem) && !slices.Contains(out, fl) {
			out = append(out, fl)
		}
	}
	return strings.Join(out, ", ")
}

// linkFlow is what o's link to the component called to carries.
func linkFlow(o conversation.Component, to string) string {
	if i := slices.Index(o.TalksTo, to); i >= 0 && i < len(o.Flows) {
		return o.Flows[i]
	}
	return ""
}

// record is what a write changes: an entity of the design, or what a link to a store says it
// carries ("rules" in the Alert evaluator's link to Primary DB).
type record struct {
	name, key, indexes string
	store              conversation.Component
}

// recordOf is the design's record whose name shares the stem of word ("follow" → Follow).
func recordOf(r *renderer, word string) (record, bool) {
	s := stem5(root(word))
	for _, e := range r.entities() {
		if stem5(root(lastWord(strings.ToLower(e.Name)))) == s && r.has(e.Store) {
			return record{name: strings.ToLower(e.Name), key: e.Key, indexes: e.Indexes, store: r.byID[e.Store]}, true
		}
	}
	for _, c := range r.g.Components {
		for i, to := range c.TalksTo {
			if kindOf(r.g, to) != "database" || i >= len(c.Flows) {
				continue
			}
			for _, w := range significant(strings.ToLower(c.Flows[i])) {
				if stem5(root(w)) == s {
					st := r.g.Components[slices.IndexFunc(r.g.Components, func(x conversation.Component) bool { return x.Name == to })]
					return record{name: singularNoun(w), store: st}, true
				}
			}
		}
	}
	return record{}, false
}

// recordIn is the design's record a question names by one of its words.
func recordIn(r *renderer, q string) (record, bool) {
	for _, e := range r.entities() {
		if n := strings.ToLower(e.Name); strings.Contains(n, " ") && strings.Contains(q, n) && r.has(e.Store) {
			return record{name: n, key: e.Key, indexes: e.Indexes, store: r.byID[e.Store]}, true
		}
	}
	for _, w := range significant(q) {
		if alterRe.MatchString(w) {
			continue
		}
		if e, ok := recordOf(r, w); ok {
			return e, true
		}
	}
	return record{}, false
}

// deletedFiles says what a delete does to the files the store's writers put in object storage,
// and to the CDN copies of them.
func deletedFiles(b *strings.Builder, r *renderer, store conversation.Component) {
	for _, s := range r.g.Components {
		if s.Kind != "service" || !slices.Contains(s.TalksTo, store.Name) {
			continue
		}
		for _, to := range s.TalksTo {
			if kindOf(r.g, to) != "storage" {
				continue
			}
			fmt.Fprintf(b, "Its files in %s are deleted by their key prefix once the tombstone commits", to)
			for _, c := range r.g.Components {
				if slices.Contains(c.TalksTo, to) && c.Kind == "edge" {
					fmt.Fprintf(b, ", and %s is told to purge its copies by path, since its TTL alone would keep serving them", c.Name)
				}
			}
			b.WriteString(". ")
			return
		}
	}
}

// apiFor says which endpoint makes the edit or delete, or that the API has none yet.
func apiFor(b *strings.Builder, r *renderer, name string, edit bool) {
	path := "/v1/" + slug(pluralNoun(name), "-") + "/{id}"
	methods := []string{"DELETE"}
	if edit {
		methods = []string{"PATCH", "PUT"}
	}
	for _, ep := range r.endpoints() {
		if slices.Contains(methods, ep.Method) && ep.Path == path {
			fmt.Fprintf(b, "It arrives as `%s %s`. ", ep.Method, ep.Path)
			return
		}
	}
	fmt.Fprintf(b, "The API has no endpoint for it yet: it would be `%s %s` carrying the version the client last read (`If-Match`), answered 412 when another change got there first. ", methods[0], path)
}
