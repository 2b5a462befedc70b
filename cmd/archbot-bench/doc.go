// Command archbot-bench measures what archbot's users feel and what archbot costs to run: time
// to the first section and to the whole document (against the same model calls chained one after
// another, as GenSysAI makes them), prompt tokens as a thread grows (against resending the full
// history), the engine's own overhead per turn, Redis round trips, throughput, Redis memory, and
// the serving path as deployed.
//
// Runs 1 to 6 and 8 drive the engine (bot.New, Engine.Handle) with the Redis store in this
// process: no dispatcher, no job queue, no adapters. Run 7, the serving path, builds cmd/archbot
// and starts two `archbot serve` processes on one Redis, with Slack (HTTP events) and Discord
// (Gateway) pointed at local servers (slacktest, discordtest) and the model at a local instant
// Chat Completions server (openaitest) with the offline designer behind it: the dispatcher,
// Redis Streams job queue, thread lock, posting ledger and limiter all run as in production. It
// times each turn from the user's message to its last reply at the platform server, counts the
// replicas' Redis round trips and commands at the wire through a proxy (a go-redis hook cannot
// see into another process), and reads their CPU time from /proc.
//
// It starts its own redis-server unless given --redis-url, prints a report, and ends with one
// JSON line holding every figure; each run's figures are a struct embedded in Figures. `--only`
// picks runs; `archbot-bench --quick` scales them down.
//
// docs/BENCHMARKS.md holds the figures and where the milliseconds and tokens go.
package main
