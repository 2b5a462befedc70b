package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A stated link the raw data does not fit makes the design say so and reduce at the edge; one it
// fits is said to fit.
func TestDesignSaysWhenTheLinkCannotCarryTheData(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		problem, want string
	}{
		{"We have 2,400 sensors across the plant, each sampling at 10 kHz, 16-bit. The plant's uplink to the cloud is only 200 Mbps. Design a pipeline for vibration analytics.", "cannot be shipped"},
		{"A mine site has 800 geophones sampled at 2 kHz with 24-bit resolution; the site's satellite link runs at 20 Mbit/s. Design the monitoring backend.", "cannot be shipped"},
		{"A bakery chain with 40 shops: each shop's till sends a 2 KB sale record about every 30 seconds over a 20 Mbps broadband connection. Design sales reporting.", "it fits"},
	} {
		sec, _ := design(t, tc.problem).Section(conversation.CapacityID)
		if !strings.Contains(sec.Markdown, tc.want) {
			t.Errorf("%q: capacity lacks %q:\n%s", tc.problem, tc.want, sec.Markdown)
		}
	}
}
