package offline

import (
	"strings"
	"testing"
)

// Rules are read from how people state them, whatever the domain, and narrowed to the rule.
func TestStatedRules(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		kind      ruleKind
		quote     string
	}{
		{"the controller reserves paths on a shared grid so no two robots ever occupy the same cell", ruleExclusive, "no two robots ever occupy the same cell"},
		{"each licence allows one concurrent loan and some are metered", ruleExclusive, "each licence allows one concurrent loan"},
		{"a pump must never run against closed valves", ruleInterlock, "a pump must never run against closed valves"},
		{"an exam platform where 60,000 students take the same timed exam at once and answers must never be lost", ruleDurable, "answers must never be lost"},
		{"referees must never officiate a match involving their own club", ruleConflict, "referees must never officiate a match involving their own club"},
		{"a student's answers must never be lost if their connection drops", ruleDurable, "a student's answers must never be lost if their connection drops"},
		{"resale prices are capped at 110% of face value", ruleCap, "resale prices are capped at 110% of face value"},
		{"a seller may list at most 4 tickets per event", ruleCap, "a seller may list at most 4 tickets per event"},
		{"a nurse may never work more than 12 hours in a row", ruleCap, "a nurse may never work more than 12 hours in a row"},
		{"the sponsor's staff must stay blinded to which arm each patient is on", ruleSegregated, "the sponsor's staff must stay blinded to which arm each patient is on"},
		{"it must halt any robot within 200 ms if it stops hearing from it", ruleHalt, "it must halt any robot within 200 ms if it stops hearing from it"},
		{"expect about 30 million calls a day with p99 latency under 50 ms", ruleLatency, "expect about 30 million calls a day with p99 latency under 50 ms"},
		{"votes are secret and the organiser must not see who voted for what", ruleSecretBallot, "votes are secret"},
		{"the server must never see any plaintext password", ruleZeroKnowledge, "the server must never see any plaintext password"},
		{"the feed must never show a block as clear while a train occupies it", ruleFailSafe, "the feed must never show a block as clear while a train occupies it"},
		{"the nurse on duty must be alerted by SMS within 2 minutes", ruleAlert, "the nurse on duty must be alerted by SMS within 2 minutes"},
		{"engineers need new frames decoded and visible within 30 seconds of receipt", ruleFresh, "engineers need new frames decoded and visible within 30 seconds of receipt"},
	}
	for _, tt := range tests {
		rules := statedRules(tt.statement)
		if len(rules) != 1 || rules[0].kind != tt.kind || rules[0].quote != tt.quote {
			t.Errorf("%q: rules %+v, want one of kind %d quoting %q", tt.statement, rules, tt.kind, tt.quote)
		}
	}
	for _, s := range []string{
		"Design a photo sharing app for 50M DAU",
		"users upload PDFs up to 200 MB and track their status",
		"a family todo list that everyone can edit",
	} {
		if rules := statedRules(s); len(rules) != 0 {
			t.Errorf("%q states no rule, read %+v", s, rules)
		}
	}
}

// A rule an archetype already designs for is not designed twice.
func TestRuleDivesSkipWhatIsCovered(t *testing.T) {
	t.Parallel()
	covered := []deepDive{{Title: "Never selling a seat twice"}}
	if d := ruleDives("a seat must never be sold twice, no double-selling", covered); len(d) != 0 {
		t.Errorf("rule dives %+v repeat the covered dive", d)
	}
	d := ruleDives("a seller may list at most 4 tickets per event", covered)
	if len(d) != 1 || !strings.Contains(d[0].Title, "at most 4 tickets per event") || !strings.Contains(d[0].Body, "{record_store}") {
		t.Errorf("rule dives %+v, want one holding the cap in the design's own store", d)
	}
}

// An archetype's out-of-scope list loses what the statement asks for.
func TestNotAskedFor(t *testing.T) {
	t.Parallel()
	got := notAskedFor([]string{"Ticket transfer/resale", "Dynamic pricing", "Content moderation pipeline details", "Investment advice"},
		"a ticket resale marketplace where tickets are transferred only through the platform, with content from fans and investors")
	if len(got) != 3 || got[0] != "Dynamic pricing" || got[1] != "Content moderation pipeline details" || got[2] != "Investment advice" {
		t.Errorf("out of scope %q, want Dynamic pricing and content moderation (the statement names content, not its moderation)", got)
	}
	// A verb asks for its noun: "rate each session" asks for ratings.
	got = notAskedFor([]string{"Reviews and ratings", "Loyalty programmes"}, "students book sessions and both sides rate each session")
	if len(got) != 1 || got[0] != "Loyalty programmes" {
		t.Errorf("out of scope %q, want only Loyalty programmes", got)
	}
	// "Huddles (voice/video)" lists alternatives too: a clan chat with voice channels asks for it.
	got = notAskedFor([]string{"Huddles (voice/video)", "Payments in chat"}, "a chat app for gaming clans: clans have text channels and voice channels")
	if len(got) != 1 || got[0] != "Payments in chat" {
		t.Errorf("out of scope %q, want only Payments in chat", got)
	}
}

// A rule's enforcement follows what it constrains: overlap in space is not a unique key, and a cap
// on a price is not a counter.
func TestRuleBodiesFollowTheRule(t *testing.T) {
	t.Parallel()
	spatial := ruleBody(rule{quote: "no two drones may be given overlapping airspace in the same time window", kind: ruleExclusive})
	if !strings.Contains(spatial, "EXCLUDE USING gist") {
		t.Errorf("overlapping airspace is enforced as %q", spatial)
	}
	if price := ruleBody(rule{quote: "resale prices are capped at 110% of face value", kind: ruleCap}); !strings.Contains(price, "CHECK constraint") || strings.Contains(price, "n + 1") {
		t.Errorf("a price cap is enforced as %q", price)
	}
	if stretch := ruleBody(rule{quote: "a nurse may never work more than 12 hours in a row", kind: ruleCap}); !strings.Contains(stretch, "end to end") {
		t.Errorf("a cap on consecutive hours is enforced as %q", stretch)
	}
	if count := ruleBody(rule{quote: "a researcher may have at most 5 open reports per programme", kind: ruleCap}); !strings.Contains(count, "goes down") {
		t.Errorf("a count cap never comes down: %q", count)
	}
}
