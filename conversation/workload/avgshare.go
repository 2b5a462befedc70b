package workload

import (
	"regexp"
	"strconv"
	"strings"
)

// averageShareRe finds the average said as a share of the peak: "average is a fifth of that",
// "the average is about a third of the peak", "averages 20% of peak", "average load is half the
// peak", "the average is 1/4 of it". The peak is then the average's inverse times it.
var averageShareRe = regexp.MustCompile(`(?i)\b(?:averages?|averaging)\b(?:\s+(?:load|rate|traffic|volume|throughput|level))?` +
	`(?:\s+(?:is|was|runs|sits|comes|works|at|to|out|about|around|roughly|approximately|only|just|nearer|closer|more|like))*\s+` +
	`(?:(a|one|two|three)\s+(half|third|thirds|quarter|quarters|fourth|fourths|fifth|fifths|sixth|sixths|eighth|eighths|tenth|tenths|twentieth)` +
	`|(half)|(\d+(?:\.\d+)?)\s*(?:%|percent)|(\d+)\s*/\s*(\d+))` +
	`\s+(?:of\s+)?(?:that|it|this|the\s+peak|peak|the\s+peaks|peaks|the\s+busiest(?:\s+\w+)?|the\s+max(?:imum)?)\b`)

var shareDenominators = map[string]float64{"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10, "twentieth": 20}

// averageShare reads the peak factor from the average said as a share of the peak ("average
// is a fifth of that": the peak is 5 × the average), or 0, with the words it was read from.
func averageShare(statement string) (float64, string) {
	for _, m := range averageShareRe.FindAllStringSubmatch(statement, -1) {
		share := 0.0
		switch {
		case m[2] != "":
			share = map[string]float64{"a": 1, "one": 1, "two": 2, "three": 3}[strings.ToLower(m[1])] / shareDenominators[strings.ToLower(m[2])]
		case m[3] != "":
			share = 0.5
		case m[4] != "":
			p, _ := strconv.ParseFloat(m[4], 64)
			share = p / 100
		case m[5] != "":
			a, _ := strconv.ParseFloat(m[5], 64)
			b, _ := strconv.ParseFloat(m[6], 64)
			if b > 0 {
				share = a / b
			}
		}
		if share > 0 && share < 1 {
			return 1 / share, m[0]
		}
	}
	return 0, ""
}
