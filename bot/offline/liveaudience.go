package offline

import (
	"cmp"
	"fmt"
	"math"

	"github.com/archbot/archbot/conversation"
)

// liveLoad is the live plane of an audience watching an event together: each viewer taps
// reactions while they watch, and every viewer gets one aggregate frame a period. Neither is a
// request a database sees, but the frames are the edge tier's load: viewers × one a second,
// whatever the taps, and the taps are what the aggregator sums.
type liveLoad struct {
	ReactionsPerMinute float64 `yaml:"reactions_per_minute"` // one viewer's taps while watching
	FrameSeconds       float64 `yaml:"frame_seconds"`        // how often every viewer gets the aggregate
	FrameBytes         float64 `yaml:"frame_bytes"`          // one frame: the counts, poll totals, board changes
	PerNode            float64 `yaml:"per_node"`             // viewers' sockets one edge node holds
}

// Flow names of the live plane, which the capacity placeholders find again.
const (
	liveTapFlow   = "reaction tap"
	liveFrameFlow = "aggregate frame push"
)

// addLive puts the live plane into the workload: the viewers are all there at once, so they are
// the concurrent connections; their taps are counted, never kept (they overwrite a counter);
// and the frames are one per viewer per period, steady while the event runs.
func addLive(w *conversation.Workload, p loadProfile, note func(string, ...any)) {
	l := p.Live
	if l == nil {
		return
	}
	H := conversation.Human
	// A stated audience is there together for the event, not a fifth of it on a day.
	viewers := cmp.Or(w.Concurrent, w.Users, w.DAU)
	if viewers <= 0 {
		return
	}
	if w.DAU < viewers {
		w.DAU = viewers
		note("daily active users: the %s viewers of the event, all there on its day (assumed)", H(viewers))
	}
	if w.Concurrent == 0 {
		w.Concurrent = viewers
		note("viewers online at once: all %s, since they watch the event together (assumed)", H(viewers))
	}
	every := cmp.Or(l.FrameSeconds, 1)
	w.Flows = append(w.Flows,
		conversation.Flow{Name: liveTapFlow, Kind: conversation.FlowWrite, Count: viewers * l.ReactionsPerMinute, PerSeconds: 60,
			Bytes: 50, Steady: true, Overwrites: true, Source: conversation.Assumed},
		// One frame per event per period, fanned out to every viewer: the deliveries are the pushes.
		conversation.Flow{Name: liveFrameFlow, Kind: conversation.FlowWrite, Count: 1, PerSeconds: every, FanOut: viewers,
			Bytes: l.FrameBytes, Steady: true, Overwrites: true, Source: conversation.Assumed})
	note("%s: %s viewers × %s a minute while they watch = %s/s, summed in memory at the edge and never stored one by one (assumed)",
		liveTapFlow, H(viewers), H(l.ReactionsPerMinute), H(viewers*l.ReactionsPerMinute/60))
	note("%s: %s viewers × one frame every %s s = %s/s of about %s, whatever the taps (assumed)",
		liveFrameFlow, H(viewers), H(every), H(viewers/every), conversation.Bytes(l.FrameBytes))
}

// liveWords renders the live plane's figures for an archetype's texts: the viewers, the taps and
// the frames a second, the edge nodes that hold the sockets and the frames' egress.
func (r *renderer) liveWords(name string) (string, bool) {
	l := r.p.Load
	if l == nil || l.Live == nil {
		return "", false
	}
	H := conversation.Human
	w := r.g.Requirements.Workload
	viewers := cmp.Or(w.Concurrent, w.Users, w.DAU)
	every := cmp.Or(l.Live.FrameSeconds, 1)
	switch name {
	case "live_viewers":
		return H(viewers), true
	case "live_rate_word":
		return fmt.Sprintf("%s times a minute", H(l.Live.ReactionsPerMinute)), true
	case "live_taps":
		return H(viewers * l.Live.ReactionsPerMinute / 60), true
	case "live_frames":
		return H(viewers / every), true
	case "live_frame_bytes":
		return conversation.Bytes(l.Live.FrameBytes), true
	case "live_egress":
		return conversation.Bytes(viewers/every*l.Live.FrameBytes) + "/s", true
	case "live_nodes":
		return fmt.Sprint(int(math.Max(2, math.Ceil(viewers/cmp.Or(l.Live.PerNode, 100_000))))), true
	}
	return "", false
}
