package offline

import "github.com/archbot/archbot/conversation"

// eventWords renders {peak_events}: the events a roll-up counts at peak, per second. Analytics
// counts what people do, and the busiest thing the statement counts is what it rolls up: a link
// shortener's clicks are its redirects (80K/s), not the links created (38.6/s). A read the
// statement does not state is the designer's guess at browsing, not a counted event, so only the
// writes and the stated reads are candidates.
func (r *renderer) eventWords(name string) (string, bool) {
	if name != "peak_events" {
		return "", false
	}
	return conversation.Human(peakEvents(r.capa)), true
}

// peakEvents is the busiest of the peak writes and any stated read flow's peak.
func peakEvents(c conversation.Capacity) float64 {
	n := c.PeakWriteQPS
	for _, f := range c.Flows {
		if f.Kind == conversation.FlowRead && f.Source == conversation.Stated {
			n = max(n, f.PeakPerSec)
		}
	}
	return n
}
