package offline

import (
	"slices"
	"testing"
)

// A usage record holds a quantity with its unit, whatever verb sends it ("report" gives a
// fault its description and location, not a meter reading); and the clusters, nodes and
// instances that send them are machines: no apps of theirs, no email, a certificate, not a
// token.
func TestMachineSendersAndUsageRecords(t *testing.T) {
	t.Parallel()
	const billing = "Design a usage-based billing meter for a cloud database vendor: 30,000 customer clusters report usage records every 10 seconds, invoices are generated monthly and must be accurate to the cent, with no double-counting."
	for _, tc := range []struct{ statement, entity string }{
		{billing, "usage record"},
		{"Design a metering service for a hosting company: 5,000 customer nodes send usage records every minute and finance bills them monthly", "usage record"},
	} {
		m := modelOf(tc.statement)
		fs := m.contentFields(tc.entity)
		if !slices.Contains(fs, "quantity") || slices.Contains(fs, "description") {
			t.Errorf("%q: %s fields %v, want quantity and no description", tc.statement, tc.entity, fs)
		}
	}
	if fs := modelOf("A city's road department: residents report potholes and crews fix them").contentFields("pothole"); !slices.Contains(fs, "location") {
		t.Errorf("pothole fields %v, want its location", fs)
	}
	checkDesignSays(t, billing, []string{"quantity", "each cluster's client certificate"},
		[]string{"the apps clusters use", "unique(email)", "oauth 2.0 tokens and rate-limits per cluster"})
	checkDesignSays(t, "Design a metering service for a hosting company: 5,000 customer nodes send usage records every minute and finance bills them monthly",
		nil, []string{"the apps nodes use", "unique(email)"})
}
