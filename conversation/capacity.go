package conversation

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Capacity is the back-of-the-envelope estimate of a design. All figures are computed in Go from
// the workload, never by a model; Steps shows the arithmetic so a reader can check it, and Flows
// breaks the totals down by flow.
type Capacity struct {
	ReadQPS              float64 `json:"read_qps"`
	WriteQPS             float64 `json:"write_qps"`
	PeakReadQPS          float64 `json:"peak_read_qps"`
	PeakWriteQPS         float64 `json:"peak_write_qps"`
	StorageBytesPerMonth float64 `json:"storage_bytes_per_month"`
	// StorageBytes5y is what is kept after five years, or after the retention when shorter;
	// StorageBytesKept is what the whole retention keeps (ten years for "kept forever").
	StorageBytes5y   float64 `json:"storage_bytes_5y"`
	StorageBytesKept float64 `json:"storage_bytes_kept"`
	// DBBytesKept is the database's share of what is kept, one copy: what shards are sized on.
	DBBytesKept float64 `json:"db_bytes_kept"`
	// UnheldBytesPerMonth is what the flows would add a month at their sizes when that is more
	// than the stated total held, which is kept instead: the figures disagree, and the user may
	// say which is right.
	UnheldBytesPerMonth float64 `json:"unheld_bytes_per_month,omitempty"`
	// BlobBytesPerMonth is the share of a month's new data that is files and blobs, kept once in
	// object storage: a design that counts any needs a component to hold them.
	BlobBytesPerMonth  float64 `json:"blob_bytes_per_month,omitempty"`
	IngressBytesPerSec float64 `json:"ingress_bytes_per_sec"`
	EgressBytesPerSec  float64 `json:"egress_bytes_per_sec"`
	// DeliveriesPerSec counts the fan-out: one message to a 50-member group is 50 deliveries.
	DeliveriesPerSec float64 `json:"deliveries_per_sec,omitempty"`
	// ConcurrentStreams are open streaming sessions (viewers, listeners); their bytes are egress.
	// StreamIngress and StreamEgress are the streams' share of the bytes: sessions open at once,
	// already the busy hour's figure, so they do not take the requests' peak factor.
	// OnlineAtOnce is how many people are on at once on average, from the time each daily user
	// spends a day (Workload.DailySeconds), PeakOnlineAtOnce the busy hour's; Online names them.
	OnlineAtOnce      float64    `json:"online_at_once,omitempty"`
	PeakOnlineAtOnce  float64    `json:"peak_online_at_once,omitempty"`
	Online            string     `json:"online,omitempty"`
	ConcurrentStreams float64    `json:"concurrent_streams,omitempty"`
	StreamIngress     float64    `json:"stream_ingress_bytes_per_sec,omitempty"`
	StreamEgress      float64    `json:"stream_egress_bytes_per_sec,omitempty"`
	CacheBytes        float64    `json:"cache_bytes"`
	AppServers        int        `json:"app_servers"`
	DBShards          int        `json:"db_shards"`
	Flows             []FlowLoad `json:"flows,omitempty"`
	Assumptions       []string   `json:"assumptions"`
	Steps             []string   `json:"steps"`
	// LinkBitsPerSec and Link are the stated link the data crosses (Workload.LinkBitsPerSec);
	// LinkShare is the ingress over it: above 1 the link cannot carry the raw data.
	LinkBitsPerSec float64 `json:"link_bits_per_sec,omitempty"`
	Link           string  `json:"link,omitempty"`
	LinkShare      float64 `json:"link_share,omitempty"`
	// Warnings flag figures beyond physical sense for the statement; the self-review repeats them.
	Warnings []string `json:"warnings,omitempty"`
}

// FlowLoad is one flow's share of the capacity.
type FlowLoad struct {
	Name          string   `json:"name"`
	Kind          FlowKind `json:"kind"`
	PerSec        float64  `json:"per_sec"`
	PeakPerSec    float64  `json:"peak_per_sec"`
	BytesPerSec   float64  `json:"bytes_per_sec"`
	StoredPerMon  float64  `json:"stored_bytes_per_month,omitempty"`
	DeliveriesSec float64  `json:"deliveries_per_sec,omitempty"`
	Source        Source   `json:"source"`
	Basis         string   `json:"basis"`
}

// Small reports whether the figures fit one database primary and a couple of app servers with
// room to spare, so the design should stay simple (no shards, no brokers, one region). What the
// database keeps counts, not photos and files: those go to object storage, which grows without
// a broker or a shard (200 donations a day with photos are still a small system).
func (c Capacity) Small() bool {
	return c.PeakReadQPS+c.PeakWriteQPS < 200 && c.DBBytesKept < smallDBBytes && c.EgressBytesPerSec < 50e6 &&
		c.ConcurrentStreams < 1000
}

