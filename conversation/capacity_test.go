package conversation_test

import (
	"encoding/json"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

func TestEstimate(t *testing.T) {
	photos := conversation.PerUser(50e6, 2, 50)
	photos.Flows[0].StoredBytes, photos.Flows[0].BlobBytes, photos.Flows[1].Bytes = 1000, 2e6, 1000
	peak := conversation.Workload{Flows: []conversation.Flow{
		{Name: "bid", Kind: conversation.FlowWrite, Count: 30_000, PerSeconds: 1, Peak: true, StoredBytes: 1000},
		{Name: "read", Kind: conversation.FlowRead, Count: 300_000, PerSeconds: 1, Peak: true, Bytes: 1000},
	}}
	tests := []struct {
		name                                string
		w                                   conversation.Workload
		write, peakWrite, read, peakRead    float64
		cache, month, kept, ingress, egress float64
		apps, shards                        int
		assumes                             []string // substrings some assumption must contain
	}{
		{
			// 50M DAU × 2 photos/day of 2 MB, 50 reads/day of 1 KB.
			name:  "photo sharing from DAU",
			w:     photos,
			write: 100e6 / 86400, peakWrite: 3 * 100e6 / 86400,
			read: 2.5e9 / 86400, peakRead: 3 * 2.5e9 / 86400,
			cache: 2.5e9 * 0.2 * 1000, // hot 20% of a day's reads × 1 KB each
			// (100M records × 1 KB × 3 replicas + 100M × 2 MB of media) × 30 days
			month: (100e6*1000*3 + 100e6*2e6) * 30, kept: (100e6*1000*3 + 100e6*2e6) * 30 * 60,
			ingress: 100e6 / 86400 * 2.001e6, egress: 2.5e9 / 86400 * 1000,
			apps:    46, // ceil((86,806 + 3,472) / 2,000)
			shards:  90, // 5 years of records before replication: 1e11 B/day × 1,800 days ÷ 2 TB
			assumes: []string{"peak-to-average factor: 3 (assumed)", "replication factor: 3 (assumed)"},
		},
		{
			name:  "nothing stated",
			w:     conversation.Workload{},
			write: 2e6 / 86400, peakWrite: 3 * 2e6 / 86400,
			read: 20e6 / 86400, peakRead: 3 * 20e6 / 86400,
			cache: 20e6 * 0.2 * 2000,
			month: 2e6 * 1000 * 3 * 30, kept: 2e6 * 1000 * 3 * 30 * 60,
			ingress: 2e6 / 86400 * 1000, egress: 20e6 / 86400 * 2000,
			apps: 2, shards: 2, // 2e9 B/day × 1,800 days = 3.6 TB before replication ÷ 2 TB
			assumes: []string{"daily active users: 1M (assumed)", "writes per user per day: 2 (assumed)", "reads per user per day: 20 (assumed)"},
		},
		{
			name:  "stated peak rates: the average is the peak over the factor",
			w:     peak,
			write: 10_000, peakWrite: 30_000,
			read: 100_000, peakRead: 300_000,
			cache: 100_000 * 86400 * 0.2 * 1000,
			month: 10_000 * 86400 * 1000 * 3 * 30, kept: 10_000 * 86400 * 1000 * 3 * 30 * 60,
			ingress: 10_000 * 1000, egress: 100_000 * 1000,
			// ceil(330,000 ÷ 2,000); 864M records/day × 1 KB × 1,800 days = 1.56 PB ÷ 2 TB
			apps: 165, shards: 778,
		},
	}
	near := func(got, want float64) bool { return math.Abs(got-want) <= 1e-9*math.Max(1, math.Abs(want)) }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conversation.Estimate(tt.w)
			checks := []struct {
				what      string
				got, want float64
			}{
				{"write QPS", c.WriteQPS, tt.write},
				{"peak write QPS", c.PeakWriteQPS, tt.peakWrite},
				{"read QPS", c.ReadQPS, tt.read},
				{"peak read QPS", c.PeakReadQPS, tt.peakRead},
				{"cache bytes", c.CacheBytes, tt.cache},
				{"storage per month", c.StorageBytesPerMonth, tt.month},
				{"storage kept", c.StorageBytes5y, tt.kept},
				{"ingress", c.IngressBytesPerSec, tt.ingress},
				{"egress", c.EgressBytesPerSec, tt.egress},
			}
			for _, ch := range checks {
				if !near(ch.got, ch.want) {
					t.Errorf("%s=%v, want %v", ch.what, ch.got, ch.want)
				}
			}
			if c.AppServers != tt.apps || c.DBShards != tt.shards {
				t.Errorf("app servers=%d shards=%d, want %d and %d", c.AppServers, c.DBShards, tt.apps, tt.shards)
			}
			all := strings.Join(c.Assumptions, "\n")
			for _, a := range tt.assumes {
				if !strings.Contains(all, a) {
					t.Errorf("assumptions lack %q; got:\n%s", a, all)
				}
			}
			if len(c.Flows) != len(c.Steps)-5 && len(c.Flows) == 0 {
				t.Errorf("flows=%d steps=%d: every flow should show its arithmetic", len(c.Flows), len(c.Steps))
			}
		})
	}
}

