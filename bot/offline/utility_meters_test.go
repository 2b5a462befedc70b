package offline

import "testing"

// TestUtilityMetersFollowTheUtility designs water and gas meter billing as that utility's: volume
// in m³, leaks for water and calorific value for gas, no electricity meter's energy channels,
// peak demand, feeder outages or last gasps; and a month of reads follows the stated interval
// (half-hourly is 1,440, hourly 720). Electricity meters keep their pattern.
func TestUtilityMetersFollowTheUtility(t *testing.T) {
	t.Parallel()
	electricity := []string{"kwh delivered", "peak demand", "last gasp", "feeder", "480 kwh", "peak and off-peak", "outage status"}
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "A regional gas distributor has 2.5 million household gas meters that send half-hourly readings; it bills every household monthly, and customers can query any bill.",
			mentions:  []string{"gas metering", "calorific value", "m³", "1,440 at 30 minutes", "battery gas meters"},
			absent:    append([]string{"2,880"}, electricity...),
		},
		{
			statement: "Our water board bills 400,000 homes each quarter from smart water meters that each report once an hour; homeowners should hear about a likely leak the next day.",
			mentions:  []string{"water metering", "leak", "m³", "720 at one an hour", "battery water meters"},
			absent:    append([]string{"2,880", "calorific"}, electricity...),
		},
		{
			statement: "Design a smart-meter platform for 6 million electricity meters that send a reading every 15 minutes, with monthly time-of-use bills.",
			mentions:  []string{"last gasp", "peak demand", "2,880 at 15 minutes"},
			absent:    []string{"water metering", "gas metering", "calorific"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}
