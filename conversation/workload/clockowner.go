package workload

// clockOwner is who sends a report said on a clock with no sender in its clause ("GPS pings
// every 10s"), given the population the reader would otherwise take: a report every few seconds
// or minutes is a machine's, so the counted vehicles, devices or sensors send it, not the largest
// crowd of people the statement counts ("1,100 buses serving 400k riders a day": the buses ping,
// the riders read where they are).
func (r *reader) clockOwner(m, best *mention) *mention {
	if best == nil || m.value >= 3600 || !personNoun(best.noun) || thingNouns[best.noun] {
		return best
	}
	var machine *mention
	for _, a := range r.ms {
		if a.kind != mActors || a.sent > m.sent || a.grouped || !thingNouns[a.noun] || orgNouns[a.noun] || placeNouns[a.noun] {
			continue
		}
		if machine == nil || a.value > machine.value {
			machine = a
		}
	}
	if machine == nil {
		return best
	}
	return machine
}
