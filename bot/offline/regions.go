package offline

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A statement that says where the system runs ("handles 300K requests per second across 3
// regions", "runs in two data centres", "deployed in the EU and the US") states a deployment
// fact, not a wish: the design is multi-region from its first version, whatever kind of system it
// is. The words vary without end, so the rule reads the shape (a count of two or more regions or
// data centres, or two named regions the system is deployed in) rather than a list of phrases.

// countedRegionsRe finds two or more regions or data centres the system runs in. "Regions" alone
// may be the places a service covers ("an ambulance service in 5 regions of the country"), so a
// count of regions followed by "of" is a map, not a deployment ("2 data centres of 500 servers"
// still is one).
var countedRegionsRe = regexp.MustCompile(`(?i)\b(?:across|in|over|spanning|between|into|to|from|our|its|their)\s+(?:the\s+|all\s+)?(two|three|four|five|six|seven|eight|nine|ten|several|multiple|[2-9]|\d{2,})\s+(?:cloud\s+|aws\s+|gcp\s+|azure\s+|geographic(?:al)?\s+|separate\s+|different\s+)?(regions|data[\s-]?cent(?:er|re)s|dcs|availability regions)\b(\s+of\b)?`)

// regionNames are names of deployment regions a statement may list ("EU and US").
const regionNames = `eu|us|usa|uk|apac|emea|latam|americas|europe|asia|north america|south america|india|japan|australia|canada|brazil|singapore|us-east(?:-\d)?|us-west(?:-\d)?|eu-west(?:-\d)?|eu-central(?:-\d)?|ap-southeast(?:-\d)?`

// namedRegionsRe finds two named regions the system is deployed, hosted or run in ("deployed in
// the EU and the US", "regions in US, EU and APAC"): serving people in two countries is a market,
// not a deployment, so a deployment word must come first.
var namedRegionsRe = regexp.MustCompile(`(?i)\b(?:deployed|hosted|runs?|running|served|live|regions?|data ?cent(?:er|re)s?|active-active|active/active)\s+(?:both\s+)?(?:in|across|from|on)\s+(?:the\s+)?(?:` + regionNames + `)\s*(?:,|and|&|/|\+)\s*(?:the\s+)?(?:` + regionNames + `)\b`)

// statedRegions returns the words by which the statement says the system runs in more than one
// region, or "".
func statedRegions(statement string) string {
	for _, loc := range countedRegionsRe.FindAllStringSubmatchIndex(statement, -1) {
		m0, kind := statement[loc[0]:loc[1]], strings.ToLower(statement[loc[4]:loc[5]])
		if loc[6] >= 0 && strings.HasPrefix(kind, "region") {
			continue // "3 regions of the country": places covered
		}
		if strings.HasPrefix(kind, "region") && !strings.Contains(strings.ToLower(m0), "cloud") && !servedAround(statement, loc[0], loc[1]) {
			continue // "farms across 3 regions": where the work is done, not where the system runs
		}
		return strings.TrimSuffix(strings.TrimSpace(m0), " of")
	}
	return namedRegionsRe.FindString(statement)
}

// servedWordsRe are what a system serves or runs, said beside the regions it does so in:
// "300K requests per second across 3 regions", "an ad exchange in 4 regions, 1M bid requests a
// second".
var servedWordsRe = regexp.MustCompile(`(?i)\b(?:requests?|traffic|queries|calls|writes|reads|messages|events|users|api|apis|services?|servers?|clusters?|deployed|deploy|hosted|runs?|running|replicated|availability|latency|tenants?|customers|serves?|served|serving)\b`)

// servedAround reports such a word in the clause around the regions at statement[from:to]
// (between the ";" or "." on either side).
func servedAround(statement string, from, to int) bool {
	start := strings.LastIndexAny(statement[:from], ";.") + 1
	end := len(statement)
	if i := strings.IndexAny(statement[to:], ";."); i >= 0 {
		end = to + i
	}
	return servedWordsRe.MatchString(statement[start:from] + " " + statement[to:end])
}

// regionRule turns on the multi-region deployment where the statement states one, after the
// capabilities' exclusions: an exclusion stops words wrongly pulling a feature in, and a stated
// deployment is no such word. Archetypes that run from many PoPs by design (a CDN, DNS) are
// multi-region already.
func regionRule(caps map[string]*capability, statement string, on map[string]bool, why map[string]string) {
	said := statedRegions(statement)
	if said == "" || on["multiregion"] || caps["multiregion"] == nil {
		return
	}
	for id := range on {
		if f := features[id]; f != nil && f.Global {
			return
		}
	}
	on["multiregion"], why["multiregion"] = true, `"`+said+`"`
}

// regionVariants adds, to a multi-region design, the features that say how its archetypes run
// across regions (feature.MultiRegion).
func regionVariants(on map[string]bool, why map[string]string) {
	if !on["multiregion"] {
		return
	}
	for id := range on {
		if f := features[id]; f != nil && f.MultiRegion != "" && features[f.MultiRegion] != nil && !on[f.MultiRegion] {
			on[f.MultiRegion], why[f.MultiRegion] = true, "implied by "+features["multiregion"].Name+" with "+f.Name
		}
	}
}

// withRegionVariants is the list of features a design going multi-region adds: the deployment
// and each archetype's own way of running across regions.
func withRegionVariants(ids []string) []string {
	out := []string{"multiregion"}
	for _, id := range ids {
		if f := features[id]; f != nil && f.MultiRegion != "" && !slices.Contains(ids, f.MultiRegion) {
			out = append(out, f.MultiRegion)
		}
	}
	return out
}

var regionNumbers = map[string]float64{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// regionCount is how many regions the statement says the system runs in: the stated count, the
// regions it names, else two (the least a multi-region design has).
func regionCount(statement string) int {
	if m := countedRegionsRe.FindStringSubmatch(statement); m != nil {
		if n, ok := regionNumbers[strings.ToLower(m[1])]; ok {
			return int(n)
		}
		if n, err := strconv.Atoi(m[1]); err == nil {
			return n
		}
	}
	if m := namedRegionsRe.FindString(statement); m != "" {
		return max(2, len(regionNameRe.FindAllString(m, -1)))
	}
	return 2
}

var regionNameRe = regexp.MustCompile(`(?i)\b(?:` + regionNames + `)\b`)
