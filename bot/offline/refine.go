package offline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/archbot/archbot/bot"
)

// A refinement changes how an existing flow behaves rather than what the design is: a rule with
// a threshold ("transfers over $10k"), a manual review step ("hold them for review before they
// settle"), a payment split between now and later ("let customers pay the rest at pickup"). It
// is no second product and needs no model: it is kept as a requirement line of its own (so every
// later version keeps it), and the data flow, API and data model say what it adds to the record
// it is about.

// refinePrefix starts the requirement line a refinement is kept as.
const refinePrefix = "Rule (asked in conversation): "

var (
	reviewRe    = regexp.MustCompile(`\b(?:hold|held|flag|flagged|pause|park|queue|route|send|escalate)\b[^.;]*\b(?:review|approval|approver|manual(?:ly)?|compliance|sign-?off)\b|\b(?:need|needs|require|requires|required|get|gets)\b[^.;]*\b(?:approval|approver|review|sign-?off)\b|\b(?:manual|human) (?:review|check|approval)\b|\bfour-eyes\b`)
	splitPayRe  = regexp.MustCompile(`\bpay (?:the )?(?:rest|remainder|balance|remaining(?: amount)?)\b|\b(?:deposit|part|partial|half|some)\b[^.;]*\bpa(?:y|id)\b[^.;]*\b(?:at|on|when)\b|\bpay\b[^.;]*\b(?:at|on) (?:pickup|pick-up|collection|delivery|the store|the counter|arrival)\b|\bsplit (?:the )?payments?\b|\bcash on delivery\b|\b(?:deposit|balance|remainder|rest)\b[^.;]*\b(?:when|at|on)\b[^.;]*\b(?:collect|collection|pickup|pick up|pick-up|delivery|arrival|handover|store|shop|counter|till|desk)`)
	thresholdRe = regexp.MustCompile(`\b(?:over|above|more than|exceeding|greater than|larger than|bigger than|at least|under|below|less than)\s+(?:[$€£]\s?)?\d[\d,.]*\s*(?:k|m|thousand|million)?\b\s*(?:eur|euros?|usd|dollars?|gbp|pounds?)?`)
)

// refineKind names the refinement t asks for: "review", "split" or "threshold"; "" for none.
func refineKind(t string) string {
	switch {
	case reviewRe.MatchString(t):
		return "review"
	case splitPayRe.MatchString(t):
		return "split"
	case thresholdRe.MatchString(t) && regexp.MustCompile(`[$€£]|\b(?:eur|euros?|usd|dollars?|gbp|pounds?|k)\b`).MatchString(t):
		return "threshold"
	}
	return ""
}

// asksRefine reports whether t asks for a refinement of an existing flow, not a question about one.
func asksRefine(t string) bool {
	return refineKind(t) != "" && !regexp.MustCompile(`^(?:how|why|what|which|when|where|who|does|do|did|is|are|should|would|will|explain)\b`).MatchString(t)
}

// planRefine keeps the refinement as a requirement line and use case about the record it
// names, and says what it adds where.
func planRefine(g bot.Grounding, t string) (*change, bool) {
	if !asksRefine(t) {
		return nil, false
	}
	if small := smallFeatures(g, t); len(small) > 0 && addVerbRe.MatchString(t) {
		return nil, false // "add manual review of flagged posts": a capability the design can take
	}
	kind := refineKind(t)
	ent := refinedEntity(g, t, kind)
	if ent == "" {
		return nil, false
	}
	rule := strings.TrimRight(strings.TrimSpace(t), ".!")
	rule = strings.ToUpper(rule[:1]) + rule[1:]
	line := refinePrefix + rule + " (" + ent + ")"
	if slices.Contains(g.Requirements.Functional, line) {
		return &change{unsupported: "The design already keeps that rule (see Requirements)."}, true
	}
	req := cloneReq(g.Requirements)
	req.Functional = append(req.Functional, line)
	req.UseCases = append(req.UseCases, refineUseCase(kind, ent, rule))
	reply := fmt.Sprintf("Kept as a rule on %s: %s. %s", ent, rule, refineEffects(kind, ent))
	if note := alreadyRuns(g, t); note != "" {
		reply += " " + note
	}
	return &change{
		decision:  fmt.Sprintf("Refine %s: %s", ent, rule),
		rationale: "a rule on an existing flow, not a new capability: " + refineEffects(kind, ent),
		req:       &req,
		reply:     reply,
	}, true
}

