package offline

import (
	"fmt"
	"math"

	"github.com/archbot/archbot/conversation"
)

// A log's brokers are sized by bytes, not requests: each writes every byte it leads and every
// copy it follows to disk, and serves every consumer group's reads from the page cache over its
// network card. The figures are a broker's comfortable sustained share of a 10 Gbit/s NIC and
// a few NVMe disks, with room left for a broker to fail and its partitions to move.
const (
	brokerDiskBytes = 300e6 // bytes a second a broker writes, replicas included
	brokerNetBytes  = 1e9   // bytes a second a broker serves to consumers
	brokerCopies    = 3     // replication factor of every partition
)

// brokerWords renders {mq_brokers}, the brokers the peak needs, and {mq_broker_why}, how.
func (r *renderer) brokerWords(name string) (string, bool) {
	c := r.capa
	peak := 1.0
	if c.WriteQPS > 0 {
		peak = c.PeakWriteQPS / c.WriteQPS
	}
	in, out := c.IngressBytesPerSec*peak*brokerCopies, c.EgressBytesPerSec*peak
	n := math.Max(3, math.Ceil(math.Max(in/brokerDiskBytes, out/brokerNetBytes)*1.25))
	switch name {
	case "mq_brokers":
		return conversation.Human(n), true
	case "mq_broker_why":
		return fmt.Sprintf("%s/s written at peak × %d copies ÷ %s/s a broker, and %s/s read ÷ %s/s a broker, plus a quarter for a failed broker's partitions",
			conversation.Bytes(c.IngressBytesPerSec*peak), brokerCopies, conversation.Bytes(brokerDiskBytes), conversation.Bytes(out), conversation.Bytes(brokerNetBytes)), true
	}
	return "", false
}
