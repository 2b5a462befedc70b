// Command archbot-bench measures what archbot's users feel and what archbot costs to run: time
// to the first section and to the whole document (against the same model calls chained one after
// another, as GenSysAI makes them), prompt tokens as a thread grows (against resending the full
// history), the engine's own overhead per turn, Redis round trips, throughput and Redis memory.
//
// It drives the real engine (bot.New) with the Redis store against a local Chat Completions
// server (openaitest) whose answers take a fixed time per call plus a time per generated token,
// and against an instant in-process designer where the model must not count. It starts its own
// redis-server unless given --redis-url, prints a report, and ends with one JSON line holding
// every figure. `archbot-bench --quick` scales the runs down to finish within a minute.
//
// docs/BENCHMARKS.md holds the figures and where the milliseconds and tokens go.
package main
