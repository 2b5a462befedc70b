package offline_test

import (
	"strings"
	"testing"
)

// A pattern's scenarios speak of the statement's own people, or of none: a permit system told
// of 20K residents read "60,000 residents renew", and a feature store for 2M users "80M users".
func TestScenariosTakeTheStatedScale(t *testing.T) {
	for _, tc := range []struct {
		problem  string
		want     string
		notWants []string
	}{
		{"A parking permit system: residents renew permits every year; 20K residents buy permits online.", "the 20K residents renew", []string{"60,000"}},
		{"A residents' parking permit system: residents buy and renew zone permits, and officers check plates on the street.", "January the residents renew", []string{"60,000", "1M residents"}},
		{"A feature store for our ML models serving 2M users.", "for all 2M users", []string{"80M"}},
		{"A feature store for our ML models.", "for all users", []string{"80M", "1M users"}},
		{"An error tracking service for our mobile apps with 500K users.", "however many users it hits", []string{"20,000 users"}},
	} {
		text := design(t, tc.problem).Markdown()
		if !strings.Contains(text, tc.want) {
			t.Errorf("%q: no %q", tc.problem, tc.want)
		}
		for _, n := range tc.notWants {
			if strings.Contains(text, n) {
				t.Errorf("%q: says %q, a scale the statement never gave", tc.problem, n)
			}
		}
	}
}
