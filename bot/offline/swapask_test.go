package offline_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// TestSwapTargetsWhatTheRequestNames reads technology changes phrased every way people ask
// ("replace X with Y for Z", "swap X for Y", "move Z from X to Y", "Y instead of X", "put Z on Y",
// "store <data> in Y instead"): each must move the component the request names, by name, by
// alias or by the data it holds, never the first component on the old technology.
func TestSwapTargetsWhatTheRequestNames(t *testing.T) {
	t.Parallel()
	taxi := design(t, "Design a taxi booking backend for a metro area of 2 million residents where 25,000 cabs report their position every 5 seconds and passengers want a car assigned within 15 seconds")
	probes := design(t, "Design a platform for 8,000 greenhouse humidity probes that each send a reading every 2 minutes, alerting the farm manager when a greenhouse gets too dry")
	exam := design(t, "Design a certification exam service where 40,000 candidates take a 90-minute test at once and every answer is saved as they type")
	shortener := design(t, "Design a URL shortener for 100M new URLs a month, reads 100x writes, links kept 5 years")
	reefers := design(t, "Cold-chain monitoring for refrigerated shipping containers: 35,000 reefers, each sensor reports temperature, humidity and door state every 30 seconds over satellite or cellular, often buffering for hours at sea. Alert the shipper within a minute of a temperature excursion once the data lands, and keep raw readings 3 years for insurance claims.")
	tests := []struct {
		d          *conversation.Design
		say        string
		comp, tech string
	}{
		{taxi, "put the trip db on scylladb", "Trip DB", "Scylla"},
		{taxi, "could you move the Trip DB over to DynamoDB", "Trip DB", "DynamoDB"},
		{taxi, "switch the trip db to mongodb please", "Trip DB", "MongoDB"},
		{taxi, "swap postgres for cassandra in the trip db", "Trip DB", "Cassandra"},
		{taxi, "replace PostgreSQL with DynamoDB for trips", "Trip DB", "DynamoDB"},
		{taxi, "migrate trips from postgres to cassandra", "Trip DB", "Cassandra"},
		{taxi, "ScyllaDB instead of PostgreSQL for the trips", "Trip DB", "Scylla"},
		{probes, "replace kafka with amazon kinesis for the event log", "Event log", "Kinesis"},
		{probes, "swap Kafka for Pulsar", "Event log", "Pulsar"},
		{probes, "we should run the event log on RabbitMQ instead", "Event log", "RabbitMQ"},
		{probes, "NATS JetStream rather than Kafka", "Event log", "NATS"},
		{exam, "keep the answers in MongoDB instead", "Answer store", "MongoDB"},
		{exam, "store every answer in Cassandra", "Answer store", "Cassandra"},
		{exam, "move the answers off DynamoDB onto PostgreSQL", "Answer store", "PostgreSQL"},
		{reefers, "Store the raw readings in TimescaleDB instead of ClickHouse.", "OLAP store", "TimescaleDB"},
		{reefers, "keep the samples on TimescaleDB rather than ClickHouse", "OLAP store", "TimescaleDB"},
		{reefers, "Instead of ClickHouse, store the raw readings in TimescaleDB", "OLAP store", "TimescaleDB"},
		// Three letters name data too: the store that keeps each code's URL.
		{shortener, "use Cassandra for the url store", "Link store", "Cassandra"},
	}
	for _, tt := range tests {
		i := slices.IndexFunc(tt.d.Components, func(c conversation.Component) bool { return c.Name == tt.comp })
		if i < 0 {
			t.Fatalf("%s: no %s in %s", tt.say, tt.comp, tt.d.Title)
		}
		in, err := offline.New().Interpret(context.Background(), grounding(tt.d), tt.say)
		if err != nil {
			t.Fatal(err)
		}
		if in.Intent != bot.IntentChange || in.Unsupported != "" || in.Components == nil {
			t.Errorf("%q: intent %s, unsupported %q, reply %q", tt.say, in.Intent, in.Unsupported, in.Reply)
			continue
		}
		if !strings.Contains(in.Decision, "for "+tt.comp+" (was") || !strings.Contains(in.Decision, tt.tech) {
			t.Errorf("%q: decision %q, want %s on %s", tt.say, in.Decision, tt.comp, tt.tech)
		}
		for _, c := range in.Components {
			if c.Name != tt.comp && strings.Contains(c.Description, "changed in conversation") {
				t.Errorf("%q also changed %s to %s", tt.say, c.Name, c.Technology)
			}
		}
	}
}

// TestSwapAsksWhichWhenTheOldTechnologyIsShared: a request that names only a technology several
// components run on says which ones, rather than moving the first.
func TestSwapAsksWhichWhenTheOldTechnologyIsShared(t *testing.T) {
	t.Parallel()
	taxi := design(t, "Design a taxi booking backend for a metro area of 2 million residents where 25,000 cabs report their position every 5 seconds and passengers want a car assigned within 15 seconds")
	in, err := offline.New().Interpret(context.Background(), grounding(taxi), "replace postgres with cockroachdb")
	if err != nil {
		t.Fatal(err)
	}
	if in.Unsupported == "" || !strings.Contains(in.Unsupported, "Trip DB") || !strings.Contains(in.Unsupported, "User DB") {
		t.Fatalf("decision %q, unsupported %q; want a question naming the PostgreSQL stores", in.Decision, in.Unsupported)
	}
}

// TestSwapOfDataGoesToTheStoreOfItsKind: "put the videos on S3" names rows a database holds,
// but S3 is object storage: the request is about the object storage, never a swap refused
// across kinds.
func TestSwapOfDataGoesToTheStoreOfItsKind(t *testing.T) {
	t.Parallel()
	clips := design(t, "Design a short-video app like TikTok where 12M people a day watch and upload clips")
	in, err := offline.New().Interpret(context.Background(), grounding(clips), "put the videos on S3 instead")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(in.Unsupported, "Object storage already uses") {
		t.Fatalf("decision %q, unsupported %q; want the object storage named as already on S3", in.Decision, in.Unsupported)
	}
}

// TestReadSwapSlots reads where each phrasing puts the new technology, the replaced one and the part.
func TestReadSwapSlots(t *testing.T) {
	t.Parallel()
	for say, want := range map[string][3]string{
		"swap the user db over to cockroachdb":             {"cockroachdb", "", "the user db"},
		"go from postgres to cassandra for the trips":      {"cassandra", "postgres", "the trips"},
		"replace kafka with aws kinesis for the event log": {"kinesis", "kafka", "the event log"},
		"we'd rather have pulsar instead of kafka":         {"pulsar", "kafka", ""},
		"keep the receipts in dynamodb instead":            {"dynamodb", "", "the receipts"},
		"move rabbitmq to sqs":                             {"sqs", "rabbitmq", ""},
		"use memcached for the session cache":              {"memcached", "", "the session cache"},
	} {
		got := offline.ReadSwap(say)
		if got != want {
			t.Errorf("%q: read %q, want %q", say, got, want)
		}
	}
}
