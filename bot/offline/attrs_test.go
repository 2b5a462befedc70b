package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

func TestStatedAttrs(t *testing.T) {
	cases := []struct {
		problem, thing, want string
	}{
		{"Design a weigh-in and settlement system for a grain cooperative with 25 elevators. Each weigh-in records gross and tare weight, moisture and grade; members are paid monthly.",
			"weigh-in", "gross_weight, tare_weight, moisture, grade"},
		{"Design a treatment records system for a vet chain. Each treatment records the drug, dose, route and withdrawal period; owners view history.",
			"treatment", "drug, dose, route, withdrawal_period"},
		{"Inspectors file inspections; each inspection records water level, pump pressure, chlorine residual and a pass or fail; supervisors review them.",
			"inspection", "water_level, pump_pressure, chlorine_residual, result (pass / fail)"},
		{"Each packet has a variety, a germination rate and a harvest year, and volunteers catalogue the donated seeds.",
			"seed packet", "variety, germination_rate, harvest_year"},
		{"Staff log deliveries with the supplier, pallet count and temperature.", "delivery", "supplier, pallet_count, temperature"},
		{"Keepers note each hive's queen status and brood pattern.", "hive", "queen_status, brood_pattern"},
		{"Per sample: batch, site and collected date are kept.", "sample", "batch, site, collected_date"},
		{"Rangers record the length and condition of each trail.", "trail", "length, condition"},
		{"Each case carries the patient, shade, material and due date; technicians move cases through stages.", "case", "patient, shade, material, due_date"},
		{"Each weigh-in belongs to a truck and an elevator.", "weigh-in", ""},
		{"Design a photo app with search; a user's photos are private.", "user", ""},
		{"Each elevator has 3 scales and a manager.", "elevator", "manager"},
		{"Design Instagram", "photo", ""},
		{"Beekeepers log inspections of hives with brood pattern and mite count.", "inspection", "brood_pattern, mite_count"},
		{"Beekeepers log inspections of hives with brood pattern and mite count.", "hive", ""},
		{"Members add tasks with a due date and an assignee, and tick them off.", "task", "due_date, assignee"},
	}
	for _, c := range cases {
		got := strings.Join(statedAttrs(c.problem).of(c.thing), ", ")
		if got != c.want {
			t.Errorf("statedAttrs(%q).of(%q) = %q, want %q", c.problem, c.thing, got, c.want)
		}
	}
}

func TestStatedRefs(t *testing.T) {
	a := statedAttrs("Each weigh-in records gross and tare weight and grade; each weigh-in belongs to a truck and an elevator. Beekeepers log inspections of hives.")
	if got := strings.Join(a.refsOf("weigh-in"), ", "); got != "truck, elevator" {
		t.Errorf("refs of weigh-in = %q, want truck, elevator", got)
	}
	if got := strings.Join(a.refsOf("inspection"), ", "); got != "hive" {
		t.Errorf("refs of inspection = %q, want hive", got)
	}
}

// TestStatedFieldsInDataModel holds the data model to the fields the statement states, for a
// composed design and an archetype's own entity alike.
func TestStatedFieldsInDataModel(t *testing.T) {
	t.Parallel()
	cases := []struct{ problem, entity, field string }{
		{"Design a weigh-in and settlement system for a grain cooperative with 25 elevators. Each weigh-in records gross and tare weight, moisture and grade; each weigh-in belongs to a truck and an elevator.",
			"Weigh-in", "tare_weight"},
		{"Design a weigh-in and settlement system for a grain cooperative with 25 elevators. Each weigh-in records gross and tare weight, moisture and grade; each weigh-in belongs to a truck and an elevator.",
			"Weigh-in", "elevator_id"},
		{"Design a seed library for a town: members borrow seed packets and return seeds from their harvest. Each packet has a variety, a germination rate and a harvest year.",
			"Seed packet", "germination_rate"},
		{"Design a hotel booking system; each reservation records the guest count, arrival time and a special request.", "Reservation", "arrival_time"},
	}
	for _, c := range cases {
		_, sec := renderAll(t, c.problem)
		line := entityLine(sec[conversation.DataModel], c.entity)
		if !strings.Contains(line, c.field) {
			t.Errorf("%q: %s row lacks %s: %q", c.problem, c.entity, c.field, line)
		}
	}
}

// entityLine is the data model's "why each store" line of an entity.
func entityLine(dm, name string) string {
	for _, l := range strings.Split(dm, "\n") {
		if strings.HasPrefix(l, "- **"+name+"**") {
			return l
		}
	}
	return ""
}

// TestStatedRefNotRepeated keeps a stated thing that is already a reference from coming back as
// a bare field: "each loan records the part" is part_id, not part_id and part.
func TestStatedRefNotRepeated(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a sheet-music library for an orchestra: the librarian lends parts to musicians for rehearsals. Each loan records the piece, the part, the musician and the due date.")
	line := entityLine(sec[conversation.DataModel], "Loan")
	if !strings.Contains(line, "part_id") || strings.Contains(line, ", part,") {
		t.Errorf("loan row = %q, want part_id and no bare part", line)
	}
}
