package offline

import (
	"slices"
	"testing"
)

// TestStatedRegionsMakeTheDesignMultiRegion checks that a deployment the statement states is
// designed from the start, for any kind of system, and that places a service covers are not
// taken for regions it runs in.
func TestStatedRegionsMakeTheDesignMultiRegion(t *testing.T) {
	for _, tc := range []struct {
		statement string
		want      bool
	}{
		{"Design a distributed rate limiter for an API gateway that handles 300K requests per second across 3 regions", true},
		{"Per-tenant API quotas for a SaaS platform that runs in 2 AWS regions", true},
		{"A URL shortener serving 50M redirects a day from two data centres", true},
		{"A payments ledger deployed in the EU and the US, 2,000 transfers a second", true},
		{"An online bookshop hosted across three datacenters with 1M orders a month", true},
		{"Real-time bidding for an ad exchange in 4 regions, 1M bid requests a second", true},
		{"An ambulance dispatch service for 5 regions of the country", false},
		{"A marketplace for sellers in the US and Canada", false},
		{"Design a rate limiter", false},
		{"Build a CDN that serves 10 million requests a second across 40 regions", false}, // many PoPs by design already
	} {
		ids, why := detect(tc.statement)
		if got := slices.Contains(ids, "multiregion"); got != tc.want {
			t.Errorf("%q: multiregion=%v (%s), want %v (features %v)", tc.statement, got, why["multiregion"], tc.want, ids)
		}
	}
}
