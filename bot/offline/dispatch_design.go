package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// A composed design with a dispatch clause keeps three rows in the statement's words (the job, the
// unit sent to it, and the record of each sending), takes the units' position reports as a stream
// that overwrites where each unit is rather than as a thing of its own, and designs the crux: a
// shortlist of free units by straight line from a geo index of free units only, ranked by road
// travel time, claimed with one conditional update, offered and escalated where units answer, and
// the stated deadline measured on every job.

// dispatchPeople is the day's users a dispatch service is assumed to have when the statement
// counts none: a region's units and the people who send them.
const dispatchPeople = 500

// freshReports is how many report intervals a unit may miss before it is no longer a candidate.
const freshReports = 3

// geoIndexRate is the position reports a second above which the free units' positions move from
// a partial GiST index in the primary to a geo index of their own: below it, each report is one
// small row update the primary takes many times over.
const geoIndexRate = 1000

// forDispatch rewrites a reading around its dispatch clause: position reports and the sending
// clause become the design's own flows, words that named the system or the reports ("dispatch",
// "GPS", "assistance") are no rows, a vehicle that carries the unit is no person, and the job is
// made by someone (dispatchers log calls) when no clause makes it.
func (rd reading) forDispatch() reading {
	d := rd.dispatch
	drop := func(a action) bool {
		return locationWords[lastWord(a.Object)] || a.Verb == d.verb || lastWord(a.Object) == lastWord(d.unit)
	}
	rd.Actions = slices.DeleteFunc(slices.Clone(rd.Actions), drop)
	if !slices.ContainsFunc(rd.Actions, func(a action) bool { return lastWord(resource(a)) == lastWord(d.job) }) {
		why := fmt.Sprintf("implied: %s is logged, with where it is, before %s is sent to it", article(d.job), article(d.unit))
		rd.Actions = append([]action{{Actor: d.logger(), Verb: "log", Object: d.job, Implied: why}}, rd.Actions...)
	}
	rd.Entities = slices.DeleteFunc(slices.Clone(rd.Entities), func(e string) bool {
		return !slices.ContainsFunc(rd.Actions, func(a action) bool { return resource(a) == e || a.Object == e })
	})
	// Who only owns or drives the units ("our security company has 120 patrol vans", "the driver
	// accepts") does nothing the design keeps; the unit and its sender act.
	rd.Actors = slices.DeleteFunc(slices.Clone(rd.Actors), func(a string) bool {
		return a != d.by && a != d.unit && !slices.ContainsFunc(rd.Actions, func(x action) bool { return x.Actor == a })
	})
	for _, a := range []string{d.by, d.unit} {
		if a != "" && !slices.Contains(rd.Actors, a) {
			rd.Actors = append(rd.Actors, a)
		}
	}
	return rd
}

// logger is who logs a job when no clause of the statement makes one: who sends, else a dispatcher.
func (d dispatch) logger() string { return orDefault(d.by, "dispatcher") }

// centreOnDispatch makes the job the design's main thing, owned by whoever makes it, and keeps the
// unit and the record of sending beside it.
func (m *model) centreOnDispatch() {
	d := m.rd.dispatch
	m.main = d.job
	m.owner = m.actorOf(d.job)
	kept := []string{d.job, d.unit, d.record()}
	for _, e := range m.kept {
		if !slices.Contains(kept, e) && len(kept) < 6 && lastWord(e) != lastWord(d.job) {
			kept = append(kept, e)
		}
	}
	m.kept = kept
}

// record names the row of one sending, after the statement's verb: an assignment, a dispatch.
func (d dispatch) record() string {
	switch d.verb {
	case "assign":
		return "assignment"
	case "allocate":
		return "allocation"
	}
	return "dispatch"
}

// rate is the position reports a second the statement gives, 0 when it gives none.
func (d dispatch) rate() float64 {
	if d.fleet == 0 || d.every == 0 {
		return 0
	}
	return d.fleet / d.every
}

// large reports a fleet whose reports outgrow the primary (geoIndexRate).
func (d dispatch) large() bool { return d.rate() > geoIndexRate }

// stale is how old a unit's last report may be before it is no longer offered, as written.
func (d dispatch) stale() string {
	if d.every == 0 {
		return "30 s"
	}
	return duration(d.every * freshReports)
}

// staleSQL is stale as a PostgreSQL interval.
func (d dispatch) staleSQL() string {
	s := 30.0
	if d.every > 0 {
		s = d.every * freshReports
	}
	return fmt.Sprintf("interval '%s seconds'", conversation.Human(s))
}

// reports names what reports positions, plural: the vehicles that carry the units, else the units.
func (d dispatch) reports() string { return pluralNoun(orDefault(d.reporter, d.unit)) }

// sender is who sends, for prose: "a dispatcher", or "the system" when nobody does by hand.
func (d dispatch) sender() string {
	if d.by == "" {
		return "the system"
	}
	return article(d.by)
}

// onScene is the state of a unit at the job: a crew is on scene, a nurse on site.
func (d dispatch) onScene() string {
	if careRoles[lastWord(d.unit)] {
		return "on site"
	}
	return "on scene"
}

// careRoles are units who go to a person's home rather than to a scene.
var careRoles = set("nurse", "carer", "caregiver", "aide", "technician", "engineer", "fitter", "installer", "inspector", "therapist", "midwife", "visitor")

// things are units that are machines, not people: a truck is "it", a nurse "they".
var things = set("truck", "van", "car", "plough", "plow", "ambulance", "boat", "helicopter", "drone", "bike", "unit", "crew", "team", "patrol", "vehicle", "engine", "lorry", "robot", "cart")

