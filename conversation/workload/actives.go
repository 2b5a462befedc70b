package workload

import "regexp"

// activesRe finds people counted by how often they are active, said as a noun: "150M daily
// actives", "2M monthly actives", "40K weekly active".
var activesRe = regexp.MustCompile(`(?i)\b(daily|weekly|monthly)[ -](actives?)\b`)

// actives says "150M daily actives" as "150M daily active users", so the count is read as the
// active population it is, not a count of something called an "active".
func actives(statement string) string {
	return activesRe.ReplaceAllString(statement, "$1 active users")
}
