package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// Floors are the thresholds a run must meet to pass.
type Floors struct {
	TotalRecall   float64 `json:"total_recall"`   // mean recall over all cases
	CaseRecall    float64 `json:"case_recall"`    // lowest recall any one case may have
	MaxNegCases   int     `json:"max_neg_cases"`  // cases allowed to name an out-of-place concept
	NumbersWithin bool    `json:"numbers_within"` // every expected figure within Tolerance
}

// DefaultFloors are the targets of the offline designer on the shared cases.
var DefaultFloors = Floors{TotalRecall: 0.90, CaseRecall: 0.75, MaxNegCases: 1, NumbersWithin: true}

// Report is the outcome of a benchmark run.
type Report struct {
	Provider string       `json:"provider,omitempty"`
	Cases    []CaseResult `json:"cases"`
	// TotalRecall is the mean of the per-case recalls.
	TotalRecall float64 `json:"total_recall"`
	MinRecall   float64 `json:"min_recall"`
	// NegativeCases counts cases naming at least one out-of-place concept.
	NegativeCases int      `json:"negative_cases"`
	NumbersOk     int      `json:"numbers_ok"`
	NumbersTotal  int      `json:"numbers_total"`
	Floors        Floors   `json:"floors"`
	Pass          bool     `json:"pass"`
	Failures      []string `json:"failures,omitempty"`
}

// NewReport totals results and checks them against floors.
func NewReport(provider string, results []CaseResult, floors Floors) Report {
	r := Report{Provider: provider, Cases: results, Floors: floors, MinRecall: 1}
	if len(results) == 0 {
		r.MinRecall = 0
		r.Failures = append(r.Failures, "no cases")
	}
	for _, c := range results {
		r.TotalRecall += c.Recall
		if c.Recall < r.MinRecall {
			r.MinRecall = c.Recall
		}
		if len(c.Negatives) > 0 {
			r.NegativeCases++
		}
		for _, n := range c.Numbers {
			r.NumbersTotal++
			if n.Ok {
				r.NumbersOk++
			}
		}
		if c.Error != "" {
			r.Failures = append(r.Failures, fmt.Sprintf("%s: %s", c.ID, c.Error))
		}
		if c.Recall < floors.CaseRecall {
			r.Failures = append(r.Failures, fmt.Sprintf("%s: recall %.2f below %.2f (missed %s)", c.ID, c.Recall, floors.CaseRecall, strings.Join(c.Missed, ", ")))
		}
		if floors.NumbersWithin {
			for _, n := range c.Numbers {
				if !n.Ok {
					r.Failures = append(r.Failures, fmt.Sprintf("%s: %s = %.4g, want within %gx of %.4g", c.ID, n.Field, n.Got, Tolerance, n.Expected))
				}
			}
		}
	}
	if len(results) > 0 {
		r.TotalRecall /= float64(len(results))
	}
	if r.TotalRecall < floors.TotalRecall {
		r.Failures = append(r.Failures, fmt.Sprintf("total recall %.3f below %.2f", r.TotalRecall, floors.TotalRecall))
	}
	if r.NegativeCases > floors.MaxNegCases {
		r.Failures = append(r.Failures, fmt.Sprintf("%d cases name out-of-place concepts, at most %d allowed", r.NegativeCases, floors.MaxNegCases))
	}
	r.Pass = len(r.Failures) == 0
	return r
}

// Text writes the report as a table, one row per case, then the totals and any failures.
func (r Report) Text(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "case\trecall\tmissed\tout-of-place\tnumbers")
	for _, c := range r.Cases {
		missed := strings.Join(c.Missed, ", ")
		if missed == "" {
			missed = "-"
		}
		neg := strings.Join(c.Negatives, ", ")
		if neg == "" {
			neg = "-"
		}
		var nums []string
		for _, n := range c.Numbers {
			mark := "ok"
			if !n.Ok {
				mark = "OFF"
			}
			nums = append(nums, fmt.Sprintf("%s %.3g/%.3g %s", n.Field, n.Got, n.Expected, mark))
		}
		numText := strings.Join(nums, "; ")
		if numText == "" {
			numText = "-"
		}
		if c.Error != "" {
			missed = "error: " + c.Error
		}
		fmt.Fprintf(tw, "%s\t%.2f\t%s\t%s\t%s\n", c.ID, c.Recall, missed, neg, numText)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	verdict := "PASS"
	if !r.Pass {
		verdict = "FAIL"
	}
	_, err := fmt.Fprintf(w, "\ntotal recall %.3f (floor %.2f), lowest case %.2f (floor %.2f), out-of-place in %d of %d cases (max %d), numbers within %gx: %d of %d — %s\n",
		r.TotalRecall, r.Floors.TotalRecall, r.MinRecall, r.Floors.CaseRecall, r.NegativeCases, len(r.Cases), r.Floors.MaxNegCases, Tolerance, r.NumbersOk, r.NumbersTotal, verdict)
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	for _, f := range r.Failures {
		if _, err := fmt.Fprintf(w, "  - %s\n", f); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	return nil
}

// JSON writes the report as indented JSON.
func (r Report) JSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write report json: %w", err)
	}
	return nil
}
