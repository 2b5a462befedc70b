package workload

import (
	"math"
	"regexp"

	"github.com/archbot/archbot/conversation"
)

// overnightRe finds a deadline the next morning: "by 7am the next morning", "ready before 6:30 am
// the following day", "by 8 am tomorrow".
var overnightRe = regexp.MustCompile(`(?i)\b(?:by|before)\s+` + clockTime + `\s+(?:(?:the\s+)?(?:next|following)\s+(?:morning|day)|tomorrow(?:\s+morning)?)\b`)

// overnight reads a day's stated volume that must be through by a time the next morning ("each
// shooting day produces about 4 TB …; proxies by 7am the next morning"): the day's bytes move
// between midnight, when the day is done (assumed), and the deadline, so that stretch's rate is
// the peak the transfer and processing are sized for, not the day's average.
func (r *reader) overnight(statement string) {
	sub := overnightRe.FindStringSubmatch(statement)
	if sub == nil {
		return
	}
	hours := clockHour(sub[1], sub[2], sub[3], "am")
	var day *conversation.Flow
	for i, f := range r.out.Flows {
		if f.VolumeBytes > 0 && f.PerSeconds == 86400 && f.Source == conversation.Stated && f.Kind == conversation.FlowWrite {
			if day != nil {
				return // two volumes a day: which one the deadline is for is not said
			}
			day = &r.out.Flows[i]
		}
	}
	if day == nil || hours <= 0 || hours >= 24 {
		return
	}
	perSec := day.VolumeBytes / (hours * 3600)
	factor := math.Round(24/hours*10) / 10
	r.out.PeakFactor = math.Max(r.out.PeakFactor, factor)
	r.note("%q: the day's %s moved and processed in the %s h from midnight, when the day is done (assumed): %s/s (%s Gbit/s), %s × the day's average",
		sub[0], conversation.Bytes(day.VolumeBytes), human(hours), conversation.Bytes(perSec), human(perSec*8/1e9), human(factor))
}
