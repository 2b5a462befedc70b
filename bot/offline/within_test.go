package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

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

// TestOneDayIsSingular checks that a span of one day is said in the singular wherever the design
// says it: "results must reach the doctor within 1 day" was "Time limit: within 1 days".
func TestOneDayIsSingular(t *testing.T) {
	t.Parallel()
	for sec, want := range map[float64]string{86400: "1 day", 2 * 86400: "2 days", 1.5 * 86400: "1.5 days", 3600: "1 h", 90: "1.5 min"} {
		if got := duration(sec); got != want {
			t.Errorf("duration(%v)=%q, want %q", sec, got, want)
		}
	}
	for years, want := range map[float64]string{1.0 / 365: "1 day", 90.0 / 365: "90 days", 1.0 / (365 * 24): "1 hour", 1: "1 year", 20: "20 years"} {
		if got := tierSpan(years); got != want {
			t.Errorf("tierSpan(%v)=%q, want %q", years, got, want)
		}
	}
	_, sec := renderAll(t, "Design a lab results portal: 50 clinics, results must reach the doctor within 1 day")
	if want := "Time limit: within 1 day as stated"; !strings.Contains(sec[conversation.Requirements], want) {
		t.Errorf("requirements have no %q:\n%s", want, sec[conversation.Requirements])
	}
	for id, text := range sec {
		if strings.Contains(text, "1 days") {
			t.Errorf("%s says %q:\n%s", id, "1 days", text)
		}
	}
}
