package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// arriveWords say things reach the system from outside: nobody in the statement makes them.
var arriveWords = set("arrive", "arrives", "arriving")

// readArrivals reads "5,000 samples arrive each week": what arrives is received, so somebody
// takes it in. A thing with a known submitter ("claims arrive": policyholders file them) is
// submitted by them; anything else is logged on receipt by the staff who receive it. The act
// comes first: the rest of the statement works on what arrived.
func (rd *reading) readArrivals(toks []token) {
	for i := len(toks) - 1; i >= 1; i-- {
		p := toks[i-1]
		w := singularNoun(p.lower)
		if !arriveWords[toks[i].lower] || w == p.lower || !nounLike(p) || actsAlone(w) || unitWords[w] {
			continue
		}
		a := action{Actor: "staff", Verb: "log", Object: w, Implied: fmt.Sprintf("%s that arrive are received and logged before anything else is done with them", pluralNoun(w))}
		if f := i + 1; f+1 < len(toks) && toks[f].lower == "from" {
			// "prescriptions arrive from wards": the wards send them.
			if o, _ := objectAt(toks, f+1); o != "" && !unitWords[lastWord(o)] {
				a = action{Actor: o, Verb: "send", Object: w, Implied: fmt.Sprintf("%s arrive from %s", pluralNoun(w), pluralNoun(o))}
			}
		}
		if who, ok := submitters[w]; ok {
			a = action{Actor: who, Verb: "submit", Object: w, Implied: fmt.Sprintf("%s arrive because %s file them", pluralNoun(w), pluralNoun(who))}
		}
		if slices.ContainsFunc(rd.Actions, func(x action) bool { return x.Object == w && !transitions[x.Verb] && !readsVerbs[x.Verb] }) {
			continue // "claims arrive … policyholders file claims": the statement says who already
		}
		rd.addEntity(w)
		rd.addActor(a.Actor)
		rd.Actions = append([]action{a}, rd.Actions...)
	}
}

// stagesRe finds a thing moving through a fixed number of stages: "every sample passes through 7
// processing stages", "each order goes through five steps".
var stagesRe = regexp.MustCompile(`(?i)\b(?:each|every|all|the)?\s*([a-z-]+?)s?\s+(?:passes|pass|goes|go|moves|move|flows|flow|travels|travel|progresses|progress)\s+through\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?(?:stages|steps|phases|stations)\b`)

// custodyRe finds a statement asking that every hand-off of a thing be recorded for audit.
var custodyRe = regexp.MustCompile(`(?i)\bchain[- ]of[- ]custody\b|\bcustody (?:record|log|trail)s?\b|\b(?:every|each) hand-?off\b[^.;]{0,40}\b(?:record|log|audit)`)

// numberNames are counts said in words.
var numberNames = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// staging is a thing the statement moves through a fixed number of stages, and whether each
// hand-off between them must leave a custody record.
type staging struct {
	thing   string
	stages  int
	custody bool
	names   []string // the stages in order, when the statement names them
	repeats string   // the named stage that is done more than once ("test fitting")
	times   string   // how often it is done, as the statement says it ("2-3")
}

// stageListRe finds a thing moving through named stages: "each goes through design, 3D print,
// test fitting and adjustment", "every sample passes through extraction, PCR and sequencing".
var stageListRe = regexp.MustCompile(`(?i)\b(?:each|every)\s+(?:([a-z-]+)\s+)?(?:goes|passes|moves|flows|progresses|travels)\s+through\s+([^.;:()]+)`)

// stageAntecedentRe finds what "each" stands for: the last counted plural before it ("about 70
// new sockets are ordered a week, and each goes through …").
var stageAntecedentRe = regexp.MustCompile(`(?i)\b\d[\d,.]*[kKmM]?\s+(?:[a-z-]+\s+){0,2}?([a-z-]+s)\b`)

// stageSplitRe splits a list of stages.
var stageSplitRe = regexp.MustCompile(`(?i)\s*,\s*(?:and\s+|then\s+)?|\s+and\s+then\s+|\s+then\s+|\s+and\s+|\s*(?:->|→)\s*`)

// readStageList reads named stages; the one the statement counts in the plural ("typically 2-3
// fittings") is repeated.
func readStageList(s string) (staging, bool) {
	loc := stageListRe.FindStringSubmatchIndex(s)
	if loc == nil {
		return staging{}, false
	}
	thing := ""
	if loc[2] >= 0 {
		thing = strings.ToLower(s[loc[2]:loc[3]])
	} else if ms := stageAntecedentRe.FindAllStringSubmatch(s[:loc[0]], -1); ms != nil {
		thing = strings.ToLower(ms[len(ms)-1][1])
	}
	list := s[loc[4]:loc[5]]
	if i := strings.Index(list, " and "); i >= 0 {
		if j := strings.Index(list[i:], ","); j >= 0 {
			list = list[:i+j] // "… fitting and adjustment, typically 2-3 fittings": the list ends at its last item
		}
	}
	var names []string
	for _, n := range stageSplitRe.Split(strings.TrimSpace(list), -1) {
		n = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(n, "the "), "a "))
		if n == "" || len(strings.Fields(n)) > 3 {
			return staging{}, false // a clause, not a list of stages
		}
		names = append(names, n)
	}
	if thing == "" || len(names) < 3 {
		return staging{}, false
	}
	st := staging{thing: singularNoun(thing), stages: len(names), names: names, custody: custodyRe.MatchString(s)}
	if regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(thing) + `\s+(?:are|get)\s+ordered\b`).MatchString(s) {
		st.thing = "order" // "70 new sockets are ordered a week, and each goes through design…": the order moves
	}
	for _, n := range names {
		head := lastWord(strings.ToLower(n))
		re := regexp.MustCompile(`(?i)\b(\d+(?:\s*[-–]\s*\d+)?|two|three|four|several|multiple)\s+` + regexp.QuoteMeta(pluralNoun(head)) + `\b`)
		if m := re.FindStringSubmatch(s); m != nil {
			st.repeats, st.times = n, m[1]
			break
		}
	}
	return st, true
}

