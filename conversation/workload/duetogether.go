package workload

import (
	"strings"

	"github.com/archbot/archbot/conversation"
)

// dueVerbs say scheduled items come due: "40% fire at the top of the hour", "a third run at
// midnight", "most are due on the hour".
var dueVerbs = set(`fire fires run runs trigger triggers start starts execute executes go goes are come comes fall falls kick kicks`)

// dueTogether reads a share of the scheduled jobs a statement keeps that come due together at
// a time that comes back on the clock: "3 million scheduled jobs, 40% fire at the top of the
// hour, each job must start within 2 seconds of its scheduled time" is 1.2 million runs due at
// :00 that must all start within 2 seconds, 600,000 a second at that instant, once an hour. The
// items are taken to run once each time the time comes back (hourly jobs), so the rest run
// through the hour beside them: that is assumed, and said.
func (r *reader) dueTogether() {
	for _, p := range r.ms {
		if p.kind != mPercent || p.used || p.value <= 0 || p.value > 100 {
			continue
		}
		toks := r.sents[p.sent]
		items := r.dueItems(p)
		if items == nil || !dueAfter(toks, p.end) {
			continue
		}
		rest := strings.Join(toks[p.end:], " ")
		rec := recurringRe.FindStringSubmatch(rest)
		if rec == nil {
			continue
		}
		every := recurUnits[strings.ToLower(strings.Join(rec[1:], ""))]
		if every == 0 {
			continue
		}
		window, how := 60.0, "taken to start within the minute (assumed: no start deadline said)"
		for _, l := range r.ms {
			if l.kind == mLatency && l.sent == p.sent && l.pos > p.pos && l.value > 0 && l.value <= 600 {
				window, how = l.value, "and must all start within "+days(l.value)+" (stated)"
				l.used = true
				break
			}
		}
		share := p.value / 100
		due := items.value * share
		name := runName(items.noun)
		when := strings.ToLower(strings.Join(rec[1:], ""))
		if when == "midnight" {
			when = "at midnight"
		} else {
			when = "at the top of the " + when
		}
		burst := uniqueName(r.out.Flows, conversation.Flow{Name: name + " " + when,
			Kind: conversation.FlowWrite, Count: due, PerSeconds: window, Burst: true, Peak: true, Recurs: every,
			Source: conversation.Stated, From: p.quote + " " + strings.TrimSpace(rec[0])})
		r.out.Flows = append(r.out.Flows, burst)
		p.used = true
		r.note("%s: %s of the %s %s (%s) come due %s, %s, so %s/s at that instant, once %s", burst.Name, human(p.value)+"%", human(items.value),
			plural(items.noun), human(due), strings.TrimSpace(rec[0]), how, human(due/window), strings.TrimPrefix(conversation.Period(every), "every "))
		if share < 1 {
			others := uniqueName(r.out.Flows, conversation.Flow{Name: name, Kind: conversation.FlowWrite, Count: items.value - due, PerSeconds: every,
				Source: conversation.Assumed})
			r.out.Flows = append(r.out.Flows, others)
			r.note("%s: each of the %s %s taken to run once %s (assumed), so the other %s run through it: %s %s in all",
				others.Name, human(items.value), plural(items.noun), strings.TrimPrefix(conversation.Period(every), "every "), human(items.value-due),
				human(items.value), periodWord(every))
		}
	}
}

// dueItems is the count of scheduled jobs a share at p is of: the last count of them with no
// rate before it in its sentence ("3 million scheduled jobs, 40% fire …"), else in the one
// before ("500,000 scheduled tasks; 30% of them run at midnight").
func (r *reader) dueItems(p *mention) *mention {
	var items, before *mention
	for _, m := range r.ms {
		if m.per != 0 || !runNouns[m.noun] || m.value <= 1 || !(m.kind == mEvents || m.kind == mOther || m.kind == mActors && m.class == "things") {
			continue
		}
		switch {
		case m.sent == p.sent && m.pos < p.pos:
			items = m
		case m.sent == p.sent-1:
			before = m
		}
	}
	if items == nil {
		return before
	}
	return items
}

// dueAfter reports a verb of coming due right after a share at toks[k]: "40% fire", "40% of
// them run", "a third of the jobs are due".
func dueAfter(toks []string, k int) bool {
	if word(toks, k) == "of" {
		k += 2
		if word(toks, k-1) == "the" {
			k++
		}
	}
	return dueVerbs[word(toks, k)] && (word(toks, k) != "are" && word(toks, k) != "come" && word(toks, k) != "comes" &&
		word(toks, k) != "fall" && word(toks, k) != "falls" && word(toks, k) != "go" && word(toks, k) != "goes" && word(toks, k) != "kick" && word(toks, k) != "kicks" ||
		within(toks, k+1, k+2, "due", "off"))
}

// runNouns are scheduled items that run on the clock: a job that fires at the top of the hour
// fires every hour. A reminder due on the hour is due at some hour of its day, not every hour,
// so reminders are not read here.
var runNouns = set(`job task cron workflow pipeline backup export script`)

// runName is what one scheduled item coming due does: a job runs.
func runName(noun string) string { return noun + " run" }