// it names the unit again: "it" for a truck or a crew, "they" for a nurse; its and is agree.
func (d dispatch) it() (it, its, is string) {
	if things[lastWord(d.unit)] {
		return "it", "its", "is"
	}
	return "they", "their", "are"
}

// interval says how often units report, as prose: "every 5 s", "every minute".
func (d dispatch) interval() string {
	switch d.every {
	case 0:
		return "every few seconds"
	case 60:
		return "every minute"
	}
	return "every " + duration(d.every)
}

// deadline says the stated time to send a unit: "within 30 s"; "" when none is stated.
func (d dispatch) deadline() string {
	if d.within == 0 {
		return ""
	}
	return "within " + duration(d.within)
}

// unitStates are the states a unit passes through; an offer comes first where units answer.
func (d dispatch) unitStates() string {
	offered := ""
	if d.answer != "" {
		offered = "offered → "
	}
	return fmt.Sprintf("off duty / %s → %sassigned → en route → %s → %s", d.free, offered, d.onScene(), d.free)
}

// sent is the statement's verb once done: assigned, dispatched, sent.
func (d dispatch) sent() string {
	if d.verb == "send" {
		return "sent"
	}
	return pastTense(d.verb)
}

// claimedAs is the state a claim leaves a unit in: offered where units answer, else assigned.
func (d dispatch) claimedAs() string {
	if d.answer != "" {
		return "offered"
	}
	return "assigned"
}

// answered is the state a unit's answer leaves an offer in: accepted, acknowledged.
func (d dispatch) answered() string { return strings.TrimSuffix(d.answer, "e") + "ed" }

// jobStates are the states a job passes through.
func (d dispatch) jobStates() string {
	offered := ""
	if d.answer != "" {
		offered = "offered → "
	}
	return fmt.Sprintf("waiting → %sassigned → %s → closed / cancelled", offered, d.onScene())
}

// dispatchRow is the row of one of the dispatch's three things; ok is false for any other.
func (m model) dispatchRow(e string) (entity, bool) {
	d := m.rd.dispatch
	if d == nil {
		return entity{}, false
	}
	job, unit, rec := slug(d.job, "_"), slug(d.unit, "_"), slug(d.record(), "_")
	jobs := pluralNoun(d.job)
	switch e {
	case d.job:
		by := slug(m.actorOf(d.job), "_")
		return entity{Name: upperFirst(e), Store: "appdb", Key: job + "_id (Snowflake)", Partition: "region_id",
			Indexes: fmt.Sprintf("(region_id, received_at) WHERE status = 'waiting': each region's %s still without %s, oldest first", pluralNoun(d.job), article(d.unit)),
			Fields:  fmt.Sprintf("%s_id, region_id (from its location), %s_id, location (geography point), address, priority, details, status (%s), %s_id (null until assigned), received_at, assigned_at, version", job, by, d.jobStates(), unit),
			Why:     fmt.Sprintf("one row per %s from the moment it is logged: received_at → assigned_at is the time to send %s, measured on every %s", d.job, article(d.unit), d.job)}, true
	case d.unit:
		fields := []string{unit + "_id", "region_id (home area)"}
		if d.reporter != "" {
			fields = append(fields, slug(d.reporter, "_")+"_id (whose reports place it)")
		}
		fields = append(fields, "status ("+d.unitStates()+")", job+"_id (null while "+d.free+")", "position (geography point, the latest report only)", "reported_at", "version")
		idx := fmt.Sprintf("GiST (position) WHERE status = '%s': the nearest-%s search reads only %s %s; (status, reported_at) for the silent ones", d.free, d.free, d.free, pluralNoun(d.unit))
		if d.large() {
			idx = fmt.Sprintf("(status, reported_at); positions of %s %s live in the geo index, not here", d.free, pluralNoun(d.unit))
		}
		return entity{Name: upperFirst(e), Store: "appdb", Key: unit + "_id (Snowflake)", Partition: "region_id", Indexes: idx, Fields: strings.Join(fields, ", "),
			Why: d.unitWhy()}, true
	case d.record():
		fields := []string{rec + "_id", job + "_id", unit + "_id"}
		if d.by != "" {
			fields = append(fields, slug(d.by, "_")+"_id (who sent it)")
		}
		fields = append(fields, "rank (1 = best)", "straight_line_m", "eta_s (road time when chosen)", "ranked_by (road / straight line)")
		states, idx := "active → completed / released", fmt.Sprintf("unique (%s_id) WHERE status = 'active': one %s per %s at a time; (%s_id, created_at)", job, d.unit, d.job, unit)
		if d.answer != "" {
			fields = append(fields, "expires_at", "answered_at")
			states = fmt.Sprintf("offered → %s → completed / declined / timed out / released", d.answered())
			idx = fmt.Sprintf("unique (%s_id) WHERE status IN ('offered', '%s'): one live offer per %s; (status, expires_at) WHERE status = 'offered' for the offers that time out", job, d.answered(), d.job)
		}
		fields = append(fields, "status ("+states+")", "created_at", "version")
		return entity{Name: upperFirst(e), Store: "appdb", Key: rec + "_id (Snowflake)", Partition: job + "_id", Indexes: idx, Fields: strings.Join(fields, ", "),
			Why: fmt.Sprintf("every sending of %s to %s, with the rank and road time it was chosen on: the trail an incident review reads, and the data that tunes the ranking; %s keep only the current one", article(d.unit), article(d.job), jobs)}, true
	}
	return entity{}, false
}

