package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A peak said of a flow it names ("redirects peak at 90,000 a second") is that flow's peak, a
// flow of its own beside the one counted before it, not how far the earlier flow's busiest
// hour runs over its average.
func TestReadPeakOfTheFlowItNames(t *testing.T) {
	for _, tc := range []struct {
		statement, flow string
		kind            conversation.FlowKind
		count           float64
	}{
		{"Design a URL shortener: 40 million new short links a month, redirects peak at 90,000 per second during campaign launches.", "redirect", conversation.FlowRead, 90000},
		{"Design a short-link service: about 3 million links are created each day, and lookups surge to 40,000 per second during product launches.", "lookup", conversation.FlowRead, 40000},
		{"Design a photo app: people upload 5 million photos a day and views peak at 200,000 per second in the evening.", "view", conversation.FlowRead, 200000},
	} {
		rd := workload.Read(tc.statement)
		if rd.PeakFactor != 0 {
			t.Errorf("%q: peak factor %v, want none: the peak is the named flow's (notes %q)", tc.statement, rd.PeakFactor, rd.Notes)
		}
		if len(rd.Flows) != 2 || rd.Flows[0].Kind != conversation.FlowWrite || rd.Flows[0].Peak {
			t.Fatalf("%q: flows %+v, want the counted write and the named peak (notes %q)", tc.statement, rd.Flows, rd.Notes)
		}
		f := rd.Flows[1]
		if f.Name != tc.flow || f.Kind != tc.kind || f.Count != tc.count || f.PerSeconds != 1 || !f.Peak {
			t.Errorf("%q: flow %+v, want %s (%s) at %v a second at peak", tc.statement, f, tc.flow, tc.kind, tc.count)
		}
	}
	// The same flow's busiest hour, or all the traffic, still sets the peak factor.
	for _, s := range []string{
		"Design a pharmacy system: 20,000 prescriptions are filled each day, peaking at 3,000 an hour.",
		"Design a checkout: 1M orders a day, traffic peaks at 800 per second.",
		"Design a checkout: 1M orders a day, orders peak at 800 per second.",
		"Design a ticketing system: 2M tickets sold a year, sales peak at 5,000 a minute when a tour is announced.",
	} {
		if rd := workload.Read(s); len(rd.Flows) != 1 || rd.PeakFactor <= 1 {
			t.Errorf("%q: flows %+v, peak factor %v; want one flow and its peak factor", s, rd.Flows, rd.PeakFactor)
		}
	}
}

// A count said as what the rate before it rises to on an occasion ("1,500 reports a day rising
// to 10,000 after a storm") is the same flow on its busiest days: how far they run over the
// average, not a figure to drop. Growth over the calendar is no peak.
func TestReadRisesToOnBusyDays(t *testing.T) {
	for _, tc := range []struct {
		statement  string
		week, peak float64
	}{
		{"Design a pothole reporting app for a city: residents send about 1,500 reports a day rising to 10,000 after a storm, crews fix them.", 6.7, 0},
		{"Design a graffiti and fly-tipping report service for a council: roughly 600 complaints come in daily, spiking to about 4,000 on the days after a bank holiday weekend.", 6.7, 0},
		{"Design a sign-up service for a game studio: 40 sign-ups a day, up to 600 on launch day.", 15, 0},
		{"Design an online shop: 300 orders an hour, spiking to 2,000 during a flash sale.", 0, 6.7},
		// Busy weekdays said beside it do not undo the busiest day said outright.
		{"Design a bike repair booking app: 200 bookings a day rising to 1,500 after a heatwave, most of them at weekends.", 7.5, 0},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.WeekPeak != tc.week || rd.PeakFactor != tc.peak {
			t.Errorf("%q: flows %+v, busiest days %v, peak factor %v; want one flow, busiest days %v, peak factor %v (notes %q)",
				tc.statement, rd.Flows, rd.WeekPeak, rd.PeakFactor, tc.week, tc.peak, rd.Notes)
		}
	}
	for _, s := range []string{
		"Design a sign-up service: 40 sign-ups a day, rising to 10,000 by next year.",
		"Design a sign-up service: 40 sign-ups a day, rising to 10,000 in two years.",
		"Design a chat app: 50 messages a day, up to 256 in a group chat.",
	} {
		if rd := workload.Read(s); rd.WeekPeak != 0 || rd.PeakFactor != 0 {
			t.Errorf("%q: busiest days %v, peak factor %v; growth or a group's size is no peak", s, rd.WeekPeak, rd.PeakFactor)
		}
	}
}

