package offline

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/archbot/archbot/conversation/workload"
)

// A statement often says someone is told when a condition holds on something recorded: "a state
// inspector is alerted when a hive shows signs of foulbrood", "notify the duty vet if a cow's
// temperature reading is above 39.5", "flag any expense over $500 to the finance manager". The
// condition is a rule on what a write records, not an action anyone takes ("hives show signs"),
// and what is hard is the alert itself: raised in the transaction that records it, never lost or
// sent for a write that rolled back, one open per subject until someone acknowledges it.

// condAlert is one such alert as the statement says it.
type condAlert struct {
	who  string // "a state inspector", "the duty vet", "coaches"
	told string // how they are told, as written: "is alerted", "gets a text", "is flagged"
	when string // "when", "if"
	cond string // "a hive shows signs of foulbrood"
	// subject is what the alert is one per: the condition's thing, or its owner ("a cow's
	// temperature reading" → cow).
	subject string
	// thing is the condition's noun phrase without its owner: "temperature reading", "hive".
	thing string
	// figure is a threshold the condition states ("above 39.5", "over $500"), "" when none.
	figure string
	// at is the byte span of the condition in the statement: its clauses are no actions.
	at [2]int
}

const (
	alertWho  = `((?:(?:the|a|an|their|its|our|each|every)\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)`
	alertWhen = `(when|if|whenever|as soon as|once)`
	// alertCond runs to the end of the clause; "39.5" and "$1,000" do not end it.
	alertCond  = `((?:[^.;,!?]|\.\d|,\d)+)`
	alertTold  = `((?:(?:must|should|will|can|needs? to|has to|have to)\s+)?(?:is|are|be|gets?|get)\s+(?:immediately\s+|automatically\s+)?(?:alerted|notified|warned|emailed|e-mailed|texted|told|paged|messaged|called|informed|sent\s+an?\s+(?:[a-z-]+\s+)?(?:alert|text|sms|email|notification|warning|message))(?:\s+(?:by|via)\s+[a-z-]+)?)`
	alertGets  = `((?:(?:must|should|will|can)\s+)?(?:gets?|receives?)\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:text|sms|email|e-mail|alert|notification|page|call|warning|message)s?)`
	alertVerbs = `(notify|alert|warn|email|text|page|tell|message|inform)`
)

var (
	// "a state inspector is alerted when …", "the landlord gets a text when …"
	alertAfterRe = regexp.MustCompile(`(?i)\b` + alertWho + `\s+(?:` + alertTold + `|` + alertGets + `)\s+` + alertWhen + `\s+` + alertCond)
	// "when a shipment is more than two hours late, the customer is emailed"
	alertBeforeRe = regexp.MustCompile(`(?i)(?:^|[.;:!?]\s*|\s)` + alertWhen + `\s+` + alertCond + `,\s+` + alertWho + `\s+(?:` + alertTold + `|` + alertGets + `)`)
	// "notify the duty vet if a cow's temperature reading is above 39.5"
	alertActiveRe = regexp.MustCompile(`(?i)\b` + alertVerbs + `\s+` + alertWho + `\s+` + alertWhen + `\s+` + alertCond)
	// "flag any expense over $500 to the finance manager"
	alertFlagRe = regexp.MustCompile(`(?i)\bflag(?:s|ged)?\s+(?:(?:any|every|each|all)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+((?:over|above|under|below|exceeding|more than|less than)\s+\$?\d[\d.,]*\d*(?:\s*%)?)\s+to\s+` + alertWho)
	// alertFigureRe finds a threshold in a condition: "above 39.5", "more than 20 hours a week".
	alertFigureRe = regexp.MustCompile(`(?i)\b(?:above|over|below|under|more than|less than|fewer than|greater than|higher than|lower than|exceeds?|exceeding|at least|at most|cross(?:es)?|reach(?:es)?|hits?|passes)\s+\$?(?:\d[\d.,]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred)(?:\s*(?:%|°\s?[cf]\b|[a-z]+(?:\s+(?:a|an|per)\s+[a-z]+)?))?`)
)

// notAlerted are words that name no one in particular: "users are notified when someone
// comments" is any app's notification, which toldDive designs for whoever owns the thing.
var notAlerted = set("user", "users", "everyone", "anyone", "someone", "people", "they", "them", "we", "us", "it", "you", "i", "me",
	"he", "she", "member", "members", "follower", "followers", "subscriber", "subscribers")

