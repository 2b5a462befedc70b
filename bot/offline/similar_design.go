package offline

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// fingerprinting is how one kind of content becomes keys an index answers: how many a check looks
// up, how many bytes one item adds to the index, and what a check leaves behind.
type fingerprinting struct {
	index   string  // the catalogue id of the index
	keys    string  // what a check looks up, plural
	lookups float64 // keys one check looks up
	bytes   float64 // index bytes one item adds
	result  string  // what a check leaves: a "report" of passages, or a "match"
}

// textWords are the words of one long text, by what it is; a text of another name is taken as
// 2,000 words.
var textWords = map[string]float64{"essay": 3000, "paper": 6000, "thesis": 20000, "dissertation": 20000, "article": 1500,
	"manuscript": 8000, "chapter": 5000, "book": 80000, "story": 2000, "proposal": 3000, "abstract": 250, "transcript": 5000}

// winnowed is the share of k-gram hashes winnowing keeps with a window of 8: 2/(w+1).
const winnowed = 2.0 / 9

func (s similarity) fingerprint() fingerprinting {
	result := "report"
	if s.kind == nearDups || s.kind == images || lastWord(s.item) == "report" || s.head == "report" {
		result = "match"
	}
	switch s.kind {
	case code:
		// A 300-line solution is ≈ 2,500 tokens; 20 B a posting (hash, id, offset).
		fp := math.Round(2500 * winnowed)
		return fingerprinting{index: "fpindex", keys: "fingerprints", lookups: fp, bytes: fp * 20, result: result}
	case nearDups:
		// 20 bands of 5 of 100 MinHash values: 20 bucket entries of 16 B and a 400 B signature.
		return fingerprinting{index: "lshindex", keys: "bucket keys", lookups: 20, bytes: 20*16 + 100*4, result: result}
	case images:
		// Four 16-bit band entries of 16 B, and the 64-bit pHash, 256-bit PDQ and id they point at.
		return fingerprinting{index: "phashindex", keys: "band keys", lookups: 4, bytes: 4*16 + 48, result: result}
	}
	fp := math.Round(cmp.Or(textWords[s.head], 2000) * winnowed)
	return fingerprinting{index: "fpindex", keys: "fingerprints", lookups: fp, bytes: fp * 20, result: result}
}

// num writes a figure for a placeholder: {peak_times:10000000}.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// topicWords name what a checker looks for, not a thing it keeps: a plagiarism checker keeps
// submissions and reports, not plagiarisms.
var topicWords = set("plagiarism", "duplicate", "duplication", "clone", "copy", "similarity", "originality", "dedup", "deduplication", "reupload", "re-upload", "repost", "code")

// reshape makes the reading fit the crux: what the checker looks for is no entity, and the item
// compared is kept by whoever sends it, even where the statement only counts it ("6,000
// submissions an hour").
func (s similarity) reshape(rd reading) reading {
	rd.Entities = slices.DeleteFunc(slices.Clone(rd.Entities), func(e string) bool { return topicWords[lastWord(e)] })
	rd.Actions = slices.DeleteFunc(slices.Clone(rd.Actions), func(a action) bool {
		// The comparing itself ("a service that checks every uploaded thesis") is the crux's own
		// requirement, not a clause of its own.
		return topicWords[lastWord(a.Object)] || comparingVerbs[a.Verb] && (a.Actor == "system" || sameThing(a.Object, s.item))
	})
	if slices.ContainsFunc(rd.Actions, func(a action) bool { return sameThing(resource(a), s.item) }) {
		return rd
	}
	who := "user"
	if i := slices.IndexFunc(rd.Actors, func(a string) bool { return a != "person" && !isMachine(a) }); i >= 0 {
		who = rd.Actors[i]
	}
	a := action{Actor: who, Verb: "submit", Object: s.item}
	if s.kind == images {
		a.Verb = "upload"
	}
	if v, ok := sentAs[lastWord(s.item)]; ok {
		// "submissions" are what submitting essays keeps.
		a = action{Actor: who, Verb: v, Object: s.head, Kept: s.item}
	}
	rd.Actions = append(rd.Actions, a)
	return rd
}

