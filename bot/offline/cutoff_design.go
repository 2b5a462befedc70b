package offline

import (
	"fmt"
	"strings"
)

// cutoffs lists the statement's clock cutoffs and notice periods (cutoff.go).
func (m model) cutoffs() []deadline {
	var out []deadline
	for _, d := range m.rd.deadlines {
		if d.Kind == "cutoff" || d.Kind == "notice" || d.Kind == "horizon" {
			out = append(out, d)
		}
	}
	return out
}

// makesOutput reports a cutoff on what a run makes ("send each ward's tray list by 6am") rather
// than on what people hand in before it ("order by 2pm").
func (d deadline) makesOutput() bool { return outputVerbs[d.Verb] }

// period is what a cutoff's run covers: a week when it falls on a weekday ("every Friday at
// 5pm"), else a day.
func (d deadline) period() string {
	for _, w := range []string{"week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.Contains(d.Day, w) {
			return "week"
		}
	}
	return "day"
}

// late says what becomes of something handed in after a cutoff: what is for a day ("book lunches
// by 9am the day before") cannot move to another day and is refused with the first day still
// open; anything else rolls to the next run.
func (d deadline) late(who string) string {
	if d.forDay() {
		return fmt.Sprintf("is refused with the first day still open, and %s sees it before confirming", who)
	}
	return fmt.Sprintf("rolls to the next run, and %s sees which run it made before confirming", who)
}

// forDay reports a cutoff on something for a given day: "by 9am the day before".
func (d deadline) forDay() bool {
	return strings.Contains(d.Day, "before") || strings.Contains(d.Day, "previous")
}

// saidCutoff writes a cutoff's clause back as a sentence, with who does it where the clause leaves
// them out: "order by 2pm …" → "Hospitals order by 2pm …".
func (m model) saidCutoff(d deadline) string {
	c := strings.TrimRight(d.Clause, " .,;")
	first := strings.ToLower(strings.Fields(c + " x")[0])
	who := orDefault(d.By, m.owner)
	switch {
	case modalWords[first]:
		return "The " + who + " " + c
	case first == d.Verb || m.rd.actionVerb(first) != "":
		return upperFirst(pluralNoun(who)) + " " + c
	}
	return upperFirst(c)
}

// modalWords open a clause that leaves out who must act: "must send …".
var modalWords = set("must", "should", "need", "needs", "have", "has", "shall", "will", "can")

// collected names what a run that makes output reads: the thing another action of the
// statement gathers ("collects meal choices" → meal choice), else the drafts of the output.
func (m model) collected(d deadline) string {
	for _, a := range m.rd.Actions {
		if a.Object != "" && a.Verb != d.Verb && !actorWords[lastWord(a.Object)] && a.Object != d.Subject {
			return a.Object
		}
	}
	return "draft " + d.Subject // "publish each apprentice's report": the drafts are what is frozen
}

// cutoffFunctional states each cutoff and notice in the statement's words, with the clock that
// judges it and what becomes of one that is late.
func (m model) cutoffFunctional() []string {
	var out []string
	for _, d := range m.cutoffs() {
		out = append(out, m.cutoffLine(d))
	}
	return out
}

// cutoffLine states one cutoff or notice as a requirement.
func (m model) cutoffLine(d deadline) string {
	clock := "by the server's clock in the site's time zone, never the device's"
	switch {
	case d.Kind == "notice":
		return fmt.Sprintf("%s: the date each %s is for is checked against now + %s %s; one sooner is refused with the first date that meets it, unless staff accept it as a recorded exception", m.saidCutoff(d), d.noticeThing(), d.Span, clock)
	case d.Kind == "horizon":
		return fmt.Sprintf("%s: the date each %s is for is checked to be now <= date <= now + %s %s; one further out is refused with the day it opens", m.saidCutoff(d), d.noticeThing(), d.Span, clock)
	case d.makesOutput():
		set := pluralNoun(m.collected(d))
		return fmt.Sprintf("%s, %s: the run that builds them freezes the %s's %s, one changed later goes into the next %s's %s unless a supervisor overrides it (audited), and one not ready by %s raises an alert before then", m.saidCutoff(d), clock, d.period(), set, d.period(), pluralNoun(d.Subject), d.At)
	}
	at := d.At
	if d.forDay() {
		at += " " + d.Day
	}
	return fmt.Sprintf("%s, %s: %s arriving after %s %s", m.saidCutoff(d), clock, article(d.Subject), at, d.late(orDefault(withThe(d.By), "whoever placed it")))
}

// cutoffDives are the hard parts of the statement's cutoffs and notice periods.
func (m model) cutoffDives() []deepDive {
	var out []deepDive
	for _, d := range m.cutoffs() {
		out = append(out, m.cutoffDive(d))
	}
	return out
}

