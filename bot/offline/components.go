package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/conversation"
)

// compSpec is a catalog entry: a building block with its default technology, what it does, and
// the blocks it calls (kept only when both ends are in a design). The entries are data in
// knowledge/components-*.yaml (see catalogue.go).
type compSpec struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
	Kind string `yaml:"kind"`
	Tech string `yaml:"tech"`
	Desc string `yaml:"desc"`
	// Links are the blocks this one calls.
	Links []link `yaml:"links,omitempty"`
	// From are links into this block from others (link.To names the caller), so a block added in
	// a domain's own file can be reached from shared ones (the gateway) without editing them.
	From []link `yaml:"from,omitempty"`
	// Aliases are words a user may call it by in a follow-up ("cdn", "cache", "search").
	Aliases []string `yaml:"aliases,omitempty"`
}

type link struct {
	To   string `yaml:"to"`
	Flow string `yaml:"flow"`
}

var kindOrder = map[string]int{"client": 0, "edge": 1, "service": 2, "worker": 3, "queue": 4, "cache": 5, "database": 6, "search": 7, "storage": 8, "external": 9}

// selectComponents builds the component list for a set of features: their blocks, links kept
// where both ends are present, each described with the reason it is there.
// withoutStoodIn drops the parts another chosen part stands in for (standIns).
func withoutStoodIn(ids []string) []string {
	for gone, by := range standIns {
		if slices.Contains(ids, by) {
			ids = slices.DeleteFunc(ids, func(id string) bool { return id == gone })
		}
	}
	return ids
}