// comparingVerbs compare one thing with many.
var comparingVerbs = set("compare", "check", "match", "scan", "screen", "verify", "validate", "cross-check")

// sentAs names the verb of items named by the act that sends them.
var sentAs = map[string]string{"submission": "submit", "upload": "upload", "entry": "enter", "filing": "file", "posting": "post"}

// similarDesign adds the crux to a composed design: the requirements, rows, calls, flows, hard
// parts and capacity reading of comparing each item against the collection.
func (m model) similarDesign(f *feature) {
	s := m.sim
	fp := s.fingerprint()
	f.Functional = append(slices.Clone(f.Functional), s.functional(fp)...)
	f.NonFunctional = append(slices.Clone(f.NonFunctional), s.deadline())
	f.UseCases = append(slices.Clone(f.UseCases), fmt.Sprintf("The system compares %s against the %s and %s", withArticle(s.item), s.corpus, s.finds()))
	f.Entities = m.similarEntities(f.Entities, s, fp)
	f.APIs = m.similarAPIs(f.APIs, s, fp)
	f.Screens = m.screens(f.APIs)
	f.Components = append(slices.Clone(f.Components), "queue", "simworker", fp.index)
	if s.kind != nearDups {
		f.Components = append(f.Components, "objstore") // the texts and files checks verify against
	}
	if s.web {
		f.Components = append(f.Components, "websearchapi")
		f.Functional = append(f.Functional, fmt.Sprintf("Each %s is also compared against the public web: its most distinctive %s are searched through {c:websearchapi}, and the pages found are fetched and compared like the stored %s, the page's address kept in the %s", s.item, s.queries(), pluralNoun(s.head), fp.result))
		f.Tradeoffs = append(slices.Clone(f.Tradeoffs), tradeoff{Decision: "A web search API queried with each " + s.item + "'s ten most distinctive " + s.queries(),
			Rejected: "crawling and fingerprinting the web ourselves",
			Why:      "the web is tens of billions of pages, a search engine's crawl and index; ten queries per " + s.item + " find the pages a copied passage came from, paid per query, and only those pages are fetched and compared"})
	}
	f.Flows = append(m.uploadFirst(f.Flows, s), s.checkFlow(fp))
	f.Deep = append(slices.Clone(f.Deep), s.dives(fp)...)
	f.Style = m.similarStyle(f.Style, f.Entities, s, fp)
	l := *f.Load
	l.Write, l.Read, l.ReadWrite = s.item, fp.result+" view", 2
	if l.MediaBytes == 0 {
		// Each item's file is uploaded to object storage like the collection's, so the capacity
		// counts it at the size the collection's files are given, not as a bare row.
		l.MediaBytes = s.fileBytes(singularNoun(lastWord(s.item)))
		l.BlobWrites = l.BlobWrites || l.MediaBytes > 0
	}
	f.Load = &l
	f.CapacityNote = s.capacityNote(fp)
	f.Tradeoffs = append(slices.Clone(f.Tradeoffs), s.tradeoffs()...)
	f.Reliability = append(slices.Clone(f.Reliability), s.rebuilt(fp))
	f.Async = append(slices.Clone(f.Async), s.scaling(fp))
	f.Security = append(slices.Clone(f.Security), s.private())
	f.Open = append(slices.Clone(f.Open), s.open())
}

