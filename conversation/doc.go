// Package conversation is archbot's domain: a thread's state and the record a store keeps of it,
// the design document it refines, the capacity arithmetic behind the document's numbers, and the
// jobs and daily quotas the engine reasons about. MemoryStore keeps threads for a single terminal
// session; conversation/redisstore keeps them, the job queue, locks, posting ledger and quota
// counters in Redis for real deployments.
//
// Nothing here knows about chat platforms, models or Redis.
package conversation
