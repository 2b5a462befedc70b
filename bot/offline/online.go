package offline

import (
	"cmp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// onlineHold is how long a stated crowd online together is taken to stay: a match, a final or
// a show's evening.
const onlineHold = 2 * 3600

// onlineTogether sizes the archetype's assumed read on the crowd the statement says is online
// at once. Spread as so many reads per user a day, "25M concurrent viewers at the final" became
// 250M daily users fetching 60 segments each, 521K requests/s at peak, when the 25M watching
// fetch a segment every 4 s: 6.25M/s while they watch. The crowd is taken to hold for a couple
// of hours, which sets the day's average. A read the statement gives, or a per-day figure whose
// peak is already higher, is kept.
func onlineTogether(w *conversation.Workload, rd workload.Reading, p loadProfile, note func(string, ...any)) {
	crowd := rd.Workload.Concurrent
	if crowd <= 0 || p.OneSitting || w.DAU <= 0 {
		return
	}
	every := cmp.Or(p.OnlineEvery, 30)
	peak := cmp.Or(w.PeakFactor, p.PeakFactor, 3)
	for i := range w.Flows {
		f := &w.Flows[i]
		if f.Kind != conversation.FlowRead || f.Source != conversation.Assumed || !f.Each || f.Actors > 0 || f.ItemsOf != "" || f.Burst || f.Steady {
			continue
		}
		if w.Rate(*f)*peak >= crowd/every {
			continue
		}
		f.Count, f.PerSeconds, f.Actors, f.ActorNoun = 1, every, crowd, "people online"
		f.Steady, f.Burst, f.Lasts = true, true, onlineHold
		name := f.Name
		w.Notes = slices.DeleteFunc(w.Notes, func(n string) bool { return strings.HasPrefix(n, name+": ") && strings.Contains(n, "per user a day") })
		note("%s: each of the %s online at once makes one about every %s while there, for about 2 hours (assumed)",
			name, conversation.Human(crowd), strings.TrimPrefix(conversation.Period(every), "every "))
	}
}