// smallDBBytes is what one primary keeps with room to spare: a tenth of what it holds comfortably
// (shardBytes), so backups, restores and index builds stay quick.
const smallDBBytes = shardBytes / 10

// Headroom says how far one database primary is from its limits at this load: how many times
// the peak write rate it could take, and what share of the bytes it holds comfortably the data
// kept over the retention fills. Zero where the workload has no writes or keeps nothing.
func (c Capacity) Headroom() (writes, filled float64) {
	if c.PeakWriteQPS > 0 {
		writes = shardWriteQPS / c.PeakWriteQPS
	}
	return writes, c.DBBytesKept / shardBytes
}

// Defaults used when a workload does not give a figure; each is reported as an assumption.
const (
	defaultDAU            = 1_000_000
	defaultWritesPerUser  = 2
	defaultReadsPerUser   = 20
	defaultPeakFactor     = 3
	defaultRecordBytes    = 1_000
	defaultResponseBytes  = 2_000
	defaultReplication    = 3
	defaultRetentionYears = 5
	defaultHotFraction    = 0.2
	maxCachedItemBytes    = 2_000  // big payloads (media) are cached by a CDN, not the app cache
	serverQPS             = 2_000  // requests per second one stateless app server sustains
	shardWriteQPS         = 5_000  // writes per second one database shard sustains
	shardBytes            = 2e12   // bytes one shard holds comfortably (2 TB)
	secondsPerDay         = 86_400 // 24 * 3600
	daysPerMonth          = 30
)

// Estimate computes capacity from a workload, filling unknown figures with labelled defaults.
func Estimate(w Workload) Capacity {
	var c Capacity
	c.Assumptions = append(c.Assumptions, w.Notes...)
	w = c.withDefaults(w.Clone())
	var dbWritesPeak, dbBytesMonth, blobBytesMonth, cacheBytes, readsADay float64
	for _, f := range w.Flows {
		fl := c.addFlow(w, f)
		switch f.Kind {
		case FlowWrite:
			c.WriteQPS += fl.PerSec
			c.PeakWriteQPS += fl.PeakPerSec
			c.IngressBytesPerSec += fl.BytesPerSec
			c.StorageBytesPerMonth += fl.StoredPerMon
			c.DeliveriesPerSec += fl.DeliveriesSec
			perMonth := keptPerMonth(w, f, fl.PerSec)
			if !f.Overwrites {
				dbBytesMonth += perMonth * f.StoredBytes
				blobBytesMonth += perMonth * f.BlobBytes
			}
			if f.StoredBytes > 0 {
				dbWritesPeak += fl.PeakPerSec
			}
			if fl.DeliveriesSec > 0 {
				c.EgressBytesPerSec += fl.DeliveriesSec * max(f.StoredBytes, f.Bytes-f.BlobBytes, 0)
			}
		case FlowRead:
			c.ReadQPS += fl.PerSec
			c.PeakReadQPS += fl.PeakPerSec
			c.EgressBytesPerSec += fl.BytesPerSec
			day := readsOnADay(w, f, fl.PerSec)
			readsADay += day
			cacheBytes += day * w.HotFraction * math.Min(f.Bytes, maxCachedItemBytes)
		case FlowStream:
			c.ConcurrentStreams += f.Concurrency
			if f.Inbound {
				c.IngressBytesPerSec += fl.BytesPerSec
				c.StreamIngress += fl.BytesPerSec
				c.StorageBytesPerMonth += fl.StoredPerMon
				blobBytesMonth += fl.StoredPerMon
			} else {
				c.EgressBytesPerSec += fl.BytesPerSec
				c.StreamEgress += fl.BytesPerSec
			}
		}
		c.Flows = append(c.Flows, fl)
	}
	c.totals(w, dbBytesMonth, blobBytesMonth, dbWritesPeak, cacheBytes, readsADay)
	c.onlineAtOnce(w)
	c.overLink(w)
	c.checkPlausible()
	return c
}

// onlineAtOnce spreads the time each daily user spends a day over the day: 2M daily viewers
// watching 45 minutes are 62.5K watching at any moment on average, and the busy hour runs over
// that by the peak factor. Streams stated or people online stated already say it.
func (c *Capacity) onlineAtOnce(w Workload) {
	if w.DailySeconds <= 0 || w.DAU <= 0 || w.Concurrent > 0 || c.ConcurrentStreams > 0 {
		return
	}
	c.Online = cmp.Or(w.Online, "people")
	c.OnlineAtOnce = w.DAU * math.Min(w.DailySeconds, secondsPerDay) / secondsPerDay
	c.PeakOnlineAtOnce = math.Min(c.OnlineAtOnce*w.PeakFactor, w.DAU)
	c.Steps = append(c.Steps, fmt.Sprintf("%s on at once: %s daily × %s a day ÷ 24 h = %s on average; × %s peak factor = %s in the busy hour",
		c.Online, Human(w.DAU), spent(w.DailySeconds), Human(c.OnlineAtOnce), Human(w.PeakFactor), Human(c.PeakOnlineAtOnce)))
}

