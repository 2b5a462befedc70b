package offline

import "testing"

// An offer cascade's figures and nouns are the statement's, however it says them, and a
// statement that says none gets words, not a made-up figure.
func TestOfferWords(t *testing.T) {
	t.Parallel()
	tests := []struct{ problem, name, want string }{
		{"offer the organ to centres in order, each having 30 min to accept", "oc_window", "30 min"},
		{"an applicant has 72 h to accept before it goes to the next in line", "oc_window", "72 hours"},
		{"each charity has an hour to claim it", "oc_window", "1 hour"},
		{"the shift is offered to nurses in seniority order, 15 minutes each", "oc_window", "15 min"},
		{"a family must respond within 5 days", "oc_window", "5 days"},
		{"flats are offered to applicants in priority order", "oc_window", "the accept window"},
		{"we must produce a ranked match list (blood type, HLA) within 5 minutes", "oc_matchby", "5 min"},
		{"the shortlist is ready within 2 hours of the vacancy", "oc_matchby", "2 hours"},
		{"flats are offered to applicants in priority order", "oc_matchby", "a minute"},
		{"a ranked match list (blood type, HLA, urgency, distance)", "oc_attrs", "blood type, HLA, urgency, distance"},
		{"offered to families by priority (siblings, distance, waiting time); a family", "oc_attrs", "siblings, distance, waiting time"},
		{"offered to the charities in turn by distance and need, each charity", "oc_attrs", "distance and need"},
		{"flats are offered to applicants in priority order", "oc_attrs", "the attributes the policy ranks by"},
		{"each charity has an hour to claim it", "oc_accept", "claim"},
		{"each centre has 30 min to accept", "oc_accept", "accept"},
		{"a deceased donor's organ offered to transplant centres", "oc_a_Item", "An organ"},
		{"a deceased donor's organ offered to transplant centres", "oc_takers", "transplant centres"},
		{"social housing flats offered to applicants", "oc_items", "homes"},
		{"surplus food lots offered to charities", "oc_cands", "charities"},
		{"a scarce thing offered to people in order", "oc_item", "item"},
	}
	for _, tc := range tests {
		if got, ok := offerWords(tc.problem, tc.name); !ok || got != tc.want {
			t.Errorf("offerWords(%q, %s) = %q, %v; want %q", tc.problem, tc.name, got, ok, tc.want)
		}
	}
}
