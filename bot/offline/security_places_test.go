package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A company's locations are its sites, not anyone's position: the line about what a search near
// someone keeps belongs only to designs that search near someone.
func TestSitesAreNotSearchedPositions(t *testing.T) {
	t.Parallel()
	search := "the position a search sends"
	checkSections(t, []sectionCase{
		{
			statement: "A bakery chain with 14 locations wants one system where each shop's head baker records the day's production plan and waste",
			absent:    map[conversation.SectionID][]string{conversation.Security: {search, "coarse cell"}},
		},
		{
			statement: "an audit firm keeps the working papers of its engagements across 9 office locations",
			absent:    map[conversation.SectionID][]string{conversation.Security: {search}},
		},
	})
}
