package workload_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// "2 or 3 reminders a year" is a range said with "or": its middle, 2.5, for each of the pets
// counted before it, not 3 a year in all.
func TestReadRangeSaidWithOr(t *testing.T) {
	t.Parallel()
	rd := workload.Read("We have about 180,000 pets on file, each with 2 or 3 reminders a year sent 14 days and 2 days before the due date.")
	i := slices.IndexFunc(rd.Flows, func(f conversation.Flow) bool { return f.Name == "reminder" })
	if i < 0 {
		t.Fatalf("no reminder flow: %+v", rd.Flows)
	}
	f := rd.Flows[i]
	if f.Count != 2.5 || !f.Each || f.Actors != 180000 || f.PerSeconds != 365*86400 {
		t.Errorf("reminders: %+v; want 2.5 a year for each of 180,000 pets", f)
	}
	if perDay := rd.Rate(f) * 86400; math.Abs(perDay-2.5*180000/365) > 1 {
		t.Errorf("reminders: %v a day; want %v", perDay, 2.5*180000/365)
	}
	for _, s := range []string{
		"Rate each ride 1, 2 or 3 stars; 40,000 rides a day.",      // a choice from a list
		"A crawler that backs off when a host answers 429 or 503.", // two answer codes
		"Teams of one or more people book 300 rooms a day.",        // no second figure
	} {
		if rd := workload.Read(s); slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "a range") }) {
			t.Errorf("%q read a range (notes %q)", s, rd.Notes)
		}
	}
}
