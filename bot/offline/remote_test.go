package offline_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
	"github.com/archbot/archbot/conversation"
)

// TestReplacingFeatureKeepsItsOwn: a narrower feature that replaces a broader one's flow brings
// its own flow of that name, and that one is what the design shows (offline edits that merge
// tell "Edit in real time" with a CRDT instead of OT), not neither.
func TestReplacingFeatureKeepsItsOwn(t *testing.T) {
	t.Parallel()
	d := design(t, "Design a collaborative wiki editor where writers keep editing offline on the train and their changes merge on reconnect")
	flows, _ := d.Section(conversation.DataFlow)
	for _, want := range []string{"### Offline and reconnect", "state vectors"} {
		if !strings.Contains(flows.Markdown, want) {
			t.Errorf("data flow lacks %q:\n%s", want, flows.Markdown)
		}
	}
}

// TestRemoteSessionsDropInPersonParts: a provider's time delivered over a call has no address,
// area or travel, and its call between two people needs no forwarding server; the same
// marketplace held in person keeps them, and a group call keeps its SFU.
func TestRemoteSessionsDropInPersonParts(t *testing.T) {
	t.Parallel()
	inPerson := regexp.MustCompile(`(?i)service area|near an address|travel time|checks? in (?:and out )?at the address|every other friday|geocod|front[- ]desk|walk-ins?\b|city-centre branch`)
	sfu := regexp.MustCompile(`(?i)\bSFU versus|selective forwarding units? \(SFU|Media servers \(SFU\)`)
	tests := []struct {
		statement  string
		remote     bool // in-person marketplace parts must be absent
		pair       bool // a one-to-one call: no SFU, peer to peer with TURN
		group      bool // a group call: the SFU stays
		hardPart   string
		inPersonOK bool
	}{
		{statement: "Build a site where parents hire maths tutors for weekly online lessons with their kids, billed per lesson",
			remote: true, pair: true, hardPart: "Money per session"},
		{statement: "Design an app where 8,000 fitness coaches sell 45-minute workouts over video to clients who book and pay per session",
			remote: true, pair: true, hardPart: "Money per session"},
		{statement: "Design a platform where people book 50-minute video sessions with one of 3,000 licensed psychologists each week",
			remote: true, pair: true, hardPart: "Seeing clients online"},
		{statement: "Design a telehealth app where patients book 15-minute video consults with a GP",
			pair: true},
		{statement: "Design a home cleaning marketplace where customers book cleaners for 3-hour visits and pay per visit",
			inPersonOK: true},
		{statement: "Design a group fitness platform where instructors run live video calls with up to 20 people per class",
			group: true},
		{statement: "Design a video conferencing service like Zoom for 10M daily users", group: true},
	}
	for _, tc := range tests {
		t.Run(tc.statement, func(t *testing.T) {
			d := design(t, tc.statement)
			text := eval.Text(d)
			ov, _ := d.Section(conversation.Overview)
			arch, _ := d.Section(conversation.Architecture)
			if tc.remote {
				if m := inPerson.FindAllString(text, 5); len(m) > 0 {
					t.Errorf("remote sessions designed in person: %q", m)
				}
			}
			if tc.inPersonOK && !strings.Contains(text, "service area") {
				t.Errorf("an in-person marketplace lost its service areas")
			}
			if tc.pair {
				if m := sfu.FindAllString(ov.Markdown+arch.Markdown, 5); len(m) > 0 {
					t.Errorf("a one-to-one call designed as an SFU meeting: %q", m)
				}
				if !strings.Contains(text, "peer to peer") || !strings.Contains(arch.Markdown, "TURN") {
					t.Errorf("a one-to-one call without a peer-to-peer path and TURN")
				}
			}
			if tc.group && !sfu.MatchString(ov.Markdown+arch.Markdown) {
				t.Errorf("a group call lost its SFU:\n%s", ov.Markdown)
			}
			if tc.hardPart != "" {
				_, hard, _ := strings.Cut(ov.Markdown, "**The hard parts**")
				if !strings.Contains(hard, tc.hardPart) {
					t.Errorf("hard parts lack %q: %s", tc.hardPart, hard)
				}
			}
		})
	}
}
