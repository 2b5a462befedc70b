package workload

import "github.com/archbot/archbot/conversation"

// stockNouns are what a crowd can be after when there is only so much of it: seats, tickets,
// slots at a sale. Their count bounds what is sold, whatever the crowd.
var stockNouns = set(`seat ticket slot spot place pass pair unit item console`)

// stockSold reads a stock the crowd of a rush is after: "2 million fans arrive in the first 10
// minutes for 60,000 seats". The crowd's count sizes its arrivals (a queue's joins and polls);
// the stock bounds what is bought, at most one sale a unit, within the same window if it sells
// out. Without it the seats are a count with nothing to size and the purchases are assumed per
// user, as if every fan bought.
func (r *reader) stockSold() {
	for _, s := range r.ms {
		if s.used || s.per > 0 || s.limit || !stockNouns[s.noun] || s.value < 1 {
			continue
		}
		rush, crowd := r.rushOf(s)
		if rush == nil {
			continue
		}
		noun := orWord(s.name, s.noun)
		f := conversation.Flow{Name: "buy " + noun, Kind: conversation.FlowWrite, Count: s.value, PerSeconds: rush.PerSeconds,
			Peak: true, Burst: true, Source: conversation.Stated, From: s.quote}
		f = uniqueName(r.out.Flows, f)
		r.out.Flows = append(r.out.Flows, f)
		s.used = true
		r.note("%s: stated (%s %s for %s %s: at most one sale each, within %s if they sell out)", f.Name, human(s.value),
			plural(noun), human(crowd.value), plural(crowd.noun), days(rush.PerSeconds))
	}
}

// rushOf is the stated rush in s's sentence whose crowd outnumbers the stock s: a crowd no
// bigger than the stock is not after it, each of them can have one.
func (r *reader) rushOf(s *mention) (*conversation.Flow, *mention) {
	for _, a := range r.ms {
		if a.sent != s.sent || !a.used || a.kind != mActors || a.value <= s.value {
			continue
		}
		for i, f := range r.out.Flows {
			if f.Burst && f.Source == conversation.Stated && f.Count == a.value {
				return &r.out.Flows[i], a
			}
		}
	}
	return nil, nil
}
