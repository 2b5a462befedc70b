package conversation

import (
	"fmt"
	"math"
)

// Capacity is the back-of-the-envelope estimate of a design. All figures are computed in Go from
// Scale, never by a model; Steps shows the arithmetic so a reader can check it.
type Capacity struct {
	ReadQPS              float64  `json:"read_qps"`
	WriteQPS             float64  `json:"write_qps"`
	PeakReadQPS          float64  `json:"peak_read_qps"`
	PeakWriteQPS         float64  `json:"peak_write_qps"`
	StorageBytesPerMonth float64  `json:"storage_bytes_per_month"`
	StorageBytes5y       float64  `json:"storage_bytes_5y"`
	IngressBytesPerSec   float64  `json:"ingress_bytes_per_sec"`
	EgressBytesPerSec    float64  `json:"egress_bytes_per_sec"`
	CacheBytes           float64  `json:"cache_bytes"`
	AppServers           int      `json:"app_servers"`
	DBShards             int      `json:"db_shards"`
	Assumptions          []string `json:"assumptions"`
	Steps                []string `json:"steps"`
}

// Defaults used when a statement does not give a figure; each is reported as an assumption.
const (
	defaultDAU               = 1_000_000
	defaultWritesPerUser     = 2
	defaultReadsPerUser      = 20
	defaultPeakFactor        = 3
	defaultRecordBytes       = 1_000
	defaultResponseBytes     = 2_000
	defaultReplication       = 3
	defaultRetentionYears    = 5
	defaultHotFraction       = 0.2
	serverQPS                = 2_000  // requests per second one stateless app server sustains
	shardWriteQPS            = 5_000  // writes per second one database shard sustains
	shardBytes               = 2e12   // bytes one shard holds comfortably (2 TB)
	secondsPerDay            = 86_400 // 24 * 3600
	daysPerMonth             = 30
	monthsIn5y               = 60
	mediaReplicationInObject = 1 // object stores replicate internally; counted once for billing
)