// refinedEntity is the design's record the request is about: one it names ("transfers"), never
// a place it names ("at the store"); else, for a payment split, the record that is paid for (an
// order, a booking); else the record the busiest write makes; else the first record of the
// design's main store.
func refinedEntity(g bot.Grounding, t, kind string) string {
	r := newRenderer(g)
	es := r.entities()
	for _, e := range es {
		for _, w := range strings.Fields(strings.ToLower(e.Name)) {
			if len(w) > 3 && regexp.MustCompile(`(?:^|[^ ]\s|\b(?:the|a|an|any|all|each|every|our)\s)`+regexp.QuoteMeta(w)+`s?\b`).MatchString(t) &&
				!regexp.MustCompile(`\b(?:at|in|to|from|by) (?:the |a |each |every )?`+regexp.QuoteMeta(w)).MatchString(t) {
				return e.Name
			}
		}
	}
	if kind == "split" {
		for _, e := range es {
			if regexp.MustCompile(`(?i)\b(?:order|booking|reservation|purchase|invoice|sale)`).MatchString(e.Name) {
				return e.Name
			}
		}
	}
	// The record the design's busiest write makes ("payments over 100k": the transfers).
	if len(g.Capacity.Flows) > 0 {
		fl := strings.Fields(strings.ToLower(flowFor(g.Capacity, t).Name))
		for _, e := range es {
			if slices.ContainsFunc(strings.Fields(strings.ToLower(e.Name)), func(w string) bool { return len(w) > 3 && slices.Contains(fl, w) }) {
				return e.Name
			}
		}
	}
	main := mainStore(g).Name
	for _, e := range es {
		if r.has(e.Store) && r.name(e.Store) == main {
			return e.Name
		}
	}
	if len(es) > 0 {
		return es[0].Name
	}
	return ""
}

func refineUseCase(kind, ent, rule string) string {
	switch kind {
	case "review":
		return fmt.Sprintf("A %s the rule catches (%s) waits as held_for_review; a reviewer approves it and it continues, or rejects it and it is released and the customer told", strings.ToLower(ent), rule)
	case "split":
		return fmt.Sprintf("A customer pays part of a %s online and the rest later (%s); it is handed over only when nothing is due", strings.ToLower(ent), rule)
	}
	return fmt.Sprintf("A %s outside the threshold (%s) is refused with the rule it broke, before anything is written", strings.ToLower(ent), rule)
}

// refineEffects says what a refinement adds to the record, the API and the flow.
func refineEffects(kind, ent string) string {
	switch kind {
	case "review":
		return fmt.Sprintf("%s gains the state held_for_review and a review row (reviewer, decision, reason, time) kept for audit; the flow stops at the rule and resumes on approval; a reviewer's endpoint decides it, and a rejection releases what was reserved.", ent)
	case "split":
		return fmt.Sprintf("%s gains the amount paid online and the amount due later with its payment status; checkout charges the first part through the existing payment provider, and an endpoint at the counter records the rest before handover.", ent)
	}
	return fmt.Sprintf("the service that writes %s checks the threshold before writing and answers 422 with the rule it broke.", ent)
}

// alreadyRuns says which of the request's named providers the design already runs ("Use
// Stripe": the payment processor is Stripe / Adyen).
func alreadyRuns(g bot.Grounding, t string) string {
	for _, w := range regexp.MustCompile(`\b(?:use|with|through|via)\s+([a-z][a-z0-9]+)`).FindAllStringSubmatch(t, -1) {
		for _, c := range g.Components {
			if c.Kind == "external" && len(w[1]) > 3 && strings.Contains(strings.ToLower(c.Technology), w[1]) {
				return fmt.Sprintf("%s already runs on %s, so nothing new is added for %s.", c.Name, c.Technology, w[1])
			}
		}
	}
	return ""
}