// unitWhy says what a unit's row is for.
func (d dispatch) unitWhy() string {
	it, its, is := d.it()
	return fmt.Sprintf("one row per %s, overwritten by every report: where %s %s now and whether %s can be sent; the claim is a conditional update of %s status", d.unit, it, is, it, its)
}

// dispatchEndpoints are the calls of dispatching: units report where they are, a job is logged,
// the sender sees the candidates and claims one, the unit answers an offer and says when it is
// free again, and the board lists what waits.
func (m model) dispatchEndpoints() []endpoint {
	d := m.rd.dispatch
	jobs, units, recs := "/v1/"+slug(pluralNoun(d.job), "-"), "/v1/"+slug(pluralNoun(d.unit), "-"), slug(pluralNoun(d.record()), "-")
	job, unit, rec := slug(d.job, "_"), slug(d.unit, "_"), slug(d.record(), "_")
	auth := "device token of the " + orDefault(d.reporter, d.unit) + "'s app, sent in the background"
	if d.reporter != "" || isMachine(lastWord(d.unit)) {
		auth = "device certificate (mTLS)"
	}
	out := []endpoint{
		{Method: "POST", Path: "/v1/" + slug(d.reports(), "-") + "/{id}/positions", Request: "{fixes[]: {lat, lng, accuracy_m, recorded_at}}", Response: "204", Idempotent: true, Auth: auth,
			Note: fmt.Sprintf("%s; several fixes after a gap; a fix older than the stored one is dropped", d.interval())},
		{Method: "POST", Path: jobs, Request: m.jobRequest(), Response: fmt.Sprintf("201 {%s_id, status: waiting}", job), Idempotent: true,
			Note: fmt.Sprintf("starts the %s's clock (received_at); the nearest %s %s are ranked at once", d.job, d.free, pluralNoun(d.unit))},
	}
	if d.by != "" {
		out = append(out, endpoint{Method: "GET", Path: jobs + "/{id}/candidates", Response: fmt.Sprintf("{items[]: {%s_id, eta_s, straight_line_m, reported_at}}", unit),
			Note: fmt.Sprintf("the %s %s nearest by road, best first", d.free, pluralNoun(d.unit))})
	}
	out = append(out, endpoint{Method: "POST", Path: jobs + "/{id}/" + recs, Request: fmt.Sprintf("{%s_id} (empty: the best candidate) + Idempotency-Key", unit),
		Response:   fmt.Sprintf("201 {%s_id, %s_id, eta_s}; 409 when that %s was just taken or the %s already has one; 422 {nearest_busy[]} when none is %s in range", rec, unit, d.unit, d.job, d.free),
		Idempotent: true, Note: fmt.Sprintf("one conditional update claims the %s: %s → %s", d.unit, d.free, d.claimedAs())})
	if d.answer != "" {
		out = append(out,
			endpoint{Method: "POST", Path: "/v1/" + recs + "/{id}/" + d.answer, Request: "If-Match: version (no body)", Response: fmt.Sprintf("{%s}; 409 once it timed out", rec), Idempotent: true,
				Note: fmt.Sprintf("by the %s, before expires_at", d.unit)},
			endpoint{Method: "POST", Path: "/v1/" + recs + "/{id}/decline", Request: "If-Match: version (no body)", Response: fmt.Sprintf("{%s}", rec), Idempotent: true,
				Note: fmt.Sprintf("by the %s; the next candidate is offered at once", d.unit)})
	}
	return append(out,
		endpoint{Method: "POST", Path: units + "/{id}/status", Request: fmt.Sprintf("{status: en_route | %s | %s | off_duty} + If-Match: version", slug(d.onScene(), "_"), d.free), Response: fmt.Sprintf("{%s}", unit), Idempotent: true,
			Note: fmt.Sprintf("by the %s; %s puts %s back among the candidates", d.unit, d.free, d.them())},
		endpoint{Method: "GET", Path: units + "?status=&cursor=", Response: fmt.Sprintf("{items[]: {%s_id, status, position, reported_at}, next_cursor}", unit), Paginated: true,
			Note: fmt.Sprintf("every %s with its status and last position, for the map; changes are pushed", d.unit)},
		endpoint{Method: "GET", Path: jobs + "?status=waiting&cursor=", Response: "{items[], next_cursor}", Paginated: true,
			Note: fmt.Sprintf("the %s still without %s, oldest first, each with its clock", pluralNoun(d.job), article(d.unit))},
	)
}

// dispatchFlows are the two paths of dispatching: where each unit is, and sending one to a job.
func (m model) dispatchFlows() []flow {
	d := m.rd.dispatch
	if d == nil {
		return nil
	}
	units, table := pluralNoun(d.unit), slug(pluralNoun(d.unit), "_")
	who := orDefault(d.reporter, d.unit)
	report := []string{
		fmt.Sprintf("Each %s sends its %s (`POST /v1/%s/{id}/positions`) %s, several fixes in one request after a gap, each stamped with when it was taken.", who, d.said, slug(d.reports(), "-"), d.interval()),
		fmt.Sprintf("{unless:geoindex}{c:appsvc} overwrites the %s's position in one update, `UPDATE %s SET position = $p, reported_at = $t WHERE %s_id = $id AND reported_at < $t`, so a late fix never moves %s backwards; the partial index of %s %s changes only for those that are %s.",
			d.unit, table, slug(orDefault(d.reporter, d.unit), "_"), d.them(), d.free, units, d.free),
		fmt.Sprintf("{c:locsvc} keeps the latest fix in {c:geoindex}: in the set of %s %s (GEOADD) only while the %s is %s, with reported_at beside it; {c:appdb} keeps status, not every fix.", d.free, units, d.unit, d.free),
		fmt.Sprintf("The fix goes on to the %s' map through {c:ws}; the route history is appended apart from the row (a daily partition), never read when choosing %s.", pluralNoun(d.logger()), article(d.unit)),
	}
	return []flow{{Name: "Report a position", Steps: report}, {Name: fmt.Sprintf("Send the %s %s %s to %s", d.near, d.free, d.unit, article(d.job)), Steps: m.sendSteps()}}
}

