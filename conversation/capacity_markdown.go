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
	fmt.Fprintf(&b, "| Read requests | %s/s | %s/s |\n", Human(c.ReadQPS), Human(c.PeakReadQPS))
	fmt.Fprintf(&b, "| Write requests | %s/s | %s/s |\n", Human(c.WriteQPS), Human(c.PeakWriteQPS))
	fmt.Fprintf(&b, "| Ingress | %s/s | %s/s |\n", Bytes(c.IngressBytesPerSec), Bytes(c.IngressBytesPerSec*ratio(c.PeakWriteQPS, c.WriteQPS)))
	fmt.Fprintf(&b, "| Egress | %s/s | %s/s |\n", Bytes(c.EgressBytesPerSec), Bytes(c.EgressBytesPerSec*ratio(c.PeakReadQPS, c.ReadQPS)))
	b.WriteString("\n| Resource | Estimate |\n|---|---|\n")
	fmt.Fprintf(&b, "| Storage per month (replicated) | %s |\n", Bytes(c.StorageBytesPerMonth))
	fmt.Fprintf(&b, "| Storage over 5 years | %s |\n", Bytes(c.StorageBytes5y))
	fmt.Fprintf(&b, "| Cache for the hot set | %s |\n", Bytes(c.CacheBytes))
	fmt.Fprintf(&b, "| Stateless app servers at peak | ~%d |\n", c.AppServers)
	fmt.Fprintf(&b, "| Database shards | ~%d |\n", c.DBShards)
	if len(c.Assumptions) > 0 {
		b.WriteString("\n**Assumptions**\n\n")
		for _, a := range c.Assumptions {
			fmt.Fprintf(&b, "- %s\n", a)
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