func selectComponents(g bot.Grounding) []conversation.Component {
	fs := resolve(featuresOf(g.Requirements), g.Problem)
	headless := primary(fs).Headless
	why := map[string][]string{}
	var ids []string
	add := func(id, reason string) {
		if _, ok := catalog[id]; !ok {
			return
		}
		if headless && (id == "gateway" || id == "client") {
			// No end-user apps and no public API: callers reach the system's own entry points.
			return
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
		if reason != "" && !slices.Contains(why[id], reason) {
			why[id] = append(why[id], reason)
		}
	}
	for _, f := range fs {
		for _, id := range f.Components {
			add(id, f.Name)
		}
	}
	ids = withoutStoodIn(ids)
	// Scale-driven additions: a cache in front of any read-heavy path, a log for async work. A
	// snapshot publisher (a results site's, a match's scorecard) or an edge stitcher
	// means readers are served from the CDN and never reach a store; an archetype's own cache (sorted sets, a preview cache, a seat cache, a news
	// aggregator's edition pages) already takes the reads it was added for, and a second,
	// generic one would hold nothing.
	c := g.Capacity
	if c.PeakReadQPS > 1000 && !headless && !slices.Contains(ids, "cache") && !hasAny(ids, "lbstore", "rlstore", "feedcache", "adjcache", "ticketpool", "publisher", "stitchkv", "lpstate", "llleaguestore", "crseats", "editionpages", "scorebuilder") {
		add("cache", "read load")
	}
	// What the capacity plan keeps as files and blobs needs a part that holds them, whichever path
	// built the design: 180 TB of sequencer runs a month with nowhere to go is a plan with a hole.
	if c.BlobBytesPerMonth > 0 && !slices.ContainsFunc(ids, func(id string) bool { return holdsBlobs(catalog[id].Tech + " " + catalog[id].Desc) }) {
		add("objstore", "the files the capacity plan keeps")
	}
	// An archetype that brings its own services carries the domain logic; otherwise a generic
	// application service and its database do.
	p := primary(fs)
	ownLogic := p.ID != "generic" && slices.ContainsFunc(p.Components, func(id string) bool {
		k := catalog[id].Kind
		return k == "service" || k == "worker"
	})
	if len(ids) == 0 || !ownLogic && !hasAny(ids, "appsvc", "chatsvc", "postsvc", "videosvc", "tripsvc", "ordersvc", "bookingsvc", "shortsvc", "collector", "rlmw", "collabsvc", "metasvc", "scoresvc", "suggestsvc", "crawlctl", "notifapi", "restsvc", "paysvc", "mediasvc") {
		add("appsvc", "core domain logic")
		add("appdb", "system of record")
	}
	for _, id := range linkedStores(ids) {
		add(id, "")
	}
	small := c.Small() && c.WriteQPS > 0
	if small {
		ids = pruneForSmall(ids, p)
	}
	if !slices.ContainsFunc(ids, func(id string) bool { return catalog[id].Kind == "client" }) {
		if headless {
			add("callers", "")
		} else {
			add("client", "")
		}
	}
	slices.SortStableFunc(ids, func(a, b string) int { return kindOrder[catalog[a].Kind] - kindOrder[catalog[b].Kind] })
	brokerText := slices.ContainsFunc(fs, func(f *feature) bool { return brokerTextRe.MatchString(fmt.Sprint(*f)) })
	return buildComponents(g, ids, why, small && !brokerText, small, p)
}

// brokerTextRe finds knowledge written for a broker: an outbox relay that publishes to it, its
// consumer groups and offsets. A feature whose flows say so keeps its event log a broker, or
// its own text would contradict a jobs table.
var brokerTextRe = regexp.MustCompile(`(?i)outbox relay|outbox rows?\b|a relay (?:publishes|hands)|\bKafka\b|consumer groups?|committed offsets?|dead-letter topic`)

// buildComponents turns the chosen catalogue ids into the design's components: a small design's
// own queue becomes a jobs table, and a design with no phone client pushes to browsers.
func buildComponents(g bot.Grounding, ids []string, why map[string][]string, tableLog, small bool, p *feature) []conversation.Component {
	tables := func(id string) bool {
		return small && catalog[id].Kind == "queue" && (ownedByDesign(p, id) || tableLog && tableQueue(g.Problem, id))
	}
	jobsTable := slices.ContainsFunc(ids, tables)
	out := make([]conversation.Component, 0, len(ids))
	for _, id := range ids {
		// A queue the design keeps as a broker stays one even beside a jobs table.
		out = append(out, buildComponent(g, id, ids, why[id], small, jobsTable && (catalog[id].Kind != "queue" || tables(id))))
	}
	if !slices.ContainsFunc(out, func(c conversation.Component) bool {
		return c.Kind == "client" && phoneTechRe.MatchString(c.Technology)
	}) {
		browserPush(out)
	}
	return out
}

// browserPush makes the push of a design whose people use only a browser Web Push: APNs and FCM
// reach installed phone apps, and a design that ships none has nothing for them to wake.
func browserPush(comps []conversation.Component) {
	for i, c := range comps {
		if c.Kind != "external" || !appPushRe.MatchString(c.Technology) {
			continue
		}
		comps[i].Technology = appPushRe.ReplaceAllString(c.Technology, "Web Push (VAPID) to browsers that allowed notifications")
		comps[i].Description = strings.Replace(c.Description, "to devices", "to browsers", 1)
		for j := range comps {
			for k, to := range comps[j].TalksTo {
				if to == c.Name && k < len(comps[j].Flows) {
					comps[j].Flows[k] = pushWordRe.ReplaceAllString(comps[j].Flows[k], "web push")
				}
			}
		}
	}
}

// appPushRe finds the phone platforms' push services in a technology, together or listed with
// other channels: "APNs (iOS) and FCM (Android)", "APNs, FCM, Twilio (SMS)".
var appPushRe = regexp.MustCompile(`(?i)\bAPNs(?: \(iOS\))?(?:,? and |/|, | )FCM(?: \(Android\))?`)

// linkedStores are the stores the parts in ids reference though no feature listed them (a link to
// appdb etc.).
func linkedStores(ids []string) []string {
	var out []string
	for _, id := range ids {
		for _, l := range catalog[id].Links {
			// The stream processor archives raw events only where its archetype keeps them, and
			// similarity checkers read files only where what they compare is files (short texts
			// are compared from their rows).
			if (l.To == "appdb" || l.To == "objstore" && catalog[id].Kind == "worker" && id != "streamproc" && id != "simworker") && !slices.Contains(ids, l.To) && !slices.Contains(out, l.To) {
				out = append(out, l.To)
			}
		}
	}
	return out
}

// pruneForSmall drops what a handful of requests a second does not need: a cache or a broker
// would add failure modes and operations without carrying any load. A queue stays only where
// workers consume it, and then as a table in the database (see buildComponent).
func pruneForSmall(ids []string, p *feature) []string {
	workers := slices.ContainsFunc(ids, func(id string) bool { return catalog[id].Kind == "worker" })
	return slices.DeleteFunc(ids, func(id string) bool {
		k := catalog[id].Kind
		return (k == "cache" || k == "queue" && !workers) && ownedByDesign(p, id)
	})
}

// tableQueue reports whether an archetype's queue id is, in a small design, better a jobs table
// in its primary database: the general-purpose event log it lists for hand-offs is, unless the
// statement itself asks for a broker or a stream. An archetype's own special-purpose queue (a
// position stream, a send queue) is what the archetype is about.
func tableQueue(problem string, id string) bool {
	return id == "queue" && !brokerAskedRe.MatchString(problem)
}

// brokerAskedRe finds a statement that asks for a broker or an event stream by name.
var brokerAskedRe = regexp.MustCompile(`(?i)\b(?:kafka|kinesis|pulsar|rabbitmq|message (?:queue|broker|bus)|event (?:log|stream|bus)s?|pub/?sub)\b`)

// ownedByDesign reports whether block id came from the generic parts rather than from the
// archetype's own list, which keeps what the archetype is about however small it is.
func ownedByDesign(p *feature, id string) bool {
	return p.ID == "generic" || !slices.Contains(p.Components, id)
}

// shardedRe finds a store's shard key in its technology: "PostgreSQL sharded by event id".
var shardedRe = regexp.MustCompile(`sharded by ([a-z_]+(?: id)?)`)

// buildComponent turns catalogue block id into the design's component: its technology for the
// design's size, the reasons it is here, and its links to the other chosen blocks.
func buildComponent(g bot.Grounding, id string, ids, reasons []string, small, jobsTable bool) conversation.Component {
	s := catalog[id]
	// A block may describe itself differently for what the statement says ({said:…} paragraphs).
	s.Tech, s.Desc = saidParagraphs(s.Tech, g.Problem), saidParagraphs(s.Desc, g.Problem)
	s.Name, s.Tech, s.Desc = raceFilled(g.Problem, s.Name), raceFilled(g.Problem, s.Tech), raceFilled(g.Problem, s.Desc)
	s.Name, s.Tech, s.Desc = offerFilled(g.Problem, s.Name), offerFilled(g.Problem, s.Tech), offerFilled(g.Problem, s.Desc)
	s.Name, s.Tech, s.Desc = practFilled(g.Problem, s.Name), practFilled(g.Problem, s.Tech), practFilled(g.Problem, s.Desc)
	if id == "mailprov" && !slices.Contains(ids, "inboundsvc") {
		// Only a design that takes mail in has support addresses; the rest just send.
		s.Tech, s.Desc = "Amazon SES / SendGrid (outbound with DKIM, bounces fed back)", "sends the system's mail and reports bounces"
	}
	comp := conversation.Component{Name: s.Name, Kind: s.Kind, Technology: s.Tech}
	if small {
		switch {
		case id == "appdb":
			comp.Technology = "PostgreSQL (one primary + a synchronous standby, WAL archived)"
		case s.Kind == "queue" && jobsTable:
			comp.Technology = "a jobs table in the primary PostgreSQL, taken with FOR UPDATE SKIP LOCKED (no broker to run)"
			s.Desc = "work and events committed in the same transaction as the change that caused them, taken by workers in order"
		case s.Kind == "database":
			// A small system's store is one shard: it is keyed for sharding, not sharded.
			comp.Technology = shardedRe.ReplaceAllString(s.Tech, "keyed by $1 (one shard to start)")
		}
	}
	if jobsTable && s.Kind == "worker" && strings.Contains(s.Tech, "Kafka") {
		// The log is a table in the database: its consumers poll it, there is no broker.
		comp.Technology = "worker processes polling the jobs table"
	}
	desc := partDesc(g, id, s.Desc, &comp)
	if len(reasons) > 0 {
		desc += " (needed for: " + strings.Join(reasons, ", ") + ")"
	}
	comp.Description = desc
	seen := map[string]bool{}
	for _, l := range linksOf(id, ids) {
		if slices.Contains(ids, l.To) && !seen[l.To] {
			seen[l.To] = true
			comp.TalksTo = append(comp.TalksTo, practFilled(g.Problem, offerFilled(g.Problem, raceFilled(g.Problem, catalog[l.To].Name))))
			comp.Flows = append(comp.Flows, practFilled(g.Problem, offerFilled(g.Problem, raceFilled(g.Problem, l.Flow))))
		}
	}
	switch {
	case id != "client" || appRe.MatchString(g.Problem):
	case internalCallersRe.MatchString(g.Problem):
		// "a rate limiter for our internal microservices": the callers are our own services.
		comp.Technology = "our own services calling over gRPC/HTTPS, each with an mTLS service identity"
		comp.Description = "The internal services that call through it; each is identified by its service identity"
	case apiProductRe.MatchString(g.Problem) || apiCallersRe.MatchString(g.Problem):
		// "a weather API", "a public payments API for 2,000 merchant accounts": its clients are
		// other companies' backend servers, not our apps.
		comp.Technology = "developers' servers (their companies' backends) calling the API with API keys or OAuth client credentials, often through our SDKs"
		comp.Description = "Other companies' code that calls the API; each key has a quota and a rate limit"
	case webOnlyRe.MatchString(g.Problem) && !publicRe.MatchString(g.Problem):
		// Analysts in a browser, colleagues on an internal tool or a company's staff at their
		// desks get no phone apps; a store's staff who serve customers ordering online are not
		// the only people the apps are for.
		comp.Technology = "web app in the browser (SSO for internal users)"
	case businessWebRe.MatchString(g.Problem):
		comp.Technology = "web app in the browser (each company's users sign in through its SSO or by email)"
	}
	if id == "gateway" && len(comp.TalksTo) > 0 {
		// Say what this design's gateway fronts rather than what every gateway does.
		comp.Description = "TLS termination, authentication and per-client rate limits in front of " + strings.Join(comp.TalksTo, ", ")
	}
	return comp
}

// partDesc is a block's description in this design: who its accounts and apps are for, and the
// parts a pattern describes from the statement (meters, alert channels); it may set the block's
// technology too.
func partDesc(g bot.Grounding, id, desc string, comp *conversation.Component) string {
	desc = strings.ToUpper(desc[:1]) + desc[1:]
	desc = strings.ReplaceAll(desc, "{limit_keys}", limitKeys(g.Problem)) // a limiter's counters are kept per what it limits
	switch id {
	case "usersvc":
		// Whose accounts these are is what differs between designs; the rest is the same.
		desc = "Accounts of " + accountHolders(g.Problem, g.Requirements.Workload) + ": profiles, sessions and tokens"
	case "userdb":
		desc = "Accounts and profiles of " + accountHolders(g.Problem, g.Requirements.Workload)
	case "smartmeters", "determinants", "usagesvc", "custportal":
		if tech, d, ok := meterPart(g.Requirements.Features, id); ok {
			comp.Technology, desc = tech, d
		}
	case "alertchan":
		if tech, d, ok := statedAlertChannels(g.Problem); ok {
			comp.Technology, desc = tech, d
		} else if tech, d, ok := fleetAlertChannels(g.Problem, g.Requirements.Features); ok {
			comp.Technology, desc = tech, d
		}
	case "client":
		// Who uses the apps is what differs; that every app retries was said in every design.
		if people := accountPeople(g.Problem); len(people) > 0 {
			desc = "The apps " + series(people, "and", "") + " use"
		}
	}
	return desc
}

// linksOf returns the links out of block id: its own, then those other blocks of the design
// declare into it (From).
func linksOf(id string, ids []string) []link {
	out := append([]link(nil), catalog[id].Links...)
	for _, other := range ids {
		for _, l := range catalog[other].From {
			if l.To == id {
				out = append(out, link{To: other, Flow: l.Flow})
			}
		}
	}
	return out
}

var (
	webOnlyRe = regexp.MustCompile(`(?i)\b(in a browser|in the browser|web browser|internal (?:[\w-]+ ){0,2}(?:tool|wiki|app|system|site|portal)|our internal|intranet|monorepo|engineers|employees|staff|back[- ]office|etl|data pipelines?|data teams?|operators? console|` +
		// People whose work is at a desk, a ward or a bench use the organisation's web app.
		`nurses|pharmacists|clinicians|physicians|dispatchers|clerks|scientists|analysts|planners|caseworkers|librarians|lab technicians|` +
		`hospitals?|hospital groups?|emergency departments?|wards|laborator(?:y|ies)|labs)\b`)
	// businessWebRe finds businesses working with each other at their desks: a web app, with
	// each company's own sign-in.
	businessWebRe = regexp.MustCompile(`(?i)\b(b2b|web portal|supplier portal|suppliers|vendors|accountants?|finance teams?|procurement)\b`)
	// apiProductRe finds a statement whose product is an API that others call.
	apiProductRe = regexp.MustCompile(`(?i)\b(?:an?|the|our|public|rest|graphql)\s+(?:[\w-]+\s+){0,2}api\s+(?:that|which|for|to|serving|with)\b|\bapi for (?:developers|partners|third[- ]part(?:y|ies))\b`)
	// apiCallersRe finds an API whose callers are other companies' servers though the statement
	// names it another way: a public, partner, payments or developer API, developer accounts,
	// API keys, webhooks delivered to merchants' endpoints.
	apiCallersRe = regexp.MustCompile(`(?i)\b(?:public|partner|open|developer|payments?|third[- ]party|sms|email|geocoding|maps?)\s+(?:[\w-]+\s+){0,2}apis?\b|\bdeveloper accounts?\b|\bapi keys?\b|\bwebhooks?\b`)
	// internalCallersRe finds a system whose callers are the company's own services.
	internalCallersRe = regexp.MustCompile(`(?i)\b(?:our |internal )micro-?services\b|\binternal services\b|\bservices? (?:call|calling) each other\b|\bservice-to-service\b`)
	appRe             = regexp.MustCompile(`(?i)\b(mobile|phone|ios|android|app store)\b`)
	// publicRe finds the public among a statement's people: customers, shoppers or residents use
	// the system from their own devices, whatever its staff use.
	publicRe = regexp.MustCompile(`(?i)\b(customers|shoppers|consumers|residents|citizens|passengers|riders|fans|members of the public)\b`)
)

// blobStoreRe finds a part that keeps files and blobs in its technology or role: S3, object
// storage, a blob store.
var blobStoreRe = regexp.MustCompile(`(?i)\bS3\b|object stor|\bblobs?\b|\bGCS\b`)

// holdsBlobs reports whether a part, by its technology and role, keeps files and blobs.
func holdsBlobs(text string) bool { return blobStoreRe.MatchString(text) }

func hasAny(ids []string, want ...string) bool {
	for _, w := range want {
		if slices.Contains(ids, w) {
			return true
		}
	}
	return false
}