// uploadFirst has the item's file uploaded to object storage before it is sent, where the
// composed flows do not already: the checkers read it from there.
func (m model) uploadFirst(fs []flow, s similarity) []flow {
	out := slices.Clone(fs)
	if s.kind == nearDups || m.files() != "" {
		return out
	}
	what := map[contentKind]string{passages: "text", code: "files", images: "image"}[s.kind]
	post := "`POST /v1/" + slug(pluralNoun(s.item), "-") + "`"
	for i, fl := range out {
		if slices.ContainsFunc(fl.Steps, func(st string) bool { return strings.Contains(st, post) }) {
			up := fmt.Sprintf("The %s's app asks {c:appsvc} for a pre-signed URL and uploads the %s's %s straight to {c:objstore}, so file bytes never pass through the services.", m.actorOf(s.item), s.item, what)
			out[i].Steps = append([]string{up}, fl.Steps...)
			break
		}
	}
	return out
}

// similarStyle names what the database holds once the crux's rows are in, and the checkers.
func (m model) similarStyle(style string, es []entity, s similarity, fp fingerprinting) string {
	var held []string
	for _, e := range es {
		if e.Store == "appdb" && len(held) < 4 && !slicesContains(m.rd.Actors, strings.ToLower(e.Name)) {
			held = append(held, pluralNoun(strings.ToLower(e.Name)))
		}
	}
	style = strings.Replace(style, "holding "+strings.Join(pluralAll(m.kept, 3), ", "), "holding "+series(held, "and", "its rows"), 1)
	return style + fmt.Sprintf("; similarity checkers take each new %s off a log, look its %s up in an index of the %s and verify only the few candidates", s.item, fp.keys, s.corpus)
}

// rebuilt says how the index comes back: it is derived, so it is rebuilt, never restored.
func (s similarity) rebuilt(fp fingerprinting) string {
	return fmt.Sprintf("{c:%s} lost: it is rebuilt from the %s themselves by fingerprinting them again in a batch; until then checks wait in {c:queue} and new %s are still accepted, their %ss late, never lost.",
		fp.index, s.corpus, pluralNoun(s.item), fp.result)
}

// scaling says how the checks keep up: workers on the log's lag, the index by its partitions.
func (s similarity) scaling(fp fingerprinting) string {
	return fmt.Sprintf("A burst of %s waits in {c:queue}: their %ss come minutes late, none is refused; the {c:%s} is partitioned by its keys, so a check's ≈ %s lookups spread over every node in one batch per node, and it grows by adding nodes.",
		pluralNoun(s.item), fp.result, fp.index, conversation.Human(fp.lookups))
}

// private keeps what the collection holds from those who may not see it: a match shows someone
// else's work.
func (s similarity) private() string {
	return fmt.Sprintf("The %s are other people's work: a %s shows a matched %s's passages only to those allowed to judge the match, and the {c:%s} holds hashes, never text.",
		s.corpus, s.fingerprint().result, s.head, s.fingerprint().index)
}

// finds says what a check finds, in the statement's words.
func (s similarity) finds() string {
	switch s.kind {
	case passages:
		return "reports the passages it shares with each"
	case code:
		return "reports the fragments it shares with each, identifiers renamed or not"
	case images:
		return "flags a re-upload of one of them, even resized or recompressed"
	}
	return fmt.Sprintf("flags the %s it nearly repeats", s.head)
}

func (s similarity) functional(fp fingerprinting) []string {
	against := "the " + s.corpus
	if s.size > 0 {
		against = fmt.Sprintf("the %s %s", conversation.Human(s.size), s.corpus)
	}
	first := fmt.Sprintf("Each %s is compared against %s; its %s lists the matched passages and the %s each came from", s.item, against, fp.result, s.head)
	switch s.kind {
	case code:
		first = fmt.Sprintf("Each %s is compared against %s; its %s lists the matched fragments, identifiers renamed or not, and the %s each came from", s.item, against, fp.result, s.head)
	case nearDups:
		first = fmt.Sprintf("Each %s is compared against %s; a near-duplicate is flagged with the %s it repeats", s.item, against, s.head)
	case images:
		first = fmt.Sprintf("Each %s is compared against %s; a re-upload (resized, recompressed or lightly edited) is flagged with the %s it repeats", s.item, against, s.head)
	}
	return []string{first,
		fmt.Sprintf("Checking runs in the background: %s is accepted at once and its %s follows", withArticle(s.item), fp.result),
		fmt.Sprintf("A checked %s is indexed too, so later %s are compared against it as well", s.item, pluralNoun(s.item)),
	}
}