// spent says a time spent in a day: "45 min", "2 h".
func spent(sec float64) string {
	if sec >= 3600 {
		return Human(sec/3600) + " h"
	}
	return Human(sec/60) + " min"
}

// withDefaults fills w's unknown figures with labelled defaults, noting each in c's assumptions.
func (c *Capacity) withDefaults(w Workload) Workload {
	assume := func(v *float64, def float64, what string) {
		if *v <= 0 || math.IsNaN(*v) || math.IsInf(*v, 0) {
			*v = def
			c.Assumptions = append(c.Assumptions, fmt.Sprintf("%s: %s (assumed)", what, Human(def)))
		}
	}
	if len(w.Flows) == 0 {
		assume(&w.DAU, defaultDAU, "daily active users")
		c.Assumptions = append(c.Assumptions,
			fmt.Sprintf("writes per user per day: %d (assumed)", defaultWritesPerUser),
			fmt.Sprintf("reads per user per day: %d (assumed)", defaultReadsPerUser))
		w.Flows = []Flow{
			{Name: "write", Kind: FlowWrite, Count: defaultWritesPerUser, PerSeconds: secondsPerDay, Each: true, Source: Assumed},
			{Name: "read", Kind: FlowRead, Count: defaultReadsPerUser, PerSeconds: secondsPerDay, Each: true, Source: Assumed},
		}
	}
	if w.DAU <= 0 && needsDAU(w) {
		assume(&w.DAU, defaultDAU, "daily active users")
	}
	assume(&w.PeakFactor, defaultPeakFactor, "peak-to-average factor")
	assume(&w.ReplicationFactor, defaultReplication, "replication factor")
	assume(&w.RetentionYears, defaultRetentionYears, "retention in years")
	assume(&w.HotFraction, defaultHotFraction, "share of a day's "+readNames(w)+" worth keeping hot in cache")
	for i := range w.Flows {
		f := &w.Flows[i]
		if f.Kind == FlowWrite && f.StoredBytes == 0 && f.BlobBytes == 0 && f.Bytes == 0 {
			f.StoredBytes = defaultRecordBytes
			c.Assumptions = append(c.Assumptions, fmt.Sprintf("%s per %s (assumed)", Bytes(defaultRecordBytes), f.Name))
		}
		if f.Kind == FlowRead && f.Bytes == 0 {
			f.Bytes = defaultResponseBytes
			c.Assumptions = append(c.Assumptions, fmt.Sprintf("%s per %s response (assumed)", Bytes(defaultResponseBytes), f.Name))
		}
	}
	return w
}

// readNames names the workload's reads for notes: "timeline read and profile view", or "reads".
func readNames(w Workload) string {
	var names []string
	for _, f := range w.Flows {
		if f.Kind == FlowRead && len(names) < 2 {
			names = append(names, Plural(f.Name))
		}
	}
	if len(names) == 0 {
		return "reads"
	}
	return strings.Join(names, " and ")
}

// Plural is the plural of an English noun as flows and populations name them: "timeline read" →
// "timeline reads", "person" → "people", "query" → "queries".
func Plural(s string) string {
	switch {
	case s == "person":
		return "people"
	case uncountable[s] || strings.HasSuffix(s, " staff"):
		return s
	case strings.HasSuffix(s, "ss") || usNouns[s]:
		return s + "es" // "businesses", "classes", "buses"
	case menTrades[s]:
		return strings.TrimSuffix(s, "man") + "men" // "handyman" → "handymen"
	case s == "" || strings.HasSuffix(s, "s"):
		return s
	case strings.HasSuffix(s, "y") && !strings.HasSuffix(s, "ay") && !strings.HasSuffix(s, "ey") && !strings.HasSuffix(s, "oy") && !strings.HasSuffix(s, "uy"):
		return strings.TrimSuffix(s, "y") + "ies"
	case strings.HasSuffix(s, "ch") || strings.HasSuffix(s, "sh") || strings.HasSuffix(s, "x"):
		return s + "es"
	}
	return s + "s"
}

// usNouns end in a single s but are singular: "1,100 buses", not "1,100 bus".
var usNouns = map[string]bool{"bus": true, "campus": true, "virus": true, "status": true, "census": true, "bonus": true, "corpus": true}

// uncountable nouns are their own plural: "200 staff", not "200 staffs".
var uncountable = map[string]bool{"staff": true, "personnel": true, "equipment": true, "data": true, "media": true, "news": true,
	"software": true, "feedback": true, "aircraft": true, "sheep": true, "fish": true, "deer": true}

