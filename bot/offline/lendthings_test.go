package offline

import (
	"slices"
	"testing"
)

// TestLendThingsDesigns designs physical things lent to people and brought back as lending, in
// the statement's nouns: one open loan per thing kept by a unique partial index, a holds queue
// per thing, a one-shot reminder a day before the due time cancelled by the return, overdue
// escalation and the loan history kept as said. Before, the co-op's board games were a composed
// design where "Households create games", with no borrow, no loan and no one-at-a-time rule.
func TestLendThingsDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "we want an app so neighbours in our co-op (about 1,200 households) can lend board games to each other. maybe 300 games listed, a borrow lasts a week, around 40 borrows a week total. a game must never be lent to two people at once, and people should get a reminder a day before it's due back. keep loan history 2 years.",
			mentions: []string{"game lending system", "unique partial index", "returned_at is null", "holds queue", "due reminders", "owner approves",
				"suspended from borrowing", "available now", "borrow request", "2 years"},
			absent: []string{"households create games", "{lt_", "{said", "asked for but not designed"},
		},
		{
			statement: "A community tool library: 3 branches lend about 4,000 tools to members, a tool is lent to one member at a time, members get a reminder the day before it is due back.",
			mentions:  []string{"one open loan per tool", "home branch", "members place a hold on a tool", "cancelled when the tool comes back"},
			absent:    []string{"owner approves", "{lt_", "isbn", "marc"},
		},
		{
			statement: "our outdoor club lends camping gear like tents and stoves to members for weekend trips; each piece goes to one member at a time and should come back within a week",
			mentions:  []string{"item lending system", "one open loan per item", "holds queue"},
			absent:    []string{"{lt_", "gears"},
		},
		{
			statement: "a company equipment room lends laptops and cameras to staff, about 500 devices, each checked out to one employee at a time with a due date",
			mentions:  []string{"device lending system", "employees place a hold", "unique partial index", "kind (laptop, camera)", "hold of an employee"},
			absent:    []string{"{lt_", "neighbour", "laptops” and “cameras", "a employee"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// TestLendThingsNearMisses keeps the neighbours where they were: a library of books, loans of
// money, vehicles shared by the minute, rentals priced by the day, ebooks, online board games,
// a shop selling tools, laptops assigned for good, and the borrow checker.
func TestLendThingsNearMisses(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"Design a library management system for a city's 12 branches", "library"},
		{"members check out books at any of our branches, renew them twice and pay fines when they bring them back late", "library"},
		{"Design a peer-to-peer lending platform where investors fund loans and borrowers repay monthly with interest", "p2plending"},
		{"members of our savings club borrow money from each other and repay it weekly", ""},
		{"a bike share with 2,000 bikes at 150 docks, members borrow a bike and return it to any dock", "bikeshare"},
		{"a car sharing club where members borrow cars by the hour", ""},
		{"a marketplace where people rent out their cameras and power tools to strangers at a daily rate", ""},
		{"an ebook lending app for public libraries with licences per title", ""},
		{"an online board game platform where friends play chess in turns", ""},
		{"Design an inventory system for a hardware shop that sells 4,000 tools", ""},
		{"our IT team tracks which laptops are assigned to which employees", ""},
		{"a Rust tutorial site that explains the borrow checker with exercises", ""},
	} {
		ids, why := detect(tc.statement)
		if slices.Contains(ids, "lendthings") {
			t.Errorf("%q: detected lendthings (%s), want none", tc.statement, why["lendthings"])
		}
		if tc.want != "" && !slices.Contains(ids, tc.want) {
			t.Errorf("%q: detected %v, want %s", tc.statement, ids, tc.want)
		}
	}
}

// TestLendThingsRephrased finds lending however it is said: borrowing from each other, a
// library of things, a toy library, signing kit out to students.
func TestLendThingsRephrased(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"residents of our building want to borrow tools from each other and see who has the drill right now",
		"a library of things where members borrow ladders and sewing machines for a few days and join a waiting list when one is out",
		"the film school lends cameras and lenses to students for a weekend; late returns lose borrowing rights",
		"our scout group keeps tents that members sign out for camps and bring back by the due date",
	} {
		if ids, _ := detect(s); !slices.Contains(ids, "lendthings") {
			t.Errorf("%q: detected %v, want lendthings", s, ids)
		}
	}
}

// TestLendWords renders the {lt_*} nouns from the statement, else the plain words.
func TestLendWords(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, name, want string }{
		{"neighbours lend board games to each other", "lt_item", "game"},
		{"neighbours lend board games to each other", "lt_Members", "Neighbours"},
		{"a tool library lends drills to members", "lt_items", "tools"},
		{"a tool library lends drills to members", "lt_a_item", "a tool"},
		{"the equipment room lends laptops to staff", "lt_item", "device"},
		{"the equipment room lends laptops to staff", "lt_member", "employee"},
		{"a club lends camping gear to members", "lt_item", "item"},
		{"a club lends camping gear to members", "lt_kinds", "what kind of thing it is"},
		{"the equipment room lends laptops and cameras to staff", "lt_kinds", "laptop, camera"},
		{"a club lends tents, stoves and a tent footprint", "lt_kinds", "tent, stove"},
	} {
		if got, ok := lendWords(tc.problem, tc.name); !ok || got != tc.want {
			t.Errorf("%q %s = %q, %v; want %q", tc.problem, tc.name, got, ok, tc.want)
		}
	}
}
