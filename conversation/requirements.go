package conversation

// RequirementSet is the structured reading of a problem statement that every generation step is
// grounded in. Workload drives the capacity arithmetic; the rest drives components and sections.
type RequirementSet struct {
	Functional    []string `json:"functional"`
	NonFunctional []string `json:"non_functional"`
	OutOfScope    []string `json:"out_of_scope"`
	Entities      []string `json:"entities"`
	UseCases      []string `json:"use_cases"`
	// Features are the archetype and feature tags read from the statement ("feed", "media",
	// "chat", "geo", "search", "payments", ...); they decide which components a design needs.
	Features []string `json:"features"`
	Workload Workload `json:"workload"`
}

// HasFeature reports whether the requirement set carries the feature tag f.
func (r RequirementSet) HasFeature(f string) bool {
	for _, x := range r.Features {
		if x == f {
			return true
		}
	}
	return false
}