// menTrades are the nouns ending in -man whose plural is -men; "human" and "German" are not.
var menTrades = map[string]bool{"man": true, "woman": true, "handyman": true, "tradesman": true, "repairman": true, "craftsman": true,
	"deliveryman": true, "postman": true, "fireman": true, "lineman": true, "salesman": true, "workman": true}

// needsDAU reports whether some flow is counted per daily user.
func needsDAU(w Workload) bool {
	for _, f := range w.Flows {
		if f.Each && f.Actors == 0 && f.ItemsOf == "" {
			return true
		}
	}
	return false
}

// seasonal reports a flow counted in a stretch that comes back once a season, not a burst: "9,000
// applications in the 3 weeks before the deadline", once a year.
func seasonal(f Flow) bool {
	return f.Recurs > f.PerSeconds && f.PerSeconds > 0 && !f.Burst && f.ItemsOf == ""
}

// keptPerMonth is the events a write flow adds to storage in a month: its average rate, or for a
// seasonal flow the stretch's count each time it comes, spread over the months. Kept at the
// stretch's rate all year, 9,000 applications in 3 weeks would be stored as 13,000 a month.
func keptPerMonth(w Workload, f Flow, perSec float64) float64 {
	if seasonal(f) {
		return w.Rate(f) * f.PerSeconds * secondsPerDay * daysPerMonth / f.Recurs
	}
	return perSec * secondsPerDay * daysPerMonth
}

// readsOnADay is how many of a read flow's requests come in a day, what the cache holds a share
// of: its average rate all day, but a stretch shorter than a day that comes back once a season
// (a race's 4 hours, once a year) brings only its own count, however high its rate.
func readsOnADay(w Workload, f Flow, perSec float64) float64 {
	if seasonal(f) && f.PerSeconds < secondsPerDay {
		return w.Rate(f) * f.PerSeconds
	}
	return perSec * secondsPerDay
}

// burstShare is the share of the time a burst runs: its length over how often it comes back,
// once a day unless the statement says when it recurs.
func burstShare(f Flow) float64 {
	lasts, every := f.PerSeconds, float64(secondsPerDay)
	if f.Lasts > 0 {
		lasts = f.Lasts
	}
	if f.Recurs > 0 {
		every = f.Recurs
	}
	return math.Min(lasts/every, 1)
}

// burstStep says how a burst averages out: over the day it comes once in, or over its recurrence.
func burstStep(f Flow, avg float64) string {
	lasts := ""
	if f.Lasts > 0 {
		lasts = " for " + strings.TrimPrefix(Period(f.Lasts), "every ")
	}
	if f.Recurs > 0 {
		return fmt.Sprintf(" inside the burst%s, which comes once %s: that averages %s", lasts, Period(f.Recurs), PerSecond(avg))
	}
	return fmt.Sprintf(" inside the burst%s; once a day (assumed) that averages %s over the day", lasts, PerSecond(avg))
}

// addFlow computes one flow's load and records its arithmetic as a step.
func (c *Capacity) addFlow(w Workload, f Flow) FlowLoad {
	fl := FlowLoad{Name: f.Name, Kind: f.Kind, Source: f.Source}
	if f.Kind == FlowStream {
		fl.BytesPerSec = f.Concurrency * f.BitsPerSecond / 8
		fl.Basis = fmt.Sprintf("%s concurrent streams × %s = %s/s", Human(f.Concurrency), Bitrate(f.BitsPerSecond), Bytes(fl.BytesPerSec))
		switch {
		case f.Recorded:
			fl.StoredPerMon = fl.BytesPerSec * secondsPerDay * daysPerMonth
			c.Steps = append(c.Steps, fmt.Sprintf("%s: %s in, all of it recorded: %s a month", f.Name, fl.Basis, Bytes(fl.StoredPerMon)))
		case f.Inbound:
			c.Steps = append(c.Steps, fmt.Sprintf("%s: %s in", f.Name, fl.Basis))
		default:
			c.Steps = append(c.Steps, fmt.Sprintf("%s: %s (nothing is stored per view)", f.Name, fl.Basis))
		}
		return fl
	}
	r := w.Rate(f)
	// Counted per item of a rate stated at its peak, a flow is at its peak too: searches per
	// order at the lunch peak are the lunch peak's searches.
	f.Peak = f.Peak || w.PeakOf(f)
	f = w.inBurst(f)
	switch {
	case f.Burst:
		fl.PeakPerSec, fl.PerSec = r, r*burstShare(f)
	case f.Steady:
		fl.PerSec, fl.PeakPerSec = r, r
	case f.Peak:
		fl.PeakPerSec, fl.PerSec = r, r/w.PeakFactor
	default:
		fl.PerSec, fl.PeakPerSec = r, r*w.PeakFactor
	}
	fl.Basis = w.basis(f, r)
	step := fmt.Sprintf("%s: %s", f.Name, fl.Basis)
	switch {
	case f.Burst:
		step += burstStep(f, fl.PerSec)
	case f.Steady:
		step += " on a fixed schedule, so the peak is the average"
	case f.Peak:
		step += fmt.Sprintf(" at peak; average = %s ÷ %s = %s/s", Human(r), Human(w.PeakFactor), Human(fl.PerSec))
	}
	c.Steps = append(c.Steps, step)
	switch f.Kind {
	case FlowWrite:
		wire := f.Bytes
		if wire == 0 {
			wire = f.StoredBytes + f.BlobBytes
		}
		fl.BytesPerSec = fl.PerSec * wire
		perMonth := keptPerMonth(w, f, fl.PerSec)
		if seasonal(f) {
			c.Steps = append(c.Steps, fmt.Sprintf("%s kept: %s per stretch (%s), which comes once %s = %s a month", f.Name, Human(r*f.PerSeconds),
				strings.TrimPrefix(Period(f.PerSeconds), "every "), strings.TrimPrefix(Period(f.Recurs), "every "), Human(perMonth)))
		}
		fl.StoredPerMon = perMonth * (f.StoredBytes*w.ReplicationFactor + f.BlobBytes)
		if f.Overwrites {
			// Only the latest report per sender is kept: an update in place, not history.
			fl.StoredPerMon = 0
			c.Steps = append(c.Steps, fmt.Sprintf("%s replaces the sender's last state: no history kept", f.Name))
		}
		if f.FanOut > 1 {
			fl.DeliveriesSec = fl.PerSec * f.FanOut
			c.Steps = append(c.Steps, fmt.Sprintf("%s fan-out: %s/s × %s recipients = %s deliveries/s",
				f.Name, Human(fl.PerSec), Human(f.FanOut), Human(fl.DeliveriesSec)))
		}
	case FlowRead:
		fl.BytesPerSec = fl.PerSec * f.Bytes
	}
	return fl
}

