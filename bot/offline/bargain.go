package offline

import (
	"regexp"
)

// bargainPlaceRe finds the {bg_*} placeholders of archetypes-bargain.yaml.
var bargainPlaceRe = regexp.MustCompile(`\{bg_[a-z_]+\}`)

// answerWithinRe is the time the statement gives a seller or buyer to answer an offer ("the dealer
// must accept, reject or counter within 48 hours"), not another span the statement has ("photos
// searchable within a minute").
var answerWithinRe = regexp.MustCompile(`(?i)\b(?:accept|reject|decline|counter|answer|respond|repl(?:y|ies)|expire)\w*\b[^.;]{0,40}?\b(?:within|in|after) ` + spanPattern)

// bargainFeature is the offers feature with the statement's window to answer an offer, or a
// window said to be assumed.
func bargainFeature(f *feature, problem string) *feature {
	window := "48 hours (assumed)"
	if m := answerWithinRe.FindStringSubmatch(problem); m != nil {
		window = normSpan(m[1])
	}
	return filledFeature(f, bargainPlaceRe, func(name string) (string, bool) {
		if name == "bg_window" {
			return window, true
		}
		return "", false
	})
}
