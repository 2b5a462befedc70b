// Package retry repeats a call that failed for a reason that may pass (a 429, a 5xx, a dropped
// connection), on cenkalti/backoff/v5: a pause is what the server asked for (Retry-After) when
// it said, else exponential backoff with jitter, and no pause is taken that would outlast the
// call's deadline. Whether an error may pass is the caller's to say, since only it knows its
// platform's errors, beyond the request the network lost (Dropped), which is the same on every
// platform; the Slack and Discord adapters and the model designer all retry through it.
package retry
