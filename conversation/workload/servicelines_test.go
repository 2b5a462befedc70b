package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "311 plow complaints" name a city's service line, not 311 of anything, and "a city of ~400k
// here" counts residents, not "heres".
func TestServiceLinesAreNamesNotCounts(t *testing.T) {
	t.Parallel()
	rd := workload.Read("city of ~400k here, public works wants a snow plow tracker. we have 120 plows, each pings GPS every 10 sec; during a big storm 311 plow complaints peak around 3k an hour.")
	for _, want := range []string{"complaint: stated (3000 an hour at peak)", "400K residents: stated"} {
		if !slices.Contains(rd.Notes, want) {
			t.Errorf("notes %q lack %q", rd.Notes, want)
		}
	}
	if slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "311") || strings.Contains(n, "heres") }) {
		t.Errorf("notes %q read 311 as a count or 'here' as a noun", rd.Notes)
	}
}
