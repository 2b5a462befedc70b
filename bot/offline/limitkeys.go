package offline

import (
	"regexp"
	"strings"
)

// A limiter keys its counters on whatever the statement limits: "2,000 merchant accounts each
// allowed 500 requests a second" is limited per merchant account, "each service gets its own
// quota" per calling service. Per user and per IP is only the default for a statement that names
// no unit (or names those). The {limit_keys} and {limit_key} placeholders of the limiter's
// knowledge text say the unit.
var (
	// perUserIPRe finds a statement that itself limits per user or per IP.
	perUserIPRe = regexp.MustCompile(`(?i)\bper[- ](?:user|ip|ip address)\b|\beach (?:user|ip)\b`)
	// limitUnitRe finds the unit a limit is said of: "per merchant", "each tenant", "5,000
	// developer accounts", "our internal microservices".
	limitUnitRe = regexp.MustCompile(`(?i)\b(?:per|each|every|by)[- ](merchant account|merchant|developer account|account|tenant|api[- ]key|key|customer|organi[sz]ation|partner|service|client app|app)s?\b` +
		`|\b\d[\d,.]*\s*(?:k|m|thousand|million)?\s+(merchant account|merchant|developer account|account|tenant|api[- ]key|customer|organi[sz]ation|partner|service)s\b` +
		`|\b(micro-?service|api[- ]key)s?\b`)
)

// limitUnit is the unit a statement's limits are kept per, singular ("merchant account"), or ""
// when it names none or limits per user and per IP.
func limitUnit(problem string) string {
	if perUserIPRe.MatchString(problem) {
		return ""
	}
	m := limitUnitRe.FindStringSubmatch(problem)
	if m == nil {
		return ""
	}
	unit := strings.ToLower(m[1] + m[2] + m[3])
	switch strings.ReplaceAll(strings.ReplaceAll(unit, "-", " "), "micro service", "microservice") {
	case "microservice", "service":
		return "calling service"
	case "api key", "key": // "per-key limits" on an API are its keys'
		return "API key"
	}
	return unit
}

// limitKeys renders {limit_keys}: "per merchant account (its API key), with a per-IP backstop
// for unauthenticated calls", or the default per user and per IP.
func limitKeys(problem string) string {
	switch u := limitUnit(problem); u {
	case "":
		return "per user and per IP"
	case "calling service":
		return "per calling service (its mTLS service identity)"
	case "API key":
		return "per API key, with a per-IP backstop for unauthenticated calls"
	default:
		return "per " + u + " (its API key), with a per-IP backstop for unauthenticated calls"
	}
}

// limitKey renders {limit_key}: what a counter's key is taken from.
func limitKey(problem string) string {
	switch u := limitUnit(problem); u {
	case "":
		return "user id from the token, client IP"
	case "calling service":
		return "the calling service's identity from its mTLS certificate"
	case "API key":
		return "the API key"
	default:
		return "the " + u + " the API key belongs to"
	}
}
