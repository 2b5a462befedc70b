package offline

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Cost is priced from the capacity figures at on-demand list prices of the large clouds: a
// month of a 4-vCPU instance, a database node, a 64 GB cache node, a GB-month of replicated block
// storage and of object storage, a GB of egress through a CDN. Orders of magnitude, said as such.
const (
	usdAppServer   = 140.0
	usdDBNode      = 350.0
	usdSmallDBNode = 120.0
	usdCacheNode   = 300.0
	// A hot set of a few hundred megabytes fits the smallest managed cache node (1.5 GB).
	usdSmallCacheNode = 25.0
	smallCacheBytes   = 1e9
	usdBlockGB        = 0.10
	usdObjectGB       = 0.021
	usdEgressGB       = 0.05
	secondsInMonth    = 30 * 86400.0
	cacheNodeBytes    = 64e9
)

type costLine struct {
	what  string
	usd   float64
	lever string
}

// costs prices a month of the design after its first year.
func (r *renderer) costs() []costLine {
	c := r.capa
	records := math.Max(c.StorageBytesPerMonth-c.BlobBytesPerMonth, 0) * 12
	peakFactor := 1.0
	if c.WriteQPS+c.ReadQPS > 0 {
		peakFactor = (c.PeakWriteQPS + c.PeakReadQPS) / (c.WriteQPS + c.ReadQPS)
	}
	shards := max(c.DBShards, 1)
	// A small database runs on a small instance as a primary and its standby; a replica joins
	// when reads outgrow what the primary serves beside its writes.
	node, nodes, shape := usdDBNode, 2.0, "primary and standby"
	if c.PeakWriteQPS < 500 && shards == 1 {
		node = usdSmallDBNode
	}
	if c.PeakReadQPS/float64(shards) > 5000 {
		nodes, shape = 3, "primary, standby and replica"
	}
	lines := []costLine{
		{fmt.Sprintf("%d app servers", c.AppServers), float64(c.AppServers) * usdAppServer,
			fmt.Sprintf("they are sized for the peak, %.0f× the average: scale them with the daily curve", peakFactor)},
		{databaseLine(shards, shape), float64(shards) * nodes * node,
			"fewer, larger nodes until the write rate needs more"},
		{fmt.Sprintf("%s of replicated records after a year", conversation.Bytes(records)), records / 1e9 * usdBlockGB,
			"move partitions older than the hot months to object storage (Parquet) or shorten the retention"},
	}
	if c.BlobBytesPerMonth > 0 {
		blobs := c.BlobBytesPerMonth * 12
		lines = append(lines, costLine{fmt.Sprintf("%s of files after a year", conversation.Bytes(blobs)), blobs / 1e9 * usdObjectGB,
			"objects untouched for 30 days go to an infrequent-access tier and after 180 days to archive, a fifth to a tenth of the price"})
	}
	if eg := c.EgressBytesPerSec + c.StreamEgress; eg > 0 {
		lines = append(lines, costLine{fmt.Sprintf("%s/s of egress", conversation.Bytes(eg)), eg * secondsInMonth / 1e9 * usdEgressGB,
			"a CDN hit ratio above 90% and right-sized responses (renditions, compression) cut it, and committed-volume CDN pricing is a third of list"})
	}
	if c.CacheBytes > 0 && len(r.namesOfKind("cache")) > 0 {
		lines = append(lines, cacheLine(c.CacheBytes))
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].usd > lines[j].usd })
	return lines
}

// databaseLine names the database nodes priced: one database or its shards, each with its shape.
func databaseLine(shards int, shape string) string {
	if shards == 1 {
		return "1 database, " + shape
	}
	return fmt.Sprintf("%d database shards, %s each", shards, shape)
}

// cacheLine prices the cache for its hot set, a node and its replica per 64 GB; a hot set under a
// gigabyte takes the smallest nodes, and the database's own memory could hold it as well.
func cacheLine(hot float64) costLine {
	if hot < smallCacheBytes {
		return costLine{fmt.Sprintf("2 small cache nodes (1.5 GB, primary and replica) for %s", conversation.Bytes(hot)), 2 * usdSmallCacheNode,
			"a hot set this small also fits the database's own memory, so the cache earns its place only by taking reads off the primary"}
	}
	nodes := math.Ceil(hot/cacheNodeBytes) * 2
	return costLine{fmt.Sprintf("%.0f cache nodes for %s", nodes, conversation.Bytes(hot)), nodes * usdCacheNode,
		"size it on the measured hot set: the estimate takes a tenth of a day's reads as hot"}
}

