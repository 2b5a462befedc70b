package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// How long data is kept said with an article ("for a year", "for a decade") or in seasons,
// which come once a year ("two seasons" of a ski resort's scans: about two years, assumed).
func TestReadRetentionSaidWithAnArticleOrInSeasons(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		years     float64
		assumed   bool
	}{
		{"A GPS tracker app for 20,000 hikers. We keep the track history for a year.", 1, false},
		{"A GPS tracker app for 20,000 hikers. We keep the track history for one year.", 1, false},
		{"Audit logs are retained for a decade.", 10, false},
		{"A ski resort lift scanner: 30,000 skiers a day; we keep scan history for two seasons.", 2, true},
		// A season that is no retention is no time: "peaks in the ski season" keeps nothing.
		{"A ski resort lift scanner: 30,000 skiers a day, busiest in the ski season.", 0, false},
	} {
		rd := workload.Read(tc.statement)
		if rd.RetentionYears != tc.years {
			t.Errorf("%q: retention %v years, want %v (notes %q)", tc.statement, rd.RetentionYears, tc.years, rd.Notes)
		}
		if got := slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "season comes once a year") }); got != tc.assumed {
			t.Errorf("%q: notes %q; want the seasons' years noted as assumed: %v", tc.statement, rd.Notes, tc.assumed)
		}
	}
}

// How long data is kept said right after what is kept ("keep claims and attachments 7 years") is
// a retention; a span said before a thing as its length ("a 2-day food festival") is not. A count
// ends before "through" ("40 insurers through us"), and a tech is a technician.
func TestReadKeptSpansAndCountedNouns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		years     float64
	}{
		{"Insurance claims portal: 5,000 claims a day; keep claims and attachments 7 years.", 7},
		{"A warehouse: 12k orders a day; keep scan logs 18 months for audits.", 1.5},
		{"A 500-bed hospital keeps a 30-day log of badge scans: 20,000 scans a day.", 30.0 / 365},
		{"Cashless payments for a 2-day food festival: 900 taps a minute at lunch.", 0},
	} {
		rd := workload.Read(tc.statement)
		if d := rd.RetentionYears - tc.years; d > 0.03 || d < -0.03 {
			t.Errorf("%q: retention %v years, want %v (notes %q)", tc.statement, rd.RetentionYears, tc.years, rd.Notes)
		}
	}
	for statement, want := range map[string]string{
		"Insurance claims portal for 40 insurers through us: 5,000 claims a day.":                "40 insurers: stated",
		"HVAC: 35 branches, each with about 20 technicians; every tech does about 6 jobs a day.": "job: stated (6 per technician a day)",
	} {
		rd := workload.Read(statement)
		if !slices.Contains(rd.Notes, want) {
			t.Errorf("%q: notes %q, want %q", statement, rd.Notes, want)
		}
	}
}

// "300 applications a week, each with 40 plan PDFs" says what each application holds, not a
// rate for each user (771 PB a month before); an office that gets them receives them, and "keep
// everything for the life of the building, call it 50 years" is a retention.
func TestEachWithDescribesTheItem(t *testing.T) {
	t.Parallel()
	rd := workload.Read("A city permitting office gets about 300 new applications a week, each with around 40 plan PDFs averaging 15 MB; keep everything for the life of the building, call it 50 years.")
	if rd.RetentionYears != 50 {
		t.Errorf("retention %v years, want 50 (notes %q)", rd.RetentionYears, rd.Notes)
	}
	for _, f := range rd.Flows {
		if f.Name == "application" && (f.Each || f.Kind != conversation.FlowWrite) {
			t.Errorf("flow %+v: the office's applications are its own writes, not each user's reads", f)
		}
	}
}