// Estimate computes capacity from scale, filling unknown figures with labelled defaults.
func Estimate(s Scale) Capacity {
	var c Capacity
	c.Assumptions = append(c.Assumptions, s.Notes...)
	assume := func(v *float64, def float64, what string) {
		if *v <= 0 {
			*v = def
			c.Assumptions = append(c.Assumptions, fmt.Sprintf("%s: %s (assumed)", what, Human(def)))
		}
	}
	assume(&s.PeakFactor, defaultPeakFactor, "peak-to-average factor")
	assume(&s.RecordBytes, defaultRecordBytes, "bytes per stored record")
	assume(&s.ResponseBytes, defaultResponseBytes, "bytes per read response")
	assume(&s.ReplicationFactor, defaultReplication, "replication factor")
	assume(&s.RetentionYears, defaultRetentionYears, "retention in years")
	assume(&s.HotFraction, defaultHotFraction, "share of daily reads kept hot in cache")

	// Writes.
	switch {
	case s.WritesPerSecond > 0 && s.StatedRatesArePeak:
		c.PeakWriteQPS = s.WritesPerSecond
		c.WriteQPS = s.WritesPerSecond / s.PeakFactor
		c.Steps = append(c.Steps, fmt.Sprintf("Peak writes are stated: %s/s; average = %s / %s = %s/s",
			Human(c.PeakWriteQPS), Human(c.PeakWriteQPS), Human(s.PeakFactor), Human(c.WriteQPS)))
	case s.WritesPerSecond > 0:
		c.WriteQPS = s.WritesPerSecond
		c.Steps = append(c.Steps, fmt.Sprintf("Writes are stated: %s/s on average", Human(c.WriteQPS)))
	default:
		assume(&s.DAU, defaultDAU, "daily active users")
		assume(&s.WritesPerUserPerDay, defaultWritesPerUser, "writes per user per day")
		perDay := s.DAU * s.WritesPerUserPerDay
		c.WriteQPS = perDay / secondsPerDay
		c.Steps = append(c.Steps, fmt.Sprintf("Writes: %s DAU × %s writes/day = %s/day; ÷ 86,400 s = %s/s",
			Human(s.DAU), Human(s.WritesPerUserPerDay), Human(perDay), Human(c.WriteQPS)))
	}
	if c.PeakWriteQPS == 0 {
		c.PeakWriteQPS = c.WriteQPS * s.PeakFactor
		c.Steps = append(c.Steps, fmt.Sprintf("Peak writes: %s/s × %s = %s/s",
			Human(c.WriteQPS), Human(s.PeakFactor), Human(c.PeakWriteQPS)))
	}

	// Reads.
	switch {
	case s.ReadsPerSecond > 0 && s.StatedRatesArePeak:
		c.PeakReadQPS = s.ReadsPerSecond
		c.ReadQPS = s.ReadsPerSecond / s.PeakFactor
		c.Steps = append(c.Steps, fmt.Sprintf("Peak reads are stated: %s/s; average = %s / %s = %s/s",
			Human(c.PeakReadQPS), Human(c.PeakReadQPS), Human(s.PeakFactor), Human(c.ReadQPS)))
	case s.ReadsPerSecond > 0:
		c.ReadQPS = s.ReadsPerSecond
		c.Steps = append(c.Steps, fmt.Sprintf("Reads are stated: %s/s on average", Human(c.ReadQPS)))
	case s.DAU > 0 || s.ReadsPerUserPerDay > 0:
		assume(&s.DAU, defaultDAU, "daily active users")
		assume(&s.ReadsPerUserPerDay, defaultReadsPerUser, "reads per user per day")
		perDay := s.DAU * s.ReadsPerUserPerDay
		c.ReadQPS = perDay / secondsPerDay
		c.Steps = append(c.Steps, fmt.Sprintf("Reads: %s DAU × %s reads/day = %s/day; ÷ 86,400 s = %s/s",
			Human(s.DAU), Human(s.ReadsPerUserPerDay), Human(perDay), Human(c.ReadQPS)))
	default:
		c.ReadQPS = c.WriteQPS * 10
		c.Assumptions = append(c.Assumptions, "reads are 10× writes (assumed)")
		c.Steps = append(c.Steps, fmt.Sprintf("Reads: 10 × %s/s writes = %s/s", Human(c.WriteQPS), Human(c.ReadQPS)))
	}
	if c.PeakReadQPS == 0 {
		c.PeakReadQPS = c.ReadQPS * s.PeakFactor
		c.Steps = append(c.Steps, fmt.Sprintf("Peak reads: %s/s × %s = %s/s",
			Human(c.ReadQPS), Human(s.PeakFactor), Human(c.PeakReadQPS)))
	}

	// Storage: records replicated in the database, media once in the object store.
	recordsPerDay := c.WriteQPS * secondsPerDay
	dbPerDay := recordsPerDay * s.RecordBytes * s.ReplicationFactor
	mediaPerDay := recordsPerDay * s.MediaBytesPerWrite * mediaReplicationInObject
	c.StorageBytesPerMonth = (dbPerDay + mediaPerDay) * daysPerMonth
	c.Steps = append(c.Steps, fmt.Sprintf("Records: %s/day × %s × %s replicas = %s/day in the database",
		Human(recordsPerDay), Bytes(s.RecordBytes), Human(s.ReplicationFactor), Bytes(dbPerDay)))
	if s.MediaBytesPerWrite > 0 {
		c.Steps = append(c.Steps, fmt.Sprintf("Media: %s/day × %s = %s/day in object storage (replicated by the store itself)",
			Human(recordsPerDay), Bytes(s.MediaBytesPerWrite), Bytes(mediaPerDay)))
	}
	c.Steps = append(c.Steps, fmt.Sprintf("Storage per month: %s/day × 30 = %s", Bytes(dbPerDay+mediaPerDay), Bytes(c.StorageBytesPerMonth)))
	years := math.Min(s.RetentionYears, 5)
	c.StorageBytes5y = c.StorageBytesPerMonth * 12 * years
	c.Steps = append(c.Steps, fmt.Sprintf("Storage over 5 years (retention %s years): %s × 12 × %s = %s",
		Human(s.RetentionYears), Bytes(c.StorageBytesPerMonth), Human(years), Bytes(c.StorageBytes5y)))

	// Bandwidth.
	c.IngressBytesPerSec = c.WriteQPS * (s.RecordBytes + s.MediaBytesPerWrite)
	c.EgressBytesPerSec = c.ReadQPS * s.ResponseBytes
	c.Steps = append(c.Steps,
		fmt.Sprintf("Ingress: %s/s × %s = %s/s", Human(c.WriteQPS), Bytes(s.RecordBytes+s.MediaBytesPerWrite), Bytes(c.IngressBytesPerSec)),
		fmt.Sprintf("Egress: %s/s × %s = %s/s", Human(c.ReadQPS), Bytes(s.ResponseBytes), Bytes(c.EgressBytesPerSec)))

	// Cache: the hot share of a day's read payload, capped by what a day writes for media-heavy
	// reads (media is cached by the CDN, so only metadata-sized responses count here).
	cacheItem := math.Min(s.ResponseBytes, math.Max(s.RecordBytes, 1_000))
	c.CacheBytes = c.ReadQPS * secondsPerDay * s.HotFraction * cacheItem
	c.Steps = append(c.Steps, fmt.Sprintf("Cache: %s reads/day × %s hot × %s per item = %s",
		Human(c.ReadQPS*secondsPerDay), Human(s.HotFraction), Bytes(cacheItem), Bytes(c.CacheBytes)))

	// Fleet.
	c.AppServers = int(math.Max(2, math.Ceil((c.PeakReadQPS+c.PeakWriteQPS)/serverQPS)))
	byWrites := math.Ceil(c.PeakWriteQPS / shardWriteQPS)
	// A shard's replicas hold copies of one data set, so shards are counted on unreplicated bytes.
	primary5y := (c.StorageBytes5y - mediaPerDay*daysPerMonth*12*years) / s.ReplicationFactor
	byBytes := math.Ceil(primary5y / shardBytes)
	c.DBShards = int(math.Max(1, math.Max(byWrites, byBytes)))
	c.Steps = append(c.Steps,
		fmt.Sprintf("App servers: (%s + %s) peak/s ÷ %s per server ≈ %d", Human(c.PeakReadQPS), Human(c.PeakWriteQPS), Human(serverQPS), c.AppServers),
		fmt.Sprintf("Database shards: max(%s peak writes/s ÷ %s, %s of 5-year records before replication ÷ 2 TB) ≈ %d",
			Human(c.PeakWriteQPS), Human(shardWriteQPS), Bytes(primary5y), c.DBShards))
	return c
}

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
	default:
		return trim(v)
	}
}

// Bytes formats a byte count with decimal units: 512 B, 2 KB, 1.5 TB.
func Bytes(v float64) string {
	units := []string{"B", "KB", "MB", "GB", "TB", "PB", "EB"}
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