// sendSteps send a unit: shortlist by straight line, rank by road, claim with one conditional
// update, offer where units answer, and measure the time it took.
func (m model) sendSteps() []string {
	d := m.rd.dispatch
	unit, units, job, table := d.unit, pluralNoun(d.unit), d.job, slug(pluralNoun(d.unit), "_")
	steps := []string{
		fmt.Sprintf("%s %s the %s (`POST /v1/%s`) with where it is; {c:appsvc} writes it as waiting with received_at, which starts its clock.", upperFirst(article(m.actorOf(job))), m.jobVerb(), job, slug(pluralNoun(job), "-")),
		fmt.Sprintf("{unless:geoindex}Shortlist: {c:appsvc} reads the ten %s %s nearest in a straight line from {c:appdb}, `SELECT … FROM %s WHERE status = '%s' AND reported_at > now() - %s ORDER BY position <-> $%s LIMIT 10`, a nearest-neighbour walk of the partial GiST index.", d.free, units, table, d.free, d.staleSQL(), slug(job, "_")),
		fmt.Sprintf("Shortlist: {c:appsvc} asks {c:geoindex} for the ten %s %s nearest the %s (GEOSEARCH … BYRADIUS … ASC COUNT 10) and drops any whose last report is older than %s.", d.free, units, job, d.stale()),
		fmt.Sprintf("Rank: one matrix request to {c:maps} turns the shortlist into road travel times (2 s timeout; if it is slow or down, the straight-line order stands and the %s records ranked_by = straight line).", d.record()),
	}
	if d.by != "" {
		steps = append(steps, fmt.Sprintf("%s sees them best first (`GET /v1/%s/{id}/candidates`) and sends the first, or another they know better of.", upperFirst(article(d.by)), slug(pluralNoun(job), "-")))
	}
	steps = append(steps, fmt.Sprintf("Claim: `UPDATE %s SET status = '%s', %s_id = $%s, version = version + 1 WHERE %s_id = $chosen AND status = '%s'`, in one transaction with the %s's move from waiting and the %s row{with_outbox}; no row updated means someone else took that %s a moment earlier, and the next candidate is claimed, so no %s is ever sent to two %s.",
		table, d.claimedAs(), slug(job, "_"), slug(job, "_"), slug(unit, "_"), d.free, job, d.record(), unit, unit, pluralNoun(job)))
	if d.answer != "" {
		steps = append(steps, fmt.Sprintf("The %s gets the offer through {c:ws} and has %s to %s (`POST /v1/%s/{id}/%s`); a decline or silence frees %s and the next candidate is offered, so the %s escalates down the shortlist on its own.",
			unit, d.answerWindow(), d.answer, slug(pluralNoun(d.record()), "-"), d.answer, d.them(), job))
	} else {
		steps = append(steps, fmt.Sprintf("The %s gets the %s pushed through {c:ws}, with a push notification as fallback, and the %s' board moves it from waiting to assigned.", unit, job, pluralNoun(d.logger())))
	}
	if by := m.actorOf(job); by != d.logger() && by != "" {
		steps = append(steps, fmt.Sprintf("The %s who raised it is told which %s is coming and roughly when, from the road time just computed.", by, unit))
	}
	if d.within == 0 {
		return append(steps, fmt.Sprintf("assigned_at − received_at is recorded for every %s; one waiting longer than the service's target is raised on the board.", job))
	}
	return append(steps, fmt.Sprintf("assigned_at − received_at is recorded for every %s; one still waiting as its deadline nears is raised on the board, and one past it alerts the duty supervisor.", job))
}

// jobVerb is how a job comes in, in the statement's verb where a clause makes it: a student
// raises an alarm, a dispatcher logs a call.
func (m model) jobVerb() string { return thirdPerson(m.rd.jobVerbOf(m.rd.dispatch.job)) }

// jobVerbOf is the verb of the clause that makes a job ("raise" for alarms), "log" when none does.
func (rd reading) jobVerbOf(job string) string {
	for _, a := range rd.Actions {
		if lastWord(resource(a)) == lastWord(job) && !readsVerbs[a.Verb] && !changes(a) {
			return a.Verb
		}
	}
	return "log"
}

// answerWindow is how long a unit has to answer an offer: as stated, else a third of the deadline
// to send, else 20 seconds.
func (d dispatch) answerWindow() string {
	switch {
	case d.answerIn > 0:
		return duration(d.answerIn)
	case d.within > 0:
		return duration(max(10, d.within/3))
	}
	return "20 s"
}

