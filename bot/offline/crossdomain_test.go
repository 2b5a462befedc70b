package offline_test

import (
	"slices"
	"strings"
	"testing"
)

// crossCase is a statement that must not carry a neighbouring domain's capability (and its
// words), or that must keep it because the statement really is that domain.
type crossCase struct {
	statement string
	want      []string // features the design must have
	not       []string // features it must not have
	gone      []string // the neighbour's own words, which must not be in the design
	says      []string // words the design must have
}

// checkCross designs each statement and checks its features and text.
func checkCross(t *testing.T, cases []crossCase) {
	t.Helper()
	for _, tc := range cases {
		d := design(t, tc.statement)
		features := d.Requirements.Features
		for _, f := range tc.want {
			if !slices.Contains(features, f) {
				t.Errorf("%q: features %v, want %s", tc.statement, features, f)
			}
		}
		for _, f := range tc.not {
			if slices.Contains(features, f) {
				t.Errorf("%q: features %v, want no %s", tc.statement, features, f)
			}
		}
		text := allText(d)
		for _, w := range tc.gone {
			if strings.Contains(text, w) {
				t.Errorf("%q: the neighbour's %q is in the design", tc.statement, w)
			}
		}
		for _, w := range tc.says {
			if !strings.Contains(text, w) {
				t.Errorf("%q: the design does not say %q", tc.statement, w)
			}
		}
	}
}

// A skier's RFID lift pass read at a lift gate is an entitlement checked at the gate, not a
// hospital's linen read at a laundry gate: "rfid" and "gates" alone named no tagged item, yet
// brought par levels, wards and manifests beside the gate's design.
func TestSkiPassRFIDIsNoLinen(t *testing.T) {
	t.Parallel()
	linen := []string{"Par levels", "ward door", "manifest", "linen"}
	checkCross(t, []crossCase{
		{statement: "We run a ski resort with 14 lifts; every skier's RFID pass is scanned at the lift gate, about 9,000 scans an hour on a normal day but three times that on powder Saturdays between 9 and 11 am. Gates must reject invalid or already-used passes within 300 ms even if the link to the base lodge drops, and we keep scan history for two seasons.",
			want: []string{"gateentry"}, not: []string{"rfid"}, gone: linen},
		{statement: "Skiers tap RFID lift passes at the gates of our 30 chairlifts; a pass must never let two people through and the gates keep working offline.",
			want: []string{"gateentry"}, not: []string{"rfid"}, gone: linen},
		{statement: "Our water park's RFID wristbands are read at the entry gates, about 4,000 reads an hour in summer.",
			not: []string{"rfid"}, gone: linen},
		// The near miss: a hospital's tagged linen read at laundry gates is still linen tracking.
		{statement: "A hospital group wants RFID tracking of its sheets and gowns: each item is read at the laundry gates and at ward doors, and managers see par levels per ward.",
			want: []string{"rfid"}, not: []string{"gateentry"}},
		{statement: "Track 40,000 RFID-tagged kegs read at the gates of our 12 depots and find the ones that never come back.",
			want: []string{"rfid"}, not: []string{"gateentry"}},
	})
}

// A CDN's or a DNS service's "points of presence" are its sites, not users' online presence:
// the DNS traffic manager got typing indicators, a presence service and a WebSocket gateway,
// and was designed as a CDN whose answers were 100 KB objects (200 GB/s of egress for DNS).
func TestPointsOfPresenceAreNoOnlinePresence(t *testing.T) {
	t.Parallel()
	chatty := []string{"typing indicator", "Presence service", "WebSocket gateway", "cache fill"}
	checkCross(t, []crossCase{
		{statement: "Design a DNS-based global traffic manager for a CDN customer base: 25,000 customer zones, 400,000 health checks run every 30 seconds from 12 points of presence, and resolvers query us at 2 million queries per second at peak. Answers must reflect a failed origin within 60 seconds.",
			want: []string{"dnsservice"}, not: []string{"presence", "cdnplatform"}, gone: chatty},
		{statement: "We want global server load balancing over DNS for our customers: health checks from 20 PoPs decide which origin each hostname answers with, and resolvers send us 800,000 queries per second.",
			want: []string{"dnsservice"}, not: []string{"presence", "cdnplatform"}, gone: chatty},
		{statement: "Build our own CDN with edge caches in 40 points of presence, an origin shield and purges that finish in under 5 seconds.",
			want: []string{"cdnplatform"}, not: []string{"presence", "dnsservice"}, gone: []string{"typing indicator", "Presence service"}},
		// The near misses: people online in a chat still have presence.
		{statement: "a chat app for friends with presence, typing indicators and last seen",
			want: []string{"presence"}},
		{statement: "Design a CDN like Cloudflare with anycast and DNS-based steering to the nearest point of presence",
			want: []string{"cdnplatform"}, not: []string{"dnsservice", "presence"}},
	})
}

// Images pulled from a container registry by CI jobs are reads of the registry, not a build farm
// that runs those jobs, nor a feed pipeline polling other organisations: "ci jobs" and "pull"
// beside "registry" designed runners, build logs and fetch attempts.
func TestContainerRegistryIsNoBuildFarmOrFeed(t *testing.T) {
	t.Parallel()
	farm := []string{"Runner", "Fetch attempt", "build log", "polite"}
	checkCross(t, []crossCase{
		{statement: "Design a container image registry for an internal platform team: 12,000 CI jobs per hour pull images averaging 600 MB (layers dedupe about 70%), and 1,500 pushes per day. Three regions (us-east, eu-west, ap-south), pull p99 under 30 s for a cold image.",
			not: []string{"cicd", "feedpipe"}, gone: farm},
		{statement: "We need a private Docker registry: our CI jobs pull about 5,000 images an hour, each around 1 GB, and developers push 800 new tags a day; pulls must be fast in every region.",
			not: []string{"cicd", "feedpipe"}, gone: farm},
		// The near misses: a build farm that pulls images is still a build farm, and a feed
		// pipeline that pulls registries' files on a schedule is still a feed pipeline.
		{statement: "Design a CI build farm that runs 50,000 builds a day for 2,000 engineers; every CI job pulls its base image from our registry.",
			want: []string{"cicd"}},
		{statement: "design a build service that runs 10,000 CI jobs an hour on spot instances and reports back to each pull request",
			want: []string{"cicd"}},
		{statement: "our vendors drop CSV files on an SFTP server every hour; we need to pick them up, validate them, keep the originals and load monthly usage reports for the billing team",
			want: []string{"feedpipe"}},
	})
}

