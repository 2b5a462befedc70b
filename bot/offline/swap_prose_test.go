package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// After a swap, prose that named the old technology by name (the overview's approach, the
// architecture's style) names the new one, unless another part still runs on the old one: a
// document that says "MongoDB" in its table and "PostgreSQL" in its approach contradicts itself.
func TestSwapRenamesTheOldTechnologyInProse(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	for _, tc := range []struct {
		statement, ask, old, now string
		sections                 []conversation.SectionID
	}{
		{"A seed library where members borrow seed packets and return seeds from their harvest", "use MongoDB instead of PostgreSQL", "PostgreSQL", "MongoDB",
			[]conversation.SectionID{conversation.Overview, conversation.Architecture}},
		{"A choir's rota: singers mark which Sundays they can sing and the director picks each Sunday's lineup", "switch the database to MySQL", "PostgreSQL", "MySQL",
			[]conversation.SectionID{conversation.Overview}},
	} {
		t.Run(tc.ask, func(t *testing.T) {
			t.Parallel()
			in := appliedChange(ctx, t, d, tc.statement, tc.ask)
			for _, id := range tc.sections {
				text, ok := in.Written[id]
				if !ok {
					t.Errorf("%s not rewritten after %q", id, tc.ask)
					continue
				}
				for _, line := range strings.Split(text, "\n") {
					if strings.Contains(line, tc.old) && !strings.Contains(line, "(was ") {
						t.Errorf("%s still says %s: %s", id, tc.old, line)
					}
				}
				if !strings.Contains(text, tc.now) {
					t.Errorf("%s does not name %s", id, tc.now)
				}
			}
		})
	}
}

// appliedChange designs statement, asks d for the change and fails the test unless it was
// applied.
func appliedChange(ctx context.Context, t *testing.T, d *offline.Designer, statement, ask string) bot.Interpretation {
	t.Helper()
	in, err := d.Interpret(ctx, grounding(design(t, statement)), ask)
	if err != nil {
		t.Fatal(err)
	}
	if in.Intent != "change" || in.Unsupported != "" {
		t.Fatalf("%q not applied: %q %q", ask, in.Unsupported, in.Reply)
	}
	return in
}