// deadline is how soon a check answers: a report can follow within minutes, a duplicate must be
// caught before what it repeats goes live.
func (s similarity) deadline() string {
	if s.kind == nearDups || s.kind == images {
		return fmt.Sprintf("Checks: a verdict on each %s within 10 seconds, also at the peak (checks queue; no %s is refused)", s.item, s.item)
	}
	return fmt.Sprintf("Checks: %s's report within 10 minutes, also at the peak (checks queue; no %s is refused)", article(s.item), s.item)
}

func (s similarity) open() string {
	if s.kind == nearDups || s.kind == images {
		return fmt.Sprintf("Is a likely duplicate %s blocked, held for a person, or only shown beside the %s it repeats? The checkers' thresholds and the %s's states follow from it.", s.item, s.head, s.item)
	}
	return fmt.Sprintf("What share of matched text makes %s worth a person's look, and who sees the report? The thresholds in the checkers and the report's screen follow from it.", article(s.item))
}

// similarEntities shapes the compared item's row for checking, and adds the collection's rows
// (when they are not the item's own), what a check leaves, and the index's entries.
func (m model) similarEntities(es []entity, s similarity, fp fingerprinting) []entity {
	out := slices.Clone(es)
	itemID, headID := slug(s.item, "_")+"_id", s.earlierID()
	ref := s.ref()
	for i, e := range out {
		if strings.ToLower(e.Name) != s.item {
			continue
		}
		// The item is one of the collection, not a pointer to one, and its text is in the file.
		e.Fields = strings.Replace(strings.Replace(e.Fields, ", "+slug(s.head, "_")+"_id", "", 1), ", body", "", 1)
		e.Why = strings.Replace(e.Why, ", "+slug(s.head, "_")+"_id → "+upperFirst(s.head), "", 1)
		e.Fields = withStates(withFields(e.Fields, ref, "checked_at"), s.states())
		e.Why += fmt.Sprintf("; checked once against the %s, then one of them", s.corpus)
		out[i] = e
	}
	if s.head != s.item {
		out = append(out, entity{Name: upperFirst(s.head), Store: "appdb", Key: headID + " (Snowflake)", Partition: headID,
			Fields: fmt.Sprintf("%s, source (a checked %s or an import), %s (null when imported), %s, fingerprinted_at, withdrawn_at", headID, s.item, itemID, strings.SplitN(ref, ",", 2)[0]),
			Why:    fmt.Sprintf("the collection every %s is compared against, %s; read only by the checkers, by id", s.item, s.howMany())})
	}
	return append(out, s.resultEntities(fp)...)
}

// resultEntities are what a check leaves and what the index keeps.
func (s similarity) resultEntities(fp fingerprinting) []entity {
	var out []entity
	itemID, headID := slug(s.item, "_")+"_id", s.earlierID()
	if fp.result == "report" {
		out = append(out, entity{Name: "Report", Store: "appdb", Key: "report_id (Snowflake)", Partition: itemID, Indexes: "unique(" + itemID + ")",
			Fields: fmt.Sprintf("report_id, %s, similarity (share of the %s matched), match_count, created_at", itemID, s.item),
			Why:    fmt.Sprintf("one per %s, written by the checkers in one transaction with its matches; a rerun replaces it", s.item)})
	}
	match := entity{Name: "Match", Store: "appdb", Key: "match_id (Snowflake)", Partition: itemID, Indexes: fmt.Sprintf("(%s, score desc)", itemID),
		Fields: fmt.Sprintf("match_id, %s, %s (the source), score, %ss[] (offset, length, offset in the source)", itemID, headID, s.unit()),
		Why:    fmt.Sprintf("one per earlier %s %s shares %ss with, best first", s.head, article(s.item), s.unit())}
	if s.kind == nearDups || s.kind == images {
		match.Fields = fmt.Sprintf("match_id, %s, %s, similarity, status (suspected → confirmed / dismissed), decided_by", itemID, headID)
		match.Indexes = fmt.Sprintf("(%s, similarity desc)", itemID)
		match.Why = fmt.Sprintf("one per earlier %s a new %s nearly repeats, kept with what a person decided", s.head, s.item)
	}
	return append(out, match, s.indexEntity(fp))
}

