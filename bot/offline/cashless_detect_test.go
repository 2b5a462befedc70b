package offline

import "testing"

// No single word decides: a ticket shop's wristbands, a transit card's top-ups, a gift card's
// balance, a coffee chain's wallet and a bank's card payments at the same stalls share the words
// and are other designs. Each near miss keeps as many of the festival's words as it can.
func TestCashlessDetect(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"Cashless payments for a 3-day music festival with 60,000 attendees: wristbands are topped up online or at kiosks, 400 bar and food stalls tap them, about 2 million taps over the weekend, refunds of unused balance after the event, and stalls must keep selling if the site network drops.",
			[]string{"cashless"}, []string{"tickets", "payments", "paygateway", "wallet", "gateentry", "transitfares", "generic"}},
		{"a cashless system at a holiday park where guests pay with their wristband at the restaurants and the pool bar", []string{"cashless"}, []string{"generic"}},
		{"the arena's bars and merch stands take payment from fans' RFID chips, topped up in the app; leftover balances are refunded after the season", []string{"cashless"}, []string{"generic", "rfid"}},
		// A ticket shop sells the wristbands; nothing is held on them.
		{"sell 60,000 wristbands for a 3-day music festival online and at kiosks, with refunds for cancelled orders, and scanning must keep working if the site network drops", nil, []string{"cashless"}},
		// A transit card's top-ups and taps are fares.
		{"Stored-value transit cards for a city's buses: riders top up online or at kiosks, 400 buses tap them, refunds of unused balance when a card is returned, and buses keep working if the network drops", nil, []string{"cashless"}},
		// A gift card's balance is spent at stores, even at a shopping centre's festival.
		{"Gift cards for a shopping centre's 3-day festival: shoppers top up cards online or at kiosks, 400 stores take them, refunds of unused balance after the event, and stores must keep selling if the network drops", nil, []string{"cashless"}},
		// A coffee chain's prepaid balance and loyalty stars are its app's.
		{"A coffee chain's loyalty wallet: customers top up online or at kiosks in 400 stores, tap their phone at the till, refunds of unused balance on request, and tills must keep selling if the store network drops", nil, []string{"cashless"}},
		// A bank's cards at the same stalls: the issuer and the acquirer hold the money.
		{"Cashless card payments for a 3-day music festival's 400 bar and food stalls: attendees tap their own debit cards and credit cards, the acquirer authorises each with the issuer, and stalls must keep selling if the site network drops", nil, []string{"cashless"}},
		// Loyalty points on a stadium's membership card are a programme, not money held.
		{"the stadium's members collect loyalty points on their membership card at the bars and kiosks, topped up with bonus points on match days", nil, []string{"cashless"}},
		// Wristbands that only open gates hold no money.
		{"festival staff wear NFC wristbands to get through the backstage gates", nil, []string{"cashless"}},
	})
}