// Streams count bytes, not requests, and store nothing per view; fan-out counts deliveries; a
// flow counted per item follows the flow that creates the items.
func TestEstimateStreamsFanOutAndPerItem(t *testing.T) {
	w := conversation.Workload{Flows: []conversation.Flow{
		{Name: "live stream", Kind: conversation.FlowStream, Concurrency: 5e6, BitsPerSecond: 5e6},
		{Name: "post", Kind: conversation.FlowWrite, Count: 86_400, PerSeconds: 86_400, FanOut: 200, StoredBytes: 500},
		{Name: "create code", Kind: conversation.FlowWrite, Count: 50e6, PerSeconds: 30 * 86400, StoredBytes: 100},
		{Name: "scan code", Kind: conversation.FlowRead, Count: 20, PerSeconds: 1, ItemsOf: "create code", Bytes: 100},
	}}
	c := conversation.Estimate(w)
	if got, want := c.ConcurrentStreams, 5e6; got != want {
		t.Errorf("concurrent streams=%v, want %v", got, want)
	}
	if c.DeliveriesPerSec != 200 {
		t.Errorf("deliveries=%v/s, want 200 (1 post/s × 200)", c.DeliveriesPerSec)
	}
	codes := 50e6 / (30 * 86400)
	if math.Abs(c.ReadQPS-20*codes) > 1e-6 {
		t.Errorf("read qps=%v, want %v (20 scans per code)", c.ReadQPS, 20*codes)
	}
	// 5M × 5 Mbps / 8 = 3.125 TB/s, plus 200 deliveries/s × 500 B and the scans' 100 B each.
	if want := 5e6*5e6/8 + 200*500 + 20*codes*100; math.Abs(c.EgressBytesPerSec-want) > 1 {
		t.Errorf("egress=%v, want %v", c.EgressBytesPerSec, want)
	}
	if c.StorageBytesPerMonth > 1e12 {
		t.Errorf("storage=%s a month; streams store nothing per view", conversation.Bytes(c.StorageBytesPerMonth))
	}
}

// A figure beyond physical sense is flagged, not silently printed.
func TestEstimateFlagsImplausibleFigures(t *testing.T) {
	w := conversation.Workload{Flows: []conversation.Flow{
		{Name: "log", Kind: conversation.FlowWrite, VolumeBytes: 1e24, Bytes: 500, StoredBytes: 500, PerSeconds: 86400},
	}}
	c := conversation.Estimate(w)
	if len(c.Warnings) == 0 {
		t.Fatalf("no warning for %s/s of ingress", conversation.Bytes(c.IngressBytesPerSec))
	}
	if !strings.Contains(conversation.CapacityMarkdown(c), "Check these figures") {
		t.Error("the capacity section does not show the warning")
	}
	if conversation.Estimate(conversation.PerUser(5, 5, 20)).Small() != true {
		t.Error("5 users are not a small system")
	}
	if conversation.Estimate(conversation.PerUser(50e6, 2, 50)).Small() {
		t.Error("50M daily users are a small system")
	}
	// 200 donations a day, each with 2 MB of photos kept five years, is 730 GB in object storage
	// and 0.4 GB in the database: still a system for one primary and no broker.
	photos := conversation.Workload{Flows: []conversation.Flow{{Name: "donation", Kind: conversation.FlowWrite,
		Count: 200, PerSeconds: 86400, Bytes: 2e6, StoredBytes: 1000, BlobBytes: 2e6, Source: conversation.Stated}}}
	if c := conversation.Estimate(photos); !c.Small() || c.StorageBytes5y < 500e9 {
		t.Errorf("200 donations a day with photos: Small %v with %s kept", c.Small(), conversation.Bytes(c.StorageBytes5y))
	}
	// The same rate keeping 3 MB rows is a database that is not small.
	rows := photos
	rows.Flows = []conversation.Flow{{Name: "scan", Kind: conversation.FlowWrite, Count: 200, PerSeconds: 86400, Bytes: 3e6, StoredBytes: 3e6, Source: conversation.Stated}}
	if c := conversation.Estimate(rows); c.Small() {
		t.Errorf("%s kept in the database is a small system", conversation.Bytes(c.DBBytesKept))
	}
}

