package offline

import (
	"strings"
	"testing"
)

// TestReportingDevicesAtARate reads a machine's rate ("2 readings per second each", "20 times a
// second") as a report interval, as "every 10 seconds" already was; a rate of keys, stocks or
// people is no device fleet.
func TestReportingDevicesAtARate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"9,000 compressors send discharge pressure and oil temperature at 2 readings per second each", "9,000 compressors report every 0.5 s"},
		{"our 300 kilns report their temperature 4 times a minute", "300 kilns report every 15 s"},
		{"1,500 pumps send vibration once a second", "1,500 pumps report once a second"},
		{"a rate limiter for 10,000 API keys at 100 requests per second each", ""},
		{"40,000 traders place 3 orders per minute each", ""},
	} {
		if got := reportingDevices(tc.statement); got != tc.want {
			t.Errorf("%q: reportingDevices = %q, want %q", tc.statement, got, tc.want)
		}
	}
}

// TestPlantBuffer reads how long a site rides out a lost link, with or without a figure.
func TestPlantBuffer(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		sec       float64
		stated    bool
	}{
		{"remote stations may buffer up to 36 hours of data", 36 * 3600, true},
		{"the quarry's uplink can be down for up to 6 hours", 6 * 3600, true},
		{"offshore platforms go offline for 3 days during storms", 3 * 86_400, true},
		{"remote pits lose connectivity for days at a time", 3 * 86_400, false},
		{"the plant has fibre to the data centre", plantAssumedBuffer, false},
	} {
		sec, _, stated := plantBuffer(tc.statement)
		if sec != tc.sec || stated != tc.stated {
			t.Errorf("%q: plantBuffer = %v s (stated %v), want %v s (stated %v)", tc.statement, sec, stated, tc.sec, tc.stated)
		}
	}
}

// TestPlantValues counts the quantities a reading carries, once each, in the statement's order.
func TestPlantValues(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"each kiln sends temperature, pressure and fan speed", "temperature,pressure,fan speed"},
		{"sensors read vibration on every idler", "vibration"},
		{"the current design stores power usage", ""},
	} {
		if got := strings.Join(plantValues(tc.statement), ","); got != tc.want {
			t.Errorf("%q: plantValues = %q, want %q", tc.statement, got, tc.want)
		}
	}
}

// TestPlantDesigns designs equipment watched by sensors as industrial telemetry: edge buffers,
// a historian with tiers, event-time anomaly detection and alerts, sized by points and by the
// backlog a site sends after an outage; the equipment is never taken for people.
func TestPlantDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "Design a vibration monitoring backend for a paper mill: 8,000 motors and compressors send temperature and vibration at 2 readings per second each, the mill's uplink can be down for up to 12 hours, and reliability engineers want early warning of bearing failures.",
			mentions: []string{"industrial telemetry and condition monitoring", "2 values (vibration, temperature)", "32k points/s",
				"16k/s × 12 h = 691m readings", "64k readings/s (4× the live rate), so the backlog drains in 3 h", "80k readings/s (160k points/s)",
				"site edge gateway", "time-series historian", "event time", "rms", "baseline", "escalat",
				`"12 hours": how long a site or device buffers its readings`, "store and forward: 12 hours offline"},
			absent: []string{"a system for", "motors see their", "compressors see their", "apps motors", "12 hours: a limit", "{plant_"},
		},
		{
			statement: "We run 250 gas turbines with SCADA data every 5 seconds and want a historian for 15 years plus anomaly alerts to the on-call engineer.",
			mentions:  []string{"industrial telemetry and condition monitoring", "15 years", "rollups", "parquet", "a day (assumed)"},
			absent:    []string{"elevator", "safety circuit", "{plant_"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// TestPlantHistoryTiers keeps raw points for a year and rollups for the retention where the
// statement states no tiers: 20 years of readings every second is 12 months of raw data and 240
// months of a sixtieth of it (1-minute rollups), not 240 months of raw points; points a minute
// apart keep hourly rollups, a sixtieth again.
func TestPlantHistoryTiers(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		months    float64
	}{
		{"Design predictive maintenance for 3,000 booster pumps that send pressure and flow at 1 reading per second each, with anomaly alerts and 20 years of history.", 12 + 240.0/60},
		{"A building management system for 300 office buildings: each has about 1,500 points (temperatures, valve positions) polled once a minute, and engineers want HVAC fault detection and 10 years of history.", 12 + 120.0/60},
	} {
		g, _ := renderAll(t, tc.statement)
		c := g.Capacity
		if c.StorageBytesPerMonth <= 0 {
			t.Fatalf("%q: no storage a month", tc.statement)
		}
		if got := c.StorageBytesKept / c.StorageBytesPerMonth; got < tc.months-0.1 || got > tc.months+0.1 {
			t.Errorf("%q: kept = %.1f months of raw data, want %.1f", tc.statement, got, tc.months)
		}
	}
}

// TestMachinesThatStreamSend reads "turbines stream … 5 times a second" as the turbines sending
// readings: it was a read of 6,000/s from which a thousand times more writes were assumed.
func TestMachinesThatStreamSend(t *testing.T) {
	t.Parallel()
	g, _ := renderAll(t, "An operator of 1,200 hydro turbines that stream bearing temperature and shaft speed 5 times a second wants anomaly detection and 7 years of history.")
	if got := g.Capacity.WriteQPS; got != 6000 {
		t.Errorf("writes %.0f/s, want 6,000/s (1,200 turbines × 5 a second)", got)
	}
}
