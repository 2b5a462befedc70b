package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestTitle names systems from the statement's own words, chat-style asks included, never
// "System design" when the statement names or keeps something.
func TestTitle(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, want string }{
		{"Design a URL shortener handling 100M links a month", "URL shortener"},
		{"hey can u sketch something for our internal wiki? we're like 300 ppl, want search + page history", "Internal wiki"},
		{"we need a code review thing like gerrit but for our monorepo, ~2k engineers. thoughts?", "Code review tool"},
		{"could you sketch a volunteer shift app for our food bank?", "Volunteer shift app"},
		{"Design a bed-management system for 40 hospitals", "Bed-management system"},
		// Statements that open with the name, or name a system by its size only.
		{"need a small app for a network of 40 community fridges in our city: volunteers log donations", "Community fridges app"},
		{"we want a simple tool for our climbing gym to track route setting", "Climbing gym tool"},
		{"an app for dog walkers", "Dog walkers app"},
		// A kind word before the organisation names what it lends: a tool library.
		{"A community tool library: 3 branches lend about 4,000 tools to 6,000 members", "Community tool library"},
		{"lost and found system for a city transit agency: about 1,200 items turned in per week", "Lost and found system"},
		{"kitchen display system for a chain of 250 restaurants: orders come in from POS", "Kitchen display system"},
		{"court interpreter scheduling for a state judiciary: 600 freelance interpreters", "Court interpreter scheduling"},
		{"how would you build a realtime leaderboard for our mobile game? ~50M players", "Realtime leaderboard"},
		{"we need to design a parcel locker network, 3,000 lockers", "Parcel locker network"},
		{"users post recipes with photos and save them to meal plans", "Recipe system"},
		// An owner before the name sets the scene.
		{"a hospital pharmacy's robot dispensing system: 3 robots pick about 9,000 medication orders a day", "Robot dispensing system"},
		{"the county libraries' returns app: 6,000 returns a day are sorted into crates", "Returns app"},
		// An owner's counted things are what the system is for; the count is not a name, and an
		// acronym keeps its capitals.
		{"Design the backend for a city's 2,000 public EV chargers: drivers start a charge from an app", "Public EV chargers backend"},
		{"build the backend for a university's 40 shared lab printers, students print from their laptops", "Shared lab printers backend"},
		{"we need an app for a council's 12 public pools so residents can book lanes", "Public pools app"},
		{"a tool for a city's tree survey: volunteers record each street tree", "Tree survey tool"},
	}
	for _, tc := range tests {
		ids, _ := detect(tc.statement)
		fs := featuresOf(conversation.RequirementSet{Features: ids})
		if got := title(tc.statement, primary(fs)); got != tc.want {
			t.Errorf("title(%q) = %q, want %q", tc.statement, got, tc.want)
		}
	}
}

// A noun phrase takes the article its sound asks for: "uni-" is said "you".
func TestArticle(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"university course registration system", "a university course registration system"},
		{"unique id service", "a unique id service"},
		{"unread-message counter", "an unread-message counter"},
		{"online exam platform", "an online exam platform"},
		{"messaging app", "a messaging app"},
		{"social feed", "a social feed"}, // a feed of posts counts; animal feed would not
		{"food", "food"},
	}
	for _, tc := range tests {
		if got := article(tc.in); got != tc.want {
			t.Errorf("article(%q)=%q, want %q", tc.in, got, tc.want)
		}
	}
}