// Figures the statement gave are reported as such, not as assumptions.
func TestEstimateKeepsStatedNotes(t *testing.T) {
	c := conversation.Estimate(conversation.Workload{DAU: 5e6, Notes: []string{"5M DAU: stated"}})
	if len(c.Assumptions) == 0 || c.Assumptions[0] != "5M DAU: stated" {
		t.Fatalf("assumptions=%q, want the statement's notes first", c.Assumptions)
	}
	for _, a := range c.Assumptions {
		if strings.Contains(a, "daily active users") {
			t.Fatalf("DAU was stated, yet assumed: %q", a)
		}
	}
}

// Each formatter's figures, in its own units.
func TestFormatters(t *testing.T) {
	for _, f := range []struct {
		name   string
		format func(float64) string
		cases  map[float64]string
	}{
		{"Human", conversation.Human, map[float64]string{
			0: "0", 0.5: "0.5", 2.345: "2.3", 12.34: "12.3", 123.4: "123", 950: "950",
			9999: "9,999", 1000: "1,000", -5475: "-5,475", 12_345: "12.3K", 250_000: "250K", 4.5e6: "4.5M", 50e6: "50M",
			1.2e9: "1.2B", 1e12: "1T", -4.5e6: "-4.5M",
		}},
		{"Bytes", conversation.Bytes, map[float64]string{
			0: "0 B", 512: "512 B", 999: "999 B", 1000: "1 KB", 2000: "2 KB", 1536: "1.5 KB",
			45e6: "45 MB", 1.5e12: "1.5 TB", 3.6e17: "360 PB", 1e18: "1 EB", 5e21: "5 ZB",
		}},
		{"Bitrate", conversation.Bitrate, map[float64]string{
			0: "0 bps", 800: "800 bps", 128e3: "128 kbps", 5e6: "5 Mbps", 2.5e9: "2.5 Gbps", 4e12: "4000 Gbps",
		}},
	} {
		for in, want := range f.cases {
			if got := f.format(in); got != want {
				t.Errorf("%s(%v)=%q, want %q", f.name, in, got, want)
			}
		}
	}
}

// A thread saved before workloads had flows keeps its figures.
func TestRequirementSetReadsTheLegacyScale(t *testing.T) {
	var r conversation.RequirementSet
	old := `{"functional":["upload"],"features":["media"],"scale":{"dau":50000000,"writes_per_user_per_day":2,
	  "reads_per_user_per_day":50,"media_bytes_per_write":2000000,"notes":["50M DAU: stated"]}}`
	if err := json.Unmarshal([]byte(old), &r); err != nil {
		t.Fatal(err)
	}
	c := conversation.Estimate(r.Workload)
	if want := 50e6 * 2 / 86400.0; math.Abs(c.WriteQPS-want) > 1e-6 || r.Functional[0] != "upload" {
		t.Errorf("writes=%v, want %v; requirements %+v", c.WriteQPS, want, r)
	}
	if want := 50e6 * 50 / 86400.0; math.Abs(c.ReadQPS-want) > 1e-6 {
		t.Errorf("reads=%v, want %v", c.ReadQPS, want)
	}
	var again conversation.RequirementSet
	b, _ := json.Marshal(r)
	if err := json.Unmarshal(b, &again); err != nil || len(again.Workload.Flows) != 2 {
		t.Errorf("round trip: %v %+v", err, again.Workload)
	}
}

// TestPlural: the counted nouns a capacity note names read as English, trades in -man included.
func TestPlural(t *testing.T) {
	for in, want := range map[string]string{"handyman": "handymen", "tradesman": "tradesmen", "human": "humans", "walker": "walkers",
		"person": "people", "company": "companies", "batch": "batches", "walks": "walks"} {
		if got := conversation.Plural(in); got != want {
			t.Errorf("Plural(%q) = %q, want %q", in, got, want)
		}
	}
}