// basis spells out how a flow's rate follows from its figures.
func (w Workload) basis(f Flow, r float64) string {
	n := f.Count
	what := ""
	if n == 0 && f.VolumeBytes > 0 && f.Bytes > 0 {
		n = f.VolumeBytes / f.Bytes
		what = fmt.Sprintf("%s %s ÷ %s each = %s events %s; ", Bytes(f.VolumeBytes), Period(f.PerSeconds), Bytes(f.Bytes), Human(n), Period(f.PerSeconds))
	}
	switch {
	case f.ItemsOf != "":
		base, _ := w.Flow(f.ItemsOf)
		return fmt.Sprintf("%s%s/s × %s per item = %s/s", what, Human(w.Rate(base)), Human(n), Human(r))
	case f.Each:
		who := "DAU"
		if f.Actors > 0 {
			who = f.ActorNoun
			if who == "" {
				who = "senders"
			}
		}
		return fmt.Sprintf("%s%s %s × %s %s ÷ %s s = %s/s", what, Human(w.actors(f)), who, Human(n), Period(f.PerSeconds), Human(f.PerSeconds), Human(r))
	default:
		return fmt.Sprintf("%s%s %s ÷ %s s = %s/s", what, Human(n), Period(f.PerSeconds), Human(f.PerSeconds), Human(r))
	}
}

// totals derives storage, cache and fleet from the summed flows.
// ShardsForWrites is how many database shards a peak write rate needs on its own, before the
// bytes kept are counted: what a spike of a few days asks of the database.
func ShardsForWrites(peakWrites float64) int {
	return int(math.Max(1, math.Ceil(peakWrites/shardWriteQPS)))
}

