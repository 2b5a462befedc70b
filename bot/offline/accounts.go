package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// machineActors are actors of a statement that are not people: a host or a sensor holds no
// account and no personal data.
var machineActors = set("device", "sensor", "watch", "tracker", "vehicle", "robot", "host", "server", "pod", "node", "machine", "container", "instance", "system", "service", "gate", "camera", "meter",
	"bus", "shuttle", "van", "truck", "tram", "train", "drone")

// inanimateSubjects are things a statement makes the subject of a verb that hold no account:
// "answers autosave", "submissions close", "responses are saved".
var inanimateSubjects = set("answer", "submission", "response", "autosave", "save", "deadline", "result", "score", "exam", "paper")

// accountPeople names the people of a statement who hold accounts, plural ("keepers", "vets"):
// the statement's own actors, leaving out machines and the reader's fallback, "user".
func accountPeople(problem string) []string {
	var out []string
	for _, a := range readStatement(problem).Actors {
		if a == "" || a == "user" || machineActors[lastWord(a)] || workVehicles[lastWord(a)] || isMachine(a) {
			continue
		}
		if inanimateSubjects[lastWord(a)] {
			continue // "answers autosave": what the clause is about, not a person
		}
		if recordSubject(problem, a) {
			continue // "each donor triggers a match run": whom the records are about, not a user
		}
		if p := pluralNoun(a); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// accountHolders names whose accounts a design keeps, from the statement: its people ("keepers
// and vets"), counted when the statement counts one kind ("the 1.2K members"), else its users
// counted ("the 30M users"). The accounts feature is the same in every design; who holds the
// accounts is not.
func accountHolders(problem string, w conversation.Workload) string {
	people := accountPeople(problem)
	n := w.Users
	if n == 0 {
		n = w.DAU
	}
	switch {
	case len(people) == 1 && n > 0 && !countsOthers(problem, people[0]):
		return fmt.Sprintf("the %s %s", conversation.Human(n), people[0])
	case len(people) == 1 && n > 0:
		// "85 tuners, each doing 5 visits a day; customers book online": the count is the
		// tuners', not the customers' who hold the accounts.
		return people[0]
	case len(people) > 0:
		return series(people, "and", "")
	case n > 0:
		return fmt.Sprintf("the %s users", conversation.Human(n))
	}
	return "the product's users"
}

// countsOthers reports a statement that counts people other than those named ("85 tuners"
// beside "customers book online"): its count is theirs.
func countsOthers(problem, people string) bool {
	for _, m := range countedPeopleRe.FindAllStringSubmatch(problem, -1) {
		if n := singularNoun(strings.ToLower(m[1])); n != singularNoun(people) && workload.IsPerson(n) {
			return true
		}
	}
	return false
}

// countedPeopleRe finds a figure and the noun after it: "85 tuners", "1.2K members".
var countedPeopleRe = regexp.MustCompile(`(?i)\d[\d,.]*\s*[km]?\+?\s+([a-z-]+)`)

// accountsWhy says why accounts sit in a relational store, in this design's terms: whose they
// are, and that they are read at every sign-in but seldom written.
func (r *renderer) accountsWhy() string {
	return "accounts of " + accountHolders(r.g.Problem, r.g.Requirements.Workload) + ", read at every sign-in and seldom written: a relational DB with replicas is simplest"
}

// accountRole is the role field an account needs when the statement names several kinds of
// people who sign in ("role (rider | operator), "); one kind needs none, and says nothing.
func accountRole(problem string) string {
	people := accountPeople(problem)
	if len(people) < 2 {
		return ""
	}
	var roles []string
	for _, p := range people[:min(len(people), 4)] {
		roles = append(roles, singularNoun(p))
	}
	return "role (" + strings.Join(roles, " | ") + "), "
}

// passwordHandling says how the design keeps the accounts' secrets. Where the statement has
// people sign in through someone else's identity provider ("with their university Google
// accounts", "through the trust's Active Directory single sign-on") the design keeps no password
// at all, and hashing advice would describe a sign-in that does not exist.
func passwordHandling(problem string) string {
	if idp := identityProvider(problem); idp != "" {
		return "they sign in through " + idp + ", so no password is kept here: a session starts from its signed ID token, and an account disabled there is refused at its next token refresh"
	}
	return "passwords hashed with Argon2id, sign-in attempts throttled per account and per IP"
}

// identityProvider is the outside sign-in the statement names, in its own words ("their
// university Google accounts"), or "" when people sign in with credentials the design keeps.
func identityProvider(problem string) string {
	m := identityProviderRe.FindStringSubmatch(problem)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

var identityProviderRe = regexp.MustCompile(`(?i)\b(?:sign|log)s?\s*(?:-\s*)?(?:in|on)\s+(?:only\s+)?(?:with|through|via|using)\s+((?:(?:the|their|its|our|a|an|his|her)\s+)?(?:[\w'’&-]+\s+){0,3}?(?:SSO|single sign-on|Google(?: Workspace)?(?: accounts?| logins?)?|Microsoft(?: 365)?(?: accounts?| logins?)?|Okta|Azure AD|Entra(?: ID)?|Active Directory(?: single sign-on)?|SAML|OIDC|OpenID Connect|Apple ID|Sign in with Apple|(?:company|corporate|work|staff|school|university) (?:accounts?|logins?|identit(?:y|ies))))`)

// signingIn says whose credentials the sign-in endpoint takes: it is the one call with no token.
func signingIn(problem string, w conversation.Workload) string {
	return "none: " + accountHolders(problem, w) + " sign in with the credentials in the body"
}

// audited names the records an audit trail follows in this design: what its databases keep
// ("withdrawals, wallets"), leaving out the trail itself and the accounts it names as actors.
func (r *renderer) audited() string {
	var names []string
	for _, e := range r.entities() {
		// The catalog's kind, not the design's part: requirements are written before the parts.
		if catalog[e.Store].Kind != "database" || e.Store == "auditstore" || e.Store == "userdb" || len(names) == 3 {
			continue
		}
		names = append(names, strings.ToLower(pluralNoun(e.Name)))
	}
	if len(names) == 0 {
		return "the domain's records"
	}
	return series(names, "and", "")
}
