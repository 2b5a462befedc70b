package offline_test

import (
	"context"
	"regexp"
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
