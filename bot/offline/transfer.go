package offline

import (
	"fmt"
	"math"

	"github.com/archbot/archbot/conversation"
)

// streamBitsPerSec is what one TCP stream carries over an intercontinental path (about 100 ms of
// round trip and a little loss): a couple of hundred megabits, whatever the link's size.
const streamBitsPerSec = 200e6

// peakIngress is the bytes a second coming in at the peak: what writes bring in grows with the
// peak factor of the writes, a stream's bytes do not.
func (r *renderer) peakIngress() float64 {
	c := r.capa
	factor := 1.0
	if c.WriteQPS > 0 && c.PeakWriteQPS > c.WriteQPS {
		factor = c.PeakWriteQPS / c.WriteQPS
	}
	return (c.IngressBytesPerSec-c.StreamIngress)*factor + c.StreamIngress
}

// transferWords renders the placeholders that size a bulk transfer from the capacity plan: the
// peak ingress a deadline sets ({peak_ingress}) and the parallel streams it takes
// ({transfer_streams}).
func (r *renderer) transferWords(name string) (string, bool) {
	peak := r.peakIngress()
	switch name {
	case "peak_ingress_bytes":
		return conversation.Bytes(peak) + "/s", true // "178 fetches/s at peak bring in …"
	case "peak_ingress":
		return fmt.Sprintf("%s/s (%s Gbit/s)", conversation.Bytes(peak), conversation.Human(peak*8/1e9)), true
	case "transfer_streams":
		return fmt.Sprintf("about %d", int(math.Max(4, math.Ceil(peak*8/streamBitsPerSec)))), true
	}
	return "", false
}
