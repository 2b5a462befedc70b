package offline

import "testing"

// A time said of one thing is taken from that thing's clause, not from another span the
// statement gives; a limit whose usual figure is not a span is never a time.
func TestTimeSaidOf(t *testing.T) {
	t.Parallel()
	tests := []struct {
		problem, noun, usual string
		want                 string
		ok                   bool
	}{
		{"the warehouse grades each item and refunds within 5 days", "refund", "14 days", "5 days", true},
		{"items may be sent back within 30 days of delivery and are refunded within 48 hours of arrival", "refund", "14 days", "48 hours", true},
		{"within ten days of the parcel arriving we refund the customer", "refund", "14 days", "10 days", true},
		{"shoppers get their refund within 10 business days", "refund", "14 days", "10 business days", true},
		{"returns are accepted within 30 days; refunds are paid by the finance team", "refund", "14 days", "", false},
		{"agents handle chats within 5 minutes", "chat", "3", "", false},
	}
	for _, tt := range tests {
		got, ok := timeSaidOf(tt.problem, tt.noun, tt.usual)
		if got != tt.want || ok != tt.ok {
			t.Errorf("timeSaidOf(%q, %q) = %q, %v; want %q, %v", tt.problem, tt.noun, got, ok, tt.want, tt.ok)
		}
	}
}
