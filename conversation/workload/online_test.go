package workload_test

import (
	"math"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// People online at a moment are concurrency, not actions: "20,000 bidders online at the close,
// bids in the last 2 minutes" does not make every bidder bid once in those 2 minutes. The
// window's actions come from each person's own rate, said as an assumption; where the statement
// sets the windows off one after another faster than each lasts, they overlap into one long rush.
func TestReadPeopleOnlineAreNotActions(t *testing.T) {
	for _, tc := range []struct {
		statement  string
		online     float64
		perSec     float64
		overlapped bool
	}{
		{"Design a timed online wine auction: lots close in staggered order every 30 seconds on Sunday evening, up to 20,000 bidders online at the close, bids in the last 2 minutes extend the lot", 20000, 20000 / 60.0, true},
		{"A stock trading app: 200,000 traders connected at the open, orders in the first 5 minutes must fill fast", 200000, 200000 / 60.0, false},
		{"Design a chat for a final: up to 30,000 fans online during the match, messages within 2 minutes of a goal", 30000, 30000 / 60.0, false},
		{"A live quiz app: up to 80,000 players online during the show, answers within 20 seconds of each question", 80000, 80000 / 20.0, false},
		{"Build a car auction where a lot closes every 2 minutes, up to 4,000 dealers connected during the sale, bids in the last 5 minutes extend it", 4000, 4000 / 60.0, true},
	} {
		rd := workload.Read(tc.statement)
		if rd.Concurrent != tc.online || len(rd.Flows) != 1 {
			t.Fatalf("%q: concurrent %v flows %+v, want %v online and one flow (notes %q)", tc.statement, rd.Concurrent, rd.Flows, tc.online, rd.Notes)
		}
		f := rd.Flows[0]
		if got := rd.Rate(f); math.Abs(got-tc.perSec) > tc.perSec/100 {
			t.Errorf("%q: %v/s, want %v/s from 1 a minute each, or 1 each in a shorter window (notes %q)", tc.statement, got, tc.perSec, rd.Notes)
		}
		notes := strings.Join(rd.Notes, "\n")
		if !strings.Contains(notes, "(assumed: people online are concurrency") || strings.Contains(notes, "but not who sends it") {
			t.Errorf("%q: notes %q, want the per-person rate said as an assumption and the series used", tc.statement, rd.Notes)
		}
		if weekly := strings.Contains(tc.statement, "Sunday"); weekly != (f.Recurs == 7*86400) {
			t.Errorf("%q: recurs every %v s, want weekly %v (notes %q)", tc.statement, f.Recurs, weekly, rd.Notes)
		}
		if overlapped := f.Lasts > 3600; overlapped != tc.overlapped {
			t.Errorf("%q: lasts %v s, want overlapping windows %v (notes %q)", tc.statement, f.Lasts, tc.overlapped, rd.Notes)
		}
	}
}

// A crowd that does the act itself ("students … submit within 10 minutes") still acts once each
// inside the window: only people said to be present are read at a per-person rate.
func TestReadCrowdActingOnceStaysABurst(t *testing.T) {
	rd := workload.Read("An exam platform: up to 60,000 students sit the exam at the same time and submit within 10 minutes of the end")
	for _, f := range rd.Flows {
		if f.Burst && f.Count == 60000 && f.PerSeconds == 600 {
			return
		}
	}
	t.Fatalf("flows %+v, want 60,000 submissions within 10 minutes (notes %q)", rd.Flows, rd.Notes)
}
