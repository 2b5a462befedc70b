package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// What people have is no act the system records ("residents hold permits" keeps permits, not
// "holds"), taking a roll is no attempt, and officers who scan 30,000 plates look them up rather
// than upload a scan for each renewal.
func TestHavingAndScanningAreNoRecords(t *testing.T) {
	t.Parallel()
	d := design(t, "A municipal parking permit system: 60,000 residents hold zone permits, renewals peak at 2,000 a day in January, and 45 enforcement officers scan about 30,000 plates a day with handhelds.")
	req := sectionText(d, conversation.Requirements)
	if strings.Contains(req, "Hold,") || strings.Contains(req, "their holds") {
		t.Errorf("requirements keep holds:\n%s", req)
	}
	if capa := sectionText(d, conversation.CapacityID); strings.Contains(capa, "of media per renewal") {
		t.Errorf("a plate scanned is read as media:\n%s", capa)
	}
	d = design(t, "A small school's roll app: 12 teachers take attendance twice a day for 300 pupils, and the office sees who is missing.")
	if req := sectionText(d, conversation.Requirements); strings.Contains(req, "Attempt") {
		t.Errorf("taking attendance keeps attempts:\n%s", req)
	}
}

// A chain is the organisation a statement is set in, not a thing it keeps.
func TestAChainIsNoEntity(t *testing.T) {
	t.Parallel()
	d := design(t, "A dog daycare chain: 12 locations, about 900 dogs a day checked in by staff on tablets; owners get a photo of their dog twice a day and pay monthly plans.")
	if req := sectionText(d, conversation.Requirements); strings.Contains(req, "Chain,") || strings.Contains(req, ", Chain") {
		t.Errorf("the chain is kept as an entity:\n%s", req)
	}
}

// What a loan or an adoption is of is kept beside it: a tool library keeps its tools, and their
// count is no client apps.
func TestTheThingLentIsKept(t *testing.T) {
	t.Parallel()
	for problem, want := range map[string]string{
		"A community tool library: 3 branches lend about 4,000 tools to 6,000 members; about 200 loans a day.": "Tool",
		"A toy library for 300 families: families borrow toys for 2 weeks.":                                    "Toy",
	} {
		d := design(t, problem)
		if req := sectionText(d, conversation.Requirements); !strings.Contains(lineAfter(req, "### Core entities"), want) {
			t.Errorf("%q: core entities lack %s:\n%s", problem, want, req)
		}
		if capa := sectionText(d, conversation.CapacityID); strings.Contains(capa, "client apps") {
			t.Errorf("%q: tools on a shelf read as client apps:\n%s", problem, capa)
		}
	}
}

// lineAfter is the line after the one that starts with marker.
func lineAfter(text, marker string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, marker) && i+1 < len(lines) {
			return lines[i+1]
		}
	}
	return ""
}
