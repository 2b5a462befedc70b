package offline

// liveShowFeatures is a live quiz show (HQ Trivia): millions of players receive the same question
// at the same moment, answer within seconds, and are eliminated until the winners share a prize.
var liveShowFeatures = []*feature{
	{
		ID: "liveshow", Name: "live quiz show", Archetype: "live quiz game show", Rank: 58,
		Load:          &loadProfile{WritesPerUser: 12, ReadsPerUser: 30, ReadWrite: 3, RecordBytes: 100, ResponseBytes: 500, PeakFactor: 60, Retention: 1, HotFraction: 1, Write: "answer", Read: "question push"},
		Style:         "a broadcast show clock over persistent connections: one show controller releases each question to every WebSocket server at once, answers are stamped and checked against a server-side deadline, appended to a partitioned log and tallied in parallel",
		CapacityNote:  "The average is meaningless here: all answers to a question arrive within its answer window, so the peak is the number of players still in divided by a few seconds, twelve times a show, and near zero in between.",
		Functional:    []string{"Players join a scheduled show before it starts", "Each question is shown to every player at the same moment with a countdown", "Players answer within the window; a late, missing or wrong answer eliminates them", "After each question everyone sees the correct answer, how many chose each option and how many remain", "Winners split the prize; results are final only after cheat checks"},
		NonFunctional: []string{"A question reaches every connected player within about a second of its release", "The deadline is the server's, not the phone's: an answer counts only if received before it closes (plus a small network allowance)", "No answer received in time is lost; every elimination can be explained from the log"},
		OutOfScope:    []string{"Video streaming of the host (a CDN-delivered live stream)", "Prize payouts and tax reporting"},
		UseCases:      []string{"2 million players are connected when question 1 is released", "A player answers in the last second on a slow network", "A bot farm tries to answer with many accounts"},
		Entities: []entity{
			{Name: "Answer", Store: "queue", Key: "(show_id, question, player_id)", Partition: "player_id", Indexes: "-", Fields: "show_id, question, player_id, option, received_at (server clock)", Why: "an append-only stream: counted in parallel and kept as the record of every elimination"},
			{Name: "Show", Store: "appdb", Key: "show_id", Partition: "show_id", Indexes: "(starts_at)", Fields: "show_id, starts_at, prize, status, current_question", Why: "few rows, read by the show controller"},
			{Name: "Question", Store: "appdb", Key: "(show_id, number)", Partition: "show_id", Indexes: "-", Fields: "show_id, number, text, options[], correct_option (sealed until the deadline), released_at, closes_at", Why: "prepared before the show; the correct option is not sent to clients until the question closes"},
			{Name: "Remaining player", Store: "alivestore", Key: "(show_id, player_id)", Partition: "player_id", Indexes: "-", Fields: "show_id, player_id, eliminated_at_question", Why: "checked on every answer, so it lives in memory"},
		},
		Components: []string{"client", "ws", "showctl", "answersvc", "queue", "tally", "alivestore", "appdb"},
		APIs: []endpoint{
			{Method: "WS", Path: "/v1/shows/{id}/live", Request: "join", Response: "frames: question {number, text, options, closes_at} | results {correct, counts, remaining} | eliminated"},
			{Method: "POST", Path: "/v1/shows/{id}/answers", Request: "{question, option} + Idempotency-Key", Response: "202 | 409 too late | 403 eliminated", Idempotent: true},
			{Method: "GET", Path: "/v1/shows?upcoming=true", Response: "{shows[]: starts_at, prize}"},
		},
		Screens: []screen{
			{Name: "Lobby", Shows: "next show, prize, countdown", Calls: []string{"GET /v1/shows"}},
			{Name: "Question", Shows: "question, options and a countdown; locks after an answer", Calls: []string{"WS /v1/shows/{id}/live", "POST /v1/shows/{id}/answers"}},
		},
		Flows: []flow{
			{Name: "Releasing a question", Steps: []string{"{c:showctl} sends the question once to every {c:ws} server (a fan-out of hundreds of messages, not millions), each with an absolute closes_at time.", "Each {c:ws} server writes the same serialised frame to all its connections; the app shows the countdown to closes_at, corrected by the clock offset measured at join."}},
			{Name: "Answering", Steps: []string{"The app posts its answer to {c:answersvc}, which stamps the server receive time, refuses it if it is after closes_at (plus a small allowance) or if {c:alivestore} says the player is out, and appends it to {c:queue} keyed by player.", "{c:tally} consumes each partition, counts answers per option and marks wrong or missing answers as eliminated in {c:alivestore}.", "At the deadline plus the allowance, {c:showctl} collects the partitions' counts, and pushes the correct answer, the counts and the number remaining through {c:ws}."}},
		},
		Deep: []deepDive{
			{Title: "Everyone sees the question at the same moment", Weight: 10, Body: "Two million connections cannot be written by one machine, so {c:ws} is a fleet of connection servers (≈ 100-200K connections each) that subscribe to the show's channel. {c:showctl} publishes each question once to each server; every server serialises the frame once and writes it to all its sockets, so a question is on every phone within about a second. Fairness does not depend on delivery being simultaneous: the frame carries an absolute closes_at, and the app counts down against the server clock it measured when joining, so a player reached 300 ms later still gets the full window."},
			{Title: "{peak_write} answers/s against a server-side deadline", Weight: 9, Body: "All answers to a question arrive within its ten-second window. {c:answersvc} is stateless and scaled for that burst ahead of the show (the schedule is known); it stamps each answer with the server's receive time and checks the deadline and the player's state in {c:alivestore} before appending to {c:queue}, which absorbs the burst. Tallying is parallel: {c:tally} counts per partition and {c:showctl} sums a few hundred partial counts, so results appear seconds after the deadline. The log is the record: every elimination can be replayed."},
			{Title: "No cheating for a cash prize", Weight: 8, Body: "The correct option is never sent before the question closes, and answers are judged on the server's clock, so a modified app gains nothing. One account per verified phone number, device attestation and rate limits at join make bot farms expensive; winners' answer timings and devices are checked before the prize is split, and the answer log explains every result."},
		},
		Partitioning: []string{"{c:queue} and {c:alivestore} by player id; {c:ws} connections by player, subscriptions by show."},
		Async:        []string{"Tallying, cheat checks and prize calculation run off the answer path from the answer log."},
		Reliability:  []string{"A {c:ws} server that dies drops its players, who reconnect to another and resume from the show's current state; a player cut off during a question is judged by whether an answer arrived before the deadline. If {c:showctl} fails, its standby takes the show's lease and continues from the last question it released."},
		Security:     []string{"One account per verified phone number, device attestation at join, and the correct answer sealed on the server until the deadline."},
		Tradeoffs: []tradeoff{
			{Decision: "Absolute deadline judged on the server's clock", Rejected: "a countdown measured on each phone", Why: "a phone's clock and a slow network can be gamed; the server's receive time cannot"},
			{Decision: "Answers appended to a partitioned log and tallied in parallel", Rejected: "incrementing shared counters in one database", Why: "a 10-second burst of millions of answers would contend on a few hot rows"},
		},
		Open: []string{"How much network allowance after the deadline is fair on slow mobile connections?"},
	},
}
