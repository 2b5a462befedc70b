package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// The questions an interviewer asks once a design is on the table (how is order kept, how is a
// person erased, what does it cost, what breaks first, how small can it start, how does the schema
// change, what does one request cost in time) are answered from this design's model: its stores
// and their technologies, the links between components, the entities and their keys, and the
// capacity figures. An answerer returns "" when the design gives it nothing to reason from, so
// the question falls through to the next one.
type reasoned struct {
	re     *regexp.Regexp
	answer func(r *renderer, q string) string
}

var reasonedTopics = []reasoned{
	{regexp.MustCompile(`\b(in order|out of order|ordering|ordered|reorder\w*|order of|same order|sequenc\w*|fifo)\b`), answerOrder},
	{regexp.MustCompile(`\b(erase|erasure|forgotten|purge|forget)\b|\bdelet\w* (a |the |my |all |their |his |her )?(\w+'s )?(user|account|customer|person|member|patient|personal|data)`), answerErasure},
	{regexp.MustCompile(`\b(cost|costs|expensive|cheap\w*|bill|budget|spend|dollars?)\b|\$`), answerCost},
	{regexp.MustCompile(`single points? of failure|\bspof\b|weakest (link|point|part)|(breaks|fails|goes) first`), answerWeakest},
	{regexp.MustCompile(`\bmvp\b|first version|minimum|simplest|smallest|start (small|smaller|simple)|(run|start|fit|host)\w* (it |this |everything )?on (a |one )?(single )?(machine|server|box|node)|first year|cut (for|to|down)|what (would|could|can) (you|we) (cut|drop|skip|defer)`), answerSmaller},
	{regexp.MustCompile(`schema|migrat\w*|add (a |an )?(new )?(field|column|attribute)|backfill|re-?index|rebuild (the |a )?(search )?index|change the data model`), answerSchemaChange},
	{regexp.MustCompile(`how long|end.to.end|latency|how fast|response time|\bp99\b|walk (me )?through|request (path|flow)|what does a request|from the (phone|client|browser|app) to`), answerPath},
	// Testing the system, not a test the domain runs ("a donor's test comes back positive").
	{regexp.MustCompile(`\bhow (?:would|do|will|should|can|could) (?:you|we|i) (?:load.)?test\b|\btest(?:ed|ing|s)? (?:it|this|that|them|the (?:system|design|service|services|app|platform|failover|pipeline)|at scale|in production|before|under load)\b|\btesting (?:strategy|plan|approach)|load.test|chaos|game ?day|before (launch|go.?live|going live)`), answerTesting},
	{siteCutRe, answerSiteCut},
	{regexp.MustCompile(`offline|reconnect\w*|(lose|lost|loses|no|without) (the )?(connection|connectivity|signal|network)|comes? back online|airplane`), answerOffline},
	{regexp.MustCompile(`time ?zones?|\butc\b|daylight|\bdst\b|local time`), answerTimeZones},
}

// answerReasoned answers with the first reasoned topic the question matches and the design has
// something to say about.
func answerReasoned(r *renderer, q string) string {
	// The life topics come first: "migrate from our monolith" is not a schema change.
	for _, t := range slices.Concat(lifeTopics, reasonedTopics) {
		if t.re.MatchString(q) {
			if a := t.answer(r, q); a != "" {
				return a
			}
		}
	}
	return ""
}

// logs are the design's queues and event logs, with the technology each runs.
func (r *renderer) logs() []conversation.Component {
	var out []conversation.Component
	for _, c := range r.g.Components {
		if c.Kind == "queue" {
			out = append(out, c)
		}
	}
	return out
}

// keyedBy lists the partition keys of the entities a component holds.
func (r *renderer) keyedBy(c conversation.Component) []string {
	var keys []string
	for _, e := range r.entities() {
		if name, _, _ := strings.Cut(r.storeOf(e), " ("); name == c.Name && e.Partition != "" && e.Partition != "-" && !slices.Contains(keys, e.Partition) {
			keys = append(keys, e.Partition)
		}
	}
	return keys
}

var seqKey = regexp.MustCompile(`\b(seq|sequence|offset|version|position)\w*`)

func answerOrder(r *renderer, _ string) string {
	var parts []string
	for _, l := range r.logs() {
		keys := r.keyedBy(l)
		if len(keys) == 0 {
			keys = r.firstPartitions(2)
		}
		if len(keys) == 0 {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s (%s) keeps order within a partition, and its events are keyed by %s, so everything about one of them lands in one partition and %s read it in the order it was written; a consumer that retries holds back the rest of that partition instead of skipping ahead.",
			l.Name, l.Technology, strings.Join(keys, " or "), r.consumersOf(l)))
	}
	for _, e := range r.entities() {
		if m := seqKey.FindString(strings.ToLower(e.Key)); m != "" {
			parts = append(parts, fmt.Sprintf("%s rows are keyed %s in %s: the %s is given when the write is accepted, so readers sort by it rather than by anyone's clock, and a gap tells a client to fetch what it missed.",
				e.Name, e.Key, r.storeOf(e), m))
			break
		}
	}
	if len(parts) == 0 {
		return r.unordered()
	}
	scope := "There is no global order here, and nothing in this design needs one."
	if ks := r.firstPartitions(3); len(ks) > 0 {
		scope = "There is no global order here, and nothing in this design needs one: order holds per " + strings.Join(ks, ", ") + "."
	}
	if d, ok := r.diveAbout("order", "sequenc"); ok {
		parts = append(parts, fmt.Sprintf("The deep dive \"%s\" goes further.", d))
	}
	return "**Order.** " + scope + " " + strings.Join(parts, " ") + " " + cite(conversation.DataModel, conversation.DataFlow, conversation.DeepDive)
}

