package eval

import "github.com/archbot/archbot/conversation"

// Run is one case and the design produced for it; Design is nil when Err says why there is none.
type Run struct {
	Case   Case
	Design *conversation.Design
	Err    error
}

// Evaluate scores every run and the run as a whole: recall, out-of-place concepts and figures per
// case, each design's specificity margin against the other cases of its file, boilerplate shared
// between designs, and paraphrase drift; then checks the totals against floors.
func Evaluate(provider string, runs []Run, floors Floors) Report {
	cases := make([]Case, len(runs))
	texts := make([]string, len(runs))
	results := make([]CaseResult, len(runs))
	var docs, families []string
	for i, run := range runs {
		cases[i] = run.Case
		results[i] = Score(run.Case, run.Design)
		if run.Err != nil {
			results[i].Error = run.Err.Error()
		}
		if run.Design == nil {
			continue
		}
		texts[i] = scoredText(run.Case, run.Design)
		docs = append(docs, run.Design.Markdown())
		families = append(families, run.Case.family())
	}
	setMargins(cases, texts, results)
	r := Report{Provider: provider, Cases: results, Floors: floors}
	r.Boilerplate = measureBoilerplate(docs, families)
	r.summarise()
	return r
}
