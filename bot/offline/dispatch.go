package offline

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Beside a shared thing taken for a span of time and stock handed out first-expiring first, a
// composed design knows a third crux: sending the nearest free unit to a job before a deadline.
// "60 ambulances report GPS every 5 seconds, dispatchers … must assign the nearest free crew
// within 30 seconds"; "the control room sends the closest idle officer"; "coordinators assign the
// nearest available nurse to each urgent visit request". It is read from the clause's grammar and
// never from one word: a verb that sends (assign, dispatch, send) whose object is a unit called
// both near (nearest, closest) and free (free, available, idle), and units that report where they
// are. A statement that only mentions location, or finds the nearest free thing that stays put (a
// parking bay, a charger), has none.

// dispatch is the statement's dispatch clause, read for the design.
type dispatch struct {
	verb string // the statement's verb: "assign", "dispatch", "send"
	// by is who sends ("dispatcher", "coordinator", "control room operator"); "" when the system
	// does it on its own ("the system should assign").
	by   string
	unit string // what is sent, singular, in the statement's words: "crew", "tow truck", "nurse"
	free string // the statement's word for free: "free", "available", "idle"
	near string // the statement's word for near: "nearest", "closest"
	job  string // what a unit is sent to: "call", "visit request", "alarm", "outage ticket"
	// reporter is what reports positions when it is not the unit itself: an ambulance carries
	// its crew. "" when the units report their own ("250 nurses share their position").
	reporter string
	// said is what the statement says they report, for prose: "GPS position", "location".
	said   string
	fleet  float64 // how many report, as stated ("60 ambulances"); 0 when not stated
	every  float64 // seconds between reports; 0 when not stated
	within float64 // the deadline to send a unit, in seconds; 0 when not stated
	// answer is the units' verb for taking an offer ("accept", "acknowledge") when the statement
	// has them answer one; "" when a unit is simply sent.
	answer   string
	answerIn float64 // seconds a unit has to answer, when stated
	// assumed is set when the statement never says units report where they are: the design
	// assumes the reports nearest needs and says so.
	assumed bool
}

const (
	sendVerbs   = `assign|assigns|assigned|dispatch|dispatches|dispatched|send|sends|sent|allocate|allocates|allocated|route|routes|routed|direct|directs`
	nearPattern = `nearest|closest`
	freePattern = `free|available|idle|unassigned|unoccupied`
	unitPhrase  = `([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)`
	// secondsPattern is a short stated span: "30 seconds", "2 minutes", "a minute".
	secondsPattern = `(\d[\d.,]*|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|sixty|ninety)\s*-?\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?)\b`
)

