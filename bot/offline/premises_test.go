package offline

import "testing"

// A word that names a pattern's subject elsewhere does not bring the pattern in without its
// premise: tickets officers issue are fines, not seats at a show; the availability calendars of
// rented gear are no meeting scheduler; helicopters that fly crews out are no telematics fleet.
// The patterns' own statements keep them.
func TestPatternsNeedTheirPremise(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"City parking enforcement: 120 officers with handhelds issue about 3,000 tickets a day with photos attached. People pay or dispute online and disputes go into a hearing queue.", nil, []string{"tickets"}},
		{"Traffic wardens write 800 tickets a day on tablets and motorists appeal them online", nil, []string{"tickets"}},
		{"Transit inspectors hand out 400 fare-evasion tickets a week; riders pay them or ask for a review", nil, []string{"tickets"}},
		{"sell tickets for a jazz festival with assigned seats", []string{"tickets"}, nil},
		{"We rent camera and lighting gear to film productions from 4 warehouses, about 30,000 serialized items, and we need availability calendars, barcode check-in/out and damage claims.", nil, []string{"calendar"}},
		{"Our van hire firm keeps availability calendars for its 60 vans and customers book them online", nil, []string{"calendar"}},
		// A film production buys no products: "productions" is who rents the gear.
		{"We rent camera gear to film productions; about 20% of orders change after pickup", nil, []string{"orders"}},
		{"Our app boosts team productivity with orders of priority for tasks", nil, []string{"orders"}},
		{"shoppers add products to a cart and place orders", []string{"orders"}, nil},
		{"let employees schedule meetings with colleagues, see everyone's free/busy and send invites", []string{"calendar"}, nil},
		{"We manage crew changes for 18 offshore platforms, about 1,100 workers flown out by helicopters with 19 seats each; fog cancels flights.", nil, []string{"telematics"}},
		{"An air ambulance charity schedules helicopter flights and its pilots' duty hours", nil, []string{"telematics"}},
		{"a utility's 60 inspection drones fly approved plans along power lines and operators watch each one airborne on a live map", []string{"telematics"}, nil},
	})
}

// A hedge before a count and a span of time are never the thing traced: "about 30,000 serialized
// items" traces items, and "from a day to months" is how long a rental lasts, not where a trace
// runs.
func TestTraceSkipsHedgesAndSpans(t *testing.T) {
	t.Parallel()
	got := traceOf("We rent gear from 4 warehouses, about 30,000 serialized items. Kits go out for anything from a day to months.")
	if got.item == "about" || got.from == "day" || got.to == "month" {
		t.Errorf("trace %+v reads a hedge or a span of time as its things", got)
	}
}
