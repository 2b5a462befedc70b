package workload

import "github.com/archbot/archbot/conversation"

// optionalShare is the share of items assumed to carry a file the statement calls optional.
const optionalShare = 0.3

// optionalMedia reads a file that comes with the items only if the sender chooses ("check-ins
// with a star rating and an optional photo of about 2 MB"): an item carries that share of its
// size on average, not the whole file each time. The share is assumed and said so.
func (r *reader) optionalMedia() {
	for _, s := range r.ms {
		if s.kind != mSize || s.noun == "" || !within(r.sents[s.sent], s.pos-4, s.end+1, "optional", "optionally") {
			continue
		}
		item := ""
		for _, m := range r.ms {
			if m.sent == s.sent && m.kind == mEvents && m.per > 0 && m.noun != "" && m.noun != s.noun {
				item = m.noun
				break
			}
		}
		if item == "" || r.out.Sizes[item] > 0 {
			continue
		}
		r.out.Sizes[item] = optionalShare * s.value
		r.note("%s: the %s is optional, assumed on %s%% of them = %s per %s on average", plural(item), s.noun, human(optionalShare*100),
			conversation.Bytes(r.out.Sizes[item]), item)
	}
}
