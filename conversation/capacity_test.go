package conversation_test

import (
	"math"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

func TestEstimate(t *testing.T) {
	tests := []struct {
		name                          string
		scale                         conversation.Scale
		write, peakWrite, read, cache float64
		month, fiveYears              float64
		apps, shards                  int
		assumes                       []string // substrings some assumption must contain
	}{
		{
			// 50M DAU × 2 photos/day of 2 MB, 50 reads/day.
			name:  "photo sharing from DAU",
			scale: conversation.Scale{DAU: 50e6, WritesPerUserPerDay: 2, ReadsPerUserPerDay: 50, MediaBytesPerWrite: 2e6},
			write: 100e6 / 86400, peakWrite: 3 * 100e6 / 86400,
			read:  2.5e9 / 86400,
			cache: 2.5e9 * 0.2 * 1000, // hot 20% of a day's reads × 1 KB metadata each
			// (100M records × 1 KB × 3 replicas + 100M × 2 MB of media) × 30 days
			month: (100e6*1000*3 + 100e6*2e6) * 30, fiveYears: (100e6*1000*3 + 100e6*2e6) * 30 * 60,
			apps:    46, // ceil((86,806 + 3,472) / 2,000)
			shards:  90, // 5 years of records before replication: 1e11 B/day × 1,800 days ÷ 2 TB
			assumes: []string{"peak-to-average factor: 3 (assumed)", "replication factor: 3 (assumed)"},
		},
		{
			name:  "nothing stated",
			scale: conversation.Scale{},
			write: 2e6 / 86400, peakWrite: 3 * 2e6 / 86400,
			read:  20e6 / 86400,
			cache: 20e6 * 0.2 * 1000,
			month: 2e6 * 1000 * 3 * 30, fiveYears: 2e6 * 1000 * 3 * 30 * 60,
			apps: 2, shards: 2, // 2e9 B/day × 1,800 days = 3.6 TB before replication ÷ 2 TB
			assumes: []string{"daily active users: 1M (assumed)", "writes per user per day: 2 (assumed)", "reads per user per day: 20 (assumed)"},
		},
		{
			name:  "stated peak rates win over DAU",
			scale: conversation.Scale{DAU: 1e6, WritesPerSecond: 30_000, ReadsPerSecond: 300_000, StatedRatesArePeak: true},
			write: 10_000, peakWrite: 30_000,
			read:  100_000,
			cache: 100_000 * 86400 * 0.2 * 1000,
			month: 10_000 * 86400 * 1000 * 3 * 30, fiveYears: 10_000 * 86400 * 1000 * 3 * 30 * 60,
			// ceil(330,000 ÷ 2,000); 864M records/day × 1 KB × 1,800 days = 1.56 PB ÷ 2 TB
			apps: 165, shards: 778,
		},
		{
			name:  "stated average writes, reads assumed 10x",
			scale: conversation.Scale{WritesPerSecond: 1000},
			write: 1000, peakWrite: 3000,
			read:  10_000,
			cache: 10_000 * 86400 * 0.2 * 1000,
			month: 1000 * 86400 * 1000 * 3 * 30, fiveYears: 1000 * 86400 * 1000 * 3 * 30 * 60,
			apps: 17, shards: 78, // ceil(33,000 ÷ 2,000); 86.4M × 1 KB × 1,800 days ÷ 2 TB
			assumes: []string{"reads are 10× writes (assumed)"},
		},
	}
	near := func(got, want float64) bool { return math.Abs(got-want) <= 1e-9*math.Max(1, math.Abs(want)) }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conversation.Estimate(tt.scale)
			checks := []struct {
				what      string
				got, want float64
			}{
				{"write QPS", c.WriteQPS, tt.write},
				{"peak write QPS", c.PeakWriteQPS, tt.peakWrite},
				{"read QPS", c.ReadQPS, tt.read},
				{"peak read QPS", c.PeakReadQPS, 3 * tt.read},
				{"cache bytes", c.CacheBytes, tt.cache},
				{"storage per month", c.StorageBytesPerMonth, tt.month},
				{"storage over 5 years", c.StorageBytes5y, tt.fiveYears},
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
			if len(c.Steps) < 8 {
				t.Errorf("only %d steps shown; every figure should show its arithmetic", len(c.Steps))
			}
		})
	}
}

// Figures the statement gave are reported as such, not as assumptions.
func TestEstimateKeepsStatedNotes(t *testing.T) {
	c := conversation.Estimate(conversation.Scale{DAU: 5e6, Notes: []string{"5M DAU: stated"}})
	if len(c.Assumptions) == 0 || c.Assumptions[0] != "5M DAU: stated" {
		t.Fatalf("assumptions=%q, want the statement's notes first", c.Assumptions)
	}
	for _, a := range c.Assumptions {
		if strings.Contains(a, "daily active users") {
			t.Fatalf("DAU was stated, yet assumed: %q", a)
		}
	}
}

func TestHuman(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"}, {0.5, "0.5"}, {2.345, "2.3"}, {12.34, "12.3"}, {123.4, "123"}, {950, "950"},
		{9999, "9999"}, {12_345, "12.3K"}, {250_000, "250K"}, {4.5e6, "4.5M"}, {50e6, "50M"},
		{1.2e9, "1.2B"}, {1e12, "1T"}, {-4.5e6, "-4.5M"},
	}
	for _, tt := range tests {
		if got := conversation.Human(tt.in); got != tt.want {
			t.Errorf("Human(%v)=%q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBytes(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0 B"}, {512, "512 B"}, {999, "999 B"}, {1000, "1 KB"}, {2000, "2 KB"}, {1536, "1.5 KB"},
		{45e6, "45 MB"}, {1.5e12, "1.5 TB"}, {3.6e17, "360 PB"}, {1e18, "1 EB"}, {5e21, "5000 EB"},
	}
	for _, tt := range tests {
		if got := conversation.Bytes(tt.in); got != tt.want {
			t.Errorf("Bytes(%v)=%q, want %q", tt.in, got, tt.want)
		}
	}
}