// dispatchDives are the hard parts of dispatching: choosing and claiming the nearest free unit
// before the deadline, keeping where units are fresh and cheap to search, and, where units
// answer, offers that time out and move on.
func (m model) dispatchDives() []deepDive {
	d := m.rd.dispatch
	if d == nil {
		return nil
	}
	out := []deepDive{m.sendDive(), m.positionsDive()}
	if d.answer != "" {
		units, rec := pluralNoun(d.unit), d.record()
		out = append(out, deepDive{Title: fmt.Sprintf("Offers that time out: escalating to the next %s", d.unit), Weight: 9, Body: fmt.Sprintf(
			"%s %s what they are sent, so a claim is an offer first: the %s moves %s → offered with expires_at %s away, and the %s is offered to one %s at a time, because offering it to several means two %s and one is turned back. %s is a conditional update (`WHERE status = 'offered' AND expires_at > now()`), so an answer after the deadline gets 409 and changes nothing. A decline, or no answer by expires_at, frees that %s, marks %s skipped for this %s and offers the next candidate from the same shortlist; a sweep every second moves expired offers on, so escalation waits for nobody to notice. Each step is %s row (offered, %s, declined, timed out), so the review of a slow %s shows who was offered it when. After three refusals the %s is raised to %s to send one by voice.",
			upperFirst(units), d.answer, d.unit, d.free, d.answerWindow(), d.job, d.unit, d.answer, upperFirst(gerund(d.answer)), d.unit, d.them(), d.job, article(rec), d.answered(), d.job, d.job, article(d.logger()))})
	}
	return out
}

// sendDive designs the crux: the nearest free unit by road, claimed once, within the deadline.
func (m model) sendDive() deepDive {
	d := m.rd.dispatch
	units, table, job := pluralNoun(d.unit), slug(pluralNoun(d.unit), "_"), d.job
	title := fmt.Sprintf("The %s %s %s %s to each %s, never one %s for two", d.near, d.free, d.unit, d.sent(), job, d.unit)
	if dl := d.deadline(); dl != "" {
		title = fmt.Sprintf("The %s %s %s %s to each %s %s", d.near, d.free, d.unit, d.sent(), job, dl)
	}
	search := fmt.Sprintf("a nearest-neighbour query on the partial GiST index of %s %s (`ORDER BY position <-> $%s LIMIT 10`), which holds %s %s only", d.free, units, slug(job, "_"), d.free, units)
	if d.large() {
		search = fmt.Sprintf("GEOSEARCH on {c:geoindex}'s set of %s %s, which holds %s %s only", d.free, units, d.free, units)
	}
	body := fmt.Sprintf("The crux is choosing among %s that move and change state every few seconds, quickly, without two people sending the same one. It takes three steps, each cheap. Shortlist by straight line: %s, so busy %s cost the search nothing. Rank by road: the nearest in a straight line may be across a river or the wrong way up a one-way road, so {c:maps} turns the shortlist into road travel times in one matrix request; if it is slow or down, the straight-line order is used and the %s says so. Claim atomically: `UPDATE %s SET status = '%s' … WHERE %s_id = $1 AND status = '%s'` commits with the %s's move and the %s row, and a unique index allows one live %s per %s; whoever loses a race updates no row and claims the next candidate at once, with no lock to wait on.",
		units, search, units, d.record(), table, d.claimedAs(), slug(d.unit, "_"), d.free, job, d.record(), d.record(), job)
	if dl := d.deadline(); dl != "" {
		body += fmt.Sprintf(" Sending %s is a measured objective, not a hope: assigned_at − received_at is kept for every %s, 99%% of them must be under %s over 28 days, the board raises %s still waiting at two thirds of it, and one past it alerts the duty supervisor.",
			dl, job, duration(d.within), article(job))
		if d.by != "" {
			body += fmt.Sprintf(" The system's part (shortlist, road times, claim) takes well under a second, so the time is %s's: the candidates are ranked the moment the %s is logged, not when someone asks.", d.sender(), job)
		} else {
			body += fmt.Sprintf(" With no one in the loop the send takes well under a second; the deadline is for when no %s is %s or the routing provider is slow.", d.unit, d.free)
		}
	}
	body += fmt.Sprintf(" %s with no %s %s in range stays waiting at the top of the board with the nearest busy %s beside it, rather than failing.", upperFirst(article(job)), d.free, d.unit, units)
	return deepDive{Title: title, Weight: 10, Body: body}
}

// positionsDive keeps units' positions fresh and the search over free units only, sized from the
// stated fleet.
func (m model) positionsDive() deepDive {
	d := m.rd.dispatch
	units := pluralNoun(d.unit)
	rate := fmt.Sprintf("%s report %s", upperFirst(d.reports()), d.interval())
	if d.assumed {
		rate += " (assumed: the statement does not say how positions are known)"
	}
	if d.rate() > 0 {
		rate = fmt.Sprintf("%s %s %s is %s position writes/s", conversation.Human(d.fleet), d.reports(), d.interval(), conversation.Human(d.rate()))
	}
	where := fmt.Sprintf("each overwrites one row (position, reported_at), a small update the primary takes many times over; the %s %s sit in a partial GiST index (PostGIS), so the search never reads a busy one. A separate geo index (Redis GEO) earns its place only when reports run to thousands a second", d.free, units)
	if d.large() {
		where = fmt.Sprintf("too many to index in the primary, so {c:locsvc} keeps each latest fix in {c:geoindex}, in a set of %s %s per region (added while %s, removed once a claim commits), and {c:appdb} keeps status, not every fix. The claim in {c:appdb} stays the judge: %s still in the set for a moment after being taken is refused by the conditional update and the next candidate is tried", d.free, units, d.free, article(d.unit))
	}
	body := fmt.Sprintf("%s: %s. What the design keeps is where each %s is now; the route history is a stream beside it, never read when choosing. Each fix carries the time it was taken and an older one is dropped, so a batch resent after a tunnel never moves %s backwards. A %s whose last report is older than %d intervals (%s) is no candidate: the search filters on reported_at, so a dead radio or a phone in a basement never attracts %s, and the board greys %s out for someone to call.",
		rate, where, d.unit, article(d.unit), d.unit, freshReports, d.stale(), article(d.job), d.them())
	return deepDive{Title: fmt.Sprintf("Where the %s are: the latest fix, fresh or not offered", units), Weight: 8, Body: body}
}

