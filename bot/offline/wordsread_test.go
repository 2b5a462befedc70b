package offline

import (
	"slices"
	"testing"
)

// A verb and its particle hyphenated are one thing ("weigh-in", not an entity "In"), and a
// participle no list holds ("pseudonymised") is never an entity.
func TestHyphenedParticlesAndParticiplesAsEntities(t *testing.T) {
	t.Parallel()
	if got := readStatement("Design a weigh-in and settlement system for a grain cooperative with 25 elevators; each weigh-in records gross and tare weight.").Entities; slices.Contains(got, "in") || !slices.Contains(got, "weigh-in") {
		t.Errorf("entities %v; want the weigh-in, not 'in'", got)
	}
	if got := readStatement("Design a system where the trial sponsor may see only pseudonymised, aggregated data.").Entities; slices.Contains(got, "pseudonymised") {
		t.Errorf("entities %v; want no 'pseudonymised'", got)
	}
}
