package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// apiOpening is the paragraph an API section opens with, before its table.
func apiOpening(t *testing.T, statement string) string {
	t.Helper()
	_, sec := renderAll(t, statement)
	api := sec[conversation.API]
	if i := strings.Index(api, "| Method"); i >= 0 {
		api = api[:i]
	}
	return strings.TrimSpace(api)
}

// TestAPIOpeningNamesItsCallers keeps the API section's opening from reading the same in every
// design: it says who calls (people's phones, staff consoles, devices, partner servers) and how
// each proves who it is, in the design's own names, and two unrelated designs share none of it.
func TestAPIOpeningNamesItsCallers(t *testing.T) {
	t.Parallel()
	cases := []struct {
		statement string
		want      []string
		not       []string
	}{
		{"A dog-walking marketplace: owners book walkers from a phone app, 40k walks a week, walkers get paid weekly",
			[]string{"owner", "phones", "OAuth", "one booking, not two"}, []string{"certificate", "row says otherwise"}},
		{"Soil probes in 900 vineyards report moisture every minute; agronomists see alerts on a dashboard and irrigation valves are switched remotely",
			[]string{"X.509 certificate", "MQTT", "Operator consoles", "SSO"}, []string{"OAuth", "row says otherwise"}},
		{"An e-invoicing hub: 2,000 suppliers send 1 million invoices a month to buyers, buyers' AP clerks approve them, and partner ERPs are told by webhook when one is paid",
			[]string{"API key", "HMAC", "supplier"}, []string{"row says otherwise"}},
	}
	var opened []map[string]bool
	for _, tc := range cases {
		got := apiOpening(t, tc.statement)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q: API opening lacks %q:\n%s", tc.statement, w, got)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%q: API opening says %q:\n%s", tc.statement, w, got)
			}
		}
		opened = append(opened, sentencesOf(got))
	}
	for i := range opened {
		for j := i + 1; j < len(opened); j++ {
			for s := range opened[i] {
				if opened[j][s] {
					t.Errorf("designs %d and %d open their API alike: %q", i, j, s)
				}
			}
		}
	}
}

// TestCallerOfAuth sorts Auth cells by who holds the credential and names the holder.
func TestCallerOfAuth(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		auth   string
		kind   callerKind
		holder string
	}{
		{"", peopleCaller, ""},
		{"creator bearer token", peopleCaller, "creator"},
		{"AP clerk role", staffCaller, "AP clerk"},
		{"device X.509 certificate", deviceCaller, "device"},
		{"merchant secret key", partnerCaller, "merchant"},
		{"service identity (mTLS)", serviceCaller, "service"},
		{"none (public feed)", publicCaller, ""},
		{"desk SSO + hardware key", staffCaller, "desk"},
	} {
		if got := callerOf(tc.auth); got != tc.kind {
			t.Errorf("callerOf(%q)=%v, want %v", tc.auth, got, tc.kind)
		}
		if got := holderOf(tc.auth); got != tc.holder {
			t.Errorf("holderOf(%q)=%q, want %q", tc.auth, got, tc.holder)
		}
	}
}

// TestSignInNamesItsAccountHolders keeps the accounts feature's rows from reading the same in
// every design: the sign-in says whose credentials it takes, and an account carries a role when
// the statement names more than one kind of person who signs in.
func TestSignInNamesItsAccountHolders(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "A wildlife camera-trap app: rangers upload trap photos with GPS, 500k photos a year, and biologists tag the animals")
	if !strings.Contains(sec[conversation.API], "none: rangers and biologists sign in with the credentials in the body") {
		t.Errorf("sign-in row does not name the rangers and biologists:\n%s", sec[conversation.API])
	}
	if open := apiOpening(t, "A wildlife camera-trap app: rangers upload trap photos with GPS, 500k photos a year, and biologists tag the animals"); strings.Contains(open, "{signing_in}") || !strings.Contains(open, "Ranger and biologist") {
		t.Errorf("API opening does not name rangers and biologists as callers:\n%s", open)
	}
	if !strings.Contains(sec[conversation.DataModel], "role (ranger | biologist") {
		t.Errorf("account has no role for rangers and biologists:\n%s", sec[conversation.DataModel])
	}
}