// dispatchFunctional states what dispatching promises, in the statement's words.
func (m model) dispatchFunctional() []string {
	d := m.rd.dispatch
	units, jobs := pluralNoun(d.unit), pluralNoun(d.job)
	send := upperFirst(pluralNoun(d.by)) + " " + d.verb
	if d.by == "" {
		send = "The system " + thirdPerson(d.verb)
	}
	out := []string{
		d.reportsLine(),
		strings.Replace(fmt.Sprintf("%s the %s %s %s to each %s %s, %s by road rather than in a straight line; no %s is ever sent to two %s at once",
			send, d.near, d.free, d.unit, d.job, d.deadline(), d.near, d.unit, jobs), " ,", ",", 1),
	}
	if d.answer != "" {
		out = append(out, fmt.Sprintf("The %s %ss or declines within %s; a decline or no answer offers the %s to the next %s %s", d.unit, d.answer, d.answerWindow(), d.job, d.free, d.unit))
	}
	return append(out,
		fmt.Sprintf("%s say when they are en route, %s and %s again", upperFirst(units), d.onScene(), d.free),
		fmt.Sprintf("%s see every waiting %s with its clock and every %s with its status on a live map", upperFirst(pluralNoun(d.logger())), d.job, d.unit))
}

// reportsLine states the position reports sending the nearest depends on; where the statement
// never says units report, it says the reports are assumed and why they are needed.
func (d dispatch) reportsLine() string {
	line := fmt.Sprintf("%s report their %s %s; %s silent for %s is not sent anywhere", upperFirst(d.reports()), d.said, d.interval(), article(d.unit), d.stale())
	if d.assumed {
		line += fmt.Sprintf(" (assumed: the statement asks for the %s %s without saying how positions are known, and a phone or vehicle tracker reporting is what makes %s measurable)", d.near, d.unit, d.near)
	}
	return line
}

// dispatchUseCases are the moments that test dispatching.
func (m model) dispatchUseCases() []string {
	d := m.rd.dispatch
	units := pluralNoun(d.unit)
	out := []string{
		fmt.Sprintf("%s comes in and the %s %s %s by road, not the one %s across the river, is sent %s", upperFirst(article(d.job)), d.free, d.unit, d.near, d.near, orDefault(d.deadline(), "in seconds")),
		fmt.Sprintf("Two %s are claimed for the same %s at the same moment: one gets it, the other claims the next nearest", pluralNoun(d.job), d.unit),
		d.silentCase(),
		fmt.Sprintf("No %s %s is in range: the %s waits at the top of the board with the nearest busy %s beside it", d.free, d.unit, d.job, units),
	}
	if d.answer != "" {
		out = append(out, fmt.Sprintf("The offered %s does not answer within %s: the offer times out and the next %s %s is offered it", d.unit, d.answerWindow(), d.free, d.unit))
	}
	return out
}

// silentCase is a unit going quiet: after a few intervals it is no candidate, and what it sends
// late does not move it back.
func (d dispatch) silentCase() string {
	it, its, is, them := "it", "its", "is", "it" // what reports for the unit is a thing
	if d.reporter == "" {
		it, its, is = d.it()
		them = d.them()
	}
	return fmt.Sprintf("%s goes silent in a tunnel; after %s %s %s no longer offered, and %s late fixes do not move %s backwards",
		upperFirst(article(orDefault(d.reporter, d.unit))), d.stale(), it, is, its, them)
}

// them is the unit named again as an object: it, them.
func (d dispatch) them() string {
	if it, _, _ := d.it(); it == "they" {
		return "them"
	}
	return "it"
}

// dispatchNonFunctional makes the stated deadline a measured objective.
func (m model) dispatchNonFunctional() []string {
	d := m.rd.dispatch
	var out []string
	if d.within > 0 {
		out = append(out, fmt.Sprintf("Time to send: 99%% of %s have %s %s %s of being logged (assigned_at − received_at, measured on every %s), alerting before it passes",
			pluralNoun(d.job), article(d.unit), d.sent(), d.deadline(), d.job))
	}
	if d.answerIn > 0 {
		out = append(out, fmt.Sprintf("Answer window: the %s offered %s %s it within %s of the offer, or it moves to the next %s %s",
			d.unit, article(d.job), thirdPerson(d.answer), duration(d.answerIn), d.free, d.unit))
	}
	return out
}

// careRe finds a dispatch whose jobs are about someone's health: an ambulance's calls, a nurse's
// visits.
var careRe = regexp.MustCompile(`(?i)\b(ambulances?|paramedics?|ems|medics?|nurses?|patients?|medical|home[- ]care|care homes?|carers?|clinical)\b`)

