package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Checks that the words of a design follow the technology it chose: a part described with
// another technology's behaviour is a contradiction a reviewer spots at once.

var (
	replicaReadRe = regexp.MustCompile(`(?i)\bread replicas?\b|\basync(?:hronous)? (?:read )?replicas\b|\bkeep going to replicas\b`)
	replicaOfRe   = regexp.MustCompile(`(?i)\ba replica of ([A-Z][\w&/ -]*?)(?: by\b|[,.;)]|$)`)
	failureRowRe  = regexp.MustCompile(`(?m)^- \*\*([^*]+)\*\* \((.+?)\): (.+)$`)
	partitionRe   = regexp.MustCompile(`^[a-z][a-z_]*_id$`)
	fieldsRe      = regexp.MustCompile(`(?m)^- \*\*([^*]+)\*\* → .*Fields: (.+)$`)
)

// signatures are phrases that belong to one family of technology: a failure mode using them on a
// part of another technology was copied from the wrong place.
var signatures = []struct{ phrase, tech string }{
	{"11 nines", "s3|gcs|object storage|blob"},
	{"Patroni", "postgres"},
	{"WAL archiving", "postgres"},
	{"LOCAL_QUORUM", "cassandra|scylla|bigtable"},
	{"min.insync.replicas", "kafka"},
}

// techContradictions lists the places where a design's text contradicts its components'
// technologies.
func techContradictions(comps []conversation.Component, sec map[conversation.SectionID]string) []string {
	var out []string
	out = append(out, brokerless(comps, sec[conversation.Tradeoffs])...)
	out = append(out, relayedTable(comps, sec[conversation.DataFlow]+"\n"+sec[conversation.DeepDive])...)
	out = append(out, replicaReads(comps, sec)...)
	out = append(out, silentPush(comps)...)
	out = append(out, foreignFailures(sec[conversation.Reliability])...)
	out = append(out, partitionsOutsideEntity(sec[conversation.DataModel])...)
	return out
}

// brokerless flags Kafka consumers and a Kafka trade-off in a design whose log is not Kafka.
func brokerless(comps []conversation.Component, tradeoffs string) []string {
	kafka := slices.ContainsFunc(comps, func(c conversation.Component) bool {
		return c.Kind == "queue" && strings.Contains(strings.ToLower(c.Technology), "kafka")
	})
	if kafka || !slices.ContainsFunc(comps, func(c conversation.Component) bool { return c.Kind == "queue" }) {
		return nil
	}
	var out []string
	for _, c := range comps {
		if strings.Contains(strings.ToLower(c.Technology), "kafka consumer") {
			out = append(out, fmt.Sprintf("%s is described as %q but the design has no Kafka", c.Name, c.Technology))
		}
	}
	for _, line := range strings.Split(tradeoffs, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) > 2 && strings.Contains(cells[1], "Kafka") {
			out = append(out, fmt.Sprintf("the trade-offs choose %q but the design has no Kafka", strings.TrimSpace(cells[1])))
		}
	}
	return out
}

// replicaReads flags reads sent to replicas of a store that has none.
func replicaReads(comps []conversation.Component, sec map[conversation.SectionID]string) []string {
	noReplicas := map[string]bool{}
	any := false
	for _, c := range comps {
		if c.Kind == "database" {
			noReplicas[c.Name] = !readReplicas(c.Technology)
			any = any || readReplicas(c.Technology)
		}
	}
	var out []string
	for _, id := range []conversation.SectionID{conversation.DataFlow, conversation.DeepDive, conversation.Scalability, conversation.Reliability} {
		for _, s := range sentenceRe.FindAllString(sec[id], -1) {
			for _, m := range replicaOfRe.FindAllStringSubmatch(s, -1) {
				if noReplicas[strings.TrimSpace(m[1])] {
					out = append(out, fmt.Sprintf("%s reads from a replica of %s, which has no read replicas", id, strings.TrimSpace(m[1])))
				}
			}
			if !any && len(noReplicas) > 0 && replicaReadRe.MatchString(s) {
				out = append(out, fmt.Sprintf("%s sends reads to replicas (%q) but no database of the design has read replicas", id, strings.TrimSpace(s)))
			}
		}
	}
	return out
}

// silentPush flags a connection gateway nothing sends events to: it holds connections but has
// nothing to push.
func silentPush(comps []conversation.Component) []string {
	var out []string
	for _, c := range comps {
		if c.Kind != "service" && c.Kind != "edge" || !strings.Contains(c.Name+" "+c.Technology, "WebSocket") || len(c.TalksTo) > 0 {
			continue
		}
		fed := slices.ContainsFunc(comps, func(o conversation.Component) bool {
			return o.Kind != "client" && slices.Contains(o.TalksTo, c.Name)
		})
		if !fed {
			out = append(out, fmt.Sprintf("%s holds connections but no component sends it anything to push", c.Name))
		}
	}
	return out
}

// foreignFailures flags failure modes that quote another technology's behaviour.
func foreignFailures(reliability string) []string {
	var out []string
	for _, m := range failureRowRe.FindAllStringSubmatch(reliability, -1) {
		name, tech, text := m[1], strings.ToLower(techHead(m[2])), m[3]
		for _, s := range signatures {
			if strings.Contains(text, s.phrase) && !regexp.MustCompile(s.tech).MatchString(tech) {
				out = append(out, fmt.Sprintf("the failure mode of %s (%s) speaks of %q, which belongs to another technology", name, m[2], s.phrase))
			}
		}
	}
	return out
}

// partitionsOutsideEntity flags a partition key the entity does not hold: Show partitioned by
// player_id when a show has no player.
func partitionsOutsideEntity(model string) []string {
	fields := map[string]string{}
	for _, m := range fieldsRe.FindAllStringSubmatch(model, -1) {
		fields[strings.TrimSpace(m[1])] = m[2]
	}
	table := model
	if i := strings.Index(table, "\n### "); i >= 0 {
		table = table[:i]
	}
	var out []string
	for _, line := range strings.Split(table, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 6 {
			continue
		}
		name, key, part := strings.TrimSpace(cells[1]), cells[3], strings.TrimSpace(cells[4])
		f, ok := fields[name]
		if !ok || !partitionRe.MatchString(part) {
			continue
		}
		if !strings.Contains(key, part) && !regexp.MustCompile(`\b`+part+`\b`).MatchString(f) {
			out = append(out, fmt.Sprintf("entity %s is partitioned by %s, which it does not hold", name, part))
		}
	}
	return out
}

// relayedTable flags an outbox relay in a design whose log is a table in its own database: the
// job row commits with the change, so there is nothing to relay.
func relayedTable(comps []conversation.Component, text string) []string {
	if !slices.ContainsFunc(comps, func(c conversation.Component) bool {
		return c.Kind == "queue" && strings.Contains(c.Technology, "jobs table")
	}) {
		return nil
	}
	if strings.Contains(text, "outbox relay") || strings.Contains(text, "outbox row") {
		return []string{"the log is a jobs table in the database, yet the text relays an outbox to it"}
	}
	return nil
}
