package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "each salon takes about 60 appointments a day, a customer books about every 5 weeks": the
// five weeks are each customer's, not each salon's; the customers are worked out from the
// appointments.
func TestReadHabitOfAPersonIsNotThePlaces(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		statement, people string
	}{
		{"Design booking for a chain of 25 hair salons: each salon takes about 60 appointments a day, a customer books about every 5 weeks", "about 52.5K customers"},
		{"Design a service app for 40 repair garages: each garage handles 25 jobs a day, and a driver comes back about every 6 months.", "about 180K drivers"},
		{"Design check-in for 12 climbing gyms: each gym logs about 400 visits a day, a member comes about every 10 days.", "about 48K members"},
	} {
		rd := workload.Read(c.statement)
		if len(rd.Flows) != 1 {
			t.Errorf("%q: flows %+v, want the one counted flow (notes %q)", c.statement, rd.Flows, rd.Notes)
		}
		if notes := strings.Join(rd.Notes, " | "); !strings.Contains(notes, c.people) {
			t.Errorf("%q: notes %q, want %s", c.statement, notes, c.people)
		}
	}
}
