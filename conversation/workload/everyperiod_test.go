package workload_test

import "testing"

// Something done every hour or every night, said where sources are counted, is done at each of
// them: "every broadcast hour is recorded" for 25 stations is 25 an hour, not one.
func TestReadEveryPeriodRecursAtEachSource(t *testing.T) {
	for _, tc := range []struct {
		statement string
		want      float64 // a second
	}{
		{"Every broadcast hour is recorded and published as a podcast for 25 local radio stations.", 25.0 / 3600},
		{"We run 25 local radio stations; every broadcast hour is recorded and published as a podcast episode.", 25.0 / 3600},
		{"Our 18 courtrooms: every court day is audio-recorded and transcribed within a week.", 18.0 / 86400},
		{"The ministry runs 60 hospital wards and every night's bed census gets exported to the registry.", 60.0 / 86400},
		// Already read by the clock readers; the rule must not add to them.
		{"Across our 300 substations, every hour a snapshot of the meter readings is taken and sent to the control room.", 300.0 / 3600},
		{"Our 30 mines work three shifts a day and every shift's safety log is uploaded to the regulator.", 90.0 / 86400},
	} {
		checkTotalRate(t, tc.statement, tc.want)
	}
}
