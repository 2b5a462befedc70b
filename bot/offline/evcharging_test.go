package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// A network of public EV chargers is a charge point management system: OCPP WebSockets held by
// gateway nodes and a routing table that finds them, connector status for the map, one session
// per connector confirmed by the charger, meter values per session and billing once from the
// final reading. It is not a generic MQTT device platform beside an external card checkout.
func TestEVChargingDesign(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"Design the backend for a city's 2,000 public EV chargers: drivers start a charge from an app, chargers report meter values every 30 s over OCPP while charging, about 9,000 charging sessions a day averaging 90 minutes, a charger must never be started for two drivers, and drivers are billed per kWh.",
		"We run 800 DC fast chargers along motorways; drivers plug in, tap an RFID card and pay for the kWh they draw",
		"a CPMS for 15,000 charge points speaking OCPP 2.0.1",
		"an app that shows nearby EV charging stations and lets drivers start a charging session and pay for it",
	} {
		t.Run(prompt, func(t *testing.T) {
			d := design(t, prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(ov.Markdown, "EV charging network") {
				t.Errorf("archetype not in overview:\n%s", firstLines(ov.Markdown, 3))
			}
			checkMentions(t, eval.Text(d),
				[]string{"OCPP", "WebSocket", "routing table", "BootNotification", "StatusNotification", "RemoteStartTransaction", "MeterValues",
					"StopTransaction", "one pending or active session per (charge point, connector)", "transaction id", "idle fee", "pre-authorise",
					"tariff version", "local authorisation list", "their own timestamps"},
				[]string{"MQTT", "device shadow", "exactly-once payments", "payment intent", "double-entry ledger"})
			checkComponents(t, d)
		})
	}
}
