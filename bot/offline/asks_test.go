package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// phrasing is one statement of a case, with what only its own nouns can show.
type phrasing struct {
	statement string
	mentions  map[conversation.SectionID][]string
	absent    map[conversation.SectionID][]string
}

// TestComposedAsksAndLimits checks that a composed design designs what its statement asks for and
// the limits it states, each case said two ways: a request for stock is allocated from stock in
// expiry order, a span of one shared thing cannot overlap another, a loan falls due, an order is
// fulfilled by what hands it over, a deadline closes and a retention deletes. Every organisation
// and role that acts gets its clause designed, and the hard parts name the crux, not growth.
func TestComposedAsksAndLimits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		ways   [2]phrasing
		want   map[conversation.SectionID][]string // in both phrasings
		absent map[conversation.SectionID][]string
	}{
		// Blood and plasma that expire are perishable stock with a design of their own
		// (TestPerishComposedBefore); seed packets and yeast blocks are composed.
		{name: "stock that expires",
			ways: [2]phrasing{
				{statement: "Design a system for a regional seed bank network: 40 farms request seed packets, 12 seed centres record about 3,000 harvests a day, and packets expire after 42 days",
					mentions: map[conversation.SectionID][]string{
						conversation.Requirements: {"Farms request seed packets", "Seed centres record harvests", "Seed packets expire 42 days"},
						conversation.API:          {"`/v1/seed-packet-requests`", "`/v1/harvests`", "`/v1/seed-packet-requests/{id}/fulfil`"},
						conversation.DataModel:    {"Seed packet request", "seed_centre_id (where it is held)", "expires_at (created_at + 42 days)"},
					},
					absent: map[conversation.SectionID][]string{conversation.API: {"| POST | `/v1/seed-packets`"}}},
				{statement: "Design a service where 60 field kitchens request yeast blocks from 5 depots, depots log incoming batches, and blocks expire 5 days after opening",
					mentions: map[conversation.SectionID][]string{
						conversation.Requirements: {"Kitchens request yeast blocks", "Depots log batches", "Yeast blocks expire 5 days after opening"},
						conversation.API:          {"`/v1/yeast-block-requests`", "`/v1/batches`"},
						conversation.DataModel:    {"Yeast block request", "depot_id (where it is held)", "expires_at (opening time + 5 days)"},
					},
					absent: map[conversation.SectionID][]string{conversation.API: {"| POST | `/v1/yeast-blocks`"}}},
			},
			want: map[conversation.SectionID][]string{
				conversation.Overview:  {"— a system for", "first-expiring first"},
				conversation.DataFlow:  {"FOR UPDATE SKIP LOCKED", "ORDER BY expires_at", "past expires_at"},
				conversation.DataModel: {"requested → fulfilled / declined / cancelled", "available → reserved → issued / expired"},
				conversation.DeepDive:  {"first-expiring first", "SKIP LOCKED"},
			},
			absent: map[conversation.SectionID][]string{conversation.Overview: {"live as they grow"}}},
		{name: "a shared thing taken for a span",
			ways: [2]phrasing{
				{statement: "Design a system for a community garden: 300 gardeners reserve plots for a season, volunteers log watering shifts, and seed packets expire after 2 years",
					mentions: map[conversation.SectionID][]string{
						conversation.API:       {"`/v1/plots/{id}/reservations`", "`/v1/plots/{id}/availability?from=&to=`"},
						conversation.DataModel: {"(plot_id WITH =, during WITH &&)", "Seed packet"},
						conversation.DeepDive:  {"Two gardeners, one plot"},
					}},
				{statement: "Design a system for a university music department: students borrow instruments for a term and technicians log repairs",
					mentions: map[conversation.SectionID][]string{
						conversation.API:       {"`/v1/instruments/{id}/loans`", "`/v1/loans/{id}/return`"},
						conversation.DataModel: {"(instrument_id WITH =, during WITH &&)", "out → returned"},
						conversation.DeepDive:  {"Two students, one instrument"},
					}},
			},
			want: map[conversation.SectionID][]string{
				conversation.Overview:     {"— a system for", "exclusion constraint"},
				conversation.Requirements: {"for overlapping times"},
				conversation.API:          {"409 {clashes[], free[]}"},
				conversation.DataFlow:     {"23P01"},
				conversation.DeepDive:     {"EXCLUDE USING gist", "half-open"},
			}},
		{name: "a loan that must come back, approved by someone",
			ways: [2]phrasing{
				{statement: "Design a museum loan system: partner museums request artworks for exhibitions, registrars approve loans, and artworks must be returned within 90 days",
					mentions: map[conversation.SectionID][]string{conversation.API: {"`/v1/artworks/{id}/loans`", "`/v1/loans/{id}/approve`"}}},
				{statement: "Design a system for a manuscript library network: partner libraries request manuscripts for exhibitions, conservators approve loans, and manuscripts must be returned within 60 days",
					mentions: map[conversation.SectionID][]string{conversation.API: {"`/v1/manuscripts/{id}/loans`", "`/v1/loans/{id}/approve`"}}},
			},
			want: map[conversation.SectionID][]string{
				conversation.Overview:     {"— a system for", "Loans past their due date"},
				conversation.Requirements: {"requested → approved → out → returned"},
				conversation.API:          {"`/v1/loans/{id}/return`", "`/v1/loans/{id}/decline`"},
				conversation.DataModel:    {"due_at (start + ", "status IN ('requested', 'approved', 'out')"},
				conversation.DataFlow:     {"Sweep loans past due_at", "status = 'out'"},
				conversation.DeepDive:     {"interval '"},
			}},
		{name: "an order fulfilled by what hands it over",
			ways: [2]phrasing{
				{statement: "Design a system for a city's school meal program: 80 schools order meals from 3 central kitchens each morning, kitchens record deliveries, and meals must be served within 4 hours",
					mentions: map[conversation.SectionID][]string{conversation.Requirements: {"Schools order meals", "Meals are served within 4 hours"}}},
				{statement: "Design a system where 30 care homes order meals from 2 kitchens, kitchens record deliveries, and meals must be eaten within 3 hours",
					mentions: map[conversation.SectionID][]string{conversation.Requirements: {"Care homes order meals", "Meals are eaten within 3 hours"}}},
			},
			want: map[conversation.SectionID][]string{
				conversation.Overview:     {"— a system for", "Orders from placed to fulfilled"},
				conversation.Requirements: {"Kitchens record deliveries", "Kitchens fulfil or decline orders"},
				conversation.API:          {"`/v1/orders/{id}/deliveries`", "`/v1/orders/{id}/cancel`"},
				conversation.DataModel:    {"kitchen_id (who fulfils it)", "use_by"},
				conversation.DataFlow:     {"moves its order from placed to fulfilled"},
			}},
		{name: "a deadline and a retention",
			ways: [2]phrasing{
				{statement: "Design a system for a community foundation: charities apply for grants before the deadline, assessors score applications, and unsuccessful applications are deleted after 30 days",
					mentions: map[conversation.SectionID][]string{conversation.Requirements: {"Charities apply for grants"}, conversation.DeepDive: {"Closing grants at the deadline"}}},
				{statement: "Design a system for an arts council: theatre companies apply for bursaries before the deadline, panel members score applications, and unsuccessful applications are deleted after 60 days",
					mentions: map[conversation.SectionID][]string{conversation.Requirements: {"Companies apply for bursaries"}, conversation.DeepDive: {"Closing bursaries at the deadline"}}},
			},
			want: map[conversation.SectionID][]string{
				conversation.Overview:     {"— a system for"},
				conversation.Requirements: {"submitted → approved / declined / withdrawn", "Unsuccessful applications are deleted"},
				conversation.API:          {"`/v1/applications/{id}/withdraw`"},
				conversation.DataModel:    {"closes_at", "delete_after", "status = 'unsuccessful'"},
				conversation.DeepDive:     {"Deleting unsuccessful applications", "backup retention"},
			}},
	}
	for _, tt := range tests {
		for _, way := range tt.ways {
			t.Run(tt.name+"/"+way.statement, func(t *testing.T) {
				_, sec := renderAll(t, way.statement)
				check := func(m map[conversation.SectionID][]string, present bool) {
					for id, ws := range m {
						for _, w := range ws {
							if strings.Contains(sec[id], w) != present {
								t.Errorf("%s: contains %q = %v, want %v:\n%s", id, w, !present, present, sec[id])
							}
						}
					}
				}
				check(tt.want, true)
				check(way.mentions, true)
				check(tt.absent, false)
				check(way.absent, false)
			})
		}
	}
}

