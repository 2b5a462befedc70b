package offline

import "regexp"

// A council's household-waste sites are named in many ways: "recycling centres", "household
// waste and recycling centres" (HWRCs), "civic amenity sites", "waste depots", "the tip", "the
// dump", "a bulky-waste drop-off". A slot at one is a resident's vehicle visit, free, with no
// ticket or visitor party, so every pattern that books such sites reads them with dropoffSites
// rather than its own list of names.
var (
	// dropoffSiteRe is a site named for the waste it takes: a waste word, perhaps joined to a
	// second ("waste and recycling"), before a site noun.
	dropoffSiteRe = regexp.MustCompile(`(?i)\b(?:waste|recycling|rubbish|refuse|reuse|tip|dump|landfill|bulky[- ]waste|garden[- ]waste|green[- ]waste|civic[- ]amenit(?:y|ies)|amenity)` +
		`(?:\s+(?:and|&)\s+(?:recycling|reuse|waste))?[- ]+(?:sites?|centres?|centers?|points?|facilit(?:y|ies)|yards?|depots?|parks?|transfer stations?|drop[- ]?offs?)\b` +
		`|\bhwrcs?\b`)
	// dropoffBareRe is a name that says a waste site only beside waste, or beside a council's
	// residents arriving by vehicle: "tips" are a waiter's too, a "dump" a database's and a
	// "drop-off point" a parcel carrier's.
	dropoffBareRe    = regexp.MustCompile(`(?i)\b(?:tips?|dumps?|drop[- ]?offs?)\b`)
	dropoffWasteRe   = regexp.MustCompile(`(?i)\b(?:waste|rubbish|refuse|recycl\w*|bulky|junk|garden clippings|green waste|fridges?|freezers?|mattress(?:es)?|furniture|scrap|rubble|hardcore|fly[- ]?tipping)\b`)
	dropoffLocalRe   = regexp.MustCompile(`(?i)\b(?:council|borough|county|district|municipal\w*|residents?|households?|parish|townships?)\b`)
	dropoffVehicleRe = regexp.MustCompile(`(?i)\b(?:cars?|vans?|trailers?|vehicles?|pickups?|pick-ups?)\b`)
	// dropoffTheRe is "the tip" or "the local dump" as a place one goes to ("the tip of" is none).
	dropoffTheRe = regexp.MustCompile(`(?i)\b(?:the|our|your|their|a|local|nearest|council) (?:local |nearest |council |municipal )?(?:tip|dump)\b(\s+of\b)?`)
	// dropoffNotRe: tips paid to people and dumps of data are no sites.
	dropoffNotRe = regexp.MustCompile(`(?i)\b(?:tipping|gratuit\w*|waiters?|servers?|heap dumps?|core dumps?|database dumps?|data dumps?|parcels?|packages?|children|kids|pupils)\b`)
)

// dropoffSites reports whether the statement's sites are household-waste sites.
func dropoffSites(problem string) bool {
	if dropoffSiteRe.MatchString(problem) {
		return true
	}
	if !dropoffBareRe.MatchString(problem) || dropoffNotRe.MatchString(problem) {
		return false
	}
	if dropoffWasteRe.MatchString(problem) {
		return true
	}
	return dropoffLocalRe.MatchString(problem) && (dropoffVehicleRe.MatchString(problem) || placeTip(problem))
}

// placeTip reports whether the statement names "the tip" or "the dump" as a place.
func placeTip(problem string) bool {
	for _, m := range dropoffTheRe.FindAllStringSubmatch(problem, -1) {
		if m[1] == "" {
			return true
		}
	}
	return false
}
