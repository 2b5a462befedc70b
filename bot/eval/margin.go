package eval

// setMargins fills each result's OtherRecall, Margin and Others. texts[i] is the lower-cased
// text of cases[i]'s design, "" when there is none. The others of a case are the cases of the
// same Source outside its paraphrase family: a paraphrase shares its original's groups, and
// naming them is no sign of boilerplate.
func setMargins(cases []Case, texts []string, results []CaseResult) {
	for i, c := range cases {
		sum, n := 0.0, 0
		for j, o := range cases {
			if j == i || o.Source != c.Source || o.family() == c.family() {
				continue
			}
			n++
			if texts[i] != "" {
				sum += recallOn(texts[i], o.Groups)
			}
		}
		results[i].Others = n
		if n == 0 {
			continue
		}
		results[i].OtherRecall = sum / float64(n)
		results[i].Margin = results[i].Recall - results[i].OtherRecall
	}
}

// meanMargin is the mean margin over the cases that had others to compare with.
func meanMargin(results []CaseResult) (float64, bool) {
	sum, n := 0.0, 0
	for _, r := range results {
		if r.Others > 0 {
			sum += r.Margin
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	return sum / float64(n), true
}
