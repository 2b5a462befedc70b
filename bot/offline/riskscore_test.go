package offline

import (
	"testing"
)

// Events scored for fraud, takeover or bots while their caller waits are real-time risk scoring
// in any domain: a social feed, a review system or a payment gateway is the wrong design. A
// gateway, a claims system and a feature store that mention fraud keep their patterns.
func TestDetectRiskScoring(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"A credit union with 180k members wants real-time card fraud scoring: about 40 card authorizations/sec at peak, the decision must go back to the card processor within 150 ms, and analysts review flagged transactions and feed labels back daily.", []string{"riskscore"}, []string{"feed", "engagement"}},
		{"Our online game has 6M accounts; every login must be checked for account takeover within 80 ms, risky ones get a second factor, and the trust team labels the cases they investigate", []string{"riskscore"}, []string{"feed", "accounts"}},
		{"An ad network sees 120k clicks per second and must decide which clicks are bot traffic before advertisers are billed; reviewers label a sample each day to retrain the model", []string{"riskscore"}, []string{"feed", "analytics"}},
		{"A consumer lender wants to pre-screen 8,000 loan applications a day: a model decides in under 2 seconds whether to decline, approve or send to an underwriter, and underwriter verdicts feed back into training", []string{"riskscore"}, []string{"feed"}},
		{"A ticketing marketplace needs to block scalper bots at checkout: 3,000 checkouts a second on big on-sales, a decision in 50 ms, and analysts tune the rules when false positives climb", []string{"riskscore"}, []string{"feed"}},
		{"a payment gateway for merchants with card tokenisation, refunds and fraud checks like Stripe", nil, []string{"riskscore"}},
		{"refund requests for a food delivery app: customers attach photos of spilled orders, 85% are refunded automatically and serial abusers must be spotted", nil, []string{"riskscore"}},
		{"a social network for bakers who follow each other and scroll a feed of their loaves", []string{"feed"}, []string{"riskscore"}},
		{"Design a feature store for machine learning that serves 500,000 feature lookups a second online and point-in-time correct training data offline.", []string{"mlfeatures"}, []string{"riskscore"}},
	})
}
