package workload

import (
	"regexp"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// linkNouns name a network link whose capacity a bitrate can state: "an uplink of 200 Mbps",
// "a 1 Gbps line", "the satellite link runs at 2 Mbit/s".
var linkNouns = set(`uplink downlink link line connection bandwidth backhaul pipe circuit wan broadband fibre fiber
leased-line internet network modem`)

// link reads a bitrate said of a network link as that link's capacity: a limit what is sent
// over it must fit, not a stream of its own. The link is named within a few words before the
// figure ("uplink to the cloud is only 200 Mbps") or right after it ("a 1 Gbps line").
func (r *reader) link(m *mention) bool {
	toks := r.sents[m.sent]
	name := ""
	for k := m.pos - 1; k >= max(m.pos-8, 0); k-- {
		if linkNouns[toks[k]] {
			name = toks[k]
			break
		}
	}
	for k := m.end; name == "" && k < min(m.end+2, len(toks)); k++ {
		if linkNouns[toks[k]] {
			name = toks[k]
		}
	}
	if name == "" {
		return false
	}
	if name == "bandwidth" || name == "internet" || name == "network" {
		name = "link"
	}
	if r.out.LinkBitsPerSec == 0 || m.value < r.out.LinkBitsPerSec {
		// Of two links stated, the narrower is the one the data must fit.
		r.out.LinkBitsPerSec, r.out.Link = m.value, name
	}
	r.note("%s %s: a link's capacity, a limit the data sent over it must fit, not load", conversation.Bitrate(m.value), name)
	return true
}

// bitsSpelledRe finds a bitrate spelled out or with a slash ("2 Mbit/s", "10 megabits per
// second", "1.5 gigabits a second"), which the tokens would split.
var bitsSpelledRe = regexp.MustCompile(`(?i)(\d[\d.,]*)\s*(kilo|mega|giga|k|m|g)bits?(?:/s\b|ps\b|\s+(?:per|a|each)\s+second\b)`)

// spellBitrates says such a bitrate the short way: "2 Mbps".
func spellBitrates(statement string) string {
	return bitsSpelledRe.ReplaceAllStringFunc(statement, func(m string) string {
		sub := bitsSpelledRe.FindStringSubmatch(m)
		return sub[1] + " " + strings.ToUpper(sub[2][:1]) + "bps"
	})
}