// unordered answers for a design with no stream whose order matters: its writes are separate
// rows, and lists come back sorted by an index.
func (r *renderer) unordered() string {
	es := r.entities()
	if len(es) == 0 {
		return ""
	}
	e := es[0]
	sorted := ""
	if idx := r.x(e.Indexes); idx != "" {
		if !strings.HasPrefix(idx, "(") {
			idx = "(" + idx + ")"
		}
		sorted = fmt.Sprintf(", and lists of %s come back sorted by their index %s", strings.ToLower(pluralNoun(e.Name)), idx)
	}
	return fmt.Sprintf("**Order.** Nothing in this design is a stream whose order matters: each write is its own row in %s%s. Two writes to one %s are ordered by the database's conditional update, not by their arrival. %s",
		r.storeOf(e), sorted, strings.ToLower(e.Name), cite(conversation.DataModel))
}

// firstPartitions lists up to n distinct partition keys of the design's entities.
func (r *renderer) firstPartitions(n int) []string {
	var out []string
	for _, e := range r.entities() {
		if p := e.Partition; p != "" && p != "-" && !slices.Contains(out, p) && len(out) < n {
			out = append(out, p)
		}
	}
	return out
}

// diveAbout is the title of this design's deep dive whose title or text names one of the stems.
func (r *renderer) diveAbout(stems ...string) (string, bool) {
	for _, d := range r.dives() {
		text := strings.ToLower(d.Title + " " + d.Body)
		for _, s := range stems {
			if strings.Contains(text, s) {
				return r.x(d.Title), true
			}
		}
	}
	return "", false
}

// namesOfKind lists the design's components of the given kinds.
func (r *renderer) namesOfKind(kinds ...string) []string {
	var out []string
	for _, c := range r.g.Components {
		if slices.Contains(kinds, c.Kind) {
			out = append(out, c.Name)
		}
	}
	return out
}

// keptByLaw names entities a business must keep after the person leaves: money and health
// records are anonymised, not deleted.
var keptByLaw = regexp.MustCompile(`(?i)payment|ledger|invoice|transaction|transfer|order|refund|audit|prescription|record|claim|tax|trade|posting`)

func answerErasure(r *renderer, _ string) string {
	fields, stores := r.personalFields()
	var b strings.Builder
	b.WriteString("**Erasing one person's data.** ")
	if len(fields) == 0 {
		b.WriteString("This design holds little about a person beyond an account id, so erasure is short: ")
	} else {
		fmt.Fprintf(&b, "Their personal data here is %s, in %s. ", strings.Join(fields, "; "), strings.Join(stores, " and "))
	}
	b.WriteString("An erasure is one resumable job keyed by the person's id: the account is marked erased first, so sign-in and every read path stop returning it at once; then rows that are only theirs are deleted")
	var kept []string
	for _, e := range r.entities() {
		if keptByLaw.MatchString(e.Name) && len(kept) < 3 {
			kept = append(kept, e.Name)
		}
	}
	if len(kept) > 0 {
		fmt.Fprintf(&b, ", while %s stay for the years the law asks with the person's fields overwritten, so totals and audits still add up", strings.Join(kept, ", "))
	}
	b.WriteString(". ")
	if logs := r.logs(); len(logs) > 0 {
		fmt.Fprintf(&b, "The job publishes an erasure event on %s, and %s remove their copies", logs[0].Name, r.consumersOf(logs[0]))
		if derived := r.namesOfKind("search", "cache"); len(derived) > 0 {
			fmt.Fprintf(&b, " (%s included)", strings.Join(derived, ", "))
		}
		b.WriteString("; a log that keeps events longer than the deadline is compacted by key or holds the personal fields encrypted under a per-person key that the job destroys. ")
	} else if derived := r.namesOfKind("search", "cache"); len(derived) > 0 {
		fmt.Fprintf(&b, "%s are cleared of their entries by the same job. ", strings.Join(derived, " and "))
	}
	if blobs := r.namesOfKind("storage"); len(blobs) > 0 {
		fmt.Fprintf(&b, "Their files in %s are deleted by the person's key prefix, and CDN copies are purged. ", strings.Join(blobs, " and "))
	}
	b.WriteString("Backups are not edited: they age out on their retention, and a restore replays the list of erasures before it serves anyone. GDPR gives a month; the job's log of steps is what you show the person and the regulator.")
	return b.String() + " " + cite(conversation.DataModel, conversation.Security, conversation.Reliability)
}
