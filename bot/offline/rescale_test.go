package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// After a rescale, every section that quotes a figure quotes the new capacity model's, and no
// section still quotes the old one: the overview included.
func TestRescaleRewritesEveryQuotedFigure(t *testing.T) {
	t.Parallel()
	tests := []struct{ problem, change string }{
		{"Design a URL shortener that creates 100M new links a month", "scale to 1B links a month"},
		{"Design an Instagram-like photo sharing app for 50M DAU", "10x the users"},
		{"Design a WhatsApp-like chat app for 20M daily active users who send 40 messages each per day", "make it 200M DAU"},
		{"Design a food delivery app for 3M daily active users who each place 1 order a day", "make the peak 8x the average"},
		{"Design a helpdesk that handles 200,000 tickets a day", "make it 2 million tickets a day"},
		{"Design a CI build farm that runs 50,000 builds a day", "scale to 500,000 builds a day"},
	}
	for _, tt := range tests {
		t.Run(tt.change, func(t *testing.T) {
			d := design(t, tt.problem)
			in, err := offline.New().Interpret(context.Background(), grounding(d), tt.change)
			if err != nil || in.Requirements == nil {
				t.Fatalf("err=%v requirements=%v: want a rescale", err, in.Requirements)
			}
			old, cur := d.Capacity, conversation.Estimate(in.Requirements.Workload)
			if cur.PeakReadQPS == old.PeakReadQPS || cur.PeakWriteQPS == old.PeakWriteQPS {
				t.Fatalf("peaks unchanged (%v, %v): every flow should rescale", cur.PeakReadQPS, cur.PeakWriteQPS)
			}
			after := map[conversation.SectionID]string{conversation.CapacityID: conversation.CapacityMarkdown(cur)}
			for _, s := range d.Sections {
				if s.ID == conversation.CapacityID {
					continue
				}
				after[s.ID] = s.Markdown
				if text, ok := in.Written[s.ID]; ok {
					after[s.ID] = text
				}
			}
			figures := func(c conversation.Capacity) []string {
				return []string{conversation.Human(c.PeakReadQPS) + "/s", conversation.Human(c.PeakWriteQPS) + "/s",
					conversation.Human(c.ReadQPS) + " reads/s", conversation.Human(c.WriteQPS) + " writes/s"}
			}
			for id, text := range after {
				// The decision log keeps "was → now" lines on purpose; every other line must be current.
				var current []string
				for _, line := range strings.Split(text, "\n") {
					if !strings.Contains(line, "→") {
						current = append(current, line)
					}
				}
				text = strings.Join(current, "\n")
				for _, f := range figures(old) {
					if strings.Contains(text, f) && !strings.Contains(strings.Join(figures(cur), " "), f) {
						t.Errorf("section %s still quotes the old figure %q after %q", id, f, tt.change)
					}
				}
			}
			for _, id := range []conversation.SectionID{conversation.Overview, conversation.Requirements, conversation.CapacityID} {
				if !strings.Contains(after[id], conversation.Human(cur.PeakReadQPS)) {
					t.Errorf("section %s does not quote the new peak reads %s", id, conversation.Human(cur.PeakReadQPS))
				}
			}
		})
	}
}