func usd(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("$%.1fM", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("$%.0fK", v/1e3)
	default:
		return fmt.Sprintf("$%.0f", math.Max(v, 1))
	}
}

func answerCost(r *renderer, _ string) string {
	lines := r.costs()
	servers := 0.0
	for _, l := range lines {
		servers += l.usd
	}
	paid := 0.0
	var priced, unpriced, fees []providerLine
	for _, p := range r.providerCosts() {
		switch {
		case p.fee && p.priced:
			fees = append(fees, p)
		case p.priced:
			paid += p.usd
			priced = append(priced, p)
		default:
			unpriced = append(unpriced, p)
		}
	}
	total := servers + paid
	var b strings.Builder
	fmt.Fprintf(&b, "**What it costs.** Priced from the capacity figures at on-demand list prices, a month after the first year comes to about %s", usd(total))
	if len(priced) > 0 {
		fmt.Fprintf(&b, ": %s for the servers and stores and %s paid to providers per use", usd(servers), usd(paid))
	}
	b.WriteString(":")
	for i, l := range lines {
		if i == 3 || l.usd < total/50 {
			break
		}
		fmt.Fprintf(&b, "\n- %s: ~%s a month (%.0f%%); %s.", l.what, usd(l.usd), 100*l.usd/total, l.lever)
	}
	for _, p := range priced {
		fmt.Fprintf(&b, "\n- %s: ~%s a month (%.0f%%): %s.", p.what, usd(p.usd), 100*p.usd/total, p.lever)
	}
	for _, p := range unpriced {
		fmt.Fprintf(&b, "\n- %s: %s.", p.what, p.lever)
	}
	for _, p := range fees {
		fmt.Fprintf(&b, "\n- Beside it, %s fees follow the money taken, a cost of revenue rather than of the system: ~%s a month in fixed fees: %s.", p.what, usd(p.usd), p.lever)
	}
	fmt.Fprintf(&b, "\nThe biggest line is where to save first; people and on-call cost more than all of it below a few thousand dollars a month, which argues for managed services over running %s yourselves.",
		strings.Join(r.storeTechs(2), " and "))
	return b.String() + " " + cite(conversation.CapacityID, conversation.Scalability)
}

// storeTechs lists the technologies of the design's stores, most distinct first.
func (r *renderer) storeTechs(n int) []string {
	var out []string
	for _, c := range r.stores() {
		if tp, ok := techOf(c.Technology); ok && !slices.Contains(out, tp.Name) && len(out) < n {
			out = append(out, tp.Name)
		}
	}
	if len(out) == 0 {
		return []string{"the stores"}
	}
	return out
}

func answerWeakest(r *renderer, _ string) string {
	var risks []string
	for _, c := range r.stores() {
		tp, _ := techOf(c.Technology)
		if c.Kind == "database" && (tp.ID == "postgresql" || tp.ID == "mysql") {
			risks = append(risks, fmt.Sprintf("%s: one primary takes every write of %s; its standby is promoted in about 30 s, and those writes wait or fail for that long", c.Name, r.holds(c)))
		}
	}
	for _, c := range r.g.Components {
		if c.Kind == "external" {
			risks = append(risks, fmt.Sprintf("%s: outside our control; what depends on it (%s) is behind a circuit breaker and waits in a retry queue rather than failing the user", c.Name, r.callersOf(c)))
		}
	}
	if !r.has("geodns") {
		risks = append(risks, fmt.Sprintf("the region: every zone-level failure is covered, a regional outage stops all %s requests/s at peak until the design goes multi-region", conversation.Human(r.capa.PeakWriteQPS+r.capa.PeakReadQPS)))
	}
	if len(risks) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("**Where this design can stop.** Stateless services run several instances across zones, so none of them is a single point of failure. What is:")
	for _, s := range risks {
		b.WriteString("\n- " + s + ".")
	}
	return b.String() + " " + cite(conversation.Reliability, conversation.Architecture)
}

// callersOf names the components that call c.
func (r *renderer) callersOf(c conversation.Component) string {
	var out []string
	for _, o := range r.g.Components {
		if slices.Contains(o.TalksTo, c.Name) {
			out = append(out, o.Name)
		}
	}
	if len(out) == 0 {
		return "nothing on the request path"
	}
	return strings.Join(out, ", ")
}
