package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A marking verb leaves its object in a state ("mark rooms clean"), and whoever decides is not who
// makes the thing. (An expense tool whose employees snap receipts and whose managers approve is
// an approval workflow, not a composed design: TestExpenseReportsAreApprovals has it.)
func TestMarkingSnappingAndDeciding(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{
			// A hotel's rooms have their own pattern (archetypes-housekeeping.yaml); an office
			// cleaning firm's offices are composed.
			statement: "Design an office cleaning app: 400 offices, cleaners get office assignments each morning, mark offices clean, and the facilities desk sees which offices are ready",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Cleaners mark offices clean"},
				conversation.API:          {"`/v1/offices/{id}/clean`", "marked clean by a cleaner"},
			},
			absent: map[conversation.SectionID][]string{
				conversation.Requirements: {"cleans"},
				conversation.DataModel:    {"Offices clean"},
			},
		},
		{
			// Another place, another state.
			statement: "Design an app for a network of 30 community halls where caretakers mark halls clean and volunteers flag kitchen areas ready each evening",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Volunteers flag kitchen areas ready"},
				conversation.API:          {"`/v1/kitchen-areas/{id}/ready`"},
			},
		},
		{
			// A one-letter prefix is part of its word, and verbs joined by "and" share the object
			// said last: the clerks review the filings.
			statement: "Design an e-filing system for a state court: 2.3 million filings per year, 600 clerks review and accept or reject filings",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Clerks review filings"},
			},
			absent: map[conversation.SectionID][]string{
				conversation.Requirements: {"Clerks review es", "E, Filing"},
			},
		},
		{
			// An owner's possessive names the thing as a compound does.
			statement: "Design a system for a network of 60 animal shelters: volunteers log each animal's intake with photos, adopters apply online, and shelter staff approve adoptions",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Volunteers log animal intakes"},
			},
			absent: map[conversation.SectionID][]string{
				conversation.Requirements: {"animal's intakes"},
			},
		},
	})
}