func (c *Capacity) totals(w Workload, dbBytesMonth, blobBytesMonth, dbWritesPeak, cacheBytes, readsADay float64) {
	c.BlobBytesPerMonth = blobBytesMonth
	records, blobs := flowNames(w, storesRecords), flowNames(w, storesBlobs)
	step := fmt.Sprintf("Storage per month: %s of %s records × %s replicas", Bytes(dbBytesMonth), records, Human(w.ReplicationFactor))
	if blobBytesMonth > 0 {
		step += fmt.Sprintf(" + %s of %s blobs stored once", Bytes(blobBytesMonth), blobs)
	}
	c.Steps = append(c.Steps, oneSpaced(step+" = "+Bytes(c.StorageBytesPerMonth)))
	years := w.RetentionYears
	// A flow kept for its own time is taken out first; the rest is kept for the retention.
	ft, month, dbMonth := c.flowTiered(w, dbBytesMonth)
	c.StorageBytes5y = ft.fiveYears + month*12*math.Min(years, 5)
	c.StorageBytesKept = ft.kept + month*12*years
	primary := ft.primary + dbMonth*12*years
	if tiers := w.DataTiers(); len(tiers) > 0 {
		fiveYears, kept, p := c.tiered(tiers, month, dbMonth)
		c.StorageBytes5y, c.StorageBytesKept, primary = ft.fiveYears+fiveYears, ft.kept+kept, ft.primary+p
	} else {
		unit := "years"
		if years == 1 {
			unit = "year"
		}
		rest := flowNames(w, func(f Flow) bool { return storesAny(f) && !ft.flows[f.Name] })
		total := ""
		if ft.kept > 0 {
			total = fmt.Sprintf("; with the flows kept for their own time, %s", Bytes(c.StorageBytesKept))
		}
		c.Steps = append(c.Steps, fmt.Sprintf("Storage kept over the retention (%s %s): %s a month%s × 12 × %s = %s%s",
			Human(years), unit, Bytes(month), prefixed(" of ", rest+" data"), Human(years), Bytes(month*12*years), total))
	}
	if w.HeldBytes > 0 && c.StorageBytesKept > w.HeldBytes*w.ReplicationFactor {
		primary = c.holdStated(w, primary)
	}
	c.Steps = append(c.Steps, fmt.Sprintf("Ingress %s/s; egress %s/s", Bytes(c.IngressBytesPerSec), Bytes(c.EgressBytesPerSec)))
	c.CacheBytes = cacheBytes
	if cacheBytes > 0 {
		// Each read's response counts up to maxCachedItemBytes; the step shows the mean that
		// results, so its product is the total it states.
		item := cacheBytes / (readsADay * w.HotFraction)
		c.Steps = append(c.Steps, oneSpaced(fmt.Sprintf("Cache: %s %s reads/day × %s hot × %s per item (a response, at most %s) = %s",
			Human(readsADay), flowNames(w, isRead), Human(w.HotFraction), Bytes(item), Bytes(maxCachedItemBytes), Bytes(c.CacheBytes))))
	}
	c.AppServers = int(math.Max(2, math.Ceil((c.PeakReadQPS+c.PeakWriteQPS)/serverQPS)))
	byWrites := math.Ceil(dbWritesPeak / shardWriteQPS)
	// A shard's replicas hold copies of one data set, so shards are counted on unreplicated bytes.
	c.DBBytesKept = primary
	byBytes := math.Ceil(primary / shardBytes)
	c.DBShards = int(math.Max(1, math.Max(byWrites, byBytes)))
	c.Steps = append(c.Steps,
		oneSpaced(fmt.Sprintf("App servers: (%s %s reads + %s %s writes) peak/s ÷ %s per server ≈ %d", Human(c.PeakReadQPS), flowNames(w, isRead),
			Human(c.PeakWriteQPS), flowNames(w, isWrite), Human(serverQPS), c.AppServers)),
		oneSpaced(fmt.Sprintf("Database partitions: max(%s peak %s writes/s ÷ %s, %s of %s records kept before replication ÷ 2 TB) ≈ %d",
			Human(dbWritesPeak), flowNames(w, storesRecords), Human(shardWriteQPS), Bytes(primary), records, c.DBShards)))
}

// Which flows a step of the arithmetic counts: naming them ("booking writes", "departure search
// reads") lets a reader tell the figure's source, and keeps one design's arithmetic from reading
// as any other's.
func isRead(f Flow) bool        { return f.Kind == FlowRead }
func isWrite(f Flow) bool       { return f.Kind == FlowWrite }
func storesRecords(f Flow) bool { return f.Kind == FlowWrite && f.StoredBytes > 0 && !f.Overwrites }
func storesBlobs(f Flow) bool {
	return f.Kind == FlowWrite && f.BlobBytes > 0 && !f.Overwrites || f.Kind == FlowStream && f.Inbound && f.Recorded
}
func storesAny(f Flow) bool { return storesRecords(f) || storesBlobs(f) }