// cutoffDive is the hard part of one cutoff or notice period.
func (m model) cutoffDive(d deadline) deepDive {
	switch {
	case d.Kind == "notice":
		return m.noticeDive(d)
	case d.Kind == "horizon":
		return m.horizonDive(d)
	case d.makesOutput():
		return m.outputCutoffDive(d)
	}
	return m.intakeCutoffDive(d)
}

// zoneSentence says how a stated time of day is kept in the site's zone across daylight saving.
func zoneSentence(at, period string) string {
	return fmt.Sprintf("%s is a wall-clock time in the site's time zone, stored with the site as an IANA zone (Europe/London, America/Chicago), and each %s's cutoff_at is computed from it, so it stays at %s across daylight-saving changes (a time in the skipped or repeated hour is refused when the site is set up).", upperFirst(at), period, at)
}

// intakeCutoffDive designs a cutoff on what people hand in: the rush before it, the run that
// freezes the period's set at it, and what that run produces.
func (m model) intakeCutoffDive(d deadline) deepDive {
	things, who, per := pluralNoun(d.Subject), "people leave it late", d.period()
	if d.By != "" {
		who = pluralNoun(d.By) + " leave it late"
	}
	unit := orDefault(d.Unit, orDefault(d.By, m.owner))
	then := fmt.Sprintf("the %s's list of %s", per, things)
	if d.Then != "" {
		then += " " + thenPhrase(d.Then)
	}
	return deepDive{Title: fmt.Sprintf("The %s cutoff for %s: freezing each %s's set %s", d.At, things, per, thenPhrase(orDefault(d.Then, "for the run"))), Weight: 9, Body: fmt.Sprintf(
		"%s. %s, so most %s arrive in the hour before %s: that hour, not the %s's average, is the peak the write path is sized for, and the screen shows the time left. %s Acceptance compares the server's clock with cutoff_at, never the device's. "+
			"At cutoff_at a schedule starts one run keyed by the %s on {c:queue}, and {c:jobworkers} freeze the %s's set as one snapshot: the %s with created_at <= cutoff_at get the run's id in one UPDATE, so one arriving a second later %s, and changing a frozen one needs a staff override recorded with who, when and why. "+
			"The run produces %s, one per %s keyed by (%s_id, %s) with an upsert, so running it twice replaces rather than doubles; it must finish with a margin before what reads it, and a run not done in time alerts the staff on call while a rerun, which is safe for the same reason, still fits.",
		m.saidCutoff(d), upperFirst(who), things, d.At, per, zoneSentence(d.At, per),
		per, per, things, d.late("its "+orDefault(d.By, "sender")), then, unit, slug(unit, "_"), dateKey(per))}
}

// thenPhrase joins what follows a cutoff onto a phrase about the run: "for next-morning
// delivery" as written, "before payroll runs Monday", "so they ship the same day".
func thenPhrase(then string) string {
	first := strings.ToLower(strings.Fields(then + " x")[0])
	switch _, verb := verbBase(first); {
	case first == "for" || first == "in" || first == "before" || first == "by":
		return then
	case verb && !strings.HasSuffix(first, "s"):
		return "so they " + then
	}
	return "before " + then
}

// outputCutoffDive designs a cutoff on what a run makes: the rush before the set is frozen, the
// snapshot, one output per unit made idempotently, and finishing before the stated time.
func (m model) outputCutoffDive(d deadline) deepDive {
	set, per := m.collected(d), d.period()
	sets, outs := pluralNoun(set), pluralNoun(d.Subject)
	unit := orDefault(d.Unit, m.owner)
	each := fmt.Sprintf("each %s's %s", unit, d.Subject)
	return deepDive{Title: fmt.Sprintf("%s by %s: freezing the %s and building each one once", upperFirst(each), d.At, sets), Weight: 9, Body: fmt.Sprintf(
		"%s. %s bunch in the hour before they are frozen: that hour, not the %s's average, is the peak the %s write path is sized for. %s "+
			"A schedule starts the run keyed by the %s on {c:queue} early enough to finish before %s with room for one rerun (say two hours before). It freezes the %s's set: %s with updated_at <= cutoff_at are read as one snapshot and stamped with the run's id, so a %s changed after that goes into the next %s's %s, or into this one only through an override recorded with who, when and why. "+
			"{c:jobworkers} write one %s per %s keyed by (%s_id, %s) with an upsert, so a rerun or a retried send replaces rather than duplicates; a run not finished by %s less the margin alerts the staff on call and the %s while there is still time to rerun it, or to send the last good %s by hand.",
		m.saidCutoff(d), upperFirst(sets), per, set, zoneSentence(d.At, per),
		per, d.At, per, sets, set, per, outs,
		d.Subject, unit, slug(unit, "_"), dateKey(per), d.At, m.owner, d.Subject)}
}

