package offline

import (
	"fmt"
	"math"

	"github.com/archbot/archbot/conversation"
)

// streamBitsPerSec is what one TCP stream carries over an intercontinental path (about 100 ms of
// round trip and a little loss): a couple of hundred megabits, whatever the link's size.
const streamBitsPerSec = 200e6

// transferWords renders the placeholders that size a bulk transfer from the capacity plan: the
// peak ingress a deadline sets ({peak_ingress}) and the parallel streams it takes
// ({transfer_streams}).
func (r *renderer) transferWords(name string) (string, bool) {
	c := r.capa
	factor := 1.0
	if c.WriteQPS > 0 && c.PeakWriteQPS > c.WriteQPS {
		factor = c.PeakWriteQPS / c.WriteQPS
	}
	peak := (c.IngressBytesPerSec-c.StreamIngress)*factor + c.StreamIngress
	switch name {
	case "peak_ingress":
		return fmt.Sprintf("%s/s (%s Gbit/s)", conversation.Bytes(peak), conversation.Human(peak*8/1e9)), true
	case "transfer_streams":
		return fmt.Sprintf("about %d", int(math.Max(4, math.Ceil(peak*8/streamBitsPerSec)))), true
	}
	return "", false
}
