package eval_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
	"github.com/archbot/archbot/conversation"
)

func TestLoadNumbersCases(t *testing.T) {
	tests := []struct {
		name, input string
		ids         []string
		err         string
	}{
		{"two cases, a comment and a blank line",
			"# numbers\n{\"id\":\"a\",\"statement\":\"Design x for 2 million emails per minute.\",\"expect\":{\"write_qps\":33333}}\n\n" +
				`{"id":"b","statement":"Design y","expect":{"any_qps":10,"storage_bytes_per_month":1e12}}`,
			[]string{"a", "b"}, ""},
		{"unknown field", `{"id":"a","statement":"x","expect":{"writes":1}}`, nil, `unknown field "writes"`},
		{"no expectations", `{"id":"a","statement":"x","expect":{}}`, nil, "expect are required"},
		{"negative figure", `{"id":"a","statement":"x","expect":{"read_qps":-1}}`, nil, "must be positive"},
		{"bad json", `{"id":`, nil, "line 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := eval.LoadNumbersCases(strings.NewReader(tc.input))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err=%v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil || len(cs) != len(tc.ids) {
				t.Fatalf("cases=%+v err=%v", cs, err)
			}
			for i, id := range tc.ids {
				if cs[i].ID != id {
					t.Fatalf("case %d id=%q, want %q", i, cs[i].ID, id)
				}
			}
		})
	}
}

func TestScoreNumbers(t *testing.T) {
	capa := conversation.Capacity{
		ReadQPS: 2000, PeakReadQPS: 6000, WriteQPS: 400, PeakWriteQPS: 1200,
		StorageBytesPerMonth: 5.9e12, IngressBytesPerSec: 1.9e6, EgressBytesPerSec: 2.1e6,
	}
	tests := []struct {
		field string
		want  float64
		ok    bool
		got   float64
		basis string
	}{
		{"write_qps", 1000, true, 1200, "peak"},                  // average 0.4x is off, peak 1.2x is in
		{"write_qps", 400, true, 400, "average"},                 // the average is tried first
		{"write_qps", 5000, false, 1200, "peak"},                 // neither: the closer one is shown
		{"read_qps", 1000, true, 2000, "average"},                // exactly 2x is in
		{"read_qps", 12000, true, 6000, "peak"},                  // exactly 1/2 is in
		{"read_qps", 12100, false, 6000, "peak"},                 // 0.496x is out
		{"storage_bytes_per_month", 1e12, true, 5.9e12, "month"}, // replication allows 6x
		{"storage_bytes_per_month", 0.98e12, false, 5.9e12, "month"},
		{"storage_bytes_per_month", 11.8e12, true, 5.9e12, "month"}, // and 1/2
		{"any_qps", 11000, true, 6000, "peak read"},                 // only the peak read is within 2x
		{"peak_write_qps", 400, false, 1200, "peak"},                // the average 400 does not answer for the peak
		{"peak_read_qps", 6000, true, 6000, "peak"},
		{"average_write_qps", 1200, false, 400, "average"}, // the peak 1200 does not answer for the average
		{"average_read_qps", 2000, true, 2000, "average"},
		{"any_qps", 250, true, 400, "write"},
		{"any_qps", 100000, false, 6000, "peak read"},
		{"ingress_bytes_per_sec", 1e6, true, 1.9e6, "average"},
		{"egress_bytes_per_sec", 1e6, false, 2.1e6, "average"},
	}
	for _, tc := range tests {
		c := eval.NumbersCase{ID: "x", Statement: "x", Expect: map[string]float64{tc.field: tc.want}}
		r := eval.ScoreNumbers(c, capa)
		f := r.Figures[0]
		if r.Pass != tc.ok || f.Ok != tc.ok || f.Got != tc.got || f.Basis != tc.basis || f.Want != tc.want {
			t.Errorf("%s want %g: pass=%v figure=%+v, want ok=%v got=%g (%s)", tc.field, tc.want, r.Pass, f, tc.ok, tc.got, tc.basis)
		}
	}
}

func TestNumbersReport(t *testing.T) {
	capa := conversation.Capacity{ReadQPS: 100, WriteQPS: 10, PeakReadQPS: 300, PeakWriteQPS: 30}
	both := eval.NumbersCase{ID: "both", Statement: "x", Expect: map[string]float64{"read_qps": 100, "write_qps": 10}}
	half := eval.NumbersCase{ID: "half", Statement: "x", Expect: map[string]float64{"read_qps": 100, "write_qps": 1000}}
	results := []eval.NumbersResult{
		eval.ScoreNumbers(both, capa),
		eval.ScoreNumbers(half, capa),
		{ID: "broken", Error: "requirements: model unavailable"},
	}
	if !results[0].Pass || results[1].Pass {
		t.Fatalf("pass=%v,%v: a case passes only when every figure does", results[0].Pass, results[1].Pass)
	}
	rep := eval.NewNumbersReport("offline", results, 0.95)
	if rep.Passed != 1 || !near(rep.Score, 1.0/3) || rep.Pass {
		t.Fatalf("report=%+v, want 1 of 3 and a failure", rep)
	}
	var text bytes.Buffer
	if err := rep.Text(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"both", "pass", "half", "FAIL", "write_qps 30 / 1,000 (peak) OFF", "read_qps 100 / 100 (average) ok",
		"error: requirements: model unavailable", "numbers score 0.333: 1 of 3 cases (floor 0.95)", "numbers score 0.333 below 0.95"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("numbers report lacks %q:\n%s", want, text.String())
		}
	}
	if rep := eval.NewNumbersReport("offline", results[:1], 0.95); !rep.Pass || rep.Score != 1 {
		t.Fatalf("one passing case: %+v", rep)
	}
}
