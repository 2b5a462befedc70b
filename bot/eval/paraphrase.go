package eval

import (
	"fmt"
	"math"
)

// Drift compares the recall of a paraphrased statement with its original's: a designer that
// keys on exact words rather than on the problem scores differently on the same problem.
type Drift struct {
	Original         string  `json:"original"`
	Paraphrase       string  `json:"paraphrase"`
	OriginalRecall   float64 `json:"original_recall"`
	ParaphraseRecall float64 `json:"paraphrase_recall"`
	Drift            float64 `json:"drift"`
	Over             bool    `json:"over"` // above the floors' MaxParaphraseDrift
}

// paraphraseDrifts pairs each paraphrase with its original among results, in result order. A
// paraphrase whose original is not in the run is skipped with a note: drift needs both sides.
func paraphraseDrifts(results []CaseResult, maxDrift float64) (drifts []Drift, notes []string) {
	originals := map[string]CaseResult{}
	for _, r := range results {
		if _, seen := originals[r.ID]; r.ParaphraseOf == "" && !seen {
			originals[r.ID] = r
		}
	}
	for _, p := range results {
		if p.ParaphraseOf == "" {
			continue
		}
		o, ok := originals[p.ParaphraseOf]
		if !ok {
			notes = append(notes, fmt.Sprintf("paraphrase %s: original %s is not in this run; drift not measured", p.ID, p.ParaphraseOf))
			continue
		}
		d := math.Abs(p.Recall - o.Recall)
		drifts = append(drifts, Drift{
			Original: o.ID, Paraphrase: p.ID, OriginalRecall: o.Recall, ParaphraseRecall: p.Recall,
			Drift: d, Over: d > maxDrift+epsilon,
		})
	}
	return drifts, notes
}
