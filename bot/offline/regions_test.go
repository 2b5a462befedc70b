package offline

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestStatedRegionsMakeTheDesignMultiRegion checks that a deployment the statement states is
// designed from the start, for any kind of system, and that places a service covers are not
// taken for regions it runs in.
func TestStatedRegionsMakeTheDesignMultiRegion(t *testing.T) {
	t.Parallel()
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
		// Where the work is done is no deployment: nothing served is said beside the regions.
		{"Sheep shearing contractors are assigned to farms across 3 regions during a 10-week season", false},
		{"A vineyard group with estates in 4 regions tracks each barrel from press to bottle", false},
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

// TestLimiterAcrossRegions checks a rate limiter whose statement says it runs in several regions:
// the design splits each limit between them, never reviews itself as single-region, counts each
// check once, keeps nothing for months, and does not promise its counters are never lost.
func TestLimiterAcrossRegions(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		regions   string
	}{
		{"Design a distributed rate limiter for an API gateway that handles 300K requests per second across 3 regions", "3 regions"},
		{"Per-tenant API quotas for a B2B SaaS that runs in 2 AWS regions, 40K API calls a second", "2 regions"},
		{"A rate limiter for our public REST API, deployed in the EU and the US, 1 million requests a minute", "2 regions"},
	} {
		t.Run(tc.statement, func(t *testing.T) {
			g, sec := renderAll(t, tc.statement)
			all := ""
			for _, md := range sec {
				all += md + "\n"
			}
			for _, want := range []string{"One limit across " + tc.regions, "Fail open or closed, per route", "A share of each limit per region"} {
				if !strings.Contains(all, want) {
					t.Errorf("no %q in the design", want)
				}
			}
			for _, bad := range []string{"Single region:", "home region per user", "is never lost", "of new data a month", "0/s writes"} {
				if strings.Contains(all, bad) {
					t.Errorf("the design says %q", bad)
				}
			}
			if g.Capacity.PeakWriteQPS != 0 {
				t.Errorf("peak writes=%v, want 0: each check bumps its counter in the same atomic call", g.Capacity.PeakWriteQPS)
			}
			if g.Capacity.StorageBytesPerMonth != 0 {
				t.Errorf("storage=%v a month, want 0: counters update in place and expire", g.Capacity.StorageBytesPerMonth)
			}
		})
	}
}

// TestLimiterInOneRegion checks limiters with no deployment stated, however they are named and
// whatever they count: they stay single-region, count each check once (a check bumps its counter
// in the same call), keep nothing for months, and never promise their counters are never lost.
func TestLimiterInOneRegion(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design a rate limiter",
		"Design a login-attempt limiter that blocks brute force on our sign-in endpoint, 20K logins a second at peak",
		"A global rate limit for an SMS provider's send API, 5,000 send calls a second",
	} {
		t.Run(s, func(t *testing.T) {
			g, sec := renderAll(t, s)
			f := g.Requirements.Features
			if !slices.Contains(f, "ratelimit") || slices.Contains(f, "rlregions") || slices.Contains(f, "multiregion") {
				t.Errorf("features %v: want a single-region rate limiter", f)
			}
			if strings.Contains(sec[conversation.Requirements], "is never lost") {
				t.Errorf("requirements promise counters are never lost:\n%s", sec[conversation.Requirements])
			}
			if g.Capacity.PeakWriteQPS != 0 || g.Capacity.StorageBytesPerMonth != 0 {
				t.Errorf("peak writes=%v, storage=%v a month; want 0 and 0", g.Capacity.PeakWriteQPS, g.Capacity.StorageBytesPerMonth)
			}
		})
	}
}