// readCondAlert reads the statement's first alert on a condition, if it says one.
func readCondAlert(s string) (condAlert, bool) {
	var a condAlert
	if m := alertAfterRe.FindStringSubmatchIndex(s); m != nil {
		a = condAlert{who: s[m[2]:m[3]], told: s[max(m[4], m[6]):max(m[5], m[7])], when: s[m[8]:m[9]], at: [2]int{m[10], m[11]}}
	} else if m := alertBeforeRe.FindStringSubmatchIndex(s); m != nil {
		a = condAlert{who: s[m[6]:m[7]], told: s[max(m[8], m[10]):max(m[9], m[11])], when: s[m[2]:m[3]], at: [2]int{m[4], m[5]}}
	} else if m := alertActiveRe.FindStringSubmatchIndex(s); m != nil {
		a = condAlert{who: s[m[4]:m[5]], told: "is " + pastTense(strings.ToLower(s[m[2]:m[3]])), when: s[m[6]:m[7]], at: [2]int{m[8], m[9]}}
	} else if m := alertFlagRe.FindStringSubmatch(s); m != nil {
		thing := singularNoun(lastWord(strings.ToLower(m[1])))
		if words := strings.Fields(strings.ToLower(m[1])); len(words) == 2 {
			thing = words[0] + " " + thing
		}
		a = condAlert{who: m[3], told: "is flagged", when: "when", cond: article(thing) + " is " + m[2], subject: thing, thing: thing, figure: m[2]}
	} else {
		return condAlert{}, false
	}
	a.who = strings.TrimSpace(strings.ToLower(a.who))
	if first, rest, ok := strings.Cut(a.who, " "); ok && joiners[first] {
		a.who = rest // "… and the landlord gets a text": the conjunction is not who
	}
	if notAlerted[lastWord(a.who)] || notAlerted[a.who] {
		return condAlert{}, false
	}
	// How they are told keeps the statement's case: "gets an SMS".
	a.told, a.when = strings.Join(strings.Fields(a.told), " "), strings.ToLower(a.when)
	if a.cond == "" {
		a.cond = strings.TrimSpace(s[a.at[0]:a.at[1]])
		a.at[1] = a.at[0] + len(strings.TrimRight(s[a.at[0]:a.at[1]], " "))
		a.thing, a.subject = condSubject(a.cond)
		a.figure = alertFigureRe.FindString(a.cond)
	}
	// "players get a push when it's their turn": a condition on "it" names nothing recorded,
	// so there is no alert row to raise, only the design's own notification.
	if notAlerted[a.subject] {
		return condAlert{}, false
	}
	return a, a.subject != ""
}

// condHeadStops end the noun phrase a condition opens with: its verb or auxiliary.
var condHeadStops = set("is", "are", "was", "were", "has", "have", "gets", "get", "goes", "go", "falls", "drops", "rises", "exceeds",
	"stays", "remains", "becomes", "shows", "show", "reports", "report", "logs", "log", "hits", "reaches", "runs", "misses", "fails", "looks")

