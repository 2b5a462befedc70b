package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// What a client asks for on a clock is a read of that thing ("each translator's editor asks
// for fuzzy matches every 20 seconds": 30 lookups a second from 600 translators), not an
// update of the translator.
func TestAskedForOnAClockIsARead(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		name      string
		perSecond float64
	}{
		{"A translation memory service for 600 translators; while they work, each translator's editor asks for fuzzy matches every 20 seconds", "fuzzy match", 30},
		{"Each of our 600 translators' editors requests fuzzy matches every 20 seconds", "fuzzy match", 30},
		{"4,000 kiosks each query prices every 20 seconds", "price", 200},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		found := false
		for _, f := range rd.Flows {
			found = found || f.Kind == conversation.FlowRead && f.Actors/f.PerSeconds*f.Count == tc.perSecond && strings.Contains(f.Name, tc.name)
		}
		if !found {
			t.Errorf("%q: flows %+v; want a read of %q at %v/s", tc.statement, rd.Flows, tc.name, tc.perSecond)
		}
	}
}
