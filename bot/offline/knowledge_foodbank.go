package offline

// foodBankFeatures is the lot-tracked warehouse inventory archetype, as a food bank network runs
// it: donated stock arrives in lots with expiry dates, is picked first-expiry-first-out against
// weekly allocations to partner pantries, and any recalled lot must be traced to every pantry
// that received it. No money changes hands; the hard parts are lot identity surviving every
// split and repack, fair allocation of short supply, and a recall answered within the hour.
var foodBankFeatures = []*feature{
	{
		ID: "foodbank", Name: "lot-tracked stock, FEFO picking and recall tracing", Archetype: "food bank inventory and allocation system", Rank: 62,
		Load:  &loadProfile{Writes: 0.3, WritesPerUser: 40, ReadsPerUser: 60, ReadWrite: 2, RecordBytes: 400, ResponseBytes: 8_000, PeakFactor: 4, Retention: 7, Write: "stock movement", Read: "stock or pick-list read"},
		Style: "one relational database as the system of record, where every quantity change is an append-only stock movement on a lot and a bin, stock levels are derived from it in the same transaction, and a lot-to-pantry trace index is maintained from the movements so a recall is one indexed query; warehouse tablets work offline and sync",
		Functional: []string{
			"Intake on tablets: scan or pick the product, enter the expiry date and the manufacturer's lot code when there is one, quantity and storage zone (dry, chilled, frozen); each intake creates a lot and prints its label",
			"Stock per lot, warehouse and bin; moves between bins and between warehouses; counts and adjustments with reasons (damaged, expired, discarded)",
			"Partner pantries order from the weekly offer in a web portal during the order window; the food bank allocates stock to orders, fairly when supply is short",
			"Pick lists are first-expiry-first-out: the picker is sent to the lot that expires first among those with enough shelf life left for the pantry to distribute it",
			"Recall: given a manufacturer, product and lot code (or a best-by date range), put every matching lot on hold everywhere and list every pantry that received it, with quantities and dates, within an hour",
			"Expiry alerts: lots nearing their date are offered first or flagged for immediate distribution; expired lots are blocked from picking",
		},
		NonFunctional: []string{
			"Recall trace complete within 1 hour of the notice, including shipments picked on tablets that were offline at the time",
			"Every unit that left a warehouse is attributable to a lot and a pantry: stock is never adjusted without a movement row",
			"Tablets keep intake and picking going when the warehouse Wi-Fi drops, and sync without double-counting",
			"A held or recalled lot can no longer be picked anywhere within seconds of the hold",
		},
		OutOfScope: []string{"Payments, invoicing and checkout: pantries do not pay for food (shared maintenance fees, if any, are billed outside this system)", "Truck routing and delivery scheduling beyond the shipment date", "Client (household) intake at the pantries"},
		UseCases: []string{
			"A volunteer at the Northside warehouse receives 40 cases of canned beans, enters expiry 2026-03 and lot code L2291, and labels them as lot 88120",
			"St. Mary's pantry orders 12 cases of protein and 20 of produce for Thursday; the allocation run gives it 10 protein because supply is short this week",
			"A picker's list sends her to bin B-14 for beans expiring in March before the May cases in B-02",
			"A peanut butter recall arrives at 14:05 listing lot codes 4471-4480; by 14:20 the lots are held and the 23 pantries that received them are emailed with quantities and dates",
		},
		Entities: []entity{
			{Name: "Product", Store: "stockdb", Key: "product_id", Partition: "none", Indexes: "unique(gtin) where present; (category)",
				Fields: "product_id, gtin/UPC, product_name, brand, manufacturer, category, storage (dry|chilled|frozen), unit, min_shelf_days", Why: "the item master; donated goods without barcodes get an internal product"},
			{Name: "Lot", Store: "stockdb", Key: "lot_id", Partition: "none (hundreds of thousands of rows a year)", Indexes: "(product_id, expiry_date); (manufacturer, mfr_lot_code); (donor_id, received_at); (status)",
				Fields: "lot_id, product_id, mfr_lot_code (nullable), expiry_date, donor_id, received_at, warehouse_id, received_qty, parent_lot_ids[] (repacks), status (available|hold|recalled|expired|discarded)", Why: "the unit of traceability: everything that follows — bins, picks, shipments — points at a lot"},
			{Name: "Stock movement", Store: "stockdb", Key: "movement_id (client-generated UUID)", Partition: "by month (time-partitioned table)", Indexes: "(lot_id, at); (warehouse_id, at); unique(movement_id)",
				Fields: "movement_id, lot_id, kind (receive|move|pick|ship|adjust|discard|repack_in|repack_out|transfer), qty, from_bin, to_bin, warehouse_id, shipment_id, user_id, device_id, at (device time), synced_at", Why: "append-only ledger: stock is what the movements sum to, and the client id makes a re-synced tablet batch idempotent"},
			{Name: "Lot stock", Store: "stockdb", Key: "(lot_id, warehouse_id, bin)", Partition: "warehouse_id", Indexes: "(warehouse_id, product_id, expiry_date) where qty_available > 0 — the FEFO index",
				Fields: "lot_id, warehouse_id, bin, product_id, expiry_date, qty_on_hand, qty_allocated, version", Why: "the derived balance, updated in the movement's transaction; the FEFO index makes 'next lot to pick' one index scan"},
			{Name: "Pantry order", Store: "stockdb", Key: "order_id", Partition: "none", Indexes: "(pantry_id, week); (week, status)",
				Fields: "order_id, pantry_id, week, delivery_date, lines[] {product_id | category, qty_requested}, status (draft|submitted|allocated|picked|shipped|received)", Why: "what a pantry asked for in the week's window; a request, not a purchase"},
			{Name: "Allocation", Store: "stockdb", Key: "(order_id, line_no, lot_id)", Partition: "none", Indexes: "(lot_id); (warehouse_id, pick_list_id)",
				Fields: "order_id, line_no, lot_id, warehouse_id, bin, qty_allocated, qty_picked, picked_lot_id (if the picker took another lot), pick_list_id", Why: "ties an order line to the lots planned for it and, after picking, to the lots that physically left"},
			{Name: "Lot trace", Store: "stockdb", Key: "(lot_id, pantry_id, shipment_id)", Partition: "none", Indexes: "(lot_id); (pantry_id, shipped_at)",
				Fields: "lot_id, root_lot_ids[] (through repacks), pantry_id, shipment_id, qty, shipped_at, received_at", Why: "the recall index: written when a shipment leaves, it answers 'which pantries got lot X' with one lookup"},
		},
		Components: []string{"tablets", "client", "stocksvc", "allocsvc", "recallsvc", "fbworker", "fbjobs", "stockdb", "providers"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/warehouses/{id}/movements:batch", Request: "{movements[]: movement_id, kind, lot_id | new lot {product_id, expiry_date, mfr_lot_code, donor_id}, qty, from_bin, to_bin, at}", Response: "200 {applied[], rejected[]: movement_id, reason (lot_on_hold|insufficient_stock)}", Idempotent: true, Auth: "staff token (device-bound)", Note: "tablets send what they queued offline; each movement is idempotent on its client id"},
			{Method: "GET", Path: "/v1/warehouses/{id}/stock?product_id=&expiring_before=", Response: "{lots[]: lot_id, product, expiry_date, bin, qty_on_hand, qty_allocated, status}", Paginated: true, Auth: "staff token"},
			{Method: "GET", Path: "/v1/warehouses/{id}/pick-lists/{pick_list_id}", Response: "{lines[]: bin, product, lot_id, expiry_date, qty, pantry, order_id}", Auth: "staff token", Note: "ordered by walking route; downloaded to the tablet before picking starts"},
			{Method: "GET", Path: "/v1/offers/current", Response: "{week, window_closes_at, items[]: product or category, qty_offered, earliest_expiry}", Auth: "pantry token"},
			{Method: "PUT", Path: "/v1/pantries/{id}/orders/{week}", Request: "{lines[]: product_id | category, qty}", Response: "200 {order_id, status}", Idempotent: true, Auth: "pantry token", Note: "editable until the order window closes"},
			{Method: "GET", Path: "/v1/pantries/{id}/orders?cursor=", Response: "{orders[] with allocated and shipped quantities, next_cursor}", Paginated: true, Auth: "pantry token"},
			{Method: "POST", Path: "/v1/pantries/{id}/shipments/{shipment_id}/receipt", Request: "{lines[]: lot_id, qty_received}", Response: "204", Idempotent: true, Auth: "pantry token"},
			{Method: "POST", Path: "/v1/recalls", Request: "{manufacturer, product_ids[] | gtin, mfr_lot_codes[] | best_by_from, best_by_to, source_notice}", Response: "201 {recall_id, lots_held, pantries_affected}", Idempotent: true, Auth: "staff token (recall coordinator)"},
			{Method: "GET", Path: "/v1/recalls/{id}", Response: "{lots[]: lot_id, qty_in_stock_held, qty_shipped; pantries[]: pantry, qty, shipped_at, notified_at, acknowledged_at}", Auth: "staff token"},
			{Method: "GET", Path: "/v1/pantries/{id}/recalls", Response: "{recalls[]: recall_id, product, lot codes, qty received, shipped_at, acknowledged}", Auth: "pantry token", Note: "only the recalls whose trace reaches this pantry"},
			{Method: "POST", Path: "/v1/recalls/{id}/acknowledgements", Request: "{pantry_id, qty_found, qty_already_distributed}", Response: "204", Idempotent: true, Auth: "pantry token"},
		},
		Screens: []screen{
			{Name: "Tablet: intake", Shows: "scan or search product, expiry date, lot code, quantity, zone; prints the lot label; works offline", Calls: []string{"POST /v1/warehouses/{id}/movements:batch"}},
			{Name: "Tablet: picking", Shows: "pick list in walking order, scan bin and lot label, confirm quantity, substitute another lot of the same product", Calls: []string{"GET /v1/warehouses/{id}/pick-lists/{pick_list_id}", "POST /v1/warehouses/{id}/movements:batch"}},
			{Name: "Tablet: stock lookup", Shows: "lots per product with bin, expiry and status; expiring soon", Calls: []string{"GET /v1/warehouses/{id}/stock"}},
			{Name: "Pantry portal: weekly order", Shows: "this week's offer and the closing time; order lines; past orders and deliveries", Calls: []string{"GET /v1/offers/current", "PUT /v1/pantries/{id}/orders/{week}", "GET /v1/pantries/{id}/orders", "POST /v1/pantries/{id}/shipments/{shipment_id}/receipt"}},
			{Name: "Recall console", Shows: "enter the notice; held lots, stock on hand, affected pantries with notified and acknowledged times", Calls: []string{"POST /v1/recalls", "GET /v1/recalls/{id}"}},
			{Name: "Pantry portal: recall notice", Shows: "which recalled items the pantry received, when and how many; confirm what was found", Calls: []string{"GET /v1/pantries/{id}/recalls", "POST /v1/recalls/{id}/acknowledgements"}},
		},
		Flows: []flow{
			{Name: "Receive a donation", Steps: []string{
				"A volunteer's tablet in {c:tablets} records the intake locally — product, expiry date, manufacturer lot code if printed, quantity, bin — with a client-generated movement id and prints a lot label.",
				"When connected, the tablet sends its queued movements to {c:stocksvc}, which in one transaction in {c:stockdb} creates the lot, inserts the receive movement and adds to the lot's stock in that bin; a batch replayed after a dropped connection is deduplicated on movement_id."}},
			{Name: "Order and allocate for the week", Steps: []string{
				"{c:allocsvc} publishes the week's offer from available stock; pantries place or edit orders in the portal until the window closes.",
				"At close, {c:allocsvc} allocates per product: if supply covers demand every order gets what it asked for; otherwise each pantry gets a share proportional to the households it serves, rounded to whole cases.",
				"For each allocated line it chooses lots FEFO — the earliest expiry_date whose remaining shelf life at the delivery date is at least the product's min_shelf_days — in the pantry's nearest warehouse, increments qty_allocated, and groups the lines into pick lists per warehouse and delivery route."}},
			{Name: "Pick and ship", Steps: []string{
				"The picker's tablet downloads the pick list and works offline if needed: scan the bin, scan the lot label, confirm the quantity; if the planned lot is not where expected she scans another lot of the same product, and the pick records the lot actually taken.",
				"On sync {c:stocksvc} applies the pick movements, moves allocations to the lots actually picked, and refuses a pick from a lot that went on hold meanwhile (the tablet shows it at once and the case is set aside).",
				"When the truck is loaded the ship movement closes the shipment and writes a Lot trace row per (lot, pantry, shipment); the pantry confirms receipt in the portal."}},
			{Name: "Recall a lot", Steps: []string{
				"The recall coordinator enters the notice; {c:recallsvc} finds matching lots by (manufacturer, mfr_lot_code), or by product and best-by range when donated items carry no lot code, and follows parent_lot_ids forward to repacked lots.",
				"In one transaction it sets those lots to recalled, which the FEFO index and pick validation exclude at once, and returns stock on hand per warehouse and bin to pull.",
				"It reads the Lot trace rows for the lots and gets every pantry, shipment, quantity and date; {c:fbworker} emails and texts each pantry's contacts through {c:providers}, and the console tracks acknowledgements.",
				"Tablets offline at recall time sync their picks later; any pick of a recalled lot that arrives after the recall is added to the trace and notified within minutes, and the console shows which warehouses still have unsynced tablets."}},
		},
		Deep: []deepDive{
			{Title: "Tracing a recalled lot to pantries within the hour", Weight: 10, Body: "A recall is answered by an index, not a search. Every ship movement writes Lot trace rows (lot, root lots, pantry, shipment, quantity, date) in the same transaction, so 'who received lot X' is one indexed lookup whatever the history. The difficulty is what a lot is.\n\nLot identity must survive everything warehouses do. Cases split across bins and warehouses keep their lot_id (only Lot stock rows multiply). A repack — mixing items from several lots into family boxes — creates a new lot whose parent_lot_ids name every source lot, and its trace rows carry root_lot_ids, so a recall of one source lot reaches the boxes. Picks record the lot physically taken, not the lot the plan chose: a picker who took the May cases instead of the March ones changes the trace, and that substitution is the most common reason a paper recall misses a pantry.\n\nMatching the notice is the other half. Manufacturer lot codes are captured at intake when printed; donated food often has none, so the match falls back to product (GTIN) plus best-by range plus receipt window, and over-includes on purpose: a pantry told about a can that turns out to be outside the range costs a phone call, a missed one costs a sick household.\n\nThe hour is met with margin: the query and holds take seconds; the remaining risk is offline tablets, so the console lists warehouses with unsynced devices, and a pick of a held lot synced later is traced and notified on arrival."},
			{Title: "First-expiry-first-out allocation and picking", Weight: 9, Body: "FEFO is not just 'oldest first'. A lot is eligible for a pantry only if, at the delivery date, it still has the product's min_shelf_days left (for example 7 days for dairy, 30 for canned goods), so the pantry can hand it out; lots closer to expiry are routed to pantries that distribute daily or to the same-day programme, and expired lots are blocked by status.\n\nThe Lot stock table carries product and expiry_date denormalised, with a partial index on (warehouse_id, product_id, expiry_date) where stock is available, so choosing lots for an order line is an index scan in expiry order, taking quantity from successive lots until the line is covered. Allocation increments qty_allocated with a version check, so two allocation runs or a manual reallocation cannot promise the same cases twice.\n\nWhen supply is short the weekly run shares each product across pantries in proportion to households served (with a floor per pantry), rather than first-come first-served, which would favour the pantries with the fastest volunteers. The run is a batch of a few thousand order lines over a few hundred thousand lot rows: seconds in one transaction per product."},
			{Title: "Offline tablets in the warehouse without double counting", Weight: 8, Body: "Warehouse Wi-Fi is poor in freezers and at the far end of racking, and volunteers cannot stop intake for it. Each tablet keeps its movements in a local queue with client-generated UUIDs and device time, and sends them in batches; {c:stocksvc} applies each movement in a transaction keyed on movement_id, so a batch resent after a timeout is applied once.\n\nConflicts are physical, not editorial, so the server does not reject reality: if two tablets picked more of a lot than the system thought was there, the second pick is applied, the lot's stock goes negative and a count task is raised for that bin — the cases did leave. What the server does refuse is a pick from a lot on hold or recalled; the tablet learns it at sync and the volunteer sets the case aside.\n\nPick lists are downloaded before picking, and holds are pushed to connected tablets immediately; an offline tablet's picks of a recalled lot are exactly the case the recall console watches for."},
		},
		Caching:      []string{"Nothing shared is cached: at this size the database answers every read directly, and cached stock could let a held lot be picked. Tablets keep their own pick lists and the product list for offline use; the pantry portal's weekly offer is recomputed when stock changes and is small."},
		Partitioning: []string{"No sharding: at {peak_write} writes a second at peak the whole network's lots, movements and orders fit one PostgreSQL primary for years; movements are partitioned by month so old history is archived cheaply, and Lot stock carries warehouse_id for per-warehouse queries."},
		Async:        []string{"Recall notices to pantries, expiry alerts, lot labels to printers and the weekly offer refresh are rows in {c:fbjobs}, written in the same transaction as the change that caused them and taken by {c:fbworker}; the recall hold itself is synchronous. At a few thousand movements a day there is no broker to run."},
		Reliability: []string{
			"{c:stockdb} runs a synchronous standby and point-in-time recovery: a lost movement is lost traceability, so an acknowledged sync is never lost.",
			"A central outage does not stop warehouses: tablets keep queuing intake and picks; only allocation runs and recalls wait, and the recall console shows how stale each warehouse's data is.",
			"Alert on tablets unsynced for more than 30 minutes, lots with negative stock, and lots within 3 days of expiry with stock on hand.",
		},
		Security: []string{
			"Staff and volunteer accounts are scoped to their warehouse and role (intake, picker, coordinator); tablets are enrolled devices, so a lost tablet is revoked without resetting people's passwords.",
			"Pantry accounts see only their own orders, shipments and recall notices; every stock adjustment and recall action is attributed to a person for the audit that food-safety inspectors and donors ask for.",
		},
		Tradeoffs: []tradeoff{
			{Decision: "Append-only stock movements with derived balances", Rejected: "editing quantity fields in place", Why: "a balance alone cannot say where a lot went; the movements are the trace, and make offline sync idempotent"},
			{Decision: "Lot trace index written at shipment", Rejected: "reconstructing the trace from movements at recall time", Why: "the recall then depends on one indexed read instead of a replay across warehouses under time pressure"},
			{Decision: "Record the lot actually picked", Rejected: "trusting the planned allocation", Why: "pickers substitute lots every day; only the scanned lot makes the trace true"},
			{Decision: "One relational database for the whole network", Rejected: "a database per warehouse", Why: "thousands of movements a day fit one primary, and allocation and recall need the whole network's stock in one place"},
		},
		Bottlenecks: []string{"Data quality at intake, not capacity: a missing expiry date or lot code weakens FEFO and recalls, so intake requires expiry and asks for the lot code whenever the product has one.", "The weekly allocation close, when most pantries edit orders in the last hours of the window."},
		Open:        []string{"Do pantries report onward distribution to households, or does the trace end at the pantry?", "How long must trace data be kept for the food-safety regulator?", "Are repacked family boxes common enough to need their own lots?"},
	},
}

