package offline

import "slices"

// courtsFeature is the court booking feature for what the statement says of its release: slots
// that open at a set time ahead are taken in the minute after it, which is the peak and needs
// admission in front (knowledge/archetypes-courts.yaml); a club or a council whose courts are
// simply bookable has busy evenings, no rush, and no waiting room to run.
func courtsFeature(f *feature, problem string) *feature {
	if statedConstraints["release"].MatchString(problem) {
		return f
	}
	c := *f
	if f.Load != nil {
		l := *f.Load
		l.PeakFactor, l.PeakWhy = 4, ""
		c.Load = &l
	}
	c.Components = slices.DeleteFunc(slices.Clone(f.Components), func(id string) bool { return id == "waitingroom" })
	return &c
}
