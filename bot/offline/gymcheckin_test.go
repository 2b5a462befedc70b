package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// A chain of a dozen climbing or bouldering gyms is check-in and membership over one
// PostgreSQL primary, with the waiver as a versioned gate for day visitors and routes the setters
// publish; not a ski gate's site controllers, entitlement sync and Kafka sharing checker.
func TestGymCheckinDesign(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"Design check-in and membership for a chain of 12 climbing gyms: members scan a QR at the door, day-pass visitors sign a waiver first, route setters publish new routes weekly.",
		"We run 6 bouldering gyms; members check in with a QR code at reception, first-time guests buying a day pass must sign a liability waiver online, and our setters post new problems with grades every week.",
		"Build membership and check-in for a climbing centre chain in 3 cities: QR check-in at the front desk, waivers for day-pass visitors, and a weekly list of new routes per wall.",
		"Design a system for a network of public climbing walls: 12 walls publish route setting days, climbers buy day passes, wall staff check climbers in.",
	} {
		t.Run(prompt, func(t *testing.T) {
			d := design(t, prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(ov.Markdown, "gym check-in and membership") {
				t.Errorf("archetype not in overview:\n%s", firstLines(ov.Markdown, 3))
			}
			checkMentions(t, eval.Text(d),
				[]string{"Waiver signature", "current waiver", "POST /v1/gyms/{gym_id}/checkins", "Route", "route setter", "one PostgreSQL primary"},
				[]string{"Kafka", "sharing checker", "Site gate controller", "Entitlement sync", "passback", "User DB"})
			checkComponents(t, d)
		})
	}
}

// Turnstile fleets with sharing checks, ski lifts and stadium gates stay gate entry, and a gym's
// class bookings stay class booking.
func TestGymCheckinNearMisses(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ prompt, want string }{
		{"a chain of 250 gyms where members tap a key fob at the turnstile and memberships are billed monthly", "gate entry"},
		{"a ski area's lift pass system where skiers tap their passes at the lift gates and the gates must keep working if the mountain's network goes down", "gate entry"},
		{"a football club's season ticket holders scan their cards at the stadium's 60 gates on match day, and a season ticket must not let two people in", "gate entry"},
		{"a gym where members book spots in yoga classes and join a waitlist", "class booking"},
	} {
		t.Run(c.prompt, func(t *testing.T) {
			d := design(t, c.prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(ov.Markdown, c.want) || strings.Contains(ov.Markdown, "gym check-in and membership") {
				t.Errorf("want %q:\n%s", c.want, firstLines(ov.Markdown, 3))
			}
		})
	}
}