// flowNames names the flows a step counts, "booking" or "answer and vote" or "post, like and
// 3 more"; "" where the workload names none that fit.
func flowNames(w Workload, keep func(Flow) bool) string {
	var names []string
	for _, f := range w.Flows {
		// "invoice or task read" is counted among reads already: the step says "reads" after it.
		name := strings.TrimSuffix(strings.TrimSuffix(f.Name, " reads"), " read")
		if name == "write" || name == "read" {
			name = "" // a flow named only for its kind: "104/h writes", not "write writes"
		}
		if keep(f) && name != "" && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	switch n := len(names); {
	case n == 0:
		return ""
	case n == 1:
		return names[0]
	case n == 2:
		return names[0] + " and " + names[1]
	default:
		return fmt.Sprintf("%s, %s and %d more", names[0], names[1], n-2)
	}
}

// holdStated keeps what the statement says is held when the flows would keep more: the writes
// mostly replace data already there (a key-value store's updates) rather than pile up. It gives
// the records kept before replication, which the partitions are sized on.
func (c *Capacity) holdStated(w Workload, primary float64) float64 {
	kept := w.HeldBytes * w.ReplicationFactor
	c.Steps = append(c.Steps, fmt.Sprintf("Storage kept: the stated %s held × %s replicas = %s, not the %s the writes would add at their sizes: most replace what is held",
		Bytes(w.HeldBytes), Human(w.ReplicationFactor), Bytes(kept), Bytes(c.StorageBytesKept)))
	c.UnheldBytesPerMonth = c.StorageBytesPerMonth
	c.StorageBytesKept = kept
	c.StorageBytes5y = math.Min(c.StorageBytes5y, kept)
	c.StorageBytesPerMonth = math.Min(c.StorageBytesPerMonth, kept/(12*math.Max(w.RetentionYears, 1)))
	return math.Min(primary, w.HeldBytes)
}

// Bounds beyond which a figure says more about a misread statement than about the system: the
// whole internet moves a few hundred TB/s and stores a few zettabytes.
const (
	implausibleBytesPerSec = 1e14
	implausibleRate        = 1e10
	implausibleMonthBytes  = 1e19
)

func (c *Capacity) checkPlausible() {
	flag := func(bad bool, format string, a ...any) {
		if bad {
			c.Warnings = append(c.Warnings, fmt.Sprintf(format, a...))
		}
	}
	flag(c.IngressBytesPerSec > implausibleBytesPerSec, "ingress of %s/s is beyond any real system: check the statement's byte figures", Bytes(c.IngressBytesPerSec))
	flag(c.EgressBytesPerSec > implausibleBytesPerSec, "egress of %s/s is beyond any real system: check the statement's bitrates and read sizes", Bytes(c.EgressBytesPerSec))
	flag(c.PeakWriteQPS+c.PeakReadQPS > implausibleRate, "%s requests/s at peak is beyond any real system: check the statement's rates", Human(c.PeakWriteQPS+c.PeakReadQPS))
	flag(c.StorageBytesPerMonth > implausibleMonthBytes, "%s of new data a month is beyond any real system: check the statement's sizes", Bytes(c.StorageBytesPerMonth))
}

// Period names a period in words: "a second", "a day", "every 10 s".
func Period(sec float64) string {
	names := []struct {
		s    float64
		name string
	}{{1, "a second"}, {60, "a minute"}, {3600, "an hour"}, {86400, "a day"}, {7 * 86400, "a week"}, {14 * 86400, "a fortnight"},
		{30 * 86400, "a month"}, {365.0 / 4 * 86400, "a quarter"}, {365.0 / 3 * 86400, "a term"}, {365.0 / 2 * 86400, "a semester"},
		{365 * 86400, "a year"}}
	for _, n := range names {
		if sec == n.s {
			return n.name
		}
	}
	switch {
	case sec > 365*86400 && math.Mod(sec, 365*86400) == 0:
		return "every " + Human(sec/(365*86400)) + " years" // a census, a decennial survey
	case sec >= 86400 && math.Mod(sec, 86400) == 0:
		return "every " + Human(sec/86400) + " days"
	case sec >= 2*86400:
		// 20 storm days a year come once every 18 days or so, not "every 438 h".
		return "every " + Human(math.Round(sec/86400)) + " days"
	case sec >= 3600 && math.Mod(sec, 3600) == 0:
		return "every " + Human(sec/3600) + " h"
	case sec >= 60 && math.Mod(sec, 60) == 0:
		return "every " + Human(sec/60) + " min"
	}
	return "every " + Human(sec) + " s"
}

// PerSecond formats a rate: "12.3K/s", or per hour or per day when it is below one a second
// ("25/h", "3/day"), where a fraction of a request a second reads as noise.
func PerSecond(v float64) string {
	switch {
	case v == 0 || v >= 0.1:
		return Human(v) + "/s"
	case v*3600 >= 1:
		return Human(v*3600) + "/h"
	}
	return Human(v*86400) + "/day"
}

// Bitrate formats bits per second: 128 kbps, 5 Mbps.
func Bitrate(bps float64) string { return decimal(bps, "bps", "kbps", "Mbps", "Gbps") }

// Human formats a count compactly: 950, 12.3K, 4.5M, 1.2B.
func Human(v float64) string {
	a := math.Abs(v)
	switch {
	case a >= 1e12:
		return trim(v/1e12) + "T"
	case a >= 1e9:
		return trim(v/1e9) + "B"
	case a >= 1e6:
		return trim(v/1e6) + "M"
	case a >= 1e4:
		return trim(v/1e3) + "K"
	case a >= 1e3:
		// "5,475 bookings": four digits read at a glance only with their separator.
		s := trim(v) // four digits and a sign at most: a >= 1e3 has no fraction shown
		return s[:len(s)-3] + "," + s[len(s)-3:]
	default:
		return trim(v)
	}
}

// Bytes formats a byte count with decimal units: 512 B, 2 KB, 1.5 TB.
func Bytes(v float64) string { return decimal(v, "B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB") }

// decimal formats v in the largest of units, each a thousand of the one before, that it reaches.
func decimal(v float64, units ...string) string {
	i := 0
	for math.Abs(v) >= 1000 && i < len(units)-1 {
		v /= 1000
		i++
	}
	return trim(v) + " " + units[i]
}

func trim(v float64) string {
	switch {
	case v == math.Trunc(v) || math.Abs(v) >= 100:
		return fmt.Sprintf("%.0f", v)
	case math.Abs(v) >= 10:
		return fmt.Sprintf("%.1f", v)
	default:
		return fmt.Sprintf("%.2g", v)
	}
}

// tierMonths is how many months of data a tier keeps: "90 days" is 3 months of data, as a month
// is counted above.
func tierMonths(t Tier) float64 {
	if t.Years < 1 {
		return math.Round(t.Years*365) / daysPerMonth
	}
	return t.Years * 12
}

// flowKept is what the tiers of single flows keep, and which flows they are.
type flowKept struct {
	fiveYears, kept, primary float64
	flows                    map[string]bool
}

// flowTiered keeps each flow a tier names for the tier's time ("live location ... deleted after
// 24h"), and returns what they keep and the month's data, and records, the rest is left with.
func (c *Capacity) flowTiered(w Workload, dbBytesMonth float64) (flowKept, float64, float64) {
	ft, month := flowKept{flows: map[string]bool{}}, c.StorageBytesPerMonth
	for _, t := range w.Tiers {
		f, ok := w.Flow(t.Flow)
		i := slices.IndexFunc(c.Flows, func(fl FlowLoad) bool { return strings.EqualFold(fl.Name, t.Flow) })
		if t.Flow == "" || !ok || i < 0 || ft.flows[f.Name] {
			continue
		}
		stored := c.Flows[i].StoredPerMon
		db := 0.0
		if per := f.StoredBytes*w.ReplicationFactor + f.BlobBytes; per > 0 && !f.Overwrites {
			db = stored / per * f.StoredBytes
		}
		months := tierMonths(t)
		ft.flows[f.Name] = true
		ft.kept += stored * months
		ft.fiveYears += stored * math.Min(months, 60)
		ft.primary += db * months
		month, dbBytesMonth = month-stored, dbBytesMonth-db
		c.Steps = append(c.Steps, fmt.Sprintf("%s kept for its own time (%s, stated): %s a month × %s months = %s",
			f.Name, t.Name, Bytes(stored), Human(months), Bytes(stored*months)))
	}
	return ft, math.Max(month, 0), math.Max(dbBytesMonth, 0)
}

// tiered sums the storage each stated retention tier keeps: its share of a month's data for its
// own time. It returns what five years keep, what the retention keeps, and the records kept
// before replication.
func (c *Capacity) tiered(tiers []Tier, month, dbBytesMonth float64) (fiveYears, kept, primary float64) {
	var parts []string
	for _, t := range tiers {
		months := tierMonths(t)
		k := month * t.Fraction * months
		kept += k
		fiveYears += month * t.Fraction * math.Min(months, 60)
		primary += dbBytesMonth * t.Fraction * months
		share := ""
		if t.Fraction < 1 {
			share = fmt.Sprintf(" ÷ %s", Human(math.Round(1/t.Fraction)))
		}
		parts = append(parts, fmt.Sprintf("%s: %s%s × %s months = %s", t.Name, Bytes(month), share, Human(months), Bytes(k)))
	}
	c.Steps = append(c.Steps, fmt.Sprintf("Storage kept, per stated tier: %s; %s in all", strings.Join(parts, "; "), Bytes(kept)))
	return fiveYears, kept, primary
}

func prefixed(prefix, s string) string {
	if strings.TrimSpace(s) == "" || strings.TrimSpace(s) == "data" {
		return ""
	}
	return prefix + s
}

// oneSpaced closes the gap a step leaves where it names no flow: "0 B of  records".
func oneSpaced(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// FlowNames names the flows of a kind the capacity counts ("booking" or "search and feed read"),
// for a line that quotes the totals: it tells whose rate the figure is. It is "" when no flow of
// that kind has a name.
func (c Capacity) FlowNames(kind FlowKind) string {
	var w Workload
	for _, f := range c.Flows {
		w.Flows = append(w.Flows, Flow{Name: f.Name, Kind: f.Kind})
	}
	return flowNames(w, func(f Flow) bool { return f.Kind == kind })
}

// StoredNames names the flows whose writes the monthly storage keeps.
func (c Capacity) StoredNames() string {
	var w Workload
	for _, f := range c.Flows {
		if f.StoredPerMon > 0 {
			w.Flows = append(w.Flows, Flow{Name: f.Name, Kind: f.Kind})
		}
	}
	return flowNames(w, func(Flow) bool { return true })
}
