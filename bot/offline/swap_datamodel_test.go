package offline_test

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// whyStoreRe finds one entity's line of "Why each store": its store, why, and its fields.
var whyStoreRe = regexp.MustCompile(`(?m)^- \*\*([^*]+)\*\* → [^\n]*$`)

// A swap restates only the store's own property clause of each "Why each store" line: the
// entity's fields stay listed, and a reason that merely shares a word with the old label ("rows
// keyed by hotel_id", "2 read replicas") stays too.
func TestSwapKeepsEachEntitysFields(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, say string }{
		{"Hotel housekeeping room-status board: 40 hotels, housekeepers update room status from tablets, front desk sees live board", "Use Cassandra for the status transitions."},
		{"Design a plant care reminder app for 1 million users who photograph their plants and get watering reminders at 8am local time", "Use Cassandra for the plants."},
	} {
		d := design(t, tc.statement)
		in, err := offline.New().Interpret(context.Background(), grounding(d), tc.say)
		if err != nil {
			t.Fatal(err)
		}
		if in.Intent != bot.IntentChange || in.Written[conversation.DataModel] == "" {
			t.Fatalf("%q: intent %s, data model unchanged: %+v", tc.say, in.Intent, in)
		}
		was, _ := d.Section(conversation.DataModel)
		before := map[string]string{}
		for _, m := range whyStoreRe.FindAllStringSubmatch(was.Markdown, -1) {
			before[m[1]] = m[0]
		}
		for _, m := range whyStoreRe.FindAllStringSubmatch(in.Written[conversation.DataModel], -1) {
			old, ok := before[m[1]]
			if !ok {
				continue
			}
			if fields := old[strings.LastIndex(old, ". Fields: "):]; !strings.HasSuffix(m[0], fields) {
				t.Errorf("%q: %s lost its fields:\n%s\nwas\n%s", tc.say, m[1], m[0], old)
			}
			why := old[strings.Index(old, "): ")+3 : strings.LastIndex(old, ". Fields: ")]
			if strings.Contains(old, "): ") && !strings.Contains(why, "transaction") && !strings.Contains(m[0], why) {
				t.Errorf("%q: %s lost its reason %q:\n%s", tc.say, m[1], why, m[0])
			}
		}
	}
}

// A swap named for one entity of a shared store says that the whole store moves and why, and
// what only a relational store made true ("in one relational store", the trade-off row "One
// relational Primary DB", a sweep's SQL through a partial index, a caller's "SKIP LOCKED" in the
// diagram) is restated or dropped.
func TestSwapRestatesWhatNoLongerHolds(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement, say string
		absent         map[conversation.SectionID][]string
	}{
		{"Hotel housekeeping room-status board: 40 hotels, housekeepers update room status from tablets, front desk sees live board", "Use Cassandra for the status transitions.",
			map[conversation.SectionID][]string{conversation.Overview: {"relational store"}, conversation.Architecture: {"relational store"}, conversation.DataModel: {". Fields.", "housekeepers logged batch"}}},
		{"Design a system for a community garden: 300 gardeners reserve plots for a season, volunteers log watering shifts, and seed packets expire after 2 years", "Use Cassandra for the watering shifts.",
			map[conversation.SectionID][]string{conversation.Tradeoffs: {"One relational"}, conversation.DataFlow: {"SELECT … FROM seed_packets", "through the partial index"}}},
		{"Design a plant care reminder app for 1 million users who photograph their plants and get watering reminders at 8am local time", "switch the plant photos to MongoDB",
			map[conversation.SectionID][]string{conversation.Tradeoffs: {"One relational"}}},
	} {
		d := design(t, tc.statement)
		in, err := offline.New().Interpret(context.Background(), grounding(d), tc.say)
		if err != nil {
			t.Fatal(err)
		}
		if in.Intent != bot.IntentChange || in.Components == nil {
			t.Fatalf("%q: intent %s, reply %q", tc.say, in.Intent, in.Unsupported+in.Reply)
		}
		if !strings.Contains(in.Reply, "so the whole store moves to") {
			t.Errorf("%q: the reply does not say the whole store moves:\n%s", tc.say, in.Reply)
		}
		for _, c := range in.Components {
			if slices.ContainsFunc(c.TalksTo, func(to string) bool { return strings.Contains(in.Decision, "for "+to+" (was") }) && strings.Contains(c.Technology, "SKIP LOCKED") {
				t.Errorf("%q: %s still says %q in the diagram", tc.say, c.Name, c.Technology)
			}
		}
		for id, words := range tc.absent {
			text, ok := in.Written[id]
			if !ok {
				t.Errorf("%q: %s not rewritten", tc.say, id)
			}
			for _, w := range words {
				if strings.Contains(text, w) {
					t.Errorf("%q: %s still says %q", tc.say, id, w)
				}
			}
		}
	}
}