var (
	// sendNearestRe: "assign the nearest free crew", "sends the closest idle officer",
	// "assign each call the nearest available nurse".
	sendNearestRe = regexp.MustCompile(`(?i)\b(` + sendVerbs + `)\b(?:\s+[a-z-]+){0,4}?\s+(?:(?:the|a|an|one)\s+)?(?:(` + nearPattern + `)\s+(?:and\s+)?(` + freePattern + `)|(` + freePattern + `)\s+(?:and\s+)?(` + nearPattern + `))\s+` + unitPhrase)
	// nearestSentRe: "the nearest available crew must be dispatched", "wants the nearest free
	// engineer allocated to each callout".
	nearestSentRe = regexp.MustCompile(`(?i)\b(` + nearPattern + `)\s+(` + freePattern + `)\s+` + unitPhrase + `\s+(?:(?:is|are|must be|should be|gets?|has to be|have to be|will be|to be)\s+)?(assigned|dispatched|sent|allocated|routed)\b`)
	// freeNearestToRe: "send an available officer closest to the alarm".
	freeNearestToRe = regexp.MustCompile(`(?i)\b(` + sendVerbs + `)\s+(?:the|an?)\s+(` + freePattern + `)\s+([a-z][a-z-]*)\s+(` + nearPattern + `)\s+to\b`)
	// reportsRe finds units saying where they are: "report GPS", "send their location", "share
	// their position every 30 seconds", "GPS pings every 10 seconds".
	reportsRe = regexp.MustCompile(`(?i)\b(?:report|reports|reporting|send|sends|sending|share|shares|sharing|stream|streams|streaming|ping|pings|broadcast|broadcasts|transmit|transmits|upload|uploads|push|pushes|post|posts|emit|emits|update|updates)\b(?:\s+[a-z-]+){0,3}?\s+(gps|locations?|positions?|coordinates|whereabouts)\b|\b(gps|location|position)s?\s+(?:(?:pings?|fixes|updates?|reports?)\s+)?every\b`)
	everyRe   = regexp.MustCompile(`(?i)\bevery\s+(?:(\d[\d.,]*|an?|one|two|three|five|ten|fifteen|twenty|thirty|sixty)\s*-?\s*)?(seconds?|secs?|minutes?|mins?|hours?)\b`)
	withinRe  = regexp.MustCompile(`(?i)\b(?:within|in under|under|in less than|inside)\s+` + secondsPattern)
	answersRe = regexp.MustCompile(`(?i)\b(accepts?|accepted|acknowledges?|acknowledged|confirms?|confirmed|declines?|declined|rejects?|refuses?|responds?)\b`)
	// countedRe is a stated count and the words after it: "60 ambulances", "40 security officers".
	countedRe = regexp.MustCompile(`(?i)\b(\d[\d,]*)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})`)
	// jobRe is a job a unit is sent to: "900 calls", "each urgent visit request", "an outage ticket".
	jobRe = regexp.MustCompile(`(?i)\b(?:a|an|the|each|every|new|incoming|\d[\d,]*)\s+((?:[a-z-]+\s+){0,2})(calls?|incidents?|emergenc(?:y|ies)|alarms?|alerts?|requests?|jobs?|tickets?|call-?outs?|breakdowns?|outages?|visits?|cases?|tasks?|work orders?)\b`)
	// sendersRe names who sends, nearest before the verb: "dispatchers … must assign", "the
	// control room sends", "the system should assign".
	sendersRe = regexp.MustCompile(`(?i)\b(dispatchers?|operators?|coordinators?|controllers?|call[- ]?handlers?|call[- ]?takers?|schedulers?|duty (?:officer|manager)s?|supervisors?|control (?:room|centre|center)s?|the system|the platform|the app)\b`)
)

// locationWords name a position report's content: what a unit reports is where it is, not a
// thing kept apart ("ambulances report GPS" keeps no Gps).
var locationWords = set("gps", "location", "position", "coordinate", "coordinates", "whereabouts", "fix", "nearest", "closest", "ping")

// jobWords may name a job on their own or before its head ("visit request", "outage ticket");
// jobAdjectives may stand before a job and are not part of its name ("urgent").
var (
	jobWords      = set("call", "incident", "emergency", "alarm", "alert", "request", "job", "ticket", "callout", "call-out", "breakdown", "outage", "visit", "case", "task", "service", "repair", "work", "medical", "rescue")
	jobAdjectives = set("urgent", "new", "incoming", "priority", "high-priority", "low-priority", "critical", "routine", "inbound", "open")
	// staysPut are things found nearest and free that nobody sends: they wait where they are.
	staysPut = set("charger", "station", "spot", "space", "slot", "seat", "table", "bed", "gate", "pump", "counter", "campsite", "pitch", "bay", "room",
		"desk", "locker", "dock", "machine", "kiosk", "court", "parking", "stall", "berth", "bin", "shelter", "hospital", "clinic", "pharmacy", "store", "shop",
		"warehouse", "depot", "hub", "branch", "site", "office", "facility", "plant", "kitchen", "centre", "center", "school", "venue", "server", "slot")
	// travels are units that go to a job and whose position decides who goes, even where the
	// statement never says they report it: a crew or a nurse is sent, a helpdesk agent is not.
	travels = set("crew", "ambulance", "paramedic", "medic", "responder", "firefighter", "officer", "ranger", "guard", "patrol", "team",
		"truck", "van", "plough", "plow", "boat", "helicopter", "engine", "lorry", "technician", "engineer", "fitter", "installer",
		"mechanic", "nurse", "carer", "caregiver", "midwife", "inspector", "surveyor", "electrician", "plumber", "locksmith", "warden", "marshal")
	// unitStops end a unit's name: "crew within", "nurse to".
	unitStops = set("to", "for", "within", "in", "on", "at", "and", "or", "who", "that", "which", "with", "from", "nearby", "first", "by", "under", "as", "when", "if", "so", "whose")
)

