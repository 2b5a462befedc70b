package offline

// appointmentFeatures is launch-day booking of free public appointments (vaccinations, permits,
// school places): a fixed stock of slots, a crowd arriving at once, eligibility and one booking
// per person, and no payment — unlike hotel or flight reservations.
var appointmentFeatures = []*feature{
	{
		ID: "launchbooking", Name: "launch-day appointment booking", Archetype: "launch-day appointment booking system", Rank: 54,
		Load:          &loadProfile{WritesPerUser: 1, ReadsPerUser: 20, ReadWrite: 20, RecordBytes: 500, ResponseBytes: 5_000, PeakFactor: 20, Retention: 2, HotFraction: 0.5, Write: "booking", Read: "slot search"},
		Style:         "admission control first: a virtual waiting room at the edge lets people in at the rate the booking core sustains; eligibility is checked against a pre-loaded list, and slots are taken by conditional updates in one relational database with one booking per resident",
		CapacityNote:  "The arrival burst, not the slot count, sizes the edge: the booking core only has to take as many bookings a second as the waiting room admits, while the waiting page and clinic lists are static and served from the CDN.",
		Functional:    []string{"Residents check their eligibility with an identifier (and a one-time code to their phone)", "Eligible residents see clinics with free slots near them and book one slot", "One active booking per resident; rebooking releases the old slot", "Confirmation and reminder by SMS and email; cancellation returns the slot", "A virtual waiting room admits arrivals in order when the launch traffic exceeds what booking can take"},
		NonFunctional: []string{"No slot is ever booked twice and no resident holds two bookings (strong consistency on slots)", "The site stays up for the whole launch burst: excess arrivals wait in the queue instead of erroring", "Fairness: admission in arrival order; bots and scripted refreshes gain nothing"},
		OutOfScope:    []string{"Payments (appointments are free)", "Clinical records and vaccine stock logistics", "Identity proofing beyond the eligibility list and a one-time code"},
		UseCases:      []string{"A resident arrives at launch, waits in the queue, verifies and books a slot", "A resident cancels and the slot returns to the clinic's free count", "A clinic closes for a day and its bookings are moved"},
		Entities: []entity{
			{Name: "Slot", Store: "apptdb", Key: "(clinic_id, starts_at)", Partition: "clinic_id", Indexes: "(clinic_id, day) where free > 0", Fields: "clinic_id, starts_at, capacity, booked, version", Why: "a counter per clinic and time, changed only by a conditional update"},
			{Name: "Booking", Store: "apptdb", Key: "booking_id", Partition: "clinic_id", Indexes: "unique(resident_id) where active, (clinic_id, starts_at)", Fields: "booking_id, resident_id, clinic_id, starts_at, status (booked | cancelled | attended), created_at", Why: "the unique index enforces one active booking per resident in the same transaction as the slot update"},
			{Name: "Eligible resident", Store: "cache", Key: "hash(resident identifier)", Partition: "hash", Indexes: "-", Fields: "resident hash, cohort, eligible_from", Why: "loaded before launch from the registry's extract, so the burst never queries the registry"},
			{Name: "Clinic", Store: "apptdb", Key: "clinic_id", Partition: "-", Indexes: "location", Fields: "clinic_id, name, address, location, opening hours", Why: "a few hundred rows, published as a static list to the CDN"},
		},
		Components: []string{"client", "cdn", "waitingroom", "eligibility", "apptsvc", "apptdb", "cache", "queue", "confirmworker", "providers"},
		APIs: []endpoint{
			{Method: "POST", Path: "/v1/eligibility", Request: "{resident identifier, date of birth} + queue token", Response: "200 {session, cohort} | 403 not yet eligible", Idempotent: true, Auth: "queue token from the waiting room", Note: "sends a one-time code to the phone on file"},
			{Method: "GET", Path: "/v1/clinics/{id}/slots?day=", Response: "{slots[]: starts_at, free}", Auth: "eligible session"},
			{Method: "POST", Path: "/v1/bookings", Request: "{clinic_id, starts_at} + Idempotency-Key", Response: "201 {booking_id} | 409 slot full | 409 already booked", Idempotent: true, Auth: "eligible session"},
			{Method: "DELETE", Path: "/v1/bookings/{id}", Response: "204 (the slot returns)", Idempotent: true, Auth: "eligible session"},
		},
		Screens: []screen{
			{Name: "Waiting room", Shows: "position in the queue and estimated wait (static page from the CDN)", Calls: []string{"GET /queue/status (edge)"}},
			{Name: "Check eligibility", Shows: "identifier and date of birth, then the one-time code", Calls: []string{"POST /v1/eligibility"}},
			{Name: "Choose a slot", Shows: "clinics near the resident with free slots per day; book", Calls: []string{"GET /v1/clinics/{id}/slots", "POST /v1/bookings"}},
			{Name: "My appointment", Shows: "booked clinic and time; cancel or rebook", Calls: []string{"DELETE /v1/bookings/{id}"}},
		},
		Flows: []flow{
			{Name: "Arrive at launch", Steps: []string{"Everyone who arrives is given a signed, time-stamped queue token by {c:waitingroom}; the waiting page and the clinic list come from {c:cdn}, so the burst never reaches the origin.", "{c:waitingroom} admits tokens in arrival order at the rate the booking core sustains (set before launch from load tests, adjusted live)."}},
			{Name: "Verify and book", Steps: []string{"An admitted resident sends their identifier to {c:eligibility}, which checks it against the pre-loaded list in {c:cache} and texts a one-time code.", "{c:apptsvc} books in one transaction on {c:apptdb}: `UPDATE slot SET booked = booked + 1 WHERE clinic_id = :c AND starts_at = :t AND booked < capacity`, then inserts the booking; the unique index on the active resident rejects a second booking, and the transaction rolls back if either fails.", "The booking event goes to {c:queue}; {c:confirmworker} sends the confirmation by SMS and email through {c:providers}."}},
		},
		Deep: []deepDive{
			{Title: "The launch burst: admitting people at the rate booking can take", Weight: 10, Body: "At launch, {peak_read} requests/s arrive for a fixed stock of slots. Scaling the booking path to the burst would not create a single extra slot; it would only multiply contention. {c:waitingroom} at the edge gives every arrival a signed queue token and admits them in order at a steady rate the booking core is load-tested for, while everyone else sees their position on a static page from {c:cdn}. Tokens are bound to one browser session and expire once used, so refreshing or opening ten tabs gains nothing; when the slots run out, the queue page says so and stops admitting."},
			{Title: "One slot per booking, one booking per resident", Weight: 9, Body: "A slot is a counter row per clinic and time; booking is a conditional increment (`booked < capacity`) and an insert into bookings guarded by a unique index on the resident's active booking, in one transaction on {c:apptdb}. Two residents racing for the last place: one update matches, the other gets 409 and the next free time. A resident double-clicking or retrying: the Idempotency-Key returns the first result; a resident trying a second clinic: the unique index refuses it until the first is cancelled. At a few hundred bookings a second this fits one PostgreSQL primary with a synchronous standby; the waiting room, not sharding, is what keeps it there."},
			{Title: "Eligibility without the registry in the hot path", Weight: 7, Body: "The population registry is not built for a launch burst. The eligible cohort is extracted the night before, hashed, and loaded into {c:cache} behind {c:eligibility}; a resident proves who they are with their identifier, date of birth and a one-time code to the phone on file, and the check is a key lookup. Cohorts opening later are loaded but gated by their eligible_from time."},
		},
		Caching:      []string{"Clinic list and per-day free-slot counts on {c:cdn} and in {c:cache} for a few seconds; the booking transaction never reads the cache, so a stale count can only cost a 409, never a double booking."},
		Partitioning: []string{"{c:apptdb} is one primary: {peak_write} bookings/s at most after admission control; slots and bookings are partitioned by clinic inside it, so a clinic's day is one index range."},
		Async:        []string{"Confirmations, reminders and the clinics' daily lists are produced from booking events off the request path."},
		Reliability:  []string{"If {c:apptdb} fails over, {c:waitingroom} pauses admission for the seconds it takes, so people wait in the queue instead of seeing errors."},
		Security:     []string{"Bot defence in the queue: a token per browser session, proof-of-work or CAPTCHA at entry, per-IP and per-identifier limits on the eligibility check, and one booking per resident enforced by the database, not the page."},
		Tradeoffs: []tradeoff{
			{Decision: "Virtual waiting room", Rejected: "autoscaling the booking path to the burst", Why: "the slots are fixed; admitting everyone at once adds only contention and unfairness"},
			{Decision: "Conditional update on a slot counter plus a unique index per resident", Rejected: "holds with a TTL", Why: "there is no payment step to wait for, so booking can be a single transaction"},
		},
		Bottlenecks: []string{"The admission rate (load-tested ceiling of the booking core)", "SMS provider throughput for one-time codes at launch (pre-warmed, second provider)"},
		Open:        []string{"How are residents identified: a health-service number, or a letter with a code?"},
	},
}
