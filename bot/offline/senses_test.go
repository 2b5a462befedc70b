package offline

import (
	"strings"
	"testing"
)

// A noun with several senses holds what the sense its neighbours call for holds: a match's
// score is home and away, a pupil's is points out of a total; a goal scored in a match has a
// minute, a goal set for steps has a target.
func TestNounSenseFromContext(t *testing.T) {
	t.Parallel()
	tests := []struct {
		problem, entity string
		want, not       []string
	}{
		{"Parents record the score of each under-11 game and the club's families see it", "Score",
			[]string{"home", "away"}, []string{"out_of"}},
		{"Stewards record the score of every rugby fixture and supporters see it", "Score",
			[]string{"home", "away"}, []string{"out_of"}},
		{"Teachers record a score for each pupil's essay and parents see them", "Score",
			[]string{"points", "out_of"}, []string{"home", "away"}},
		{"Coaches log every goal of the season's matches and players see their own", "Goal",
			[]string{"minute", "player_id"}, []string{"target"}},
		{"Members set a goal for their weekly steps and see their progress", "Goal",
			[]string{"target", "progress"}, []string{"minute"}},
	}
	for _, tt := range tests {
		var fields string
		for _, e := range composed(tt.problem).Entities {
			if e.Name == tt.entity {
				fields = e.Fields
			}
		}
		if fields == "" {
			t.Errorf("%q: no %s entity", tt.problem, tt.entity)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(fields, w) {
				t.Errorf("%q: %s fields %q lack %q", tt.problem, tt.entity, fields, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(fields, w) {
				t.Errorf("%q: %s fields %q hold %q, a field of the noun's other sense", tt.problem, tt.entity, fields, w)
			}
		}
	}
}

// With no words for either sense, or as many for each, the noun keeps its usual reading.
func TestNounSenseUndecided(t *testing.T) {
	t.Parallel()
	for _, words := range [][]string{
		wordsOf("judges record a score for each entry"),
		wordsOf("a score that students and fans both see"),
	} {
		if s, ok := senseOf("score", words); ok {
			t.Errorf("%v: sense %v, want none", words, s.fields)
		}
	}
}

// "Order" is a purchase only where the words beside it do not say otherwise: messages that
// arrive in order, edits kept in the order they were made and events out of order are a
// sequence, and a sequence with people online or customers about is still no checkout; diners
// who order from a table still buy, and an order book is still a market's.
func TestOrderSenseDecidesCheckout(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"Design a group chat for a gaming community: 6 million online at peak, messages must arrive in order within a group",
			[]string{"chat"}, []string{"orders", "payments"}},
		{"Build a status page where online viewers see incidents in the order they were posted", nil, []string{"orders", "payments"}},
		{"Design a webhook service that delivers each merchant's events in strict order, never out of order", nil, []string{"orders"}},
		{"Customers see their support tickets answered in the same order they were opened", nil, []string{"orders"}},
		{"A document editor where customers' edits are applied in chronological order", nil, []string{"orders"}},
		{"Design a restaurant app where diners order from a QR code at the table and pay at the end", []string{"orders"}, nil},
		{"Shoppers order groceries online for delivery the same evening", []string{"orders"}, nil},
		{"Customers order online in order to skip the queue at the counter", []string{"orders"}, nil},
		{"Design a crypto exchange whose order book matches buyers and sellers", []string{"exchange"}, []string{"orders"}},
		{"A court system where judges issue restraining orders to customers of a bank", nil, []string{"orders"}},
	})
}

// The sense of "order" is read from its own neighbours, each occurrence apart.
func TestOrderSenseAt(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		nth       int // which "order"/"orders" in the statement
		want      string
	}{
		{"messages must arrive in order", 0, senseSequence},
		{"keep edits in the order they were made", 0, senseSequence},
		{"events processed in strict arrival order", 0, senseSequence},
		{"nothing may be shown out of order", 0, senseSequence},
		{"the order of messages in a group", 0, senseSequence},
		{"retry in order to recover", 0, sensePurpose},
		{"judges issue restraining orders", 0, senseInstruction},
		{"mechanics get work orders", 0, senseInstruction},
		{"a limit order rests on the order book", 0, senseTrade},
		{"a limit order rests on the order book", 1, senseTrade},
		{"diners order from a QR code", 0, ""},
		{"customers place an order in the app", 0, ""},
		{"the courier brought the wrong order", 0, ""},
		{"customers repeat the same order every week", 0, ""},
		{"an order of fries", 0, ""},
		{"order online in order to skip the queue", 0, ""},
		{"order online in order to skip the queue", 1, sensePurpose},
	}
	for _, tt := range tests {
		tx := tokenize(tt.statement)
		n, got, found := 0, "", false
		for i, w := range tx.words {
			if w == "order" || w == "orders" {
				if n == tt.nth {
					got, found = tx.senseAt(i), true
					break
				}
				n++
			}
		}
		if !found {
			t.Fatalf("%q: no order number %d", tt.statement, tt.nth)
		}
		if got != tt.want {
			t.Errorf("%q: order %d read as %q, want %q", tt.statement, tt.nth, got, tt.want)
		}
	}
}

// "Charge" is a price only where the words beside it do not make it a duty or electricity: a
// lab's charge nurse, the engineer in charge and an EV charge point take no payment, while a
// clinic that charges patients, or a nurse in charge beside patients who pay, still does.
func TestChargeSenseDecidesPayments(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"critical lab values page the ordering physician, escalating to the charge nurse if not acknowledged", nil, []string{"payments"}},
		{"the shift supervisor takes charge of the incident board for the night", nil, []string{"payments"}},
		{"drivers find a rapid charge point near them and see its charge level", nil, []string{"payments"}},
		// A charge someone starts is electricity going into a battery; a charge "of" an amount,
		// or one a business starts to take, is still a price.
		{"delivery vans start a charge when they return to the depot and we watch each battery's level", nil, []string{"payments"}},
		{"the buses begin their charge at the terminus and must be full by 6am", nil, []string{"payments"}},
		{"from March we start a charge of $5 per booking made by phone", []string{"payments"}, nil},
		{"the gym will start to charge members a monthly fee", []string{"payments"}, nil},
		{"the gym will charge members a monthly fee", []string{"payments"}, nil},
		{"a clinic where the charge nurse triages walk-ins and patients pay a copay at the desk", []string{"payments"}, nil},
	})
}
