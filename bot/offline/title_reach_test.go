package offline

import "testing"

// How a system is reached ("an online system", "a digital platform") is no name: the title
// comes from what it is for.
func TestTitleSkipsHowItIsReached(t *testing.T) {
	t.Parallel()
	for statement, want := range map[string]string{
		"Our county wants an online system for booking slots at its 14 recycling centres; 9,000 residents book a week": "Slot booking system",
		"we want an online platform for booking tennis courts at 12 parks":                                             "Tennis court booking platform",
		"The museum needs a digital system for lending costumes to 40 schools, about 300 loans a term":                 "Costume lending system",
		"need a small app for a network of 40 community fridges in our city":                                           "Community fridges app",
	} {
		if got := title(statement, &feature{}); got != want {
			t.Errorf("%q: title %q, want %q", statement, got, want)
		}
	}
}
