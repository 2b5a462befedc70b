package workload

import (
	"regexp"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// sendAheadRe finds what people are sent ahead of each item's date, and when: "owners get a text
// 14 days before and another 2 days before the due date", "patients receive an email a week
// before, a text the day before".
var sendAheadRe = regexp.MustCompile(`(?i)\b(?:get|gets|receive|receives|are sent|is sent)\s+(?:a|an|one)\s+([a-z]+)\s+((?:(?:\d+|a|an|one|two|three|the)\s+(?:minute|hour|day|week|month)s?\s+(?:before|ahead|prior)(?:\s+\w+)??(?:,?\s+(?:and\s+)?(?:another|a second|a third|again|then)?\s*(?:(?:a|an)\s+[a-z]+\s+)?)?)+)`)

// channelAheadRe finds another channel said for a later send: "… and a text the day before".
var channelAheadRe = regexp.MustCompile(`(?i)\b(?:a|an)\s+([a-z]+)\s+(?:\d+|a|an|one|two|three|the)\s+(?:minute|hour|day|week|month)s?\s+(?:before|ahead|prior)\b`)

// aheadRe counts the sends in what sendAheadRe found: one per "N days before".
var aheadRe = regexp.MustCompile(`(?i)\b(?:\d+|a|an|one|two|three|the)\s+(?:minute|hour|day|week|month)s?\s+(?:before|ahead|prior)\b`)

// sendsAhead reads messages sent ahead of each item of the main flow: a reminder service for
// 180,000 pets due a year whose owners get a text 14 days and 2 days before sends 360,000 texts
// a year, two per pet, which is what the provider carries and bills. The items are counted ones
// (pets due, appointments booked), never a clock's reports.
func (r *reader) sendsAhead(statement string) {
	m := sendAheadRe.FindStringSubmatch(statement)
	if m == nil {
		return
	}
	noun, sends := strings.ToLower(m[1]), len(aheadRe.FindAllString(m[2], -1))
	if sends == 0 || noun == "" {
		return
	}
	for _, c := range channelAheadRe.FindAllStringSubmatch(m[2], -1) {
		if strings.ToLower(c[1]) != noun {
			noun = "reminder" // "an email a week before and a text the day before"
		}
	}
	for _, f := range r.out.Flows {
		if lastWord(f.Name) == noun {
			return // the texts are counted already
		}
	}
	for _, f := range r.out.Flows {
		if f.Kind != conversation.FlowWrite || f.Source != conversation.Stated || f.ItemsOf != "" || f.Each || f.Steady {
			continue
		}
		out := conversation.Flow{Name: noun, Kind: conversation.FlowWrite, Count: float64(sends), PerSeconds: 1, ItemsOf: f.Name,
			Source: conversation.Stated, From: strings.TrimSpace(m[0])}
		r.out.Flows = append(r.out.Flows, out)
		r.note("%s: stated (%s per %s: %s)", noun, human(float64(sends)), f.Name, strings.Join(aheadRe.FindAllString(m[2], -1), " and "))
		return
	}
}
