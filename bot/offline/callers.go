package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// callerKind sorts an endpoint by who holds the credential its Auth cell names: the same
// "bearer token" means a sign-in for a person, a certificate for a device and a key for a
// partner's server, and the API section says which of them this design has.
type callerKind int

const (
	peopleCaller callerKind = iota
	staffCaller
	deviceCaller
	partnerCaller
	sdkCaller
	serviceCaller
	publicCaller
)

var (
	publicAuthRe  = regexp.MustCompile(`(?i)^(none|public)\b`)
	serviceAuthRe = regexp.MustCompile(`(?i)\b(service identity|service token|worker identity|runner|internal|SASL|Kerberos|the [\w-]+ service's identity)\b`)
	partnerAuthRe = regexp.MustCompile(`(?i)\b(API key|API token|secret key|channel-manager|partner|connector|SigV4|HMAC|webhook|merchant|access point|integration)\b`)
	staffAuthRe   = regexp.MustCompile(`(?i)\b(SSO|role|staff|operator|admin|clerk|desk|supervisor|manager|engineer|coordinator|dispatcher|driver|editor|moderator|agent|scheduler|analyst|planner|crew|nurse|practitioner|team)\b`)
	// sdkAuthRe finds a credential held by software that runs inside the customer's own
	// services (an SDK, an agent): no person signs in from it, so it is a key, never PKCE.
	sdkAuthRe    = regexp.MustCompile(`(?i)\b(SDKs?|agents? key|agent token|collector key|ingest key|DSN)\b`)
	deviceAuthRe = regexp.MustCompile(`(?i)\b(certificate|enrolled|MAC under|controller|meter|sensor|gateway|kiosk|terminal|wired input|bus inside)\b`)
	// credentialRe ends the holder's name in an Auth cell: "creator bearer token" is held by
	// creators, "AP clerk role" by AP clerks.
	credentialRe = regexp.MustCompile(`(?i)\s*\b(bearer|token|session|role|SSO|API|secret|X\.509|certificate|identity|user|PIN|signature|key|mTLS)\b.*$`)
	// signInRe finds the sign-in endpoint itself, whose Auth cell says the credentials travel in
	// its body: it is how people get their token, not a public read.
	signInRe = regexp.MustCompile(`(?i)\bcredentials\b`)
	// noCredentialRe finds a row no caller calls with a credential of its own: a library call
	// ("n/a (library)") or what any call meets ("as the API": a 429 over the limit).
	noCredentialRe = regexp.MustCompile(`(?i)^\s*(?:n/a|as the\b)`)
	httpVerbs      = set("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD")
)

// callerOf sorts an Auth cell ("" is the default user bearer token) into a kind of caller.
func callerOf(auth string) callerKind {
	switch {
	case auth == "":
		return peopleCaller
	case publicAuthRe.MatchString(auth):
		return publicCaller
	case serviceAuthRe.MatchString(auth):
		return serviceCaller
	case sdkAuthRe.MatchString(auth):
		return sdkCaller
	case partnerAuthRe.MatchString(auth):
		return partnerCaller
	case staffAuthRe.MatchString(auth):
		return staffCaller
	case deviceAuthRe.MatchString(auth):
		return deviceCaller
	}
	return peopleCaller
}

// holderOf names who holds an Auth cell's credential, as a modifier ("creator", "AP clerk"),
// or "" when the cell names only the credential ("bearer token", "service token (mTLS)").
func holderOf(auth string) string {
	h := strings.TrimSpace(credentialRe.ReplaceAllString(auth, ""))
	h = strings.TrimPrefix(strings.TrimPrefix(h, "the "), "per-")
	h = strings.TrimSuffix(h, "'s")
	if h == "" || strings.ContainsAny(h, "(),/+") || len(strings.Fields(h)) > 2 || publicAuthRe.MatchString(h) {
		return ""
	}
	if len(h) > 1 && unicode.IsUpper(rune(h[1])) {
		return h // "AP clerk": an acronym keeps its case
	}
	return strings.ToLower(h[:1]) + h[1:]
}

