package offline

import "testing"

// Libraries that lend e-books lend licences: a checkout takes a free licence (one copy one user,
// metered loans, a term), loans end on the device, and nothing rides a van or passes a kiosk. A
// library of print books keeps its circulation, and a shop that sells e-books lends nothing.
func TestEbookLendingIsDesignedAsLicences(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement     string
		want, without []string
	}{
		{"a digital lending service for 120 school libraries: pupils borrow e-books and audiobooks for 14 days, each title bought as one-copy-one-user or metered licences",
			[]string{"licence arithmetic", "conditional update", "distributor", "holds queue"}, []string{"delivery van", "rfid", "overdue items accrue fines", "sip2 gateway"}},
		{"Design the lending backend for a county library network's e-audiobook collection: 600,000 cardholders, licences expire after 24 months, holds are first come first served, data must stay in the EU",
			[]string{"licence", "expires_at", "no copy of"}, []string{"delivery van", "kiosk"}},
		{"our city library wants self-checkout kiosks with RFID and holds that travel between 12 branches on a van", []string{"delivery van"}, []string{"licence arithmetic"}},
		{"an online store that sells e-books to readers and pays authors royalties monthly", nil, []string{"licence arithmetic", "holds queue per licence"}},
	} {
		checkDesignSays(t, tc.statement, tc.want, tc.without)
	}
	if what, _ := residencyOf("EU patron data must stay in the EU"); what != "EU patron data" {
		t.Errorf("residency data = %q, want the acronym kept: EU patron data", what)
	}
}
