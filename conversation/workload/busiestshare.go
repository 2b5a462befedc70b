package workload

import (
	"regexp"
	"strconv"
	"strings"
)

// busiestShareRe finds the busiest stretch of the day said as a share of the day's load: "the
// busiest hour sees a quarter of the day's joins", "the peak hour carries 15% of daily traffic",
// "the busiest two hours account for a third of all orders". The share over the stretch's part of
// the day is how far the peak runs over the average.
var busiestShareRe = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:busiest|peak|rush|top)\s+(?:(\d+(?:\.\d+)?|one|two|three|four)\s+)?(hour|hours)\b` +
	`(?:\s+(?:of\s+the\s+day|alone))?\s+(?:sees|gets|takes|carries|has|handles|brings|accounts\s+for|makes\s+up|holds|is|are|see|get|take|carry|have|handle|bring|account\s+for|make\s+up|hold)\s+` +
	`(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|up\s+to\s+)?` +
	`(?:(a|one|two|three)\s+(half|third|thirds|quarter|quarters|fifth|fifths|sixth|sixths|eighth|eighths|tenth|tenths)|(half)|(\d+(?:\.\d+)?)\s*(?:%|percent))` +
	`\s+of\s+(?:the\s+day's|the\s+daily|a\s+day's|daily|all(?:\s+the)?(?:\s+day's)?|the)\b`)

// busiestShare is the peak factor read from the busiest hours said as a share of the day's load,
// with the words it was read from.
type busiestShare struct {
	factor float64
	said   string
}

// busiestShareOf reads the peak factor from the busiest hours said as a share of the day's load:
// a quarter of the day in its busiest hour runs at 0.25 × 24 = 6 × the average.
func busiestShareOf(statement string) busiestShare {
	for _, m := range busiestShareRe.FindAllStringSubmatch(statement, -1) {
		hours := 1.0
		if n := strings.ToLower(m[1]); n != "" {
			hours = spelledSmall[n]
			if hours == 0 {
				hours, _ = strconv.ParseFloat(n, 64)
			}
		}
		share := 0.0
		switch {
		case m[4] != "":
			share = spelledSmall[strings.ToLower(m[3])] / shareDenominators[strings.ToLower(m[4])]
		case m[5] != "":
			share = 0.5
		case m[6] != "":
			p, _ := strconv.ParseFloat(m[6], 64)
			share = p / 100
		}
		if hours > 0 && hours < 24 && share > hours/24 && share < 1 {
			return busiestShare{factor: share * 24 / hours, said: m[0]}
		}
	}
	return busiestShare{}
}

// blankBusiestShare takes the busiest hours' share out of the statement once busiestShareOf has
// read it, so neither the hours nor the share is read again as a span or a share of reads.
func blankBusiestShare(statement string) string {
	return busiestShareRe.ReplaceAllString(statement, "the busiest time")
}
