package conversation

// RequirementSet is the structured reading of a problem statement that every generation step is
// grounded in. Scale drives the capacity arithmetic; the rest drives components and sections.
type RequirementSet struct {
	Functional    []string `json:"functional"`
	NonFunctional []string `json:"non_functional"`
	OutOfScope    []string `json:"out_of_scope"`
	Entities      []string `json:"entities"`
	UseCases      []string `json:"use_cases"`
	// Features are the archetype and feature tags read from the statement ("feed", "media",
	// "chat", "geo", "search", "payments", ...); they decide which components a design needs.
	Features []string `json:"features"`
	Scale    Scale    `json:"scale"`
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

// Scale holds the load figures capacity is computed from. Zero means "not known": Estimate then
// uses a labelled default. Figures are per day unless the name says otherwise.
type Scale struct {
	DAU float64 `json:"dau"`
	// WritesPerUserPerDay and ReadsPerUserPerDay are the actions that create and read records.
	WritesPerUserPerDay float64 `json:"writes_per_user_per_day"`
	ReadsPerUserPerDay  float64 `json:"reads_per_user_per_day"`
	// WritesPerSecond and ReadsPerSecond, when stated outright ("1M requests per second",
	// "10M notifications per minute"), win over the per-user figures.
	WritesPerSecond float64 `json:"writes_per_second"`
	ReadsPerSecond  float64 `json:"reads_per_second"`
	// StatedRatesArePeak says the stated per-second rates are peaks, not averages.
	StatedRatesArePeak bool    `json:"stated_rates_are_peak"`
	PeakFactor         float64 `json:"peak_factor"`
	// RecordBytes is the size of one stored write (row, message, event) excluding media.
	RecordBytes float64 `json:"record_bytes"`
	// MediaBytesPerWrite is the blob stored per write on average (photos, videos, files); it goes
	// to object storage, not to the database.
	MediaBytesPerWrite float64 `json:"media_bytes_per_write"`
	// ResponseBytes is the average payload served per read (media fetched through a CDN included).
	ResponseBytes     float64 `json:"response_bytes"`
	ReplicationFactor float64 `json:"replication_factor"`
	RetentionYears    float64 `json:"retention_years"`
	// HotFraction is the share of a day's read data worth keeping in cache.
	HotFraction float64 `json:"hot_fraction"`
	// Notes explain where a figure came from ("500M DAU: stated", "2 KB per message: assumed").
	Notes []string `json:"notes"`
}
