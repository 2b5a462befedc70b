package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// The catalogue's appointment texts assume reminders 24 hours and 2 hours before; a statement
// that gives its own ("SMS reminders 48h and 2h before") is what its design must say, in every
// requirement, flow and dive that names them, not the template's times beside the stated ones.

// defaultLeads are the template's reminder times, in minutes before the appointment.
var defaultLeads = []int{24 * 60, 2 * 60}

// leadForms are the ways the catalogue writes the default times, each with how to write the
// stated ones the same way.
var leadForms = []struct {
	re    *regexp.Regexp
	write func(leads []int) string
}{
	{regexp.MustCompile(`\b24 hours and 2 hours\b`), func(l []int) string { return joinLeads(l, leadLong) }},
	{regexp.MustCompile(`\b24-hour and 2-hour\b`), func(l []int) string { return joinLeads(l, leadHyphen) }},
	{regexp.MustCompile(`\b24 h and 2 h\b`), func(l []int) string { return joinLeads(l, leadSpaced) }},
	{regexp.MustCompile(`\b24h \| 2h\b`), func(l []int) string {
		parts := make([]string, len(l))
		for i, m := range l {
			parts[i] = strings.ReplaceAll(leadSpaced(m), " ", "")
		}
		return strings.Join(parts, " | ")
	}},
	{regexp.MustCompile(`\b24-hour reminder\b`), func(l []int) string { return leadHyphen(l[0]) + " reminder" }},
	// "reminders are due at instants, so 24 hours before is exactly that": only where the
	// reminders are the subject, not a check-in window or a cancellation cutoff.
	{regexp.MustCompile(`\breminders are due at instants, so 24 hours before\b`), func(l []int) string {
		return "reminders are due at instants, so " + leadLong(l[0]) + " before"
	}},
}

// statedLeads are the reminder times the statement gives, longest first, or nil when it gives
// none or the template's own.
func statedLeads(problem string) []int {
	l := strings.ToLower(problem)
	if !strings.Contains(l, "remind") {
		return nil
	}
	leads := reminderTimes(l)
	slices.Sort(leads)
	slices.Reverse(leads)
	if len(leads) == 0 || slices.Equal(leads, defaultLeads) {
		return nil
	}
	return leads
}

// remindedAt is f with the template's reminder times replaced by the statement's.
func remindedAt(f *feature, problem string) *feature {
	leads := statedLeads(problem)
	if leads == nil {
		return f
	}
	fix := func(s string) string {
		for _, lf := range leadForms {
			s = lf.re.ReplaceAllString(s, lf.write(leads))
		}
		return s
	}
	return mapTexts(f, fix)
}

// joinLeads writes the times in one form: "48 hours and 2 hours".
func joinLeads(leads []int, form func(int) string) string {
	parts := make([]string, len(leads))
	for i, m := range leads {
		parts[i] = form(m)
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// leadUnit splits a time in minutes into a count of whole hours, or else of minutes.
func leadUnit(mins int) (int, string) {
	if mins%60 == 0 {
		return mins / 60, "hour"
	}
	return mins, "minute"
}

func leadLong(mins int) string {
	n, u := leadUnit(mins)
	if n != 1 {
		u += "s"
	}
	return fmt.Sprintf("%d %s", n, u)
}

func leadHyphen(mins int) string {
	n, u := leadUnit(mins)
	return fmt.Sprintf("%d-%s", n, u)
}

func leadSpaced(mins int) string {
	n, u := leadUnit(mins)
	return fmt.Sprintf("%d %s", n, map[string]string{"hour": "h", "minute": "min"}[u])
}

// mapTexts is a copy of f with fn applied to the texts a design prints from it: requirements,
// use cases, entities, flows, dives and trade-offs.
func mapTexts(f *feature, fn func(string) string) *feature {
	c := *f
	each := func(v []string) []string {
		out := make([]string, len(v))
		for i, s := range v {
			out[i] = fn(s)
		}
		return out
	}
	c.Functional, c.NonFunctional, c.UseCases = each(f.Functional), each(f.NonFunctional), each(f.UseCases)
	c.Async, c.Reliability, c.Bottlenecks, c.Open = each(f.Async), each(f.Reliability), each(f.Bottlenecks), each(f.Open)
	c.Entities = editedCopy(f.Entities, func(e *entity) { e.Fields, e.Why = fn(e.Fields), fn(e.Why) })
	c.Flows = editedCopy(f.Flows, func(fl *flow) { fl.Steps = each(fl.Steps) })
	c.Deep = editedCopy(f.Deep, func(d *deepDive) { d.Title, d.Body = fn(d.Title), fn(d.Body) })
	c.Tradeoffs = editedCopy(f.Tradeoffs, func(t *tradeoff) { t.Why = fn(t.Why) })
	return &c
}

// editedCopy is a copy of v with edit applied to each element; the feature's own slices stay as
// the knowledge base loaded them.
func editedCopy[T any](v []T, edit func(*T)) []T {
	out := slices.Clone(v)
	for i := range out {
		edit(&out[i])
	}
	return out
}
