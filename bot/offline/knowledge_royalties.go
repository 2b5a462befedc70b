package offline

// royaltyFeatures is royalty accounting: usage reported in batches, attributed to rights holders
// by split percentages that change over time, paid out in statements that must be exact to the
// cent and re-computable when a report is corrected.
var royaltyFeatures = []*feature{
	{
		ID: "royalties", Name: "royalty accounting", Archetype: "royalty accounting ledger", Rank: 57,
		Load:          &loadProfile{Writes: 30_000, ReadWrite: 0.01, RecordBytes: 100, ResponseBytes: 20_000, PeakFactor: 3, Retention: 10, HotFraction: 0.01, Write: "play", Read: "statement view"},
		Style:         "a batch accounting pipeline: usage files kept immutable per version, plays aggregated per recording before any money is computed, deterministic royalty runs that apply the splits in force on each play's date and post balanced ledger entries, and corrections handled by reversing a run and posting its replacement",
		CapacityNote:  "Plays are counted, not stored one by one in the ledger: 80 billion plays a month collapse to one aggregate row per (period, service, territory, recording) — millions, not billions — before rates and splits are applied; the raw files stay in object storage for audit and re-processing.",
		Functional:    []string{"Ingest daily usage files from each streaming service; a corrected file replaces its earlier version", "Attribute each play to its recording and, through the splits in force on the play's date, to the recording's rights holders", "Monthly statements per rights holder, exact to the cent, each line traceable to the plays and files behind it", "Re-process a period when a file or a split is corrected, and show the difference as an adjustment", "Rights holders and administrators maintain splits with the date they take effect"},
		NonFunctional: []string{"Exact: every cent of a service's payment is allocated to exactly one holder; no floating point anywhere", "Auditable: a statement can be recomputed bit for bit from its inputs (file versions, split history, rates)", "A month's run finishes within hours, so corrections can be re-run before statements close"},
		OutOfScope:    []string{"Paying out (bank transfers)", "Negotiating rates with services", "Fingerprinting unidentified recordings"},
		UseCases:      []string{"A service delivers yesterday's file; its plays are counted by recording", "A split changes from 50/50 to 60/40 from March; April's run applies it", "A service corrects last month's file; the run is reversed and re-posted, and statements show the adjustment"},
		Entities: []entity{
			{Name: "Usage file version", Store: "objstore", Key: "(service, report_date, version)", Partition: "service and month (key prefix)", Indexes: "-", Fields: "service, report_date, version, checksum, received_at, the plays (ISRC, territory, count, revenue)", Why: "immutable inputs: a correction is a new version, never an overwrite, so any run can be replayed"},
			{Name: "Play aggregate", Store: "olap", Key: "(period, service, territory, recording_id, file_version)", Partition: "period", Indexes: "sorted by (period, recording_id)", Fields: "period, service, territory, recording_id, file_version, plays, revenue_micros", Why: "billions of plays become millions of rows; keyed by file version so a correction replaces exactly its own rows"},
			{Name: "Split", Store: "rightsdb", Key: "(recording_id, holder_id, valid_from, recorded_at)", Partition: "recording_id", Indexes: "(recording_id, valid_from)", Fields: "recording_id, holder_id, share (exact decimal, shares of a recording sum to 1), valid_from, valid_to, recorded_at", Why: "bitemporal: when a split applies and when we learnt it, so a past run is explained by what was known then"},
			{Name: "Ledger entry", Store: "ledgerdb", Key: "entry_id", Partition: "holder_id", Indexes: "(holder_id, period), (run_id)", Fields: "entry_id, run_id, holder_id, period, amount_cents (integer), kind (royalty | reversal | adjustment), source (service, recording)", Why: "append-only and balanced per run: the money allocated equals the money received"},
		},
		Components: []string{"client", "dsps", "usageingest", "olap", "rightssvc", "rightsdb", "royaltyrun", "ledgerdb", "statementsvc", "objstore"},
		APIs: []endpoint{
			{Method: "GET", Path: "/v1/holders/{id}/statements?cursor=", Response: "{statements[]: period, total_cents, status}, next_cursor", Paginated: true},
			{Method: "GET", Path: "/v1/statements/{id}/lines?cursor=", Response: "{lines[]: service, recording, plays, amount_cents, run_id}, next_cursor", Paginated: true},
			{Method: "POST", Path: "/v1/recordings/{id}/splits", Request: "{shares[]: holder_id, share} , valid_from + Idempotency-Key", Response: "201 | 422 shares do not sum to 100%", Idempotent: true},
			{Method: "POST", Path: "/v1/runs", Request: "{period, reason}", Response: "202 {run_id}", Idempotent: true, Auth: "administrator token"},
		},
		Screens: []screen{
			{Name: "Statements", Shows: "a holder's monthly totals and adjustments", Calls: []string{"GET /v1/holders/{id}/statements"}},
			{Name: "Statement detail", Shows: "lines per service and recording, drill-down to plays", Calls: []string{"GET /v1/statements/{id}/lines"}},
			{Name: "Splits", Shows: "a recording's holders and shares over time; add a change from a date", Calls: []string{"POST /v1/recordings/{id}/splits"}},
		},
		Flows: []flow{
			{Name: "A daily file", Steps: []string{"{c:dsps} drop the file into {c:objstore}, where it is kept as a new version with its checksum.", "{c:usageingest} validates it, matches plays to recordings by ISRC in {c:rightsdb} (unmatched ones go to a claims queue), and writes aggregates per (period, service, territory, recording) to {c:olap}, tagged with the file version; a corrected file's aggregates replace its predecessor's."}},
			{Name: "The monthly run", Steps: []string{"{c:royaltyrun} reads the period's aggregates from {c:olap} and, for each recording, the splits in force on each play date from {c:rightsdb}.", "It computes each holder's amount in exact decimals, rounds to cents by largest remainder so the cents add up to the service's payment, and posts the run's entries to {c:ledgerdb} in one transaction, balanced against the amount received.", "{c:statementsvc} builds statements from the ledger; each line links to the run, file versions and splits that produced it."}},
			{Name: "A correction", Steps: []string{"When a corrected file or a back-dated split arrives, the period is re-run: the old run's entries are reversed and the new run is posted, and the statement shows the net difference as an adjustment."}},
		},
		Deep: []deepDive{
			{Title: "Exact to the cent", Weight: 10, Body: "Money is never a float. Revenue arrives in the service's currency with more precision than cents; amounts stay exact decimals (or integer micro-units) through rates and splits, and only the final allocation to holders is rounded. Rounding each holder's share independently would lose or invent cents, so each (service, recording, period) amount is split by largest remainder: everyone gets the floor in cents and the leftover cents go to the largest fractional parts, with ties broken by holder id so a re-run gives the same answer. The run's entries in {c:ledgerdb} must sum to what the service paid, or the run fails."},
			{Title: "Re-processing without rewriting history", Weight: 9, Body: "Inputs are immutable and versioned: file versions in {c:objstore}, splits with valid and recorded times in {c:rightsdb}, rate tables by date. A run is a pure function of (period, input versions), so it can be recomputed bit for bit for an audit. A correction never edits posted entries: the previous run is reversed with opposite entries and the new run posted, and statements show the net as an adjustment, so a holder can see why last month's figure changed."},
			{Title: "80 billion plays a month into millions of rows", Weight: 8, Body: "The unit of accounting is a count, not a play: {c:usageingest} aggregates each file's plays per (service, territory, recording) as it lands, so the monthly run multiplies millions of aggregates by their splits rather than billions of plays. The raw files stay in {c:objstore} for audit and re-aggregation; {c:olap} keeps the aggregates tagged with file versions so a corrected file swaps exactly its own rows."},
		},
		Partitioning: []string{"{c:olap} by period, sorted by recording; {c:ledgerdb} by holder so a statement is one index range; raw files by service and month in {c:objstore}."},
		Async:        []string{"Everything is batch: ingestion per file as it lands, runs per period, statements after a run is approved."},
		Reliability:  []string{"A failed run posts nothing (one transaction per run) and is simply re-run; a file that fails validation is quarantined and its service asked for a new version."},
		Security:     []string{"Holders see only their own statements; split changes need the administrator's approval and are kept with who made them; ledger entries are append-only."},
		Tradeoffs: []tradeoff{
			{Decision: "Aggregate plays before applying money", Rejected: "a ledger entry per play", Why: "the same result to the cent at a ten-thousandth of the rows, with the raw files kept for audit"},
			{Decision: "Reverse and re-post on corrections", Rejected: "updating posted amounts in place", Why: "statements already sent must stay explainable; the adjustment is what changed"},
			{Decision: "Largest-remainder rounding per allocation", Rejected: "rounding each share on its own", Why: "independent rounding loses or invents cents; largest remainder always sums to the amount"},
		},
		Open: []string{"Do back-dated split changes re-open closed periods, or apply as adjustments in the next statement?"},
	},
}
