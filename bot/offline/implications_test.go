package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestSmallRatesAreNotWriteHeavy: a system of a few writes a second that keeps years of records
// is not "write-heavy" with "a log to absorb bursts" (that is a firehose's line); at its rates
// what grows is the data kept, and the figure named is the one the capacity table shows.
func TestSmallRatesAreNotWriteHeavy(t *testing.T) {
	t.Parallel()
	g, sec := renderAll(t, "Our bank has 3,000 cash machines and 12 million cardholders; rebuild the withdrawal authorisation path from the machines to the core ledger")
	if g.Capacity.Small() || g.Capacity.PeakReadQPS+g.Capacity.PeakWriteQPS >= 200 {
		t.Fatalf("peak %v writes/s and %v reads/s, %v kept: the statement no longer has small rates and large storage", g.Capacity.PeakWriteQPS, g.Capacity.PeakReadQPS, g.Capacity.StorageBytes5y)
	}
	capa := sec[conversation.CapacityID]
	if strings.Contains(capa, "Write-heavy") || strings.Contains(capa, "Balanced reads and writes") {
		t.Errorf("small rates read as a heavy path:\n%s", capa)
	}
	if want := "what grows is the " + conversation.Bytes(g.Capacity.StorageBytesKept) + " kept over the retention"; !strings.Contains(capa, want) {
		t.Errorf("capacity lacks %q:\n%s", want, capa)
	}
}

// TestCacheHoldsItsOwnEntities: the shared cache is described by what lives in it when a design
// puts entities there (a garage's live counts), not by the database rows it would otherwise
// front (sites, tariffs, permits, which no read takes from it).
func TestCacheHoldsItsOwnEntities(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a parking lot")
	rel := sec[conversation.Reliability]
	if !strings.Contains(rel, "costs only the cached live site counts it held") {
		t.Errorf("the cache's failure mode does not name the live site counts it holds:\n%s", rel)
	}
	if strings.Contains(rel, "cached site layouts") {
		t.Errorf("the cache's failure mode names database rows it never holds:\n%s", rel)
	}
}