// noticeDive designs a notice period: the requested date checked against now plus the notice in
// the site's zone, the refusal that offers the first date that meets it, and the exception path.
func (m model) noticeDive(d deadline) deepDive {
	who := orDefault(d.By, m.owner)
	thing := d.noticeThing()
	title := fmt.Sprintf("%s notice for each %s", spanOf(d.Span), thing)
	if thing == "notice" && d.Then != "" {
		title = fmt.Sprintf("%s notice %s", spanOf(d.Span), d.Then) // "30 days' notice before moving out"
	}
	return deepDive{Title: upperFirst(title) + ": checked against the site's clock", Weight: 8, Body: fmt.Sprintf(
		"%s. Each %s records the date it is for as a local date and time with the site's IANA zone, and accepting one checks that date >= now + %s by the server's clock in that zone, in the same transaction that records it, never the device's clock, so %s in another zone and a daylight-saving change in between are judged alike. "+
			"One sooner is refused with the first date that meets the notice, so the %s can take it at once; moving one to an earlier date is checked again, moving it later is not. "+
			"Real life needs an exception path: staff with the right role can accept a %s at shorter notice with a reason, recorded with who and when, and a report counts those exceptions per %s.",
		m.saidCutoff(d), thing, d.Span, pluralNoun(who), who, thing, who)}
}

// spanOf writes a span as the possessive a notice takes: "1 day's", "30 days'".
func spanOf(span string) string {
	if strings.HasSuffix(span, "s") {
		return span + "'"
	}
	return span + "'s"
}

// horizonDive designs a booking horizon: the requested date checked to lie between now and now
// plus the horizon in the site's zone, a window that slides with the clock so no job opens
// dates, and the refusal that says when a date further out opens.
func (m model) horizonDive(d deadline) deepDive {
	who := orDefault(d.By, m.owner)
	thing := d.noticeThing()
	return deepDive{Title: fmt.Sprintf("Booking horizon of %s for each %s: checked against the site's clock", d.Span, thing), Weight: 8, Body: fmt.Sprintf(
		"%s. That is the furthest ahead a %s may be, not a notice: each %s records the date it is for as a local date and time with the site's IANA zone, and accepting one checks now <= date <= now + %s by the server's clock in that zone, in the same transaction that records it, never the device's clock, so %s in another zone and a daylight-saving change in between are judged alike. "+
			"One further out is refused with the moment its date opens, so the %s can come back then; the window slides with the clock, so no job has to open dates, and availability is only ever shown for dates inside it. Moving one to a later date is checked again; the horizon is a setting per site, so changing it needs no deploy.",
		m.saidCutoff(d), thing, thing, d.Span, pluralNoun(who), who)}
}

// noticeThing names what carries the date a notice is checked on: the notice itself where the
// statement gives one, the thing itself where nobody asks for it, else the asking for the thing ("request a reporter" → request for a
// reporter).
func (d deadline) noticeThing() string {
	if d.Subject == "notice" || !askVerbs[d.Verb] {
		return d.Subject // "upload exam papers three weeks before the exam": each exam paper
	}
	return orDefault(nominal(d.Verb), "request") + " for " + article(d.Subject)
}

// withThe names someone with "the", or "" for no one.
func withThe(who string) string {
	if who == "" {
		return ""
	}
	return "the " + who
}

// shapeCutoff gives a row the columns its cutoff or notice is judged by: the run that froze it,
// or the date it is for, checked against the notice.
func (m model) shapeCutoff(e entity) entity {
	name := strings.ToLower(e.Name)
	for _, d := range m.cutoffs() {
		switch {
		case !sameThing(d.Subject, name):
		case d.Kind == "notice":
			e.Fields = withFields(e.Fields, fmt.Sprintf("for_date (local, with the site's zone; >= now + %s when accepted)", d.Span), "short_notice_reason (set only on a staff exception)")
		case d.Kind == "horizon":
			e.Fields = withFields(e.Fields, fmt.Sprintf("for_date (local, with the site's zone; <= now + %s when accepted)", d.Span))
		case !d.makesOutput():
			e.Fields = withFields(e.Fields, fmt.Sprintf("run_id (the %s run that froze it; null until then)", d.At))
			e.Indexes = withIndex(e.Indexes, "(created_at) WHERE run_id IS NULL for the run at the cutoff")
		}
	}
	return e
}

// dateKey names the column a run's output is keyed by with its unit.
func dateKey(period string) string {
	if period == "week" {
		return "week_start"
	}
	return "date"
}