// Streams are counted at the sessions open at once, already the busy hour: the capacity table's
// peak bandwidth does not multiply them by the requests' peak factor.
func TestStreamBandwidthTakesNoPeakFactor(t *testing.T) {
	w := conversation.Workload{DAU: 1e6, PeakFactor: 3, Flows: []conversation.Flow{
		{Name: "play", Kind: conversation.FlowRead, Count: 10, PerSeconds: 86400, Each: true, Bytes: 1000, Source: conversation.Assumed},
		{Name: "listener stream", Kind: conversation.FlowStream, Concurrency: 2e6, BitsPerSecond: 128e3, Source: conversation.Stated},
	}}
	c := conversation.Estimate(w)
	reads := c.EgressBytesPerSec - c.StreamEgress
	want := "| Egress | " + conversation.Bytes(c.EgressBytesPerSec) + "/s | " + conversation.Bytes(reads*3+c.StreamEgress) + "/s |"
	if md := conversation.CapacityMarkdown(c); !strings.Contains(md, want) {
		t.Errorf("capacity table lacks %q:\n%s", want, md)
	}
}

// A flow counted per item of a rate stated at its peak is at its peak too: ten views per order at
// the lunch peak average half of that where the peak is twice the average, like the orders.
func TestEstimatePerItemOfAPeak(t *testing.T) {
	w := conversation.Workload{PeakFactor: 2, Flows: []conversation.Flow{
		{Name: "order", Kind: conversation.FlowWrite, Count: 10_000, PerSeconds: 60, Peak: true, StoredBytes: 100},
		{Name: "kitchen view", Kind: conversation.FlowRead, Count: 10, PerSeconds: 1, ItemsOf: "order", Bytes: 100},
		{Name: "reprint", Kind: conversation.FlowRead, Count: 1, PerSeconds: 1, ItemsOf: "kitchen view", Bytes: 100},
	}}
	c := conversation.Estimate(w)
	orders := 10_000.0 / 60
	for _, f := range c.Flows {
		want := orders
		switch f.Name {
		case "kitchen view", "reprint":
			want = 10 * orders
		}
		if math.Abs(f.PeakPerSec-want) > 1e-6 || math.Abs(f.PerSec-want/2) > 1e-6 {
			t.Errorf("%s: %v/s on average, %v/s at peak; want %v and %v", f.Name, f.PerSec, f.PeakPerSec, want/2, want)
		}
	}
}

// TestStepsNameTheirFlows keeps the arithmetic of two unrelated workloads from reading alike
// once the digits are masked: each step that sums flows names the ones it sums.
func TestStepsNameTheirFlows(t *testing.T) {
	mask := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '#'
			}
			return r
		}, s)
	}
	ferry := conversation.Workload{Flows: []conversation.Flow{
		{Name: "crossing booking", Kind: conversation.FlowWrite, Count: 200_000, PerSeconds: 30 * 86400, StoredBytes: 1500},
		{Name: "sailing search", Kind: conversation.FlowRead, Count: 8e6, PerSeconds: 30 * 86400, Bytes: 15_000},
	}}
	hives := conversation.Workload{Flows: []conversation.Flow{
		{Name: "hive reading", Kind: conversation.FlowWrite, Count: 3e5, PerSeconds: 86400, StoredBytes: 200},
		{Name: "apiary photo", Kind: conversation.FlowWrite, Count: 500, PerSeconds: 86400, StoredBytes: 300, BlobBytes: 2e6},
		{Name: "hive chart read", Kind: conversation.FlowRead, Count: 5e4, PerSeconds: 86400, Bytes: 4000},
	}}
	a, b := conversation.Estimate(ferry), conversation.Estimate(hives)
	for _, prefix := range []string{"App servers:", "Database partitions:", "Storage per month:", "Storage kept", "Cache:"} {
		var sa, sb string
		for _, s := range a.Steps {
			if strings.HasPrefix(s, prefix) {
				sa = s
			}
		}
		for _, s := range b.Steps {
			if strings.HasPrefix(s, prefix) {
				sb = s
			}
		}
		if sa == "" || sb == "" {
			t.Fatalf("no %q step: %q / %q", prefix, a.Steps, b.Steps)
		}
		if mask(sa) == mask(sb) {
			t.Errorf("%s reads the same in both workloads: %q", prefix, mask(sa))
		}
		if !strings.Contains(sa, "crossing booking") && !strings.Contains(sa, "sailing search") {
			t.Errorf("ferry step names neither of its flows: %q", sa)
		}
		if !strings.Contains(sb, "hive") && !strings.Contains(sb, "apiary photo") {
			t.Errorf("hive step names none of its flows: %q", sb)
		}
	}
	for _, want := range []string{"(#.# sailing search reads + #.## crossing booking writes) peak/s", "of hive reading and apiary photo records", "of apiary photo blobs stored once", "hive chart reads/day"} {
		if !strings.Contains(mask(strings.Join(a.Steps, "\n")+"\n"+strings.Join(b.Steps, "\n")), want) {
			t.Errorf("steps lack %q:\n%s\n%s", want, strings.Join(a.Steps, "\n"), strings.Join(b.Steps, "\n"))
		}
	}
}