// condSubject reads the noun phrase a condition opens with ("a cow's temperature reading is
// above 39.5"): the thing ("temperature reading") and what the alert is one per, its owner when
// it has one ("cow").
func condSubject(cond string) (thing, subject string) {
	var words []string
	owner := ""
	for i, w := range strings.Fields(strings.ToLower(cond)) {
		if i == 0 && notifyDeterminers[w] || w == "any" || w == "each" || w == "every" {
			continue
		}
		_, verb := verbBase(w)
		if condHeadStops[w] || len(words) > 0 && (verb || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) || len(words) == 3 {
			break
		}
		if o, ok := strings.CutSuffix(strings.TrimSuffix(w, "’s"), "'s"); ok || strings.HasSuffix(w, "’s") {
			owner, words = singularNoun(strings.TrimSuffix(o, "’s")), nil
			continue
		}
		if readStop[w] || boundaryWords[w] {
			break
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return owner, owner
	}
	words[len(words)-1] = singularNoun(words[len(words)-1])
	thing = strings.Join(words, " ")
	return thing, orDefault(owner, thing)
}

// inCondition reports a clause at token i of toks that the alert's condition holds and whose
// actor nobody else in the statement is: "a hive shows signs" is what an inspection records, not
// something hives do; "a tenant reports a leak" stays, tenants act.
func (rd *reading) inCondition(i int, actor string, span [2]int) bool {
	return i >= span[0] && i < span[1] && !workload.IsPerson(lastWord(actor)) && !slicesContains(rd.Actors, actor)
}

// tokenSpan turns a byte span of s into the span of the tokens readTokens reads from s.
func tokenSpan(s string, at [2]int) [2]int {
	if at == [2]int{} {
		return at
	}
	return [2]int{len(readTokens(s[:at[0]])), len(readTokens(s[:at[1]]))}
}

// recorded is the kept thing whose write the condition is checked on: what the condition names
// ("a shipment is late"), one named after it ("a hive" of hive inspections), what the person the
// condition names makes ("a tenant reports a leak"), else the main thing.
func (m model) recorded(a condAlert) string {
	for _, e := range m.kept {
		if e == a.thing {
			return e
		}
	}
	for _, e := range m.kept {
		if strings.Contains(" "+e+" ", " "+lastWord(a.thing)+" ") || strings.Contains(" "+e+" ", " "+a.subject+" ") {
			return e
		}
	}
	// "a tenant reports a leak": what the act the condition names keeps.
	cond := " " + strings.ToLower(a.cond) + " "
	for _, act := range m.rd.Actions {
		if act.Actor == a.subject && act.Object != "" && strings.Contains(cond, " "+lastWord(act.Object)+" ") && resource(act) != "" {
			return resource(act)
		}
	}
	return m.main
}

// alertFunctional is the requirement line, in the statement's words, with the write it is read
// from when that is not the condition's own thing.
func (m model) alertFunctional() []string {
	a := m.alert()
	if a == nil {
		return nil
	}
	line := fmt.Sprintf("%s %s %s %s", upperFirst(a.who), a.told, a.when, a.cond)
	if a.told == "is flagged" {
		line = fmt.Sprintf("Any %s %s is flagged to %s", a.thing, a.figure, a.who)
	}
	if rec := m.recorded(*a); rec != a.thing && rec != a.subject {
		line += fmt.Sprintf(", as recorded by %s", withArticle(rec))
	}
	return []string{line}
}

// alertRow is the alert's own row: one open per subject, its state and who acknowledged it.
func (m model) alertRow() (entity, bool) {
	a := m.alert()
	if a == nil {
		return entity{}, false
	}
	per := m.alertPer(*a)
	subj, rec := slug(per, "_")+"_id", slug(m.recorded(*a), "_")+"_id"
	fields := []string{"alert_id", subj}
	if rec != subj {
		fields = append(fields, rec+" (the write that raised it)")
	}
	if a.figure != "" {
		fields = append(fields, "value (what was recorded)", "threshold ("+a.figure+")")
	}
	fields = append(fields, "recipient_id", "status (open → acknowledged → closed)", "raised_at", "acknowledged_by", "acknowledged_at", "escalated_at", "closed_at")
	return entity{Name: upperFirst(per) + " alert", Store: "appdb", Key: "alert_id (Snowflake)", Partition: subj,
		Indexes: fmt.Sprintf("unique (%s) where status <> 'closed'; (status, raised_at) for the escalation sweep", subj),
		Fields:  strings.Join(fields, ", "),
		Why:     fmt.Sprintf("one open alert per %s until %s acknowledges it, raised with the %s that shows it", per, a.who, m.recorded(*a))}, true
}

// areaWords in a role say it is one per area ("a state inspector"): the alert goes to the one
// for the subject's area.
var areaWords = set("state", "regional", "region", "district", "county", "area", "local", "territory", "zone", "province", "site", "ward")

// rotaWords in a role say whoever holds it changes by the hour ("the duty vet").
var rotaWords = set("duty", "on-call", "on-duty", "shift")

// alertDive designs the alert: the rule checked with the write, the outbox committed with it,
// one open alert per subject, who gets it and what happens when nobody answers.
func (m model) alertDive() (deepDive, bool) {
	a := m.alert()
	if a == nil {
		return deepDive{}, false
	}
	rec, per := m.recorded(*a), m.alertPer(*a)
	body := fmt.Sprintf("%s "+
		"When it holds, the same transaction opens %s alert and commits an outbox row with it; a relay hands the row to {c:notifyworker}, so no alert is lost for %s that committed and none is sent for one that rolled back. "+
		"%s "+
		"%s %s Acknowledging moves the alert from open to acknowledged; closing it once the %s is dealt with lets the next %s that shows it raise a new one.",
		m.alertCheck(*a, rec),
		withArticle(per), withArticle(rec),
		m.alertOnce(*a, rec, per),
		m.alertRecipient(*a), m.alertEscalation(*a), per, rec)
	return deepDive{Title: fmt.Sprintf("Telling %s %s %s", a.who, a.when, a.cond), Weight: 8, Body: body}, true
}

// alertOnce says how one alert stays one: unique per subject while open, so the next write
// showing the same joins it.
func (m model) alertOnce(a condAlert, rec, per string) string {
	ack := "acknowledges"
	if !strings.Contains(a.who, " ") && strings.HasSuffix(a.who, "s") {
		ack = "acknowledge" // "until coaches acknowledge it"
	}
	if per == rec {
		return fmt.Sprintf("The alert row is unique per %s, so a retried or repeated write of the same %s joins its open alert instead of sending another, and it stays open until %s %s it.", rec, rec, a.who, ack)
	}
	return fmt.Sprintf("The alert row is unique per %s while it is not closed, so a further %s for that %s joins the open alert instead of sending another: one alert per %s until %s %s it, not one per %s.", per, rec, per, per, a.who, ack, rec)
}

// alertCheck says where the condition is checked: with the write that records it.
func (m model) alertCheck(a condAlert, rec string) string {
	if m.actsInCondition(a) && a.figure == "" {
		return fmt.Sprintf("That %s is the write itself, so the transaction that records each %s is where the alert starts: %s.", a.cond, rec, m.alertRule(a, rec))
	}
	return fmt.Sprintf("Whether %s is a rule on what %s records, so it is checked inside the transaction that records each %s: %s.", a.cond, withArticle(rec), rec, m.alertRule(a, rec))
}

// actsInCondition reports a condition whose subject is a person acting ("a tenant reports a
// leak"), not a state of a thing ("a hive shows signs").
func (m model) actsInCondition(a condAlert) bool {
	return slicesContains(m.rd.Actors, a.subject) || workload.IsPerson(a.subject)
}

// alertPer is what one alert is open per: the condition's thing or its owner; for a person's
// act, the thing the act records (a leak), unless the rule totals their acts over a period.
func (m model) alertPer(a condAlert) string {
	if m.actsInCondition(a) && a.figure == "" {
		return m.recorded(a)
	}
	return a.subject
}

// alertRule says what the check reads: the stated figure against the recorded value, a total
// over the stated period, the write itself when a person's act is the condition, or a recorded
// finding rather than free text.
func (m model) alertRule(a condAlert, rec string) string {
	period := ""
	for _, p := range []string{"a week", "per week", "a day", "per day", "a month", "per month", "an hour", "per hour"} {
		if strings.HasSuffix(a.figure, p) {
			period = strings.TrimPrefix(strings.TrimPrefix(p, "per "), "a ")
			period = strings.TrimPrefix(period, "an ")
		}
	}
	if w := alertWindowRe.FindString(condTail(a)); w != "" {
		return sustainedRule(a, rec, w)
	}
	switch {
	case a.figure != "" && period != "":
		return fmt.Sprintf("a running total per %s and %s is updated by the same write and compared with the statement's figure (%s), so the check reads one row rather than summing every %s of the %s", a.subject, period, a.figure, rec, period)
	case a.figure != "":
		return fmt.Sprintf("the recorded value is compared with the statement's figure (%s), kept as a setting rather than code so changing it needs no release, and the alert keeps both the value and the threshold it crossed", a.figure)
	case m.actsInCondition(a):
		return fmt.Sprintf("every %s committed raises an alert, and a retried write with the same idempotency key raises none", rec)
	}
	return fmt.Sprintf("what the condition looks for (%s) is a recorded field of the %s, chosen from a fixed list rather than typed as free text, so the rule is an exact test and never misses a misspelling", condTail(a), rec)
}

// alertWindowRe finds how long a condition must last before it counts: "drifts outside its range
// for 10 minutes", "stays above 8°C for an hour".
var alertWindowRe = regexp.MustCompile(`(?i)\bfor\s+(?:more than\s+|over\s+|at least\s+)?(?:\d+|a|an|one|two|three|five|ten|fifteen|thirty)\s+(?:seconds?|minutes?|hours?|days?)\b`)

// sustainedRule is the check of a condition that must last (the window w, "for 10 minutes"):
// no single reading decides, and a sender that falls silent while the condition holds must not
// keep the alert from firing.
func sustainedRule(a condAlert, rec, w string) string {
	if rec == a.subject {
		rec = "reading" // "caves record temperature": what a cave sends is a reading of it
	}
	return fmt.Sprintf("no single %s decides, because the condition must hold %s: each %s sets or clears an out-of-range-since time on its %s's row in the same transaction, and the alert opens once that time is %s old, checked both by the write and by a sweep every minute, so a %s that stops sending while the condition holds still raises it (and a %s with no %s for longer than the window raises its own no-data alert)",
		rec, w, rec, a.subject, strings.TrimPrefix(strings.TrimPrefix(w, "for "), "more than "), a.subject, a.subject, pluralNoun(rec))
}

// condTail is what a condition says of its thing: "signs of foulbrood" of "a hive shows signs of
// foulbrood".
func condTail(a condAlert) string {
	c := strings.ToLower(a.cond)
	if i := strings.Index(c, a.thing); i >= 0 {
		c = strings.TrimSpace(c[i+len(a.thing):])
	}
	words := strings.Fields(c)
	if len(words) > 1 {
		words = words[1:] // the verb: "shows", "is"
	}
	return strings.Join(words, " ")
}

// alertRecipient says who gets the alert: the one for the subject's area when the role is one
// per area, whoever the rota names when it is a duty, else the one the subject's record names.
func (m model) alertRecipient(a condAlert) string {
	role := strings.Fields(a.who)
	for _, w := range role {
		if areaWords[w] {
			return fmt.Sprintf("It goes to the %s for the %s's %s, read from a routing table (%s → %s) when the alert is raised, so each %s sees the alerts of their own %s only and a change of posting takes effect with the next alert.",
				strings.Join(role[1:], " "), a.subject, w, w, lastWord(a.who), lastWord(a.who), w)
		}
		if rotaWords[w] {
			return fmt.Sprintf("It goes to %s the rota names at the moment it is raised, read from the rota table, so an alert raised at a change of shift reaches the one coming on.", a.who)
		}
	}
	return fmt.Sprintf("It goes to %s named on the %s's record, looked up when the alert is raised so a change takes effect with the next one.", a.who, a.subject)
}

// alertEscalation says how the alert is sent and what happens when nobody acknowledges it, by
// the channel and the deadline the statement gives where it gives them.
func (m model) alertEscalation(a condAlert) string {
	channel := "{c:alertchan}"
	if channelsSaid(strings.Join(m.rd.words, " ")) {
		channel = "{c:alertchan} as the statement asks"
	}
	wait := "15 minutes (assumed)"
	if s, ok := alarmOf(strings.Join(m.rd.words, " ")); ok {
		wait = duration(s.seconds) + " (as stated)"
	}
	return fmt.Sprintf("{c:notifyworker} send it through %s; unacknowledged after %s it is sent again by a second channel and then escalated to whoever stands in for %s, a sweep over (status, raised_at) finding what is due.", channel, wait, a.who)
}

// alertFields are the fields the alert needs on the thing it is read from: which subject it is
// about ("hive_id" on a hive inspection), when that is not already its owner.
func (m model) alertFields(e string) []string {
	a := m.alert()
	if a == nil || m.recorded(*a) != e || a.subject == e || m.actsInCondition(*a) {
		return nil
	}
	return []string{slug(a.subject, "_") + "_id"}
}

// alert is the statement's alert on a condition unless telling covers it already: "the patient
// is notified when a pharmacist verifies their refill" is the owner told of a change to their
// own thing, which toldDive designs.
func (m model) alert() *condAlert {
	a := m.rd.alert
	if a == nil {
		return nil
	}
	if who, _ := m.told(); who != "" && who == singularNoun(lastWord(a.who)) {
		return nil
	}
	return a
}

// alertUseCases are what the one alerted does with an alert: it is raised for them and they
// acknowledge it, which is what stops it escalating.
func (m model) alertUseCases() []string {
	a := m.alert()
	if a == nil {
		return nil
	}
	return []string{fmt.Sprintf("%s %s %s %s and acknowledges the %s alert", upperFirst(a.who), a.told, a.when, a.cond, m.alertPer(*a))}
}
