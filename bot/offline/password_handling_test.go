package offline

import (
	"strings"
	"testing"
)

// TestPasswordHandlingFollowsTheSignIn keeps Argon2id advice out of designs whose people sign in
// through someone else's identity provider: the design keeps no password there.
func TestPasswordHandlingFollowsTheSignIn(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, idp string }{
		{"A university room booking app where 40,000 students sign in with their university Google accounts and book study rooms by the hour.", "their university Google accounts"},
		{"Volunteers log in via the charity's Microsoft 365 accounts and record the food parcels they hand out.", "the charity's Microsoft 365 accounts"},
		{"Staff sign on through Okta and file expense claims with photos of receipts.", "Okta"},
		{"Field engineers sign-in using their company accounts to close work orders on tablets.", "their company accounts"},
		{"Users sign up with email and password and message each other.", ""},
		{"Members sign in and reserve a court at the tennis club.", ""},
		{"Riders log in with a phone number and a one-time code to book a ride.", ""},
	} {
		got := passwordHandling(tc.problem)
		if tc.idp == "" {
			if !strings.Contains(got, "Argon2id") {
				t.Errorf("%q: %q, want passwords hashed", tc.problem, got)
			}
			continue
		}
		if strings.Contains(got, "Argon2id") || !strings.Contains(got, "through "+tc.idp+",") {
			t.Errorf("%q: %q, want sign-in through %q", tc.problem, got, tc.idp)
		}
	}
}
