package offline

import "testing"

// TestStatedAvailability reads an availability only where the statement says it of availability.
func TestStatedAvailability(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		problem string
		want    string
	}{
		{"redirects 50,000 requests per second with 99.9% availability", "99.9%"},
		{"the feed must be up 99.999% of trading hours", "99.999%"},
		{"an SLA of 99.95% for the booking API", "99.95%"},
		{"99.99% uptime for message delivery", "99.99%"},
		{"99% of orders ship the same day from 3 warehouses", ""},
		{"the model must be 99.5% accurate on 2 million scans a day", ""},
	} {
		if got, _ := statedAvailability(tc.problem); got != tc.want {
			t.Errorf("statedAvailability(%q) = %q, want %q", tc.problem, got, tc.want)
		}
	}
}
