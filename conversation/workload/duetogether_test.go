package workload_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A share of the scheduled jobs that fire together at a time on the clock is a burst: 40% of 3
// million jobs at the top of the hour, each to start within 2 seconds, are 1.2 million runs in 2
// seconds, 600,000 a second at that instant, once an hour; the jobs taken as hourly (assumed),
// the rest run through the hour, 3 million runs an hour in all.
func TestReadJobsDueTogether(t *testing.T) {
	t.Parallel()
	rd := workload.Read("Design a distributed job scheduler: 3 million scheduled jobs, 40% fire at the top of the hour, each job must start within 2 seconds of its scheduled time.")
	i := slices.IndexFunc(rd.Flows, func(f conversation.Flow) bool { return f.Burst })
	if i < 0 {
		t.Fatalf("no burst: flows %+v, notes %q", rd.Flows, rd.Notes)
	}
	if b := rd.Flows[i]; b.Count != 1.2e6 || b.PerSeconds != 2 || b.Recurs != hour || !b.Peak || math.Abs(rd.Rate(b)-600e3) > 1 {
		t.Errorf("burst %+v; want 1.2M runs within 2 s, once an hour", b)
	}
	c := conversation.Estimate(rd.Workload)
	if math.Abs(c.WriteQPS-3e6/hour) > 1 || c.PeakWriteQPS < 600e3 {
		t.Errorf("writes %v/s on average, %v/s at peak; want 3M an hour (%v/s) and at least 600K/s", c.WriteQPS, c.PeakWriteQPS, 3e6/hour)
	}
	if slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "not used as load") }) ||
		!slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "once an hour (assumed)") }) {
		t.Errorf("notes %q; want the share used and the hourly jobs said to be assumed", rd.Notes)
	}
	rd = workload.Read("A cron service: 500,000 scheduled tasks; 30% of them run at midnight.")
	if i := slices.IndexFunc(rd.Flows, func(f conversation.Flow) bool { return f.Burst }); i < 0 || rd.Flows[i].Count != 150e3 || rd.Flows[i].PerSeconds != min || rd.Flows[i].Recurs != day {
		t.Errorf("tasks at midnight: flows %+v; want 150K runs within a minute (assumed), once a day", rd.Flows)
	}
	// People and reminders are not jobs on an hourly clock.
	for _, s := range []string{"A fitness app: 3 million users, 40% open the app at the top of the hour.", "A reminder app: 2 million reminders, 25% are due on the hour."} {
		if rd := workload.Read(s); slices.ContainsFunc(rd.Flows, func(f conversation.Flow) bool { return f.Burst }) {
			t.Errorf("%q: a burst read: %+v", s, rd.Flows)
		}
	}
}
