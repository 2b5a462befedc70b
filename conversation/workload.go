package conversation

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Workload is what a design must carry: who uses it and the flows of work they cause (post a
// photo, read the timeline, stream video, ingest logs). Capacity is computed from it in Go; a
// figure nobody stated is filled with a labelled assumption, so a reader always knows which
// numbers came from the statement.
type Workload struct {
	// Users is everyone registered; DAU those active on a day; Concurrent those connected at the
	// same moment (online drivers, live viewers). Zero means not known.
	Users      float64 `json:"users,omitempty"`
	DAU        float64 `json:"dau,omitempty"`
	Concurrent float64 `json:"concurrent,omitempty"`
	// DailySeconds is the time each daily user spends on a day ("watch 45 minutes a day"), said
	// where nothing says how many are on at once; Online names them ("viewers"). Estimate turns
	// the two into people on at once: a day's time spread over the day, and its busy hour.
	DailySeconds float64 `json:"daily_seconds,omitempty"`
	Online       string  `json:"online,omitempty"`
	Flows        []Flow  `json:"flows,omitempty"`
	// PeakFactor is peak over average traffic; ReplicationFactor the copies a database keeps;
	// RetentionYears how long stored data is kept; HotFraction the share of a day's reads worth
	// caching. Zero means not known: Estimate uses a labelled default.
	PeakFactor        float64 `json:"peak_factor,omitempty"`
	ReplicationFactor float64 `json:"replication_factor,omitempty"`
	RetentionYears    float64 `json:"retention_years,omitempty"`
	HotFraction       float64 `json:"hot_fraction,omitempty"`
	// HeldBytes is all the data the statement says is held ("500 TB in total"), one copy: what
	// is kept is bounded by it when the flows, at their sizes, would pile up more.
	HeldBytes float64 `json:"held_bytes,omitempty"`
	// Tiers are stated retention tiers ("raw data 90 days and 10-minute averages for 20 years"):
	// each keeps its own share of the data for its own time, so storage is summed per tier, and
	// no tier is kept for another's retention.
	Tiers []Tier `json:"tiers,omitempty"`
	// LinkBitsPerSec is a network link's capacity the statement states ("the plant's uplink is
	// only 200 Mbps", "a satellite link at 2 Mbit/s"), and Link names it: a limit the data sent
	// over it must fit, not load. Zero means none stated.
	LinkBitsPerSec float64 `json:"link_bits_per_sec,omitempty"`
	Link           string  `json:"link,omitempty"`
	// Notes say where each figure came from ("8M daily active users: stated", "1 KB per recipe:
	// assumed"), including figures read from the statement that are not load ("groups of up to
	// 256 members: a limit").
	Notes []string `json:"notes,omitempty"`
}

// Tier is one retention tier: what it holds (Name: "raw data", "10-minute averages"), the share of
// the raw data it holds (1 for raw, a point interval over the rollup's step for a rollup) and how
// long it is kept; or, with Flow, how long one flow's data is kept.
type Tier struct {
	Name     string  `json:"name"`
	Fraction float64 `json:"fraction"`
	Years    float64 `json:"years"`
	Step     float64 `json:"step,omitempty"` // a rollup's step in seconds; 0 for raw data
	// Flow names the one flow whose data the tier holds ("live location ... deleted after 24h"):
	// the other flows' data is kept for the retention. Empty for a tier of all the data.
	Flow string `json:"flow,omitempty"`
}

// DataTiers are the tiers of all the data, leaving out those that keep one flow's data.
func (w Workload) DataTiers() []Tier {
	return slices.DeleteFunc(slices.Clone(w.Tiers), func(t Tier) bool { return t.Flow != "" })
}

// FlowKind says what a flow does to the system.
type FlowKind string

// Flow kinds: a write stores something, a read serves something, a stream holds a connection
// open and sends at a bitrate (video, audio), counted in bytes rather than requests.
const (
	FlowWrite  FlowKind = "write"
	FlowRead   FlowKind = "read"
	FlowStream FlowKind = "stream"
)

// Source says where a figure came from.
type Source string

// Sources of a flow's figures.
const (
	Stated  Source = "stated"
	Derived Source = "derived"
	Assumed Source = "assumed"
)

// Flow is one kind of work at a rate. The rate is Count events every PerSeconds, either in total
// or, when Each is set, for each of Actors (the DAU when Actors is zero); ItemsOf makes the rate
// Count per event of another flow ("each code is scanned 20 times"). A volume ("2 TB of logs a
// day") is VolumeBytes every PerSeconds, turned into events by Bytes.
type Flow struct {
	Name       string   `json:"name"`
	Kind       FlowKind `json:"kind"`
	Count      float64  `json:"count,omitempty"`
	PerSeconds float64  `json:"per_seconds,omitempty"`
	Each       bool     `json:"each,omitempty"`
	Actors     float64  `json:"actors,omitempty"`
	ActorNoun  string   `json:"actor_noun,omitempty"`
	ItemsOf    string   `json:"items_of,omitempty"`
	// Peak says the stated rate is a peak or a burst ("200K bids a second in the last minute").
	Peak bool `json:"peak,omitempty"`
	// FanOut is how many deliveries one event causes (followers, group members).
	FanOut float64 `json:"fan_out,omitempty"`
	// Bytes is what one event carries over the wire: the request of a write, the response of a
	// read. StoredBytes is what a write keeps in a database (replicated); BlobBytes what it keeps
	// in object storage (which replicates internally and is counted once).
	Bytes       float64 `json:"bytes,omitempty"`
	StoredBytes float64 `json:"stored_bytes,omitempty"`
	BlobBytes   float64 `json:"blob_bytes,omitempty"`
	VolumeBytes float64 `json:"volume_bytes,omitempty"`
	// Concurrency streams at BitsPerSecond each, out to viewers, or in from senders when Inbound
	// (cameras recording, phones broadcasting); Recorded keeps what comes in.
	Concurrency   float64 `json:"concurrency,omitempty"`
	BitsPerSecond float64 `json:"bits_per_second,omitempty"`
	Inbound       bool    `json:"inbound,omitempty"`
	Recorded      bool    `json:"recorded,omitempty"`
	// Steady flows run on a schedule and do not peak (a fleet reporting every 4 s); a Burst is
	// Count inside PerSeconds once a day (a show's answers, a launch-day rush), so its average is
	// far below its peak; Overwrites keeps only the latest state (heartbeats), not history. A
	// flow both Steady and a Burst sends on a clock only for the burst's hours (trucks reporting
	// every 30 s through a 10-hour shift): the burst sets its average.
	Steady bool `json:"steady,omitempty"`
	Burst  bool `json:"burst,omitempty"`
	// Lasts is how long a burst runs when that is not its PerSeconds (180,000 students saving
	// every 30 seconds through a 3-hour exam), and Recurs how often it comes back ("at the top
	// of each hour"): a burst with neither runs PerSeconds once a day. A flow that is no burst
	// but Recurs is counted in a stretch that comes back that often ("9,000 applications in the
	// 3 weeks before the yearly deadline"): its rates are the stretch's, its storage the year's.
	Lasts      float64 `json:"lasts,omitempty"`
	Recurs     float64 `json:"recurs,omitempty"`
	Overwrites bool    `json:"overwrites,omitempty"`
	Source     Source  `json:"source,omitempty"`
	// From quotes the statement's words the flow was read from, empty for assumed flows.
	From string `json:"from,omitempty"`
}

// Rate is the flow's events per second on average over the period stated, given the workload
// it belongs to (for per-user flows and flows counted per item of another flow).
func (w Workload) Rate(f Flow) float64 {
	return w.rate(f, 0)
}

func (w Workload) rate(f Flow, depth int) float64 {
	if f.Kind == FlowStream || f.PerSeconds <= 0 {
		return 0
	}
	n := f.Count
	if n == 0 && f.VolumeBytes > 0 && f.Bytes > 0 {
		n = f.VolumeBytes / f.Bytes
	}
	r := n / f.PerSeconds
	if f.ItemsOf != "" {
		if depth > 3 {
			return 0
		}
		base, ok := w.Flow(f.ItemsOf)
		if !ok {
			return 0
		}
		// Count is "times per item": the items arrive at base's rate.
		return n * w.rate(base, depth+1)
	}
	if f.Each {
		r *= w.actors(f)
	}
	return finite(r)
}

// PeakOf reports whether f is counted per item of a flow stated at its peak (and not in a
// burst), so that its rate too is a peak.
func (w Workload) PeakOf(f Flow) bool {
	for depth := 0; f.ItemsOf != "" && depth <= 3; depth++ {
		base, ok := w.Flow(f.ItemsOf)
		if !ok {
			return false
		}
		if base.Peak && !base.Burst {
			return true
		}
		f = base
	}
	return false
}

// inBurst gives f, counted per item of a flow that comes in a burst, that burst's length and
// recurrence: notices issued on 5% of the scans made during wardens' 8-hour shifts come only in
// those shifts too, so they average over the day as the scans do.
func (w Workload) inBurst(f Flow) Flow {
	base := f
	for depth := 0; base.ItemsOf != "" && depth <= 3; depth++ {
		b, ok := w.Flow(base.ItemsOf)
		if !ok {
			return f
		}
		base = b
	}
	if f.Burst || f.ItemsOf == "" || !base.Burst {
		return f
	}
	f.Burst, f.Lasts, f.Recurs = true, cmp.Or(base.Lasts, base.PerSeconds), base.Recurs
	return f
}

func (w Workload) actors(f Flow) float64 {
	if f.Actors > 0 {
		return f.Actors
	}
	return w.DAU
}

// Flow returns the flow with the given name.
func (w Workload) Flow(name string) (Flow, bool) {
	for _, f := range w.Flows {
		if strings.EqualFold(f.Name, name) {
			return f, true
		}
	}
	return Flow{}, false
}

// Has reports whether a flow of kind k is present.
func (w Workload) Has(k FlowKind) bool {
	return slices.ContainsFunc(w.Flows, func(f Flow) bool { return f.Kind == k })
}

// Clone returns a deep copy, so a change can rescale a workload without touching the original.
func (w Workload) Clone() Workload {
	w.Flows = slices.Clone(w.Flows)
	w.Notes = slices.Clone(w.Notes)
	w.Tiers = slices.Clone(w.Tiers)
	return w
}

// Scale multiplies every rate and population by k: "10x the users" grows every flow, since each
// is either per user or a total that grows with the users.
func (w *Workload) Scale(k float64) {
	if k <= 0 || math.IsInf(k, 0) || math.IsNaN(k) {
		return
	}
	w.Users *= k
	w.DAU *= k
	w.Concurrent *= k
	for i := range w.Flows {
		f := &w.Flows[i]
		switch {
		case f.Kind == FlowStream:
			f.Concurrency *= k
		case f.ItemsOf != "":
			// Scales with the flow it counts per item.
		case f.Each && f.Actors == 0:
			// Scales with the DAU.
		case f.Each:
			f.Actors *= k
		case f.Count > 0:
			f.Count *= k
		default:
			f.VolumeBytes *= k
		}
	}
}

func finite(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
		return 0
	}
	return v
}

// PerUser is the simplest workload: dau daily users who each write and read so many times a day.
func PerUser(dau, writesPerDay, readsPerDay float64) Workload {
	return Workload{DAU: dau, Flows: []Flow{
		{Name: "write", Kind: FlowWrite, Count: writesPerDay, PerSeconds: 86_400, Each: true, Source: Stated},
		{Name: "read", Kind: FlowRead, Count: readsPerDay, PerSeconds: 86_400, Each: true, Source: Stated},
	}}
}