// Sensors fitted to things (hives, tanks, fridges, turbines) report as a device fleet, not as
// servers a metrics pipeline watches: the beekeepers' hives got host agents "from every host",
// PagerDuty and an on-call rotation.
func TestSensorsOnThingsAreDevices(t *testing.T) {
	t.Parallel()
	hosts := []string{"from every host", "Go agent on every host", "PagerDuty", "pages on-call"}
	checkCross(t, []crossCase{
		{statement: "Our beekeepers' cooperative has about 2,300 hives, each fitted with a scale and temperature sensor that reports every 10 minutes. Members want a dashboard and an alert when a hive loses more than 2 kg within an hour (likely swarming); keep raw readings for 90 days and hourly averages for 5 years.",
			want: []string{"iot"}, not: []string{"metrics"}, gone: hosts},
		{statement: "We want to watch 3,000 beehives: each hive has a weight sensor sending a reading every 15 minutes, and beekeepers see charts per apiary and get an alert when the weight drops suddenly.",
			want: []string{"iot"}, not: []string{"metrics"}, gone: hosts},
		{statement: "Our 1,200 supermarket fridges and freezers each have a temperature sensor; store managers see a dashboard and get an alert when a fridge stays above 5°C for 15 minutes.",
			want: []string{"iot"}, not: []string{"metrics"}, gone: hosts},
		// The near misses: servers watched for their health keep the metrics pipeline.
		{statement: "collect cpu and memory metrics from 30,000 servers every 10 seconds and page the on-call engineer on thresholds",
			want: []string{"metrics"}, not: []string{"iot"}},
		{statement: "monitor 5,000 hosts with temperature sensors on every rack and alert on-call when a host runs hot",
			want: []string{"metrics"}},
	})
}

// Parents pre-ordering school lunches for each kitchen's daily count are a canteen's preorders,
// not an online shop that ships: the district got SKU carts, shipping addresses, inventory
// reservation and "payment is captured at shipment", and a production list "before the bakers
// start" in a district with no bakery.
func TestSchoolLunchPreordersAreNoCheckout(t *testing.T) {
	t.Parallel()
	shop := []string{"shipping_address", "captured at shipment", "{sku}", "bakers", "sourdough", "birthday cake"}
	checkCross(t, []crossCase{
		{statement: "Our school district of 42 schools lets parents pre-order lunches for the coming week. There are roughly 31,000 students and about a third of them order, mostly on Sunday evenings between 7 and 10 pm; each kitchen needs a per-school meal count by 6 am every day and allergens must be flagged on every tray label.",
			want: []string{"preorder"}, not: []string{"orders"}, gone: shop, says: []string{"School meal preorder"}},
		{statement: "Parents at our 12 primary schools pre-order their children's school meals a week ahead in an app; each school kitchen needs the count of meals per school by 7 am.",
			want: []string{"preorder"}, not: []string{"orders"}, gone: shop},
		// The near misses: a bakery's preorders keep their bakers, a web shop keeps its checkout.
		{statement: "A bakery chain with 9 shops wants online preorders for pickup with a daily production cap per product",
			want: []string{"preorder"}, says: []string{"Bakery preorder", "sourdough loaves"}},
		{statement: "customers add items to a cart and check out with a card; orders are shipped from one warehouse",
			want: []string{"orders"}},
	})
}

// Tenants who upload files to our SFTP endpoint push to us; they are not sources we poll: the
// banks' SFTP-to-S3 ingestion service was designed as a polite client of other organisations'
// feeds, with conditional GETs and fetch attempts.
func TestUploadedFilesAreNoFeedWeFetch(t *testing.T) {
	t.Parallel()
	polling := []string{"polite", "If-None-Match", "Fetch attempt"}
	checkCross(t, []crossCase{
		{statement: "Design a multi-tenant SFTP-to-S3 document ingestion service for banks: about 900 tenants upload 2.4 million files per day, average file 350 KB, with 80% arriving between 1am and 4am UTC. Files must be virus-scanned and available via API within 10 minutes; retain 10 years.",
			not: []string{"feedpipe"}, gone: polling},
		{statement: "We run a managed SFTP endpoint where 1,200 insurance brokers upload policy documents, about 400,000 files a day; each file is scanned for malware and must be in S3 and searchable within 5 minutes.",
			not: []string{"feedpipe"}, gone: polling},
		// The near misses: files we go and get, or pick up from a drop, are still fetched.
		{statement: "our vendors drop CSV files on an SFTP server every hour; we need to pick them up, validate them, keep the originals and load monthly usage reports for the billing team",
			want: []string{"feedpipe"}},
		{statement: "We pull price files from 300 retail partners every night over SFTP and their APIs, normalise them into one schema and report average prices per product per region each morning",
			want: []string{"feedpipe"}},
		{statement: "We fetch CSV price files from 200 suppliers' SFTP servers every night, normalise them, upload the results to our warehouse and report average prices each morning",
			want: []string{"feedpipe"}},
	})
}