// readDispatch reads a statement's dispatch clause; ok is false when it has none.
func readDispatch(s string) (dispatch, bool) {
	var d dispatch
	loc, ok := d.readSend(s)
	if !ok || staysPut[lastWord(d.unit)] || spaceWords[lastWord(d.unit)] {
		return dispatch{}, false
	}
	rep := reportsRe.FindStringSubmatchIndex(s)
	switch {
	case rep != nil:
		d.said = reported(span(s, rep, 1) + span(s, rep, 2))
		d.readFleet(s, rep)
		d.readCarrier(clauseBefore(s, rep[0]))
		if m := everyRe.FindStringSubmatch(s[rep[0]:]); m != nil && clauseOf(s[rep[0]:])[1] > strings.Index(s[rep[0]:], m[0]) {
			d.every = seconds(m[1], m[2])
		}
	case slices.ContainsFunc(strings.Fields(d.unit), func(w string) bool { return travels[w] }):
		// "the nearest free crew must be assigned" says where crews are matters without saying
		// how it is known: sending the nearest needs their positions, so the design assumes them.
		d.said, d.assumed = "position", true
		d.readFleet(s, nil)
	default:
		return dispatch{}, false // nobody says where they are: a nearest free thing nobody sends
	}
	d.readSender(s, loc)
	d.job = readJob(s, loc[1])
	d.readAnswer(s, loc)
	return d, true
}

// reported names what units report, for prose: GPS is a GPS position, positions a position.
func reported(w string) string {
	switch w = strings.ToLower(w); {
	case w == "gps":
		return "GPS position"
	case strings.HasPrefix(w, "location"):
		return "location"
	case w == "coordinates" || w == "whereabouts":
		return w
	}
	return "position"
}

// readSend finds the clause that sends a near, free unit and returns where it is.
func (d *dispatch) readSend(s string) ([]int, bool) {
	if m := sendNearestRe.FindStringSubmatchIndex(s); m != nil {
		d.verb, d.unit = verbOf(s[m[2]:m[3]]), unitName(span(s, m, 6))
		d.near, d.free = strings.ToLower(span(s, m, 2)+span(s, m, 5)), strings.ToLower(span(s, m, 3)+span(s, m, 4))
		return []int{m[0], m[12]}, d.unit != "" // what follows the unit's name may say by when
	}
	if m := nearestSentRe.FindStringSubmatchIndex(s); m != nil {
		d.near, d.free, d.unit, d.verb = strings.ToLower(span(s, m, 1)), strings.ToLower(span(s, m, 2)), unitName(span(s, m, 3)), verbOf(span(s, m, 4))
		return m[:2], d.unit != ""
	}
	if m := freeNearestToRe.FindStringSubmatchIndex(s); m != nil {
		d.verb, d.free, d.unit, d.near = verbOf(span(s, m, 1)), strings.ToLower(span(s, m, 2)), unitName(span(s, m, 3)), strings.ToLower(span(s, m, 4))
		return m[:2], d.unit != ""
	}
	return nil, false
}

