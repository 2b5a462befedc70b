package offline

import (
	"maps"
	"testing"
)

// The places of an occasion are read however they are said, and only for occasions: "8 tours a
// day" counts tours, "2 instructors per workshop" is no capacity, and "50 cars per hour" at a
// site is not a class.
func TestReadCapacities(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		want      map[string]int
	}{
		{"each tour takes 25 people and there are 8 tours a day", map[string]int{"tour": 25}},
		{"every workshop has 12 seats", map[string]int{"workshop": 12}},
		{"30 spots per spin class at each of 40 studios", map[string]int{"class": 30}},
		{"tastings of up to 14 guests run four times a day", map[string]int{"tasting": 14}},
		{"home cooks reserve places on weekend workshops, 12 per workshop", map[string]int{"workshop": 12}},
		{"each session is capped at 8 climbers", map[string]int{"session": 8}},
		{"2 instructors per workshop and 8 tours a day", map[string]int{}},
		{"each site takes 50 cars per hour", map[string]int{}},
		{"Divers book boat dives; each dive has up to 10 divers", map[string]int{"dive": 10}},
	} {
		if got := readCapacities(tc.statement); !maps.Equal(got, tc.want) {
			t.Errorf("%q: capacities %v, want %v", tc.statement, got, tc.want)
		}
	}
}
