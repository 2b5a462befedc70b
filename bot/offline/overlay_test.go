package offline

import (
	"fmt"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestPatternKeepsStatedConstructs checks that a statement a pattern captures keeps what it says
// through a cutoff, a notice period, an alert on a condition and an assignment, in its own words.
func TestPatternKeepsStatedConstructs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement, pattern string
		want               map[conversation.SectionID][]string
	}{
		{"A food bank: charities request pallets by 10am for next-day delivery", "Food bank",
			map[conversation.SectionID][]string{
				conversation.Requirements: {"Charities request pallets by 10am for next-day delivery", "site's time zone"},
				conversation.DeepDive:     {"The 10am cutoff for pallets", "daylight-saving"}}},
		{"A community centre booking system: organisers reserve halls at least 14 days in advance", "booking",
			map[conversation.SectionID][]string{
				conversation.Requirements: {"Organisers reserve halls at least 14 days in advance", "now + 14 days"},
				conversation.DeepDive:     {"14 days' notice", "exception"}}},
		{"A parcel tracking service: when a shipment is more than two hours late, the customer is emailed", "Parcel tracking",
			map[conversation.SectionID][]string{
				conversation.Requirements: {"The customer is emailed when a shipment is more than two hours late"},
				conversation.DataModel:    {"Shipment alert", "threshold (more than two hours)"},
				conversation.DeepDive:     {"Telling the customer when a shipment is more than two hours late", "Notification workers"}}},
		{"A restaurant reservation system: diners book tables and hosts assign tables to parties", "reservation",
			map[conversation.SectionID][]string{
				conversation.Requirements: {"Hosts assign tables to parties"},
				conversation.DeepDive:     {"Assigning tables to parties"}}},
		{"A hotel booking platform: guests book rooms and the night manager is paged if a room's smoke detector reports above 60 degrees", "Hotel",
			map[conversation.SectionID][]string{
				conversation.DataModel: {"Room alert", "threshold (above 60 degrees)"},
				conversation.DeepDive:  {"Telling the night manager if a room's smoke detector reports above 60 degrees"}}},
	}
	for _, tt := range tests {
		_, sec := renderAll(t, tt.statement)
		if !strings.Contains(sec[conversation.Overview], tt.pattern) || strings.Contains(sec[conversation.Overview], "— a system for") {
			t.Errorf("%q: not the %s pattern:\n%s", tt.statement, tt.pattern, sec[conversation.Overview])
			continue
		}
		for id, ws := range tt.want {
			checkSays(t, fmt.Sprintf("%q: %s", tt.statement, id), sec[id], ws, nil)
		}
	}
}

// TestPatternCoversItsOwn checks that a construct the pattern already designs is not said twice:
// a ticketing pattern's seats carry their hold's expiry, so "held for 10 minutes" adds no dive;
// an IoT platform evaluates alert rules on its stream, so the duty vet's alert is its own; a
// clinic's billing team sending claims to insurers assigns nothing.
func TestPatternCoversItsOwn(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, absent string }{
		{"Design a ticketing system like Ticketmaster where fans buy seats for concerts and seats are held for 10 minutes during checkout", "Seats held for 10 minutes"},
		{"Design a ride hailing service like Uber where riders request rides and drivers are matched nearby", "Assigning"},
		{"Design a URL shortener like bit.ly where links expire after 30 days", "Links that expire: checked at use"},
		{"A dairy farm monitor: sensors send cow temperatures and the duty vet is alerted if a cow's temperature is above 39.5", "Telling the duty vet"},
		{"Design a system for a chain of 200 dental clinics: patients book appointments online, dentists record treatments, and the billing team sends claims to insurers", "Assigning claims"},
	}
	for _, tt := range tests {
		_, sec := renderAll(t, tt.statement)
		checkSays(t, fmt.Sprintf("%q: %s", tt.statement, conversation.DeepDive), sec[conversation.DeepDive], nil, []string{tt.absent})
	}
}

// TestFittedParts checks that a dive names only parts the design has: a store stands in for one
// of the same technology (else it is brought), any of the pattern's services for the application service, and a
// worker is brought rather than replaced by one doing other work.
func TestFittedParts(t *testing.T) {
	t.Parallel()
	svc := ""
	for id, c := range catalog {
		if id != "appsvc" && c.Kind == "service" && (svc == "" || id < svc) {
			svc = id // the first by name, so the case is the same every run
		}
	}
	tests := []struct {
		text    string
		have    []string
		want    string
		brought string
	}{
		{"{c:appdb} holds it", []string{"cache"}, "{c:appdb} holds it", "appdb"},
		{"{c:appsvc} checks it", []string{svc}, "{c:" + svc + "} checks it", ""},
		{"{c:notifyworker} sends it", []string{"jobworkers"}, "{c:notifyworker} sends it", "notifyworker"},
		{"{c:queue} carries it", []string{"queue"}, "{c:queue} carries it", ""},
	}
	for _, tt := range tests {
		got, brought := fitted(tt.text, tt.have)
		if got != tt.want || strings.Join(brought, ",") != tt.brought {
			t.Errorf("fitted(%q, %v) = %q, %v; want %q, %q", tt.text, tt.have, got, brought, tt.want, tt.brought)
		}
	}
}