// dispatchSecurity says who sees units' positions and the people in a job: the units' positions
// are their crews' personal data, and a job names someone in trouble.
func (m model) dispatchSecurity(problem string) []string {
	d := m.rd.dispatch
	who := "the person who called, where they are and what is wrong"
	if careRe.MatchString(problem) {
		who = "the patient's address and condition, which are health data (HIPAA or its local equivalent)"
	}
	return []string{fmt.Sprintf("%s: %s; the %s sent sees them only while the %s is open, every read is logged with who and why, and they are encrypted at rest.",
		upperFirst(pluralNoun(d.job)), who, d.unit, d.job)}
}

// dispatchOpen are the questions the statement leaves for the design to ask.
func (m model) dispatchOpen() []string {
	d := m.rd.dispatch
	out := []string{fmt.Sprintf("When no %s is %s, may a high-priority %s take a %s from a lower-priority one? The claim would then also release the other %s.", d.unit, d.free, d.job, d.unit, d.job)}
	if d.answer == "" {
		out = append(out, fmt.Sprintf("Do %s acknowledge what they are sent, and how long do they have? Today a claim is final; an offer would add a timeout and escalation to the next %s.", pluralNoun(d.unit), d.unit))
	}
	return out
}

// dispatchComponents are the parts dispatching needs: road travel times and pushes to the board
// and the units, and for a large fleet a service taking the reports and a geo index of free units.
func (m model) dispatchComponents() []string {
	ids := []string{"maps", "ws"} // road times rank the shortlist; the board and the units' devices are pushed to
	if m.rd.dispatch.large() {
		ids = append(ids, "locsvc", "geoindex")
	}
	return ids
}

// jobRequest is what making a job sends: where it is and what is wrong; its priority is set by
// whoever sends units, so someone else raising it does not choose it.
func (m model) jobRequest() string {
	if m.actorOf(m.rd.dispatch.job) != m.rd.dispatch.logger() {
		return "{location, address, details} + Idempotency-Key"
	}
	return "{location, address, priority, details} + Idempotency-Key"
}

// logsJob reports whether a clause makes the dispatch's job: the dispatch's own call logs it, with
// where it is, and its own flow sends a unit to it.
func (m model) logsJob(a action) bool {
	d := m.rd.dispatch
	return d != nil && lastWord(resource(a)) == lastWord(d.job) && !readsVerbs[a.Verb] && !changes(a)
}

// designDispatch gives a composed feature what dispatching adds beyond rows, calls, flows and
// dives: the deadline as an objective, who sees positions and jobs, no cache on the path that
// must see every claim, partitions by region if ever, and the questions the statement leaves.
func (m model) designDispatch(f *feature, problem string) {
	d := m.rd.dispatch
	f.Name = fmt.Sprintf("%s sent to %s", pluralNoun(d.unit), pluralNoun(d.job))
	if f.Load != nil {
		// Its people are a service's units and the few who send them, not a million app users,
		// and a job is logged a few times a day for each of them, not five times by everyone.
		l := *f.Load
		l.People, l.WritesPerUser, l.ReadsPerUser = dispatchPeople, 10, 100
		f.Load = &l
	}
	f.NonFunctional = append(slices.Clone(f.NonFunctional), m.dispatchNonFunctional()...)
	f.Security = append(slices.Clone(f.Security), m.dispatchSecurity(problem)...)
	f.Components = append(f.Components, m.dispatchComponents()...)
	// Jobs and units grow by region (Partitioning below), not by who logs them.
	f.Deep = slices.DeleteFunc(f.Deep, func(d deepDive) bool { return d.AtScale })
	f.Caching = []string{fmt.Sprintf("No cache on the sending path: choosing %s must see every %s's status as committed, which only {c:appdb} has; the %s' board is pushed through {c:ws}, not polled.", article(d.unit), d.unit, pluralNoun(d.logger()))}
	f.Partitioning = []string{fmt.Sprintf("{c:appdb} holds every %s and %s in one primary. A service covering many regions gives each region its own partition of %s and %s (a %s is served by the %s of its region and its neighbours), so the nearest-%s search never crosses shards.",
		d.unit, d.job, pluralNoun(d.unit), pluralNoun(d.job), d.job, pluralNoun(d.unit), d.free)}
	f.Open = append(m.dispatchOpen(), f.Open...)
	f.Screens = m.dispatchScreens()
	f.Tradeoffs = append(slices.Clone(f.Tradeoffs), m.dispatchTradeoffs()...)
	f.Reliability = append(slices.Clone(f.Reliability), m.dispatchReliability()...)
}

// dispatchScreens are the dispatchers' board, the form that logs a job, the unit's own screen
// and, where someone else raises the job, theirs.
func (m model) dispatchScreens() []screen {
	d := m.rd.dispatch
	jobs, units := "/v1/"+slug(pluralNoun(d.job), "-"), "/v1/"+slug(pluralNoun(d.unit), "-")
	recs := slug(pluralNoun(d.record()), "-")
	board := []string{"GET " + jobs, "GET " + units}
	if d.by != "" {
		board = append(board, "GET "+jobs+"/{id}/candidates")
	}
	board = append(board, "POST "+jobs+"/{id}/"+recs)
	unitCalls := []string{"POST " + units + "/{id}/status"}
	answer := ""
	if d.answer != "" {
		unitCalls = append(unitCalls, "POST /v1/"+recs+"/{id}/"+d.answer, "POST /v1/"+recs+"/{id}/decline")
		answer = fmt.Sprintf("; an offer shows its countdown with %s and decline", d.answer)
	}
	out := []screen{
		{Name: "Dispatch board", Calls: board, Shows: fmt.Sprintf("the waiting %s with their clocks, raised as the deadline nears; every %s on the map by status, silent ones greyed; for the chosen %s, the candidates by road time", pluralNoun(d.job), d.unit, d.job)},
		{Name: "New " + d.job, Calls: []string{"POST " + jobs}, Shows: fmt.Sprintf("where it is (address search or a pin on the map), priority and details; the best %s appear as soon as it is saved", pluralNoun(d.unit))},
		{Name: upperFirst(d.unit) + " app", Calls: unitCalls, Shows: fmt.Sprintf("the %s they are sent to, its address and the route; en route, %s and %s buttons%s", d.job, d.onScene(), d.free, answer)},
	}
	if by := m.actorOf(d.job); by != d.logger() && by != "" {
		out = append(out, screen{Name: upperFirst(d.job) + " status", Calls: []string{"GET " + jobs + "/{id}"}, Shows: fmt.Sprintf("the %s's %s: waiting, or which %s is coming and roughly when", by, d.job, d.unit)})
	}
	return out
}