// callerGroup is one kind of caller of this design's API: whom the rows name and which
// endpoints they call.
type callerGroup struct {
	kind    callerKind
	holders []string
	calls   []string
	// anonymous is set when a row names no holder ("bearer token"): the statement's own people.
	anonymous bool
	// protocol is the first non-HTTP method the group speaks ("MQTT PUBLISH"), if any.
	protocol string
}

// callerGroups gathers the design's endpoints by kind of caller, in the order the API lists them.
func (r *renderer) callerGroups() []*callerGroup {
	var groups []*callerGroup
	for _, e := range r.endpoints() {
		if strings.Contains(e.Auth, "{") {
			e.Auth = r.x(e.Auth) // "{signing_in}": the sign-in, which says whose credentials it takes
		}
		if e.Method == "EVENT" || signInRe.MatchString(e.Auth) || noCredentialRe.MatchString(e.Auth) {
			continue
		}
		k := callerOf(e.Auth)
		i := slices.IndexFunc(groups, func(g *callerGroup) bool { return g.kind == k })
		if i < 0 {
			groups, i = append(groups, &callerGroup{kind: k}), len(groups)
		}
		g := groups[i]
		if h := holderOf(e.Auth); h != "" && !slices.Contains(g.holders, h) && len(g.holders) < 3 {
			g.holders = append(g.holders, h)
		} else if h == "" {
			g.anonymous = true
		}
		g.calls = append(g.calls, "`"+e.Method+" "+stripQuery(e.Path)+"`")
		if !httpVerbs[e.Method] && g.protocol == "" {
			g.protocol = e.Method
		}
	}
	// People first, then staff, devices, partners, internal callers and the public.
	slices.SortStableFunc(groups, func(a, b *callerGroup) int { return int(a.kind) - int(b.kind) })
	return groups
}

// peopleHolders names the people who sign in: those the rows name ("creator bearer token"),
// and where a row says only "bearer token", the statement's own account holders ("rider"),
// else its users.
func (r *renderer) peopleHolders(g *callerGroup) []string {
	var out []string
	if g.anonymous {
		for _, p := range accountPeople(r.g.Problem) {
			if len(out) < 2 {
				out = append(out, singularNoun(p))
			}
		}
	}
	for _, h := range g.holders {
		if len(out) < 3 && !slices.Contains(out, h) {
			out = append(out, h)
		}
	}
	if len(out) == 0 {
		return []string{"user"}
	}
	return out
}

// handsets names what people hold in their hands for this problem: phones where the statement
// asks for an app, browsers for a desk tool, both otherwise.
func (r *renderer) handsets() string {
	switch {
	case appRe.MatchString(r.g.Problem):
		return "phones"
	case webOnlyRe.MatchString(r.g.Problem):
		return "browsers"
	}
	return "apps and browsers"
}

// callerClause says how one kind of caller proves who it is, in this design's names.
func (r *renderer) callerClause(g *callerGroup) string {
	switch g.kind {
	case staffCaller:
		return fmt.Sprintf("%s consoles sign in through the organisation's SSO, and the role on the token decides which rows each may call", series(g.holders, "and", "staff"))
	case deviceCaller:
		over := "over mTLS"
		if g.protocol != "" {
			over = "on " + strings.Fields(g.protocol)[0] + " over mTLS"
		}
		return fmt.Sprintf("each %s presents its own X.509 certificate %s (%s), so one stolen unit is revoked without touching the rest", series(g.holders, "or", "device"), over, series(firstN(g.calls, 2), "and", ""))
	case partnerCaller:
		line := fmt.Sprintf("%s servers call with a per-partner API key, scoped to their own data and rotated without downtime", series(g.holders, "and", "partner"))
		if r.sendsWebhooks() {
			line += "; the webhooks sent back to them carry an HMAC signature they verify"
		}
		return line
	case sdkCaller:
		return r.sdkClause(g)
	case serviceCaller:
		return fmt.Sprintf("internal callers of %s present their mTLS service identity, never a person's token", series(firstN(g.calls, 2), "and", ""))
	case publicCaller:
		return fmt.Sprintf("%s %s no token: what %s return%s is public", series(firstN(g.calls, 2), "and", ""), pick(len(g.calls) == 1, "needs", "need"), pick(len(g.calls) == 1, "it", "they"), pick(len(g.calls) == 1, "s", ""))
	}
	return fmt.Sprintf("%s %s sign in with OAuth 2.0 (PKCE) and send a short-lived bearer token, refreshed from their session", series(r.peopleHolders(g), "and", ""), r.handsets())
}

