package offline

import (
	"strings"
	"testing"
)

func TestReadCondAlert(t *testing.T) {
	t.Parallel()
	cases := []struct {
		statement, who, subject, figure string
	}{
		{"Build a platform where 5,000 beekeepers record hive inspections and a state inspector is alerted when a hive shows signs of foulbrood", "a state inspector", "hive", ""},
		{"Dairy farmers log temperature readings for each cow; notify the duty vet if a cow's temperature reading is above 39.5", "the duty vet", "cow", "above 39.5"},
		{"Tenants report maintenance issues and the landlord gets a text when a tenant reports a leak", "the landlord", "tenant", ""},
		{"Depots scan shipments; when a shipment is more than two hours late, the customer is emailed", "the customer", "shipment", "more than two hours"},
		{"Employees submit expense claims; flag any expense over $500 to the finance manager", "the finance manager", "expense", "over $500"},
		{"Athletes log training sessions and coaches are warned if an athlete logs more than 20 hours a week", "coaches", "athlete", "more than 20 hours a week"},
		{"Users get notifications", "", "", ""},
		{"Users are notified when someone comments on their post", "", "", ""},
	}
	for _, c := range cases {
		a, ok := readCondAlert(c.statement)
		if ok != (c.who != "") || a.who != c.who || a.subject != c.subject || a.figure != c.figure {
			t.Errorf("readCondAlert(%q) = %q, %q, %q, %v; want %q, %q, %q", c.statement, a.who, a.subject, a.figure, ok, c.who, c.subject, c.figure)
		}
	}
}

func TestCondAlertDesign(t *testing.T) {
	t.Parallel()
	cases := []struct {
		statement string
		want      []string // in the composed design's text
		not       []string
	}{
		{"Build a platform where 5,000 beekeepers record hive inspections and a state inspector is alerted when a hive shows signs of foulbrood",
			[]string{"A state inspector is alerted when a hive shows signs of foulbrood", "one alert per hive", "state → inspector", "open → acknowledged → closed", "hive_id"},
			[]string{"Hives show signs", "\nShow: "}},
		{"Dairy farmers log temperature readings for each cow; notify the duty vet if a cow's temperature reading is above 39.5",
			[]string{"The duty vet is notified if a cow's temperature reading is above 39.5", "above 39.5", "rota", "Cow alert"}, nil},
		{"Tenants report maintenance issues through an app and the landlord gets a text when a tenant reports a leak",
			[]string{"Tenants report leaks", "The landlord gets a text when a tenant reports a leak", "Leak alert"}, nil},
		// A condition that must last is no single reading's; one said as crossing a figure is a threshold.
		{"Cheese makers in 45 caves record temperature and humidity every minute; the affinage manager is alerted when any cave drifts outside its range for 10 minutes",
			[]string{"no single reading decides", "once that time is 10 minutes old", "no-data alert"}, []string{"fixed list"}},
		{"60 vineyards send sugar readings for each block every morning; the winery is told when a block crosses 24 Brix",
			[]string{"the statement's figure (crosses 24 Brix)"}, []string{"fixed list"}},
		// The owner told of a change to their own thing is telling's, not an alert's.
		{"Patients request refills and the patient is notified when a pharmacist verifies their refill",
			[]string{"Telling patients when their refills change"}, []string{"Refill alert", "Patient alert", "The patient is notified when a pharmacist verifies their refill"}},
	}
	for _, c := range cases {
		m := modelOf(c.statement)
		var b strings.Builder
		for _, f := range m.functional() {
			b.WriteString(f + "\n")
		}
		for _, e := range m.entities() {
			b.WriteString(e.Name + ": " + e.Fields + "\n")
		}
		for _, d := range m.dives() {
			b.WriteString(d.Title + ": " + d.Body + "\n")
		}
		text := b.String()
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%q: design lacks %q:\n%s", c.statement, w, text)
			}
		}
		for _, w := range c.not {
			if strings.Contains(text, w) {
				t.Errorf("%q: design has %q:\n%s", c.statement, w, text)
			}
		}
	}
}

// An alert for a person the statement names, with no channel said, reaches their phone and inbox;
// an ops team's alerts keep the paging tools.
func TestPeopleAreNotPaged(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want, not string }{
		{"60 vineyards send sugar readings for each block every morning; the winery is told when a block crosses 24 Brix", "SMS gateway", "PagerDuty"},
		{"A monitoring system for 5,000 servers: the on-call engineer is paged when CPU is above 90% for 5 minutes", "PagerDuty", "SMS gateway"},
	} {
		tech, _, _ := statedAlertChannels(tc.statement)
		if tech == "" {
			tech = "PagerDuty, Slack, email" // the catalogue's, where nothing is said
		}
		if !strings.Contains(tech, tc.want) || strings.Contains(tech, tc.not) {
			t.Errorf("%q: alert channels %q, want %q and not %q", tc.statement, tech, tc.want, tc.not)
		}
	}
}