// dispatchTradeoffs are the choices dispatching makes and what they beat.
func (m model) dispatchTradeoffs() []tradeoff {
	d := m.rd.dispatch
	units := pluralNoun(d.unit)
	out := []tradeoff{{Decision: "Straight line to shortlist, road time to rank", Rejected: "straight-line distance alone, or road times to every unit",
		Why: fmt.Sprintf("the nearest %s in a straight line can be the farthest by road; routing every %s for every %s costs seconds the deadline does not have, ten do not", d.unit, d.unit, d.job)}}
	if d.large() {
		out = append(out, tradeoff{Decision: fmt.Sprintf("A geo index (Redis GEO) of %s %s", d.free, units), Rejected: "a GiST index in the primary",
			Why: fmt.Sprintf("%s position writes/s would churn the primary's index; the claim stays a conditional update in {c:appdb}", conversation.Human(d.rate()))})
	} else {
		out = append(out, tradeoff{Decision: fmt.Sprintf("A partial GiST index of %s %s in the primary (PostGIS)", d.free, units), Rejected: "Redis GEO beside the database",
			Why: fmt.Sprintf("a few position writes a second fit the primary, and the %s's status and position then change in the same row the claim updates, with nothing to keep in step", d.unit)})
	}
	if d.answer != "" {
		out = append(out, tradeoff{Decision: "One offer at a time, escalating on decline or timeout", Rejected: fmt.Sprintf("offering the %s to every nearby %s at once", d.job, d.unit),
			Why: fmt.Sprintf("offered to all at once, several %s %s and all but one must be turned back after setting off", units, d.answer)})
	}
	return out
}

// dispatchReliability is what a failure costs the deadline and how dispatching carries on.
func (m model) dispatchReliability() []string {
	d := m.rd.dispatch
	return []string{
		fmt.Sprintf("{c:maps} slow or down: candidates are ranked by straight-line distance and the %s records it, so sending never waits on a routing call.", d.record()),
		fmt.Sprintf("A failover of {c:appdb} can take as long as a deadline: the board keeps its last picture and %s send by voice meanwhile, entering what they sent when it is back, where a %s claimed twice shows as a conflict to settle.", pluralNoun(d.logger()), d.unit),
	}
}

// dispatchLocation says who may see where units are: their crews' positions are personal data.
func (d dispatch) dispatchLocation() string {
	said := d.said
	if !strings.HasSuffix(said, "s") {
		said += "s"
	}
	return fmt.Sprintf("Location (%s' %s): where each %s is, live, is seen by %s on shift and on the %s's own device, never by callers or the public; positions are taken only while a %s is on duty and kept at full precision for incident review, then coarsened or deleted.",
		d.reports(), said, d.unit, pluralNoun(d.logger()), d.unit, d.unit)
}

// dispatchAccess says who may do what: only those who send send, whoever raises a job sees only
// theirs, a unit changes only itself.
func (m model) dispatchAccess(entry string) string {
	d := m.rd.dispatch
	_, its, _ := d.it()
	answer := ""
	if d.answer != "" {
		answer = " and answers only " + its + " own offers"
	}
	who := fmt.Sprintf("only %s log %s and send %s", pluralNoun(d.logger()), pluralNoun(d.job), pluralNoun(d.unit))
	if by := m.actorOf(d.job); by != d.logger() && by != "" {
		who = fmt.Sprintf("%s %s %s and see only their own, only %s send %s", pluralNoun(by), m.rd.jobVerbOf(d.job), pluralNoun(d.job), pluralNoun(d.logger()), pluralNoun(d.unit))
	}
	return fmt.Sprintf("%s verifies short-lived OAuth 2.0 tokens; %s, a %s changes only %s own status%s, and %s report with their own credentials; every check is made on the row, not only at the edge.",
		upperFirst(entry), who, d.unit, its, answer, d.reports())
}

// dispatchMonitoring watches what the deadline depends on: the time to send, silent units and
// how often ranking fell back to the straight line.
func (d dispatch) dispatchMonitoring() string {
	send := fmt.Sprintf("time to send each %s (assigned_at − received_at), p50 and p99 by hour", d.job)
	if d.within > 0 {
		send += fmt.Sprintf(", with a page when any %s passes %s unassigned", d.job, duration(d.within))
	}
	return fmt.Sprintf("Dispatch: %s; %s silent past %s; %s with no %s %s in range; and how often ranking fell back to the straight line.",
		send, pluralNoun(d.unit), d.stale(), pluralNoun(d.job), d.free, d.unit)
}
