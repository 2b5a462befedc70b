package offline

import (
	"slices"
	"testing"
)

// TestSalonsBookTheirOwnStaff designs a salon's, a barbershop's and a nail studio's booking as a
// practice's diary in their own words: the people booked are stylists, barbers or technicians,
// services have durations, and nothing clinical is recorded. Before, a salon's stylists were
// "practitioners" beside check-ups, and a "colour treatment" hung a visit record and insurance
// claims off the appointment.
func TestSalonsBookTheirOwnStaff(t *testing.T) {
	t.Parallel()
	never := []string{"{pa_", "practitioner ", "practitioners", "check-up", "patient", "clinical", "insurer", "hipaa", "visit record"}
	for _, tc := range []struct {
		statement string
		mentions  []string
	}{
		{"Design booking for a chain of 40 hair salons: clients book a stylist for a cut or colour, stylists set their hours, reminders by SMS",
			[]string{"320 stylists", "stylist-day", "a 2-hour colour", "salon's policy", "no-show"}},
		{"Booking for our hair salons: clients book a stylist for a cut, colour or keratin treatment; no-shows lose their deposit; reminders by SMS",
			[]string{"stylist-day", "services have a duration", "no-show"}},
		{"Barbershop booking: customers book a barber for a haircut or beard trim, barbers set their hours, reminders by SMS",
			[]string{"barber-day", "barbershop's policy", "beard trim"}},
		{"A nail studio chain with 12 studios: clients book a manicure or pedicure with a nail technician, technicians set their hours, no-shows pay a fee",
			[]string{"nail technician-day", "studio's policy", "45-minute manicure"}},
	} {
		if ids, why := detect(tc.statement); !slices.Contains(ids, "practappt") || slices.Contains(ids, "apptvisit") || slices.Contains(ids, "apptrecords") {
			t.Errorf("%q: detected %v (%v), want a practice's diary without clinical records", tc.statement, ids, why)
			continue
		}
		checkDesignSays(t, tc.statement, tc.mentions, never)
	}
}

// TestClinicsKeepTheirRecords keeps the clinical near misses clinical: a dentist's treatments and
// claims, a physio's visit notes and a vet's records, each in the statement's own role.
func TestClinicsKeepTheirRecords(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		want      string
		mentions  []string
	}{
		{"Design a system for a chain of 60 dental clinics: patients book appointments online, dentists record treatments, and the billing team sends claims to insurers",
			"apptvisit", []string{"dentist-day", "clearinghouse", "hipaa"}},
		{"physiotherapists see booked patients, write visit notes and the clinic bills their insurers",
			"apptvisit", []string{"physiotherapist", "visit"}},
		{"pet owners book appointments with our vets, who keep each animal's medical records and X-rays, and owners get vaccination reminders",
			"apptrecords", []string{"vet-day", "record entry"}},
	} {
		if ids, why := detect(tc.statement); !slices.Contains(ids, tc.want) {
			t.Errorf("%q: detected %v (%v), want %s", tc.statement, ids, why, tc.want)
			continue
		}
		checkDesignSays(t, tc.statement, tc.mentions, []string{"{pa_", "stylist", "salon"})
	}
}