// ref is where a compared item's content is kept for the checkers: its file, or for a short
// text the text itself and its signature.
func (s similarity) ref() string {
	switch s.kind {
	case images:
		return "image_ref (object storage key), phash (64-bit), pdq (256-bit)"
	case nearDups:
		return "normalised_text, signature (100 MinHash values)"
	case code:
		return "files_ref (object storage key)"
	}
	return "text_ref (object storage key)"
}

// earlierID names the reference to an earlier member of the collection: its own id, or, when
// the collection is of the items themselves, the earlier item's.
func (s similarity) earlierID() string {
	if s.head == s.item {
		return "earlier_" + slug(s.item, "_") + "_id"
	}
	return slug(s.head, "_") + "_id"
}

// states are what a compared item passes through.
func (s similarity) states() string {
	if s.kind == nearDups || s.kind == images {
		return "checking → accepted / duplicate"
	}
	return "checking → checked / failed"
}

// howMany says the collection's size: stated, or growing by every item checked.
func (s similarity) howMany() string {
	if s.size > 0 {
		return conversation.Human(s.size) + " of them"
	}
	return "growing by every one checked"
}

// indexEntity is what the index keeps for one item.
func (s similarity) indexEntity(fp fingerprinting) entity {
	id := slug(s.head, "_") + "_id" // the collection's own ids, whichever table holds them
	switch s.kind {
	case nearDups:
		return entity{Name: "LSH bucket", Store: fp.index, Key: "(band, bucket hash)", Partition: "band, bucket hash",
			Fields: "band (1-20), bucket hash (of 5 MinHash values), " + id + "s (set)", Why: s.indexWhy(fp)}
	case images:
		return entity{Name: "Hash band", Store: fp.index, Key: "(band, 16-bit value)", Partition: "band",
			Fields: "band (1-4), value (16 bits of the pHash), " + id + "s with their full pHash", Why: s.indexWhy(fp)}
	}
	return entity{Name: "Fingerprint", Store: fp.index, Key: "(fingerprint, " + id + ", offset)", Partition: "fingerprint",
		Fields: "fingerprint (64-bit hash of a k-gram), " + id + ", offset", Why: s.indexWhy(fp)}
}

func (s similarity) indexWhy(fp fingerprinting) string {
	return fmt.Sprintf("≈ %s %s and %s per %s; a check reads its own, never the collection", conversation.Human(fp.lookups), fp.keys, conversation.Bytes(fp.bytes), s.head)
}

// similarID is the feature the crux adds to a design an archetype leads.
const similarID = "similar"

