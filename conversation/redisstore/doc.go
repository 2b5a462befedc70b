// Package redisstore keeps what archbot's replicas share in Redis (standalone, Sentinel or
// Cluster): threads, in the record conversation's codec lays out; the job stream every replica
// reads; per-thread locks; the posting ledger of each job; and the daily quota counters. It
// implements the small interfaces package bot declares (Store, JobQueue, ThreadLocks,
// PostingLedger, Limiter); cmd/archbot wires it, and Open parses REDIS_URL.
package redisstore
