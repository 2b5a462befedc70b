package offline

import "testing"

// Records only some may see are designed in the statement's own nouns, on every path that could
// show one; words that only sound alike (a sealed bid, results sealed until a vote closes, posts
// for friends) add nothing of it.
func TestRestrictedRecordsNameTheirRecordsAndRoles(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement     string
		want, without []string
	}{
		{"court e-filing for a state's judiciary: about 900,000 filings a year across 40 courthouses, sealed matters visible only to judges and clerks",
			[]string{"only judges and clerks can see sealed matters", "keeping sealed matters restricted wherever they are copied", "access grant"}, nil},
		{"an HR casework tool for a retailer with 30,000 staff; confidential notes are readable only by HR and the employee's manager",
			[]string{"can see confidential notes", "a confidential note"}, nil},
		{"a sealed-bid auction for government land parcels, about 200 bids a month", nil, []string{"access grant", "wherever they are copied"}},
		{"a shareholder vote where results are sealed until the meeting closes, 40,000 holders", nil, []string{"access grant", "wherever they are copied"}},
	} {
		checkDesignSays(t, tc.statement, tc.want, tc.without)
	}
	if rec, roles := restrictedOf("filings must be timestamped, sealed cases visible only to judges & parties, kept 30 years"); rec != "sealed cases" || roles != "judges and parties" {
		t.Errorf("restrictedOf = %q, %q; want sealed cases, judges and parties", rec, roles)
	}
}