// The cache step's factors multiply to the total it states: the per-item size shown is the mean
// response cached (each at most 2 KB), not the 2 KB ceiling.
func TestCacheStepMultipliesOut(t *testing.T) {
	for _, flows := range [][]conversation.Flow{
		{{Name: "redirect", Kind: conversation.FlowRead, Count: 1000, PerSeconds: 1, Bytes: 500}},
		{{Name: "recipe view", Kind: conversation.FlowRead, Count: 1000, PerSeconds: 1, Bytes: 500},
			{Name: "photo view", Kind: conversation.FlowRead, Count: 100, PerSeconds: 1, Bytes: 10_000}},
		{{Name: "article read", Kind: conversation.FlowRead, Count: 30_000_000, PerSeconds: 86400, Bytes: 1200},
			{Name: "comment", Kind: conversation.FlowWrite, Count: 1_000_000, PerSeconds: 86400, StoredBytes: 500}},
	} {
		c := conversation.Estimate(conversation.Workload{Flows: flows})
		var step string
		for _, s := range c.Steps {
			if strings.HasPrefix(s, "Cache: ") {
				step = s
			}
		}
		m := regexp.MustCompile(`× ([\d.]+) hot × ([\d.]+) (B|KB) per item`).FindStringSubmatch(step)
		if m == nil {
			t.Errorf("flows %v: cache step %q, want one with its per-item size", flows, step)
			continue
		}
		var readsADay float64
		for _, f := range flows {
			if f.Kind == conversation.FlowRead {
				readsADay += f.Count / f.PerSeconds * 86400
			}
		}
		hot, _ := strconv.ParseFloat(m[1], 64)
		item, _ := strconv.ParseFloat(m[2], 64)
		if m[3] == "KB" {
			item *= 1000
		}
		if got := readsADay * hot * item; math.Abs(got-c.CacheBytes)/c.CacheBytes > 0.02 {
			t.Errorf("%s: the factors make %.4g bytes, the step says %.4g", step, got, c.CacheBytes)
		}
	}
}

// A flow named only for its kind is not named twice in the arithmetic: "0.087 writes", never
// "0.087 write writes".
func TestEstimateDoesNotNameAKindTwice(t *testing.T) {
	w := conversation.Workload{Flows: []conversation.Flow{
		{Name: "write", Kind: conversation.FlowWrite, Count: 100, PerSeconds: 86400},
		{Name: "payment view", Kind: conversation.FlowRead, Count: 1000, PerSeconds: 86400},
	}}
	for _, s := range conversation.Estimate(w).Steps {
		if strings.Contains(s, "write writes") || strings.Contains(s, "read reads") {
			t.Errorf("step names a kind twice: %s", s)
		}
	}
}

// A flow counted per item of a burst comes in that burst: notices on 5% of the scans wardens make
// during 8-hour shifts average a third of their shift rate, as the scans do.
func TestEstimateItemsOfABurstAverageAsTheBurst(t *testing.T) {
	w := conversation.Workload{Flows: []conversation.Flow{
		{Name: "scan", Kind: conversation.FlowWrite, Count: 40, PerSeconds: 3600, Each: true, Actors: 120, Burst: true, Lasts: 8 * 3600, Recurs: 86400, StoredBytes: 200},
		{Name: "penalty notice", Kind: conversation.FlowWrite, Count: 0.05, PerSeconds: 1, ItemsOf: "scan", StoredBytes: 1000, BlobBytes: 6e6},
	}}
	c := conversation.Estimate(w)
	var notice conversation.FlowLoad
	for _, fl := range c.Flows {
		if fl.Name == "penalty notice" {
			notice = fl
		}
	}
	if math.Abs(notice.PeakPerSec-1.0/15) > 1e-6 || math.Abs(notice.PerSec-1.0/45) > 1e-6 {
		t.Errorf("penalty notices peak %.4f/s, average %.4f/s; want 0.0667/s on shift and 0.0222/s over the day", notice.PeakPerSec, notice.PerSec)
	}
}
