package offline

import "testing"

// TestVisitsEveryFewMonthsAreNoTelemetry reads work done to counted things every few months
// (inspections, services) as people's work, not devices reporting; a daily meter read still is.
func TestVisitsEveryFewMonthsAreNoTelemetry(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		devices   bool
	}{
		{"a wind farm's maintenance app: technicians climb 80 turbines, inspections every 6 months, faults raise work orders", false},
		{"a council's CCTV app: 700 cameras, lens cleaning every 2 months", false},
		{"a utility: 40,000 meters, recalibration every 5 years", false},
		{"40,000 water meters report a reading every day", true},
	}
	for _, tc := range tests {
		if got := reportingDevices(tc.statement) != ""; got != tc.devices {
			t.Errorf("reportingDevices(%q) = %q, want devices=%v", tc.statement, reportingDevices(tc.statement), tc.devices)
		}
	}
}
