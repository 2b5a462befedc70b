package offline

import (
	"fmt"

	"github.com/archbot/archbot/conversation"
)

// linkImplication says what a stated link means for the design: raw data that does not fit the
// link is reduced where it is produced; data that fits still has to share it.
func linkImplication(c conversation.Capacity) string {
	if c.LinkBitsPerSec <= 0 || c.LinkShare <= 0 {
		return ""
	}
	in, link := conversation.Bitrate(c.IngressBytesPerSec*8), conversation.Bitrate(c.LinkBitsPerSec)
	if c.LinkShare > 1 {
		return fmt.Sprintf("The raw data is %s, %.1f× the %s %s: it cannot be shipped as it is. Reduce at the edge — compute features or summaries on site, compress, decimate, ship only windows around events — and keep the raw data locally for as long as it may be asked for; size the edge store and the link's share for what is sent.",
			in, c.LinkShare, link, c.Link)
	}
	if c.LinkShare > 0.5 {
		return fmt.Sprintf("The data in, %s, takes %.0f%% of the %s %s: little headroom for bursts, backfill after an outage or anything else on the link; buffer at the edge and compress before sending.",
			in, c.LinkShare*100, link, c.Link)
	}
	return fmt.Sprintf("The data in, %s, takes %.0f%% of the %s %s: it fits, with room to backfill after an outage.", in, c.LinkShare*100, link, c.Link)
}