// similarFeature is the crux as a feature of its own, for a design an archetype leads: the
// archetype keeps its own rows and calls for the items, and the crux adds the check, what it
// leaves, the index and the hard parts. Nil when the statement has no such crux, or when one of
// the design's features already fingerprints what arrives (a news aggregator's SimHash bands, a
// moderation system's hash lists), which then carries it.
func similarFeature(fs []*feature, problem string) *feature {
	s, ok := similarOf(problem)
	if !ok || slices.ContainsFunc(fs, fingerprints) {
		return nil
	}
	s.head = s.item // the archetype's own rows of them are the collection: no table of its own
	fp := s.fingerprint()
	dives := s.dives(fp)
	dives[0].Weight = 13 // what the statement singles out stands beside the archetype's own hard parts (theirs count 3 more)
	coll := "/v1/" + slug(pluralNoun(s.item), "-")
	f := &feature{ID: similarID, Name: fmt.Sprintf("comparing each %s against the %s", s.item, s.corpus),
		Functional: s.functional(fp), NonFunctional: []string{s.deadline()}, Entities: s.resultEntities(fp),
		Components: []string{"queue", "simworker", fp.index}, Flows: []flow{s.checkFlow(fp)}, Deep: dives,
		Tradeoffs: s.tradeoffs(), Open: []string{s.open()}, Reliability: []string{s.rebuilt(fp)},
		Async: []string{s.scaling(fp)}, Security: []string{s.private()}}
	if s.kind != nearDups {
		f.Components = append(f.Components, "objstore")
	}
	read := s.resultCall(coll, fp)
	f.APIs = []endpoint{read}
	f.Screens = []screen{{Name: upperFirst(pluralNoun(fp.result)), Shows: read.Note, Calls: []string{read.Method + " " + read.Path}}}
	return f
}

// fingerprints reports whether a feature already compares what arrives by fingerprints.
func fingerprints(f *feature) bool {
	if slices.ContainsFunc(f.Components, func(id string) bool { return id == "neardup" || id == "hashmatch" || id == "fpindex" }) {
		return true
	}
	return slices.ContainsFunc(f.Deep, func(d deepDive) bool { return fingerprintRe.MatchString(d.Body) })
}

// fingerprintRe finds a mechanism that already finds what a new item repeats: hashes that
// survive small changes, or a search for the most alike ("more-like-this" over a Q&A site's
// questions).
var fingerprintRe = regexp.MustCompile(`(?i)\b(simhash|minhash|perceptual hash|winnow\w*|pdq|photodna|more-like-this|near-duplicates?)\b`)

// similarAPIs answers a sent item at once (the check runs later) and adds the call that reads
// what the check found.
func (m model) similarAPIs(eps []endpoint, s similarity, fp fingerprinting) []endpoint {
	out := slices.Clone(eps)
	coll := "/v1/" + slug(pluralNoun(s.item), "-")
	id := slug(s.item, "_") + "_id"
	i := slices.IndexFunc(out, func(e endpoint) bool { return e.Method == "POST" && e.Path == coll })
	if i < 0 {
		out = append(out, endpoint{Method: "POST", Path: coll, Idempotent: true})
		i = len(out) - 1
	}
	req := "{" + strings.SplitN(s.ref(), " (", 2)[0] + " (the uploaded file), title} + Idempotency-Key"
	if s.kind == nearDups {
		req = "{title, text, …} + Idempotency-Key"
	}
	out[i].Request = req
	out[i].Response = fmt.Sprintf("202 {%s, status: checking}", id)
	out[i].Note = fmt.Sprintf("accepted at once; the check against the %s runs in the background", s.corpus)
	return append(out, s.resultCall(coll, fp))
}

// resultCall reads what the check of one item found.
func (s similarity) resultCall(coll string, fp fingerprinting) endpoint {
	if fp.result == "report" {
		return endpoint{Method: "GET", Path: coll + "/{id}/report", Response: fmt.Sprintf("{status, similarity, matches[]: {source, score, %ss[]}}", s.unit()),
			Note: fmt.Sprintf("status checking until the report is written; then the matched %ss beside their %s", s.unit(), pluralNoun(s.head))}
	}
	return endpoint{Method: "GET", Path: coll + "/{id}/matches", Response: "{status, items[]: {match_id, " + s.earlierID() + ", similarity}}",
		Note: fmt.Sprintf("the earlier %s this %s nearly repeats, closest first", pluralNoun(s.head), s.item)}
}
