package eval_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// floorRuns: recall 1 and 1; margins 1-1/2 for a (it names b's "segment") and 1-0 for b, mean
// 0.75; boilerplate 1/2 (s1 shared, of a's two long sentences); a names its negative "geohash".
func floorRuns() []eval.Run {
	a := eval.Case{ID: "a", Statement: "x", Groups: [][]string{{"kafka"}}, Negatives: [][]string{{"geohash"}}}
	b := eval.Case{ID: "b", Statement: "x", Groups: [][]string{{"cdn"}, {"segment"}}}
	return []eval.Run{
		{Case: a, Design: textDesign(s1 + " Kafka carries the upload segments to every consumer in order. A geohash too.")},
		{Case: b, Design: textDesign(s1 + " A CDN serves the video segments at the edge. " + a3)},
	}
}

func TestFloors(t *testing.T) {
	base := eval.Floors{TotalRecall: 1, CaseRecall: 1, MaxNegCases: 1, MinMargin: 0.75, MaxBoilerplate: 0.5, MaxParaphraseDrift: 0.05}
	tests := []struct {
		name string
		edit func(f *eval.Floors)
		fail string // "" when the run passes
	}{
		{"every figure exactly at its floor passes", func(*eval.Floors) {}, ""},
		{"margin floor above the run", func(f *eval.Floors) { f.MinMargin = 0.76 }, "specificity margin 0.750 below 0.76"},
		{"boilerplate cap below the run", func(f *eval.Floors) { f.MaxBoilerplate = 0.49 }, "boilerplate share 0.500 above 0.49"},
		{"no out-of-place case allowed", func(f *eval.Floors) { f.MaxNegCases = 0 }, "1 cases name out-of-place concepts, at most 0 allowed"},
		{"no floors", func(f *eval.Floors) { *f = eval.NoFloors }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := base
			tc.edit(&f)
			rep := eval.Evaluate("test", floorRuns(), f)
			if rep.NegativeCases != 1 || !near(rep.Margin, 0.75) || !near(rep.Boilerplate.Share, 0.5) {
				t.Fatalf("figures: out-of-place %d margin %.3f boilerplate %.3f, want 1, 0.75, 0.5", rep.NegativeCases, rep.Margin, rep.Boilerplate.Share)
			}
			if tc.fail == "" {
				if !rep.Pass {
					t.Fatalf("failed: %q", rep.Failures)
				}
				return
			}
			if rep.Pass || len(rep.Failures) != 1 || rep.Failures[0] != tc.fail {
				t.Fatalf("failures=%q, want exactly %q", rep.Failures, tc.fail)
			}
		})
	}
}

func TestReportFormatsCarryTheNewFigures(t *testing.T) {
	rep := eval.Evaluate("test", floorRuns(), eval.DefaultFloors)
	var text bytes.Buffer
	if err := rep.Text(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"margin", "+1.00", "+0.50", "specificity margin 0.750 (floor 0.5)", "boilerplate share 0.500 over 1 pairs (max 0.1)",
		"out-of-place in 1 of 2 cases (max 1)", "most widely shared sentences", "2  every write is replicated", "FAIL"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, text.String())
		}
	}
	var js bytes.Buffer
	if err := rep.JSON(&js); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Margin      float64 `json:"margin"`
		Boilerplate struct {
			Share float64 `json:"share"`
			Top   []struct {
				Text    string `json:"text"`
				Designs int    `json:"designs"`
			} `json:"top"`
		} `json:"boilerplate"`
		NegativeCases int `json:"negative_cases"`
		Floors        struct {
			MinMargin float64 `json:"min_margin"`
		} `json:"floors"`
	}
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if !near(back.Margin, 0.75) || !near(back.Boilerplate.Share, 0.5) || len(back.Boilerplate.Top) != 1 || back.Boilerplate.Top[0].Designs != 2 ||
		back.NegativeCases != 1 || back.Floors.MinMargin != 0.5 {
		t.Fatalf("json report: %+v", back)
	}
}
