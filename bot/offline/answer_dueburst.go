package offline

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// A thundering herd of due work ("at 8am local time most watering reminders come due at once")
// is not a cache stampede, nor a question about time zones though it names local time: it is
// the scheduler's minute after a round hour. It is answered from the design's own scheduler,
// the column it finds due rows by, and the service and providers that send.

// dueBurstRe finds a burst asked about; dueWorkRe the scheduled work it is a burst of.
var (
	dueBurstRe = regexp.MustCompile(`thundering herd|stampede|dogpile|\ball at once\b|\bat once\b|\b(?:at|in) the same (?:time|minute|moment|second)\b|\bsame minute\b|\bburst\b|\bspike\b|\bpile.?up\b`)
	dueWorkRe  = regexp.MustCompile(`\b(?:due|remind\w*|schedul\w*|alarms?|fire|fires|go(?:es)? off|\d{1,2} ?(?:am|pm)|o'clock)\b`)
	// dueColumnRe finds the column a scheduler reads due rows by: "a due-time index (next_due_at)".
	dueColumnRe = regexp.MustCompile(`\((\w*due\w*)\)`)
	dueWordRe   = regexp.MustCompile(`\bdue\b`)
)

// dueScheduler is the worker that finds due rows, with the column it reads them by.
func (r *renderer) dueScheduler() (conversation.Component, string, bool) {
	for _, c := range r.g.Components {
		if c.Kind != "worker" || !dueWordRe.MatchString(strings.ToLower(c.Technology+" "+c.Description)) {
			continue
		}
		col := "next_due_at"
		if m := dueColumnRe.FindStringSubmatch(c.Technology); m != nil {
			col = m[1]
		}
		return c, col, true
	}
	return conversation.Component{}, "", false
}

// dueFigure says how big the herd is where the statement sized it: "1M reminders inside 10 min
// (1667/s)".
func (r *renderer) dueFigure() string {
	w := r.g.Requirements.Workload
	for _, f := range w.Flows {
		if !f.Burst || !strings.Contains(strings.ToLower(f.Name), "remind") {
			continue
		}
		span := f.PerSeconds
		if f.Lasts > 0 {
			span = f.Lasts
		}
		n := f.Count
		if f.Each && f.Actors > 0 {
			n *= f.Actors
		}
		if n <= 0 || span <= 0 {
			continue
		}
		return fmt.Sprintf(" The statement sizes it: %s inside %s, %s/s at the top of the hour.", plural(n, "reminder"), duration(span), conversation.Human(n/span))
	}
	return ""
}

// hourAskedRe finds the hour a question names: "at 8am", "7 pm".
var hourAskedRe = regexp.MustCompile(`\b(\d{1,2}) ?(am|pm)\b`)

// hourAsked is the hour a question names on a 24-hour clock ("08:00"), 08:00 when it names none.
func hourAsked(q string) string {
	m := hourAskedRe.FindStringSubmatch(q)
	if m == nil {
		return "08:00"
	}
	h := int(number(m[1])) % 12
	if m[2] == "pm" {
		h += 12
	}
	return fmt.Sprintf("%02d:00", h)
}

// dueBurst answers a herd of due work before a long question is matched to a passage: the
// reminders' deep dive shares most of its words and says less.
func dueBurst(g bot.Grounding, q string) string { return answerDueBurst(newRenderer(g), q) }

// answerDueBurst answers how the design survives the minute when most scheduled items come due.
func answerDueBurst(r *renderer, q string) string {
	if !dueBurstRe.MatchString(q) || !dueWorkRe.MatchString(q) || failRe.MatchString(q) {
		return ""
	}
	sched, col, ok := r.dueScheduler()
	if !ok {
		return ""
	}
	send, prov := "the sender", "the push providers"
	if r.has("notifsvc") {
		send = r.name("notifsvc")
	}
	if r.has("pushprov") {
		prov = r.name("pushprov")
	}
	at := hourAsked(q)
	var b strings.Builder
	fmt.Fprintf(&b, "**The top-of-the-hour herd of due reminders.** People pick round hours, so at %s in each time zone a large share of the day's reminders come due in the same minute, and %s would find them all at once.%s Three things take the herd apart:\n", at, sched.Name, r.dueFigure())
	fmt.Fprintf(&b, "- **Jitter within the allowed window.** A reminder that %s move to its next occurrence gets %s with a random offset inside the window it may go out in (%s-%s:05 for reminders set at %s, a wider one for \"in the morning\"). The offset is fixed with the row, so a retry or a recomputation keeps the same instant and the send key (reminder id, due time) still makes it once.\n", sched.Name, col, at, at[:2], at)
	fmt.Fprintf(&b, "- **Bucketing due times.** The index on %s is read a minute bucket at a time, in batches of a few hundred with each row claimed once, and several workers drain one bucket side by side; time zones already split the herd into one per zone an hour apart, and the jitter spreads each over its window instead of its first second.\n", col)
	fmt.Fprintf(&b, "- **Throttled sends.** %s sends through %s from a token bucket sized to what the providers accept, so a backlog waits seconds in the queue instead of drawing rate-limit errors and retry storms; what cannot go out inside its window is still sent, late and marked so, never dropped or sent twice.\n", send, prov)
	fmt.Fprintf(&b, "What it costs: a reminder set at %s may arrive a few minutes after %s. Most reminders can wait that long; one that must fire to the minute (a dose, a meeting) gets a window of zero and goes first in its bucket.", at, at)
	return b.String() + " " + cite(conversation.DataFlow, conversation.DeepDive, conversation.Scalability)
}