// Bytes said of a period that is the clause's subject ("each shooting day produces about 4 TB")
// come again each period: a volume a day, not all that is kept.
func TestReadVolumeOfEachPeriod(t *testing.T) {
	for _, tc := range []struct {
		statement string
		bytes     float64
		per       float64
	}{
		{"Design a film dailies pipeline: each shooting day produces about 4 TB of raw camera footage at two locations, editors in another city need viewable proxies by 7am the next morning.", 4e12, 86400},
		{"Design an archive for an observatory: every night the telescope writes around 20 TB of images that astronomers query later.", 20e12, 86400},
		{"Design storage for a genomics lab where every week the sequencers generate 30 TB of reads.", 30e12, 7 * 86400},
	} {
		rd := workload.Read(tc.statement)
		if rd.Stored != 0 || len(rd.Flows) != 1 || rd.Flows[0].VolumeBytes != tc.bytes || rd.Flows[0].PerSeconds != tc.per || rd.Flows[0].Kind != conversation.FlowWrite {
			t.Errorf("%q: stored %v, flows %+v; want a write of %v bytes every %v s (notes %q)", tc.statement, rd.Stored, rd.Flows, tc.bytes, tc.per, rd.Notes)
		}
	}
	for _, s := range []string{"Design an object store for 10 PB.", "Design a data warehouse: each day analysts query the 10 PB warehouse."} {
		if rd := workload.Read(s); rd.Stored != 10e15 || len(rd.Flows) != 0 {
			t.Errorf("%q: stored %v, flows %+v; want all that is kept", s, rd.Stored, rd.Flows)
		}
	}
}

// A day's volume due by a time the next morning ("proxies by 7am the next morning") moves in
// the hours from midnight to then: that stretch's rate is the peak, said in bits a second.
func TestReadOvernightDeadline(t *testing.T) {
	for _, tc := range []struct {
		statement string
		peak      float64
		said      string
	}{
		{"Design a film dailies pipeline: each shooting day produces about 4 TB of raw camera footage at two locations, editors in another city need viewable proxies by 7am the next morning.", 3.4, "1.3 Gbit/s"},
		{"Design a nightly ingest for a news photo agency: photographers file about 600 GB of images a day, and the archive must have them captioned and searchable before 6:30 am the following day.", 3.7, "0.21 Gbit/s"},
		{"Design a seismic survey upload: the ship records 9 TB a day and onshore geologists need it processed by 8 am tomorrow.", 3, "2.5 Gbit/s"},
	} {
		rd := workload.Read(tc.statement)
		if rd.PeakFactor != tc.peak || !strings.Contains(strings.Join(rd.Notes, "\n"), tc.said) {
			t.Errorf("%q: peak factor %v, notes %q; want %v and %s", tc.statement, rd.PeakFactor, rd.Notes, tc.peak, tc.said)
		}
	}
	// No volume a day, or no next morning: no deadline to size.
	for _, s := range []string{
		"Design a payroll system: 2,000 payslips a day, emailed by 7am the next morning.",
		"Design a log archive: the fleet ships 3 TB of logs a day, kept for 90 days and searchable by 7am.",
	} {
		if rd := workload.Read(s); rd.PeakFactor != 0 {
			t.Errorf("%q: peak factor %v, want none (notes %q)", s, rd.PeakFactor, rd.Notes)
		}
	}
}

// Footage is counted in takes, each a camera's file of a few gigabytes, not in the few megabytes
// of an ordinary upload: 4 TB of a shooting day is about two thousand takes, not a million.
func TestReadFootageIsCountedInTakes(t *testing.T) {
	for _, s := range []string{
		"Design a dailies review system: each shooting day produces about 4 TB of raw camera footage at two locations.",
		"A documentary crew shoots roughly 900 GB of footage a day in the field and the editors in London cut from it.",
		"Our reality show records 12 TB of rushes per day across eight cameras.",
		"every shoot day three cameras record roughly 6 TB between the studio and a location abroad",
	} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.Flows[0].Bytes != 2e9 {
			t.Errorf("%q: flows %+v; want one write of 2 GB takes (notes %q)", s, rd.Flows, rd.Notes)
		}
	}
	// Data that is not a camera's stays a file of a few megabytes.
	if rd := workload.Read("the backup agents send about 6 TB of data a day"); len(rd.Flows) != 1 || rd.Flows[0].Bytes != 4e6 {
		t.Errorf("backups: flows %+v; want files of 4 MB (notes %q)", rd.Flows, rd.Notes)
	}
}