// refinements are the rules kept in the requirements, each with its kind and record.
func (r *renderer) refinements() [][3]string {
	var out [][3]string
	for _, f := range r.g.Requirements.Functional {
		rest, ok := strings.CutPrefix(f, refinePrefix)
		if !ok {
			continue
		}
		i := strings.LastIndex(rest, " (")
		if i < 0 {
			continue
		}
		rule, ent := rest[:i], strings.TrimSuffix(rest[i+2:], ")")
		out = append(out, [3]string{refineKind(strings.ToLower(rule)), ent, rule})
	}
	return out
}

// writeRefinements adds to the data flow, API or data model what each kept rule changes there.
func (r *renderer) writeRefinements(b *strings.Builder, section string) {
	rs := r.refinements()
	if len(rs) == 0 {
		return
	}
	b.WriteString("\n\n### Rules added in conversation\n")
	for _, x := range rs {
		kind, ent, rule := x[0], x[1], x[2]
		path := "/v1/" + strings.ReplaceAll(strings.ToLower(ent), " ", "-") + "s/{id}"
		switch {
		case section == "flow" && kind == "review":
			fmt.Fprintf(b, "- %s: the write stops at the rule, the %s is stored as held_for_review and queued for a reviewer; approval resumes the flow where it stopped, rejection releases what was reserved and tells the customer.\n", rule, strings.ToLower(ent))
		case section == "flow" && kind == "split":
			fmt.Fprintf(b, "- %s: checkout charges the online part through the payment provider and stores what is still due; at handover staff record the rest, and the %s is released only when nothing is due.\n", rule, strings.ToLower(ent))
		case section == "flow":
			fmt.Fprintf(b, "- %s: checked by the service that writes the %s before anything is written.\n", rule, strings.ToLower(ent))
		case section == "api" && kind == "review":
			fmt.Fprintf(b, "- `POST %s/review` {decision: approve | reject, reason} → 200; reviewer role only, and never the %s's own author; idempotent by id and decision. `GET /v1/reviews?state=held` lists the queue.\n", path, strings.ToLower(ent))
		case section == "api" && kind == "split":
			fmt.Fprintf(b, "- `POST %s/payments` {amount, method} → 201 records a payment at the counter (staff role, Idempotency-Key); the %s's response carries amount_paid and amount_due.\n", path, strings.ToLower(ent))
		case section == "api":
			fmt.Fprintf(b, "- Writes of %s that break the rule (%s) get 422 {code: rule_violated, message}.\n", ent, rule)
		case section == "model" && kind == "review":
			fmt.Fprintf(b, "- **%s** gains state held_for_review; **Review** (id, %s_id, reviewer, decision, reason, decided_at) keeps every decision for audit.\n", ent, strings.ReplaceAll(strings.ToLower(ent), " ", "_"))
		case section == "model" && kind == "split":
			fmt.Fprintf(b, "- **%s** gains amount_paid_online, amount_due, due_payment_state (due, paid), and each payment is its own row with its provider reference.\n", ent)
		}
	}
}

// addVerbRe finds a request that starts by adding something.
var addVerbRe = regexp.MustCompile(`^(?:please |can you |could you |let'?s |we (?:need|want) to )?(?:add|introduce|support|enable|include|build)\b`)

// smallFeatures are the capabilities t names that the design lacks and could take without
// becoming a second product: a request for one is an addition, not a refinement.
func smallFeatures(g bot.Grounding, t string) []string {
	ids, _ := detect(t)
	var fresh []string
	for _, id := range ids {
		if id != "core" && id != "generic" && !slices.Contains(g.Requirements.Features, id) {
			fresh = append(fresh, id)
		}
	}
	if len(fresh) == 0 || newProduct(g, fresh) != "" {
		return nil
	}
	return fresh
}
