package conversation

import "encoding/json"

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

// UnmarshalJSON reads a requirement set, converting the single-shape "scale" that threads saved
// before workloads had flows still carry, so their follow-ups rescale from their own figures
// rather than from defaults.
func (r *RequirementSet) UnmarshalJSON(b []byte) error {
	type plain RequirementSet
	var v struct {
		plain
		Scale *legacyScale `json:"scale"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*r = RequirementSet(v.plain)
	if v.Scale != nil && len(r.Workload.Flows) == 0 && r.Workload.DAU == 0 {
		r.Workload = v.Scale.workload()
	}
	return nil
}

// legacyScale is the load shape of threads saved before Workload.
type legacyScale struct {
	DAU                 float64  `json:"dau"`
	WritesPerUserPerDay float64  `json:"writes_per_user_per_day"`
	ReadsPerUserPerDay  float64  `json:"reads_per_user_per_day"`
	WritesPerSecond     float64  `json:"writes_per_second"`
	ReadsPerSecond      float64  `json:"reads_per_second"`
	StatedRatesArePeak  bool     `json:"stated_rates_are_peak"`
	PeakFactor          float64  `json:"peak_factor"`
	RecordBytes         float64  `json:"record_bytes"`
	MediaBytesPerWrite  float64  `json:"media_bytes_per_write"`
	ResponseBytes       float64  `json:"response_bytes"`
	ReplicationFactor   float64  `json:"replication_factor"`
	RetentionYears      float64  `json:"retention_years"`
	HotFraction         float64  `json:"hot_fraction"`
	Notes               []string `json:"notes"`
}

func (s legacyScale) workload() Workload {
	w := Workload{DAU: s.DAU, PeakFactor: s.PeakFactor, ReplicationFactor: s.ReplicationFactor,
		RetentionYears: s.RetentionYears, HotFraction: s.HotFraction, Notes: s.Notes}
	write := Flow{Name: "write", Kind: FlowWrite, StoredBytes: s.RecordBytes, BlobBytes: s.MediaBytesPerWrite, Peak: s.StatedRatesArePeak}
	read := Flow{Name: "read", Kind: FlowRead, Bytes: s.ResponseBytes, Peak: s.StatedRatesArePeak}
	switch {
	case s.WritesPerSecond > 0:
		write.Count, write.PerSeconds = s.WritesPerSecond, 1
	case s.WritesPerUserPerDay > 0:
		write.Count, write.PerSeconds, write.Each = s.WritesPerUserPerDay, 86_400, true
	}
	switch {
	case s.ReadsPerSecond > 0:
		read.Count, read.PerSeconds = s.ReadsPerSecond, 1
	case s.ReadsPerUserPerDay > 0:
		read.Count, read.PerSeconds, read.Each = s.ReadsPerUserPerDay, 86_400, true
	}
	for _, f := range []Flow{write, read} {
		if f.Count > 0 {
			f.Source = Stated
			w.Flows = append(w.Flows, f)
		}
	}
	return w
}