// foodBankComponents are the building blocks of the lot-tracked inventory archetype.
var foodBankComponents = []compSpec{
	{ID: "tablets", Name: "Warehouse tablets", Kind: "client", Tech: "Android tablets with barcode scanners, an offline movement queue and a label printer",
		Desc:  "intake, bin moves, picking and counts; keep working without Wi-Fi and sync in batches",
		Links: []link{{"gateway", "movement batches, pick lists"}}, Aliases: []string{"tablet", "tablets", "scanners"}},
	{ID: "stocksvc", Name: "Stock service", Kind: "service", Tech: "stateless Go service",
		Desc:  "applies movement batches idempotently, keeps lot stock per bin, enforces holds, writes the lot trace at shipment",
		Links: []link{{"stockdb", "lots, movements, lot stock, trace"}, {"fbjobs", "label and alert jobs"}}, Aliases: []string{"stock service", "inventory service"}},
	{ID: "allocsvc", Name: "Allocation service", Kind: "service", Tech: "stateless Go service with a weekly allocation job",
		Desc:  "weekly offers, pantry orders, fair-share allocation and FEFO lot choice, pick lists",
		Links: []link{{"stockdb", "orders, allocations, FEFO index"}}, Aliases: []string{"allocation", "orders", "pantry portal"}},
	{ID: "recallsvc", Name: "Recall service", Kind: "service", Tech: "stateless Go service",
		Desc:  "matches recall notices to lots, holds them network-wide, lists affected pantries and tracks acknowledgements",
		Links: []link{{"stockdb", "lot match, holds, trace lookup"}, {"fbjobs", "pantry recall notices"}}, Aliases: []string{"recall", "trace", "traceability"}},
	{ID: "fbjobs", Name: "Jobs table", Kind: "queue", Tech: "an outbox table inside Stock DB (replicated with it), taken with FOR UPDATE SKIP LOCKED (no broker to run)",
		Desc: "work committed in the same transaction as the change that caused it: recall notices, expiry alerts, label prints", Aliases: []string{"jobs", "outbox", "queue"}},
	{ID: "fbworker", Name: "Background workers", Kind: "worker", Tech: "Go worker processes polling the jobs table",
		Desc:  "send recall notices and expiry alerts by email and SMS, print lot labels, refresh the weekly offer",
		Links: []link{{"fbjobs", "take jobs"}, {"providers", "email, SMS"}, {"stockdb", "recall acknowledgements, offers"}}, Aliases: []string{"workers", "notifier"}},
	{ID: "stockdb", Name: "Stock DB", Kind: "database", Tech: "PostgreSQL with a synchronous standby and point-in-time recovery",
		Desc: "products, lots, movements, lot stock, pantry orders, allocations and the lot trace", Aliases: []string{"stock db", "inventory db"}},
}

func init() {
	addCatalog(foodBankComponents, link{"stocksvc", "movements, stock"}, link{"allocsvc", "offers, orders, pick lists"}, link{"recallsvc", "recalls"})
}
