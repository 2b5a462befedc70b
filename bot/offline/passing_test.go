package offline

import (
	"slices"
	"testing"
)

// TestPassingWordsDoNotPickTheSystem: a product, a medium or a device named as a channel, a
// source or an attachment is something the system uses; the same words as the subject still pick
// their system.
func TestPassingWordsDoNotPickTheSystem(t *testing.T) {
	for _, tc := range []struct {
		problem   string
		want, not []string
	}{
		{"Staff at a gym chain with 40 branches swap shifts with each other; a manager approves each swap; post alerts to our Slack channel when a shift is left uncovered",
			[]string{"rota"}, []string{"channels", "chat"}},
		{"A church streams its Sunday service and publishes a podcast of the sermon; volunteers schedule who reads, who runs sound and who greets",
			nil, []string{"podcast"}},
		{"A bakery chain takes cake orders online, customers upload a photo to print on the cake, and each shop sees its pickup list for the day",
			nil, []string{"photo"}},
		{"Tenants report repairs to the landlord and attach a photo of the damage; the landlord assigns a contractor and tenants see progress",
			[]string{"media"}, []string{"photo"}},
		{"A community garden where members reserve plots and get a WhatsApp message when their plot inspection is due; 600 members",
			nil, []string{"groups", "chat"}},
		{"A running club where members log runs from their Strava account and the club shows a monthly leaderboard; 3,000 members",
			[]string{"leaderboard"}, []string{"gpsfitness"}},
		{"A gym with 30 clubs lets members rent locker banks by the month and open their locker with the gym app; 20,000 members",
			nil, []string{"lockers"}},
		// Near misses: the same words are the system asked for.
		{"Design Slack", []string{"channels"}, nil},
		{"a team chat app like Slack with channels and threads for 50,000 companies", []string{"channels"}, nil},
		{"Design a podcast hosting platform where creators upload episodes and listeners subscribe", []string{"podcast"}, nil},
		{"Design a photo sharing app where users upload photos and follow their friends", []string{"photo"}, nil},
		{"Design Strava", []string{"gpsfitness"}, nil},
		{"Design a parcel locker network with 3,000 locker banks; couriers drop parcels and recipients collect with a PIN", []string{"lockers"}, nil},
	} {
		ids, why := detect(tc.problem)
		for _, id := range tc.want {
			if !slices.Contains(ids, id) {
				t.Errorf("%q: detected %v, want %s", tc.problem, ids, id)
			}
		}
		for _, id := range tc.not {
			if slices.Contains(ids, id) {
				t.Errorf("%q: detected %s (%s), want it absent", tc.problem, id, why[id])
			}
		}
	}
}

// TestPassingNameIsNoTitle: "paged by a phone app" names how members are reached, not the system.
func TestPassingNameIsNoTitle(t *testing.T) {
	for problem, bad := range map[string]string{
		"A volunteer fire brigade where members are paged by a phone app and reply whether they can attend":             "Phone app",
		"A gym with 30 clubs lets members rent locker banks by the month and open their locker with the gym app":        "Gym app",
		"A theatre where ushers report incidents during shows via a walkie-talkie app and the duty manager closes them": "Walkie-talkie app",
	} {
		if got := title(problem, &feature{}); got == bad {
			t.Errorf("title(%q) = %q, want a name from what the system does", problem, got)
		}
	}
	if got := title("a small app for a network of 40 community fridges", &feature{}); got != "Community fridges app" {
		t.Errorf("title = %q, want Community fridges app", got)
	}
}
