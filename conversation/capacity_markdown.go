package conversation

import (
	"fmt"
	"strings"
)

// CapacityMarkdown renders the capacity section from computed figures. It is produced in Go for
// every designer, so the numbers in the document are always the ones Estimate computed.
func CapacityMarkdown(c Capacity) string {
	var b strings.Builder
	b.WriteString("| Figure | Average | Peak |\n|---|---|---|\n")
	fmt.Fprintf(&b, "| Read requests | %s | %s |\n", PerSecond(c.ReadQPS), PerSecond(c.PeakReadQPS))
	fmt.Fprintf(&b, "| Write requests | %s | %s |\n", PerSecond(c.WriteQPS), PerSecond(c.PeakWriteQPS))
	// Streams are counted at the sessions open at once, which is already their busy hour.
	in, out := c.IngressBytesPerSec-c.StreamIngress, c.EgressBytesPerSec-c.StreamEgress
	fmt.Fprintf(&b, "| Ingress | %s/s | %s/s |\n", Bytes(c.IngressBytesPerSec), Bytes(in*ratio(c.PeakWriteQPS, c.WriteQPS)+c.StreamIngress))
	fmt.Fprintf(&b, "| Egress | %s/s | %s/s |\n", Bytes(c.EgressBytesPerSec), Bytes(out*ratio(c.PeakReadQPS, c.ReadQPS)+c.StreamEgress))
	if c.OnlineAtOnce > 0 {
		fmt.Fprintf(&b, "| %s on at once | %s | %s |\n", upperFirst(c.Online), Human(c.OnlineAtOnce), Human(c.PeakOnlineAtOnce))
	}
	if len(c.Flows) > 0 {
		b.WriteString("\n| Flow | Kind | Average | Peak | Bytes | Figures |\n|---|---|---|---|---|---|\n")
		for _, f := range c.Flows {
			avg, peak := PerSecond(f.PerSec), PerSecond(f.PeakPerSec)
			if f.Kind == FlowStream {
				avg, peak = "–", "–"
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s/s | %s |\n", f.Name, f.Kind, avg, peak, Bytes(f.BytesPerSec), f.Source)
		}
	}
	b.WriteString("\n| Resource | Estimate |\n|---|---|\n")
	if c.DeliveriesPerSec > 0 {
		fmt.Fprintf(&b, "| Fan-out deliveries | %s/s |\n", Human(c.DeliveriesPerSec))
	}
	if c.ConcurrentStreams > 0 {
		fmt.Fprintf(&b, "| Concurrent streams | %s |\n", Human(c.ConcurrentStreams))
	}
	fmt.Fprintf(&b, "| Storage per month (replicated) | %s |\n", Bytes(c.StorageBytesPerMonth))
	fmt.Fprintf(&b, "| Storage kept over the retention | %s |\n", Bytes(c.StorageBytesKept))
	if c.CacheBytes > 0 {
		fmt.Fprintf(&b, "| Cache for the hot set | %s |\n", Bytes(c.CacheBytes))
	}
	// A design that sizes its own machines (a CDN's PoPs, a limiter's Redis shards) zeroes the
	// generic fleet, which would otherwise contradict it.
	if c.AppServers > 0 {
		fmt.Fprintf(&b, "| Stateless app servers at peak | ~%d |\n", c.AppServers)
	}
	if c.DBShards > 0 {
		fmt.Fprintf(&b, "| Database partitions | ~%d |\n", c.DBShards)
	}
	if len(c.Assumptions) > 0 {
		b.WriteString("\n**Assumptions**\n\n")
		for _, a := range c.Assumptions {
			fmt.Fprintf(&b, "- %s\n", a)
		}
	}
	if len(c.Warnings) > 0 {
		b.WriteString("\n**Check these figures**\n\n")
		for _, w := range c.Warnings {
			fmt.Fprintf(&b, "- ⚠️ %s\n", w)
		}
	}
	if len(c.Steps) > 0 {
		b.WriteString("\n**How the figures follow**\n\n")
		for i, s := range c.Steps {
			fmt.Fprintf(&b, "%d. %s\n", i+1, s)
		}
	}
	return strings.TrimSpace(b.String())
}

func ratio(peak, avg float64) float64 {
	if avg <= 0 {
		return 1
	}
	return peak / avg
}

// upperFirst starts a table row's label with a capital: "Viewers on at once".
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
