package offline

import (
	"regexp"
	"strings"

	"github.com/archbot/archbot/conversation"
)

// Who may see the files a design serves decides how they are served: public content is cached
// openly at the edge with no signed URL, while a customer's return photo, a receipt or a scan is
// the private record of one person and goes through short-lived signed URLs with private caching.

var (
	// privateFileRe finds files that are private by what they are, whoever uploads them.
	privateFileRe = regexp.MustCompile(`(?i)\b(receipts?|x-?rays?|mri|ct scans?|scans? of|medical (?:images?|photos?|scans?|records?|files?)|(?:id|identity) (?:documents?|cards?|photos?|scans?)|passports?|driv(?:er'?s?|ing) licen[cs]es?|prescriptions?|payslips?|pay slips?|bank statements?|invoices?|kyc|proof of (?:address|identity|income))\b`)
	// mediaWordRe finds files and pictures of any kind.
	mediaWordRe = regexp.MustCompile(`(?i)\b(photos?|pictures?|images?|videos?|scans?|files?|attachments?|documents?|screenshots?)\b`)
	// privateRecordRe finds the private records a file is attached to: a return, a claim, a
	// complaint or a support ticket is between one customer and the business.
	privateRecordRe = regexp.MustCompile(`(?i)\b(attach\w*|returns?|returned|come back|refunds?|claims?|damage[ds]?|complaints?|tickets?|disputes?|patients?|evidence)\b`)
	// publicFileRe finds a statement that opens what it serves to anyone.
	publicFileRe = regexp.MustCompile(`(?i)\b(public(?:ly)?|published|publish\w*|anyone can (?:see|view|browse|read)|open to all|listings?|gallery|galleries|feeds?|followers)\b`)
)

// privateMedia reports whether the files a statement serves are private: files that are private
// by what they are (a receipt, an ID document), or pictures attached to a private record (the
// photos a customer attaches to a return), unless the statement opens them to anyone.
func privateMedia(problem string) bool {
	if privateFileRe.MatchString(problem) {
		return true
	}
	return mediaWordRe.MatchString(problem) && privateRecordRe.MatchString(problem) && !publicFileRe.MatchString(problem)
}

// publicContent reports whether what a statement serves is open to anyone (a public map, a
// published page) and holds no private files, so it needs no signed URL.
func publicContent(problem string) bool {
	return publicFileRe.MatchString(problem) && !privateMedia(problem)
}

var (
	// publicEdgeRe finds files cached openly at the edge for a long time.
	publicEdgeRe = regexp.MustCompile(`max-age=31536000|served from edge locations`)
	// servedSignedRe finds reads, not uploads, that go through expiring signed links.
	servedSignedRe = regexp.MustCompile(`(?i)signed (?:CDN )?URLs? (?:expire|that expire)|signed CDN URLs|its signed URLs`)
	// pkceHolderRe finds who a PKCE sign-in is given to: "SDK browsers sign in with OAuth 2.0 (PKCE)".
	pkceHolderRe = regexp.MustCompile(`(?i)(?:^|[.;]\s*)([^.;]{0,80}?) sign in with OAuth 2\.0 \(PKCE\)`)
	// machineRe finds software among those holders: no person types a password into an SDK.
	machineRe = regexp.MustCompile(`(?i)\b(SDKs?|services?|servers?|backends?|agents?|daemons?|jobs?|workers?|pipelines?)\b`)
)

// visibilityFindings are the contradictions between who may see what a design serves and how it
// serves it: private files on an open edge cache, signed links on what is public, and a person's
// sign-in flow given to software.
func (r *renderer) visibilityFindings(sections map[conversation.SectionID]string) []string {
	text := sections[conversation.Scalability] + "\n" + sections[conversation.Security] + "\n" + sections[conversation.Requirements]
	var out []string
	if privateMedia(r.g.Problem) && publicEdgeRe.MatchString(text) {
		out = append(out, "Private files on a public cache: the statement's files belong to one customer's record, yet the text caches them at the edge for a year → serve them through signed URLs that expire in minutes, with `Cache-Control: private`.")
	}
	if publicContent(r.g.Problem) && servedSignedRe.MatchString(text) {
		out = append(out, "Signed links on public content: what the design serves is public, yet the text says its links expire → cache it openly; keep signed URLs for uploads only.")
	}
	if m := pkceHolderRe.FindStringSubmatch(sections[conversation.API]); m != nil && machineRe.MatchString(m[1]) {
		out = append(out, "A sign-in flow for software: "+strings.TrimSpace(m[1])+" are given OAuth 2.0 (PKCE), a person's browser flow → give them a per-environment key, mTLS or client credentials.")
	}
	return out
}
