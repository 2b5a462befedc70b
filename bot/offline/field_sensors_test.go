package offline

import (
	"slices"
	"testing"
)

// TestFieldSensorsAreDevices reads sensors out on farms, vineyards and orchards, or on a
// low-power radio network, as a device fleet rather than servers a metrics pipeline watches, and
// their gateways going offline as devices buffering, not an app that works offline. Servers
// watched for their health keep the metrics pipeline.
func TestFieldSensorsAreDevices(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		on, off   []string
	}{
		{"Build a frost warning service for 300 vineyards: every block has 20 temperature sensors reporting every 10 minutes through cellular gateways that can drop offline for a day, and growers must get a text message within 3 minutes when a block falls below 0°C.",
			[]string{"iot"}, []string{"metrics", "offline"}},
		{"We track grain silo fill levels with 5,000 battery sensors on an NB-IoT network reporting every 30 minutes, and want dashboards and alerts when a silo is nearly empty.",
			[]string{"iot"}, []string{"metrics"}},
		{"collect cpu and memory metrics from 30,000 servers every 10 seconds and page the on-call engineer on thresholds",
			[]string{"metrics"}, []string{"iot"}},
	} {
		ids, _ := detect(tc.statement)
		for _, id := range tc.on {
			if !slices.Contains(ids, id) {
				t.Errorf("%q: detect = %v, want %s", tc.statement, ids, id)
			}
		}
		for _, id := range tc.off {
			if slices.Contains(ids, id) {
				t.Errorf("%q: detect = %v, want no %s", tc.statement, ids, id)
			}
		}
	}
}

// TestFieldSensorAlertsReachTheirPeople designs field sensors whose alerts go to the people who
// grow there by the channel the statement names: an SMS gateway to growers, not PagerDuty to an
// on-call engineer, and readings buffered through an outage never alert late. Servers keep their
// paging.
func TestFieldSensorAlertsReachTheirPeople(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "Build a frost warning service for 300 vineyards: every block has 20 temperature sensors reporting every 10 minutes through cellular gateways that can drop offline for a day, and growers must get a text message within 3 minutes when a block falls below 0°C.",
			mentions:  []string{"sms gateway", "how alerts reach the growers: sms", "missed alert"},
			absent:    []string{"pagerduty", "go agent on every host", "pages on-call", "actions queue on the device"},
		},
		{
			statement: "Orchard managers need a platform for 700 orchards where each orchard has 40 leaf-wetness probes on LoRa reporting every 5 minutes; the LoRa gateways can be cut off for 36 hours, and managers receive disease-risk alerts by email and SMS.",
			mentions:  []string{"how alerts reach the managers: sms and email", "missed alert"},
			absent:    []string{"pagerduty", "go agent on every host", "pages on-call"},
		},
		{
			statement: "monitor 20,000 servers that send CPU and memory metrics every 10 seconds and page the on-call engineer through PagerDuty when CPU stays above 90% for 5 minutes",
			mentions:  []string{"pagerduty"},
			absent:    []string{"sms gateway", "missed alert"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}