// TestReadDeadlines checks that the limits statements put on things are read with what they are
// on, whatever words say them.
func TestReadDeadlines(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want deadline
	}{
		{"and units expire after 42 days", deadline{Subject: "unit", Kind: "expire", Verb: "expire", Span: "42 days"}},
		{"vaccine doses expire 30 days after thawing", deadline{Subject: "vaccine dose", Kind: "expire", Span: "30 days", After: "thawing"}},
		{"day passes are valid for 24 hours", deadline{Subject: "day pass", Kind: "valid", Verb: "valid", Span: "24 hours"}},
		{"and unpaid bookings are cancelled after 48 hours", deadline{Subject: "booking", Qualifier: "unpaid", Kind: "release", Verb: "cancelled", Span: "48 hours"}},
		{"tools must be back within two weeks", deadline{Subject: "tool", Kind: "return", Verb: "back", Span: "2 weeks"}},
		{"rejected entries are deleted after 30 days", deadline{Subject: "entry", Qualifier: "rejected", Kind: "delete", Verb: "deleted", Span: "30 days"}},
	}
	for _, tt := range tests {
		var rd reading
		rd.readDeadlines(tt.text)
		if len(rd.deadlines) != 1 || rd.deadlines[0] != tt.want {
			t.Errorf("%q: %+v, want %+v", tt.text, rd.deadlines, tt.want)
		}
	}
}
