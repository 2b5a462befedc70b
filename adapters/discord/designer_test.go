package discord_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// newDesigner returns the designer the end-to-end tests run the engine with.
func newDesigner() bot.Designer { return offline.New() }

// changeFor returns a follow-up that changes part of d: its main database swapped for another.
func changeFor(t *testing.T, d *conversation.Design) string {
	t.Helper()
	for _, c := range d.Components {
		tech, _, _ := strings.Cut(c.Technology, " (") // "PostgreSQL (primary + replicas)"
		if c.Kind == "database" && tech != "" {
			to := "Cassandra"
			if strings.Contains(strings.ToLower(tech), "cassandra") {
				to = "PostgreSQL"
			}
			// The part is named: where several parts run on one technology, a change that
			// names only the technology is asked about, not applied.
			return fmt.Sprintf("use %s instead of %s for the %s", to, tech, c.Name)
		}
	}
	t.Fatalf("design has no database component to swap: %+v", d.Components)
	return ""
}
