package workload

import "regexp"

// citationRe finds numbers that name a rule or a standard rather than count anything: "21 CFR
// Part 11", "ISO 27001", "ISO/IEC 27001:2022", "SOC 2", "PCI DSS 4.0", "Section 508",
// "Article 17", "HL7 v2".
var citationRe = regexp.MustCompile(`(?i)\b\d+\s*CFR\s*(?:Part\s*)?\d+(?:\.\d+)*|` +
	`\b(?:ISO(?:/IEC)?|IEC|NIST(?:\s+SP)?|SOC|PCI[- ]?DSS|FIPS|HL7|Section|Article|Annex|Directive)\s*v?\d+(?:[.:/-]\d+)*\b`)

// aroundTheClockRe finds availability said as hours and days: "24/7", "24x7", "24/7/365".
var aroundTheClockRe = regexp.MustCompile(`(?i)\b24\s*[/x×]\s*7(?:\s*[/x×]\s*365)?\b`)

// uncited says such numbers as words the reader skips, so "must meet 21 CFR Part 11 and
// unblinding works 24/7" no longer leaves "21 parts", "11" and "24" as figures it could not
// place.
func uncited(statement string) string {
	return aroundTheClockRe.ReplaceAllString(citationRe.ReplaceAllString(statement, "regulation"), "around the clock")
}
