package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A batch released at a clock time to a counted population is a rush in the first minutes
// after the time, once each time it comes back; the stock on offer, stated or following from
// the staff and the slot length, bounds the bookings.
func TestReadReleaseRush(t *testing.T) {
	const week = 7 * 86400
	for _, tc := range []struct {
		statement     string
		come, booked  float64 // arrivals and bookings in the first 10 minutes
		recurs, stock float64
	}{
		// 600 hygienists × 24 twenty-minute appointments a day × 5 days = 72,000 a week.
		{"A dental network's booking portal: 2 million members, 150 surgeries each with 4 hygienists doing 20-minute appointments; new appointments are released every Tuesday at 9am",
			200e3, 72e3, week, 72e3},
		// Stated stock, a release once: half of those who want one come.
		{"Hunting licences for the autumn season: 3,000 licences go on sale on 2 August at 10am and 90,000 hunters apply",
			45e3, 3e3, 0, 3e3},
		// A drop with no clock time: a batch sold once to those who wait for it.
		{"A limited vinyl drop of 2,500 records for our 400,000 app subscribers", 200e3, 2500, 0, 2500},
		// A stock bound per show is each release's stock; "9am and 1 million" is no clock range.
		{"Design ticketing for an arena tour: 18,000 seats per show, tickets go on sale at 9am and 1 million fans want them", 500e3, 18e3, 0, 18e3},
		// The released thing heads its subject: "sessions for the coming week".
		{"A climbing gym app for 120,000 members; sessions for the coming week are released every Friday at 12:00", 12e3, 12e3, week, 0},
		// No stock to bound them: each who comes books one.
		{"Allotment plots for a city of 800,000 residents: plots are released each January at 7:30am", 80e3, 80e3, 365 * 86400, 0},
		{"A city's tennis courts: court slots open every Saturday at 7am for 250,000 residents", 25e3, 25e3, week, 0},
	} {
		rd := workload.Read(tc.statement)
		var come, booked conversation.Flow
		for _, f := range rd.Flows {
			switch {
			case f.Name == "arrive":
				come = f
			case f.Burst && f.Kind == conversation.FlowWrite:
				booked = f
			}
		}
		if come.Count == 0 {
			come = booked // without a stock, the bookings are the arrivals
		}
		if come.Count != tc.come || booked.Count != tc.booked || booked.PerSeconds != 600 || booked.Recurs != tc.recurs || rd.Release.Stock != tc.stock {
			t.Errorf("%q:\n flows %+v\n release %+v\n want %v arriving and %v booked in 600 s, recurring every %v s, stock %v (notes %q)",
				tc.statement, rd.Flows, rd.Release, tc.come, tc.booked, tc.recurs, tc.stock, rd.Notes)
		}
	}
}

// What opens at a clock time is no release when it is a place's hours or something not taken one
// each, and a rush the statement sizes itself is left as stated.
func TestReadReleaseNot(t *testing.T) {
	for _, statement := range []string{
		"A grocery delivery app for 600,000 customers; our stores open at 7am and close at 10pm",
		"A podcast app for 3 million listeners where new episodes are released every Friday at 6am",
		"Design a clinic booking system: 200 clinics each with 6 nurses doing 15-minute slots for 4 million residents",
		"Exam sign-up for 20,000 students who all try to register at 9am",
	} {
		rd := workload.Read(statement)
		if rd.Release.Crowd != 0 {
			t.Errorf("%q: release %+v, want none", statement, rd.Release)
		}
		for _, f := range rd.Flows {
			if f.Source == conversation.Derived && f.Burst {
				t.Errorf("%q: flow %+v, want no release rush", statement, f)
			}
		}
	}
}
