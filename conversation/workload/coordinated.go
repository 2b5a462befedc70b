package workload

import (
	"regexp"
	"strings"
)

// coordinatedRe finds a count before two words joined that both qualify one plural noun: "80,000
// dog and cat owners", "5,000 bike or scooter riders", "300 bus and tram stops".
var coordinatedRe = regexp.MustCompile(`(?i)\b(\d[\d,.]*(?:\s*(?:k|m|million|thousand))?\s+)([a-z]+)\s+(and|or|&)\s+([a-z]+)\s+([a-z]+)\b`)

// coordinatedHeads says such a count as a count of the noun ("80,000 dog-and-cat owners"), so
// it counts owners, not dogs. Both joined words must be singular and the noun plural: "500
// drivers and riders" counts both, and "2,000 buy and 500 sell orders" two things.
func coordinatedHeads(statement string) string {
	return coordinatedRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := coordinatedRe.FindStringSubmatch(m)
		x, y, head := strings.ToLower(sub[2]), strings.ToLower(sub[4]), strings.ToLower(sub[5])
		if !qualifier(x) || !qualifier(y) || singular(head) == head || measureWord(x) || measureWord(y) {
			return m
		}
		return sub[1] + sub[2] + "-" + sub[3] + "-" + sub[4] + " " + sub[5]
	})
}

// qualifier reports a word that may qualify a noun before it: singular, and no number or unit.
func qualifier(w string) bool {
	return singular(w) == w && !strings.HasSuffix(w, "s") && wordNumbers[w] == 0
}

// measureWord reports a unit a count may be of: "2 MB and 4 MB", "5 minute and hourly".
func measureWord(w string) bool {
	_, size := sizeUnits[w]
	_, time := timeUnits[w]
	_, rate := rateUnits[w]
	_, measure := measureUnits[w]
	return size || time || rate || measure
}
