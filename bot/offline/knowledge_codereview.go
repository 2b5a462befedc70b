package offline

// codeReviewFeatures is code review for a repository (Gerrit, Phabricator, pull requests): changes
// with patch sets, comments on lines, votes and submit rules, where the hard part is the size of
// diffs and of the repository rather than the request rate.
var codeReviewFeatures = []*feature{
	{
		ID: "codereview", Name: "code review", Archetype: "code review system", Rank: 57,
		Load:          &loadProfile{WritesPerUser: 15, ReadsPerUser: 150, ReadWrite: 10, RecordBytes: 2_000, ResponseBytes: 50_000, PeakFactor: 3, Retention: 10, HotFraction: 0.05, Write: "review action", Read: "diff view"},
		Style:         "Git servers own the code and each change's patch sets; a review service keeps changes, comments and votes in PostgreSQL; diffs are computed per file on demand and cached by blob ids, so a huge change costs only the files someone opens",
		CapacityNote:  "Request rates are small for a company; what is large is a change: thousands of files and hundreds of thousands of lines. The diff path is sized by bytes per view, and rendered file diffs are cached because they never change once both blobs exist.",
		Functional:    []string{"Engineers push a change (one or more commits) for review; each re-push is a new patch set", "Reviewers see the change's file list and each file's diff between any two patch sets", "Comments anchored to a file, line and patch set, carried forward to later patch sets", "Votes (+1/+2/−2) and CI results decide when a change can be submitted; owners of touched paths are added as reviewers", "Submit merges (or rebases) the change onto the branch"},
		NonFunctional: []string{"A file diff opens in < 1 s even in a change of thousands of files", "No comment is ever lost or attached to the wrong line", "The repository is never corrupted by concurrent submits"},
		OutOfScope:    []string{"The CI system itself", "Code search across the monorepo"},
		UseCases:      []string{"An engineer pushes a 4,000-file refactor for review", "A reviewer compares patch set 3 with 5 and comments on a line", "CI votes and the change is submitted"},
		Entities: []entity{
			{Name: "Change", Store: "reviewdb", Key: "change_id", Partition: "change_id", Indexes: "(owner_id, updated_at), (status, project), (reviewer_id, status)", Fields: "change_id, owner_id, project, branch, subject, status (open | merged | abandoned), current_patch_set", Why: "relational: reviewers, votes and submit rules join on it"},
			{Name: "Patch set", Store: "reviewdb", Key: "(change_id, number)", Partition: "change_id", Indexes: "-", Fields: "change_id, number, commit sha, base sha, files changed, lines added/removed, uploaded_at", Why: "points at commits in the Git servers; the code itself is never copied into the database"},
			{Name: "Comment", Store: "reviewdb", Key: "comment_id", Partition: "change_id", Indexes: "(change_id, patch_set, file)", Fields: "comment_id, change_id, patch_set, file, line range, side, author_id, text, in_reply_to, resolved", Why: "anchored to a file, line and patch set so it can be mapped onto later patch sets"},
			{Name: "Rendered file diff", Store: "cache", Key: "(old blob sha, new blob sha, options)", Partition: "hash of the key", Indexes: "-", Fields: "hunks with syntax highlighting, intra-line changes", Why: "immutable for a pair of blobs, so it can be cached without invalidation"},
		},
		Components: []string{"client", "reviewsvc", "diffsvc", "gitsvc", "reviewdb", "cache", "queue", "reviewworker", "ciext"},
		APIs: []endpoint{
			{Method: "GET", Path: "/v1/changes?reviewer=me&status=open&cursor=", Response: "{changes[], next_cursor}", Paginated: true},
			{Method: "GET", Path: "/v1/changes/{id}/files?base=&patch_set=&cursor=", Response: "{files[]: path, status, lines added/removed, size}, next_cursor", Paginated: true, Note: "paged: a change can touch thousands of files"},
			{Method: "GET", Path: "/v1/changes/{id}/diff?file=&base=&patch_set=", Response: "{hunks[]} or {too_large: true, raw_url}", Note: "one file at a time; huge files are truncated with a link to the raw diff"},
			{Method: "POST", Path: "/v1/changes/{id}/comments", Request: "{patch_set, file, line, side, text, in_reply_to?} + Idempotency-Key", Response: "201 {comment_id}", Idempotent: true},
			{Method: "POST", Path: "/v1/changes/{id}/votes", Request: "{label, value}", Response: "200", Idempotent: true, Auth: "user token or CI service token"},
			{Method: "POST", Path: "/v1/changes/{id}/submit", Request: "+ Idempotency-Key", Response: "200 {merged_sha} | 409 needs rebase | 412 rules not met", Idempotent: true},
		},
		Screens: []screen{
			{Name: "My reviews", Shows: "changes waiting for me, mine, recently merged", Calls: []string{"GET /v1/changes"}},
			{Name: "Change", Shows: "file list with sizes, votes, CI status; submit", Calls: []string{"GET /v1/changes/{id}/files", "POST /v1/changes/{id}/votes", "POST /v1/changes/{id}/submit"}},
			{Name: "File diff", Shows: "side-by-side diff of one file between two patch sets with comments", Calls: []string{"GET /v1/changes/{id}/diff", "POST /v1/changes/{id}/comments"}},
		},
		Flows: []flow{
			{Name: "Push a change", Steps: []string{"An engineer pushes to the review ref; {c:gitsvc} stores the objects and creates the patch-set ref.", "{c:reviewsvc} records the change and patch set in {c:reviewdb} (commit shas, file counts — never the code) and publishes PatchSetCreated to {c:queue}.", "{c:reviewworker} adds the owners of the touched paths as reviewers, triggers {c:ciext}, and notifies the reviewers."}},
			{Name: "Review a huge change", Steps: []string{"The change page loads the file list a page at a time from {c:diffsvc}, with each file's size, so the reviewer sees 4,000 files without any diff being computed.", "Opening a file asks {c:diffsvc} for that file's diff between the two patch sets: it is read from {c:cache} by (old blob, new blob), or computed from {c:gitsvc}, highlighted and cached.", "A comment is saved in {c:reviewdb} with its patch set, file and line; on later patch sets it is shown at the line the diff maps it to."}},
			{Name: "Submit", Steps: []string{"{c:reviewsvc} checks votes and CI against the submit rules, then asks {c:gitsvc} to merge or rebase onto the branch with a compare-and-swap of the branch ref; a concurrent submit that moved the branch makes it retry or answer 409."}},
		},
		Deep: []deepDive{
			{Title: "Huge diffs: never compute what nobody opens", Weight: 10, Body: "A monorepo refactor can touch thousands of files and a generated file can be megabytes. So nothing computes a whole change's diff: the change page lists files (with line counts from `git diff --numstat`, cheap) a page at a time, and {c:diffsvc} computes one file's diff when a reviewer opens it, with a time and size limit — past it, the file shows as too large with a raw download. Each rendered file diff is keyed by its two blob ids and options, so it never needs invalidation and is shared by every reviewer and every patch-set pair that contains the same blobs; generated and vendored paths are collapsed by default."},
			{Title: "Comments that follow the code across patch sets", Weight: 8, Body: "A comment is stored against the patch set, file, line range and side it was written on, never against a line number alone. When a newer patch set is shown, {c:diffsvc} maps the old range through the diff between the two patch sets; a comment whose lines were deleted is shown as outdated on its file rather than moved to a wrong line."},
			{Title: "A monorepo on Git servers", Weight: 7, Body: "{c:gitsvc} holds the repository on local SSDs with replicas, serving fetches and the blob reads of {c:diffsvc}; reviews never clone. Patch sets are refs (refs/changes/…), so every version of a change stays fetchable. Submits serialise on the branch ref with compare-and-swap, and a merge queue batches them when the monorepo's main branch is busy."},
		},
		Caching:      []string{"Rendered file diffs in {c:cache} keyed by (old blob, new blob, options) with LRU eviction and no invalidation — the key changes when the content does; change pages cached for a few seconds."},
		Partitioning: []string{"{c:reviewdb} fits one primary for a company; comments and patch sets are keyed by change so a change page is one index range. {c:gitsvc} is one repository, replicated; CPU for diffs scales in {c:diffsvc}, not in Git."},
		Async:        []string{"Reviewer assignment, CI triggers and notifications run from review events, off the push path."},
		Reliability:  []string{"If {c:diffsvc} is slow, the change page and comments still load; only opened diffs wait. If {c:ciext} is down, changes wait for its vote rather than merging without it."},
		Security:     []string{"Read access follows the repository's permissions; CI votes use a service token limited to its label; submit is checked against the branch's rules on the server, and the source code never leaves the Git servers except to the browser of someone allowed to read it."},
		Tradeoffs: []tradeoff{
			{Decision: "Per-file diffs on demand, cached by blob ids", Rejected: "computing and storing a change's whole diff at push time", Why: "most files of a huge change are never opened; blob-keyed caching needs no invalidation"},
			{Decision: "Code stays in Git; the database keeps only metadata", Rejected: "copying diffs or files into the review database", Why: "Git already stores every version compactly; copies would drift and bloat"},
		},
		Open: []string{"Merge or rebase on submit, and is a merge queue needed for the main branch?"},
	},
}
