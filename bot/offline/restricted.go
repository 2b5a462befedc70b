package offline

import (
	"regexp"
	"strings"
)

// A statement that lets only some people see some records ("sealed cases visible only to judges
// & parties", "confidential notes readable only by HR") names the records and who may see them;
// the design repeats both in every place a record could leak (search, caches, exports,
// notifications). Detection is data (knowledge/capabilities-restricted.yaml); this file reads the
// nouns.

// restrictedSeenRe finds records said to be seen only by some: "sealed cases visible only to
// judges & parties", "notes readable only by HR and the manager".
var restrictedSeenRe = regexp.MustCompile(`(?i)\b((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:are\s+|is\s+|must\s+be\s+|should\s+be\s+|stay\s+|remain\s+)?` +
	`(?:visible|viewable|readable|accessible|open|shown|restricted)\s+(?:only\s+)?(?:to|by)\s+(?:the\s+)?((?:[a-z][\w'’-]*(?:\s*(?:,|&|and|or)\s*(?:the\s+)?|\s+)?){1,5})`)

// restrictedNamedRe finds records restricted by their adjective alone: "sealed cases",
// "confidential HR files".
var restrictedNamedRe = regexp.MustCompile(`(?i)\b((?:sealed|confidential|restricted|classified|privileged)\s+(?:[a-z]+\s+)?(?:cases?|records?|files?|filings?|documents?|matters?|exhibits?|notes?))\b`)

// restrictedStop ends a list of roles: the words after it are a new clause.
var restrictedStop = set("must", "should", "can", "may", "will", "who", "which", "that", "where", "while", "with", "for", "in", "on", "at", "so", "but", "because", "when", "within",
	"per", "every", "each", "is", "are", "and", "or")

// restrictedOf reads what is restricted and who may see it, with defaults where the statement
// names only one of them.
func restrictedOf(statement string) (records, roles string) {
	records, roles = "restricted records", "the people granted each one"
	if m := restrictedNamedRe.FindString(statement); m != "" {
		records = strings.ToLower(m)
	}
	if m := restrictedSeenRe.FindStringSubmatch(statement); m != nil {
		if subject := strings.ToLower(m[1]); !restrictedStop[lastWord(subject)] && !strings.Contains(records, lastWord(subject)) && records == "restricted records" {
			records = subject
		}
		if r := restrictedRoles(m[2]); r != "" {
			roles = r
		}
	}
	return records, roles
}

// restrictedRoles cuts a list of roles where the clause after it begins: "judges & parties,
// filings must …" is "judges and parties".
func restrictedRoles(s string) string {
	var out []string
	for _, part := range strings.Split(strings.ToLower(s), ",") {
		closed := false // "judges & parties" ends the list; "judges, clerks and parties" goes on
		for _, w := range strings.Fields(part) {
			switch {
			case w == "&" || w == "and" || w == "or":
				closed = true
				continue
			case w == "the":
				continue
			case restrictedStop[w]:
				return joinAnd(out)
			}
			out = append(out, w)
		}
		if closed {
			break
		}
	}
	return joinAnd(out)
}

func joinAnd(ws []string) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0]
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}

// restrictedWords renders {restricted_records}, {restricted_record_a} and {restricted_roles}.
func (r *renderer) restrictedWords(name string) (string, bool) {
	records, roles := restrictedOf(r.g.Problem)
	switch name {
	case "restricted_records":
		return records, true
	case "restricted_record_a":
		return article(singularPhrase(records)), true
	case "restricted_roles":
		return roles, true
	}
	return "", false
}

// singularPhrase makes a phrase's last word singular: "sealed cases" → "sealed case".
func singularPhrase(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return s
	}
	ws[len(ws)-1] = singularNoun(ws[len(ws)-1])
	return strings.Join(ws, " ")
}