// span is the text of submatch i of m, or "" when it did not take part.
func span(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

// verbOf is a sending verb's base form: "dispatches" → dispatch, "sent" → send.
func verbOf(w string) string {
	w = strings.ToLower(w)
	switch {
	case w == "sent" || strings.HasPrefix(w, "send"):
		return "send"
	case strings.HasPrefix(w, "dispatch"):
		return "dispatch"
	case strings.HasPrefix(w, "assign"):
		return "assign"
	case strings.HasPrefix(w, "allocat"):
		return "allocate"
	case strings.HasPrefix(w, "rout"):
		return "route"
	}
	return "direct"
}

// unitName is a unit's singular name from the words after "nearest free": "crew within" → crew,
// "tow trucks" → tow truck.
func unitName(p string) string {
	return singularRun(strings.Fields(strings.ToLower(p)), unitStops, false)
}

// singularRun is the first run of words that are neither stops nor readStop, its last word made
// singular; with skipLeading, stop words before the run are passed over instead of ending it.
func singularRun(fields []string, stops map[string]bool, skipLeading bool) string {
	var words []string
	for _, w := range fields {
		if stops[w] || readStop[w] {
			if len(words) > 0 || !skipLeading {
				break
			}
			continue
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return ""
	}
	words[len(words)-1] = singularNoun(words[len(words)-1])
	return strings.Join(words, " ")
}

// readFleet reads how many units report and what reports: the stated count of the unit ("300
// field crews", which also names it in full), else the count in the clause that reports
// ("60 ambulances report GPS", which carry the crews).
func (d *dispatch) readFleet(s string, rep []int) {
	for _, m := range countedRe.FindAllStringSubmatch(s, -1) {
		if p := countedNoun(m[2]); p != "" && lastWord(p) == lastWord(d.unit) {
			d.fleet, d.unit = number(m[1]), longer(p, d.unit)
			return
		}
	}
	if rep == nil {
		return
	}
	ms := countedRe.FindAllStringSubmatch(clauseBefore(s, rep[0]), -1)
	if len(ms) == 0 {
		return
	}
	m := ms[len(ms)-1]
	p := countedNoun(m[2])
	if p == "" {
		return
	}
	d.fleet = number(m[1])
	if lastWord(p) != lastWord(d.unit) {
		d.reporter = p
	}
}

// subjectRe is the noun right before a reporting verb: "radios that report", "whose trucks report".
var subjectRe = regexp.MustCompile(`(?i)\b([a-z][a-z-]*s)\s+(?:(?:that|which|who)\s+)?(?:(?:all|also|each|then)\s+)?$`)

// readCarrier reads what reports when the statement says the units carry it or ride in it ("40
// security officers carry radios that report location", "300 field crews whose trucks report
// positions"): the positions are its, placed on the unit.
func (d *dispatch) readCarrier(before string) {
	m := subjectRe.FindStringSubmatch(before)
	if m == nil || strings.HasSuffix(m[1], "ss") || readStop[strings.ToLower(m[1])] {
		return
	}
	if w := singularNoun(m[1]); w != lastWord(d.unit) && w != lastWord(d.reporter) {
		d.reporter = w
	}
}

// countedNoun is the noun a count counts, singular: "security officers carry" → security officer.
func countedNoun(p string) string {
	ws := strings.Fields(strings.ToLower(p))
	for i, w := range ws {
		if unitStops[w] || readStop[w] {
			return ""
		}
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return strings.Join(append(ws[:i:i], singularNoun(w)), " ")
		}
	}
	return ""
}

// longer keeps the fuller of two names for one thing: "tow truck" over "truck".
func longer(a, b string) string {
	if len(a) > len(b) {
		return a
	}
	return b
}

// clauseBefore is the part of the clause at i that comes before it: back to the last ., ; or :.
func clauseBefore(s string, i int) string {
	return s[strings.LastIndexAny(s[:i], ".;:")+1 : i]
}

// clauseOf is the span of the clause s begins with: up to its first ., ; or :.
func clauseOf(s string) [2]int {
	if i := strings.IndexAny(s, ".;:"); i >= 0 {
		return [2]int{0, i}
	}
	return [2]int{0, len(s)}
}

// readSender names who sends: the role nearest before the verb in its sentence, else any the
// statement names; "" when the system itself sends.
func (d *dispatch) readSender(s string, loc []int) {
	sentence := s[strings.LastIndexAny(s[:loc[0]], ".!?")+1 : loc[0]]
	ms := sendersRe.FindAllString(sentence, -1)
	if len(ms) == 0 {
		ms = sendersRe.FindAllString(s, 1)
	}
	if len(ms) == 0 {
		return
	}
	w := strings.ToLower(ms[len(ms)-1])
	switch {
	case strings.HasPrefix(w, "the "):
		return // "the system should assign": no person sends
	case strings.HasPrefix(w, "control "):
		d.by = singularNoun(w) + " operator" // "the control centre sends": its operators do
	case strings.HasPrefix(w, "duty "):
		d.by = singularNoun(w)
	default:
		d.by = singularNoun(lastWord(strings.ReplaceAll(w, "-", " ")))
		if strings.HasPrefix(w, "call") {
			d.by = "call " + d.by
		}
	}
}

// readJob names what units are sent to: the first job after the sending verb ("to each urgent
// visit request", "every burglar alarm" as an alarm), else the first the statement names ("900
// calls a day"), else a job.
func readJob(s string, from int) string {
	name := func(m []string) string {
		var words []string
		for _, w := range strings.Fields(strings.ToLower(m[1])) {
			switch {
			case jobWords[w]:
				words = append(words, w)
			case !jobAdjectives[w]:
				// "a distress alert", "every burglar alarm": the head names the job; a word
				// this reader does not know is left out rather than taken for its name.
				words = words[:0]
			}
		}
		return strings.Join(append(words, singularNoun(strings.ToLower(m[2]))), " ")
	}
	sentence := s[from:]
	if i := strings.IndexAny(sentence, ".!?"); i >= 0 {
		sentence = sentence[:i]
	}
	for _, t := range []string{sentence, s} {
		for _, m := range jobRe.FindAllStringSubmatch(t, -1) {
			if n := name(m); n != "" {
				return strings.Replace(n, "emergencie", "emergency", 1)
			}
		}
	}
	if m := raisedRe.FindStringSubmatch(s); m != nil {
		if n := unitName(m[1]); n != "" && !locationWords[lastWord(n)] {
			return n // "a resident reports a blocked street": units are sent to the blocked street
		}
	}
	return "job"
}

// raisedRe is what someone raises for a unit to go to, named by what it is rather than as a job:
// "reports a blocked street", "flags a fallen tree".
var raisedRe = regexp.MustCompile(`(?i)\b(?:reports?|raises?|flags?|files?|calls? in)\s+(?:a|an)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)`)

// readAnswer reads whether units answer what they are sent ("the driver accepts or declines the
// job", "the crew acknowledges within 5 minutes"), and how long they have; a "within" after the
// sending verb with no answer between is the deadline to send.
func (d *dispatch) readAnswer(s string, loc []int) {
	if m := answersRe.FindStringSubmatchIndex(s); m != nil {
		w := strings.ToLower(s[m[2]:m[3]])
		d.answer = "accept"
		if strings.HasPrefix(w, "acknowledg") || strings.HasPrefix(w, "respond") || strings.HasPrefix(w, "confirm") {
			d.answer = "acknowledge"
		}
		if w := withinRe.FindStringSubmatchIndex(s[m[1]:]); w != nil && w[0] < 40 {
			d.answerIn = seconds(s[m[1]+w[2]:m[1]+w[3]], s[m[1]+w[4]:m[1]+w[5]])
		}
	}
	rest := s[loc[1]:]
	w := withinRe.FindStringSubmatchIndex(rest)
	if w == nil || strings.ContainsAny(rest[:w[0]], ".!?") {
		return
	}
	if a := answersRe.FindStringIndex(rest[:w[0]]); a == nil {
		d.within = seconds(rest[w[2]:w[3]], rest[w[4]:w[5]])
	}
}

// seconds turns a stated count and unit into seconds: ("30", "seconds") → 30, ("", "minute") → 60.
func seconds(n, unit string) float64 {
	v := 1.0
	switch strings.ToLower(n) {
	case "", "a", "an", "one":
	default:
		if x, ok := smallNumbers[strings.ToLower(n)]; ok {
			v = x
		} else {
			v = number(n)
		}
	}
	switch u := strings.ToLower(unit); {
	case strings.HasPrefix(u, "min"):
		v *= 60
	case strings.HasPrefix(u, "h"):
		v *= 3600
	}
	return v
}

var smallNumbers = map[string]float64{"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90}

// number reads "1,200" as 1200; 0 when it is no number.
func number(s string) float64 {
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil {
		return 0
	}
	return v
}