// sdkClause says how the SDKs the statement's services embed call the API: with a key per
// environment, as software, because no person signs in from inside a backend service. An SDK
// that also ships in browsers or phone apps gets a separate read-only client key.
func (r *renderer) sdkClause(g *callerGroup) string {
	host := "the services that embed them"
	if m := sdkHostRe.FindString(r.g.Problem); m != "" {
		host = "the " + strings.ToLower(m) + " that embed them"
	}
	line := fmt.Sprintf("the SDKs inside %s call %s with a per-environment SDK key (or mTLS where the mesh provides it), read-only and rotated without downtime; no person signs in from them, so there is no OAuth redirect", host, series(firstN(g.calls, 2), "and", ""))
	if clientSideRe.MatchString(r.g.Problem) {
		line += "; SDKs in browsers and phone apps get a separate client-side key that can read only the flags marked for clients"
	}
	return line
}

var (
	// sdkHostRe finds where a statement's SDKs run: "300 services", "backend servers".
	sdkHostRe = regexp.MustCompile(`(?i)\b(?:backend |internal |micro)?(?:services|servers|backends|microservices)\b`)
	// clientSideRe finds SDKs the statement also puts in browsers or phone apps.
	clientSideRe = regexp.MustCompile(`(?i)\b(?:browsers?|mobile apps?|phone apps?|client-side|front-?end|web apps?|ios|android)\b`)
)

// sendsWebhooks reports whether the design pushes events to its partners' servers.
func (r *renderer) sendsWebhooks() bool {
	if strings.Contains(strings.ToLower(r.g.Problem), "webhook") {
		return true
	}
	return slices.ContainsFunc(r.endpoints(), func(e endpoint) bool {
		return strings.Contains(strings.ToLower(e.Path+e.Note+e.Response), "webhook")
	})
}

func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}

func firstN(s []string, n int) []string {
	return s[:min(n, len(s))]
}

// callersLine opens the API section with who calls it and how each proves who it is.
func (r *renderer) callersLine() string {
	var clauses []string
	for _, g := range r.callerGroups() {
		clauses = append(clauses, r.callerClause(g))
	}
	if len(clauses) == 0 {
		return ""
	}
	return "JSON over HTTPS. " + upperFirst(strings.Join(clauses, "; ")) + "."
}

// limitedCaller names the caller a rate limit turns away first: the first kind the API lists.
func (r *renderer) limitedCaller() string {
	gs := r.callerGroups()
	if len(gs) == 0 {
		return "a caller"
	}
	g := gs[0]
	switch g.kind {
	case peopleCaller:
		return withArticle(r.peopleHolders(g)[0]) + "'s " + strings.TrimSuffix(strings.Fields(r.handsets())[0], "s")
	case staffCaller:
		return withArticle(series(g.holders, "or", "staff") + " console")
	case deviceCaller:
		return withArticle(series(g.holders, "or", "device"))
	case partnerCaller:
		return withArticle(series(g.holders, "or", "partner") + " server")
	case sdkCaller:
		return "an SDK"
	case serviceCaller:
		return "an internal caller"
	}
	return "one address reading " + g.calls[0]
}

// createdNoun names what a create endpoint makes, from its path ("/v1/unlocks" → "unlock"),
// or "" when the path ends in an action or a parameter ("/holds/{id}/confirm").
func createdNoun(path string) string {
	segs := strings.Split(strings.Trim(stripQuery(path), "/"), "/")
	last := segs[len(segs)-1]
	if strings.ContainsAny(last, "{:.") || !strings.HasSuffix(last, "s") || len(segs) < 2 {
		return ""
	}
	return strings.ReplaceAll(singularNoun(last), "-", " ")
}
