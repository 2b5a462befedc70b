package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// A festival's, a stadium's or a holiday park's own money behind a wristband is a closed-loop
// stored-value wallet: a ledger, top-ups through the processor and at kiosks, terminals that sell
// offline, overdraws reconciled, vendors settled and unused balances refunded. It is not
// "Attendees create taps" beside an external card checkout.
func TestCashlessDesign(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"Cashless payments for a 3-day music festival with 60,000 attendees: wristbands are topped up online or at kiosks, 400 bar and food stalls tap them, about 2 million taps over the weekend, refunds of unused balance after the event, and stalls must keep selling if the site network drops.",
		"festival-goers top up RFID wristbands in the app and pay at the bars; whatever is left is refunded after the festival",
		"a closed-loop payment system for our stadium where fans load credit onto an NFC card and the concessions take it, even when the Wi-Fi drops",
		"our food festival's 150 vendors take payment from visitors' topped-up wristbands and must keep selling offline",
	} {
		t.Run(prompt, func(t *testing.T) {
			d := design(t, prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(ov.Markdown, "closed-loop cashless payment system") {
				t.Errorf("archetype not in overview:\n%s", firstLines(ov.Markdown, 3))
			}
			checkMentions(t, eval.Text(d),
				[]string{"wristband", "wallet", "double-entry", "top-up", "webhook", "idempotency", "kiosk", "floor limit", "signed balance record",
					"deny list", "(terminal_id, seq)", "overdraw", "settlement", "refund", "minus the fee", "cloned", "lost", "between sets"},
				[]string{"attendees create taps", "/v1/taps", "exactly-once payments", "ticket booking", "seat map", "payment processing platform"})
			checkComponents(t, d)
		})
	}
}

// The festival's 2 million taps over the weekend are spread over its three days, not a week,
// and the peak is the bar rush, not that average.
func TestCashlessFestivalRate(t *testing.T) {
	t.Parallel()
	d := design(t, "Cashless payments for a 3-day music festival with 60,000 attendees: wristbands are topped up online or at kiosks, 400 bar and food stalls tap them, about 2 million taps over the weekend, refunds of unused balance after the event, and stalls must keep selling if the site network drops.")
	text := eval.Text(d)
	checkMentions(t, text, []string{"7.7/s", "46.3/s", "bar rush"}, []string{"2m a week", "3.3/s"})
}
