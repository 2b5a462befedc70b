package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "some attach photos" is a part of the reports, not all of them: the share said in a word is
// read as an assumed share, so a photo is not sized onto every report.
func TestReadMediaShareSaidInAWord(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		statement string
		want      float64
	}{
		{"Design a pothole reporting app: 200,000 residents, about 3,000 reports a day, some attach photos", 0.3},
		{"Build a tenant maintenance portal: roughly 1,200 requests a week, a few of them include a video.", 0.1},
		{"Design a lost-and-found service for a transit agency: 5,000 items logged a day, most with pictures.", 0.8},
		{"Design a roadside litter reporting app: 9,000 reports a week, some attach a 2 MB photo.", 0.3},
		{"Design a warranty claims portal: customers occasionally add a scan of the receipt.", 0.1},
		{"Design a photo sharing app: 2M users upload 3 photos a day.", 0},
		{"Design a pothole app: some residents report 3 potholes a week.", 0},
	} {
		got := workload.Read(c.statement).MediaShare
		if got.Value != c.want {
			t.Errorf("%q: media share %+v, want %v", c.statement, got, c.want)
		}
		if c.want > 0 && got.Said == "" {
			t.Errorf("%q: media share %+v says not what the statement said", c.statement, got)
		}
	}
}