// readStaging reads the stages a thing passes through, if the statement names them.
func readStaging(s string) (staging, bool) {
	sub := stagesRe.FindStringSubmatch(s)
	if sub == nil {
		return readStageList(s)
	}
	n, err := strconv.Atoi(sub[2])
	if err != nil {
		n = numberNames[strings.ToLower(sub[2])]
	}
	return staging{thing: singularNoun(strings.ToLower(sub[1])), stages: n, custody: custodyRe.MatchString(s)}, n > 1
}

// stagingOf is the model's staging when the thing staged is one it keeps.
func (m model) stagingOf() (staging, bool) {
	st := m.rd.staged
	if st.stages < 2 || !slicesContains(m.kept, st.thing) {
		return staging{}, false
	}
	return st, true
}

// stagePath is the named stages in order, the repeated one marked, and done at the end.
func (st staging) stagePath() string {
	var ps []string
	for _, n := range st.names {
		if n == st.repeats {
			n += fmt.Sprintf(" (repeated, %s times)", st.times)
		}
		ps = append(ps, n)
	}
	return strings.Join(append(ps, "done"), " → ")
}

// stagedFields are what a staged thing carries: where it is and who holds it.
func (st staging) stagedFields() []string {
	if len(st.names) == 0 {
		return []string{fmt.Sprintf("stage (1-%d)", st.stages), "holder_id"}
	}
	fields := []string{fmt.Sprintf("stage (%s | done)", strings.Join(st.names, " | ")), "holder_id"}
	if st.repeats != "" {
		fields = append(fields, slug(lastWord(st.repeats), "_")+"_round")
	}
	return fields
}

// custodyRow is the append-only record of each hand-off: who gave what to whom, at which stage,
// chained by hash so a record changed afterwards shows.
func (st staging) custodyRow() entity {
	t := slug(st.thing, "_")
	return entity{Name: "Custody event", Store: "appdb", Key: "custody_event_id (Snowflake)", Partition: t + "_id",
		Indexes: fmt.Sprintf("(%s_id, seq) unique", t),
		Fields:  fmt.Sprintf("custody_event_id, %s_id, seq, from_stage, to_stage, from_holder_id, to_holder_id, at, reason, prev_hash, hash", t),
		Why:     fmt.Sprintf("append-only: one row per hand-off of %s, never updated or deleted (the application's role may only INSERT), each row hashing the one before it", article(st.thing))}
}

// stagingEndpoints hand a staged thing on and read its custody trail.
func (st staging) stagingEndpoints() []endpoint {
	p := "/v1/" + slug(pluralNoun(st.thing), "-") + "/{id}"
	return []endpoint{
		{Method: "POST", Path: p + "/handoffs", Request: "{to_stage, to_holder_id, reason, version}", Response: "201 {custody_event_id, stage}", Idempotent: true,
			Note: fmt.Sprintf("moves the %s one stage on and writes its custody event in the same transaction; 409 if it is not at the stage and version the caller read", st.thing)},
		{Method: "GET", Path: p + "/custody", Response: "{events[]: stage, from, to, at, hash}", Note: "the whole chain, oldest first, verifiable by re-hashing"},
	}
}

// stagingDive is the crux of a staged thing with custody: every move between stages is a
// conditional update and a custody row, together or not at all.
func (st staging) stagingDive() deepDive {
	things := pluralNoun(st.thing)
	body := fmt.Sprintf("Each %s is a state machine of %d stages held in {c:appdb}: a hand-off is one transaction that moves it on with `UPDATE … SET stage = stage + 1, holder_id = ?, version = version + 1 WHERE id = ? AND stage = ? AND version = ?` and inserts its custody event, so %s can never skip a stage, be at two at once, or move without a record; a scan of its barcode names it, and a repeated scan is a no-op.",
		st.thing, st.stages, article(st.thing))
	if st.custody {
		body += fmt.Sprintf(" Custody events are append-only: the application's database role may only INSERT into them, each row carries seq and the hash of the row before it, so a gap or an edited row breaks the chain an auditor re-hashes, and the chain is copied nightly to write-once object storage. The trail of any of the %s is one index range, (%s_id, seq).", things, slug(st.thing, "_"))
	}
	title := fmt.Sprintf("%d stages and a record of every hand-off", st.stages)
	if len(st.names) > 0 {
		title = fmt.Sprintf("%s: one stage at a time, with a record of every hand-off", upperFirst(st.stagePath()))
		body = strings.Replace(body, "stage = stage + 1", "stage = :next", 1)
	}
	if st.repeats != "" {
		body += fmt.Sprintf(" %s that needs another %s goes back to it, not on: the move is the same conditional update, with %s_round + 1, so the %s's history shows each %s in turn (typically %s) and reports can count them.",
			upperFirst(article(st.thing)), st.repeats, slug(lastWord(st.repeats), "_"), st.thing, st.repeats, st.times)
	}
	return deepDive{Title: title, Weight: 10, Body: body}
}
